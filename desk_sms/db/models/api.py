"""What other programs use: API keys, the answers kept for idempotent requests, and the files a
watched folder has imported."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_sms.db.base import Base, UTCDateTime, utcnow


class ApiKey(Base):
    """A key another program authenticates with. Only a hash of the key is kept: the key itself is
    shown once, when it is made. Revoked keys stay (the audit log names them)."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 hex of the key
    prefix: Mapped[str] = mapped_column(String(16))  # the key's first characters, to recognise it
    scopes: Mapped[str] = mapped_column(String(100))  # space-separated: send inbox appointments
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ApiRequest(Base):
    """The answer given to a request that carried an Idempotency-Key: a retry gets it again."""

    __tablename__ = "api_requests"
    __table_args__ = (UniqueConstraint("api_key_id", "idempotency_key", name="uq_api_requests_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    api_key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id", ondelete="CASCADE"))
    idempotency_key: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))  # SHA-256 of the request body
    status_code: Mapped[int] = mapped_column(Integer)
    response_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WatchedFile(Base):
    """A file the watched folder has taken in, by content: the same file dropped again is not
    imported twice."""

    __tablename__ = "watched_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    outcome: Mapped[str] = mapped_column(String(16))  # done | failed
    summary: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
