"""Modems, the engine lease (one engine drives the modems) and business settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_sms.db.base import Base, UTCDateTime, utcnow

# A personal Japanese number may send about 200 SMS parts per rolling 24 h; stay under it.
DEFAULT_DAILY_LIMIT = 180
DEFAULT_MIN_INTERVAL_SECONDS = 3.0


class Modem(Base):
    """A sending line: its SIM (IMSI) in a modem known by its IMEI.

    `port` is only where it was last seen (USB replug renames it). The SIM is the sender: the same
    SIM in another modem carries on (the IMEI is updated and noted); another SIM on the port is
    refused and kept in `found_identity` (JSON) until a person says what it is.
    """

    __tablename__ = "modems"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    imei: Mapped[str | None] = mapped_column(String(20), unique=True)
    imsi: Mapped[str | None] = mapped_column(String(20))
    iccid: Mapped[str | None] = mapped_column(String(24))
    own_number: Mapped[str | None] = mapped_column(String(32))  # from AT+CNUM, or typed in
    found_identity: Mapped[str | None] = mapped_column(Text)  # refused identity on the port (JSON)
    identity_note: Mapped[str | None] = mapped_column(Text)  # the last identity change, in words
    identity_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    price_per_part: Mapped[float | None] = mapped_column(Float)  # one SMS part's cost on this SIM (reports)
    port: Mapped[str] = mapped_column(String(300))
    # The computer the modem is plugged into; only an engine there drives it. None: any computer.
    host: Mapped[str | None] = mapped_column(String(200))
    # Stored so the engine can unlock the SIM after a restart; never retried once refused.
    pin: Mapped[str | None] = mapped_column(String(16))
    enabled: Mapped[bool] = mapped_column(default=True)
    daily_limit: Mapped[int] = mapped_column(default=DEFAULT_DAILY_LIMIT)
    min_interval_seconds: Mapped[float] = mapped_column(default=DEFAULT_MIN_INTERVAL_SECONDS)
    state: Mapped[str] = mapped_column(String(20), default="disconnected")
    operator: Mapped[str | None] = mapped_column(String(100))
    signal_bars: Mapped[int] = mapped_column(default=0)
    signal_dbm: Mapped[int | None] = mapped_column()  # as last read (AT+CSQ); None: unknown
    pin_attempts_left: Mapped[int | None] = mapped_column()  # the SIM's PIN tries, when the modem says
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EngineLease(Base):
    """Who drives the modems: one row per lease name, renewed by a heartbeat."""

    __tablename__ = "engine_leases"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(200), default="")
    pid: Mapped[int] = mapped_column(default=0)
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Business settings shared by every desk and the headless engine (value is JSON)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EngineCommand(Base):
    """A request from a window (or the CLI) to the engine process, polled by the engine.

    `host` names the computer whose engine must act (a port scan, a modem plugged in there); None:
    whichever engine drives the modems. `state` goes pending → done | failed; `result` is JSON.
    """

    __tablename__ = "engine_commands"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    modem_id: Mapped[int | None] = mapped_column()
    host: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    result: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
