"""API keys: made and revoked by an administrator, each with a name and scopes; audited.

A key is 32 random bytes (`secrets`), shown once when it is made; the database keeps only its
SHA-256 hash and first characters. A key that random needs no slow password hash: nobody can
guess one from its hash, and a request is checked with one indexed lookup.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import ApiKey
from desk_sms.domain.roles import Permission
from desk_sms.errors import InvalidInput, NotFound, UserError
from desk_sms.services.users import UsersService

SCOPES = ("send", "inbox", "appointments")
KEY_START = "dsk_"
MAX_NAME_LENGTH = 100
LAST_USED_EVERY = timedelta(minutes=1)  # `last used` is written at most this often per key


class ApiKeyNameTaken(UserError):
    code = "api_key.name_taken"
    template = "an API key named {name!r} exists already (revoked keys keep their names)"


class UnknownScope(InvalidInput):
    code = "api_key.scope"
    template = "unknown scope {scope!r}: choose from send, inbox, appointments"


@dataclass(frozen=True)
class ApiKeyInfo:
    id: int
    name: str
    prefix: str
    scopes: tuple[str, ...]
    created_at: datetime
    created_by: str
    revoked_at: datetime | None
    last_used_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def as_json(self) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {"name": self.name, "prefix": self.prefix, "scopes": list(self.scopes),
                "created_at": when(self.created_at), "created_by": self.created_by,
                "revoked_at": when(self.revoked_at), "last_used_at": when(self.last_used_at)}


@dataclass(frozen=True)
class NewApiKey:
    info: ApiKeyInfo
    key: str  # shown once; never stored


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def clean_scopes(scopes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The scopes in their canonical order; at least one, each known."""
    chosen = {scope.strip().lower() for scope in scopes if scope.strip()}
    for scope in sorted(chosen):
        if scope not in SCOPES:
            raise UnknownScope(scope=scope)
    if not chosen:
        raise InvalidInput(detail="an API key needs at least one scope: send, inbox or appointments")
    return tuple(scope for scope in SCOPES if scope in chosen)


def clean_key_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput(detail="an API key needs a name (e.g. the program that will use it)")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(detail=f"an API key's name has at most {MAX_NAME_LENGTH} characters")
    return name


class ApiKeysService:
    def __init__(self, session_factory: sessionmaker[Session], users: UsersService, clock: Clock) -> None:
        self._session_factory = session_factory
        self._users = users
        self._clock = clock

    def create(self, name: str, scopes: list[str] | tuple[str, ...]) -> NewApiKey:
        """A new key (administrators); the returned `key` is the only time anyone sees it."""
        name, chosen = clean_key_name(name), clean_scopes(scopes)
        actor = self._users.require(Permission.MANAGE_API)
        key = KEY_START + secrets.token_urlsafe(32)
        with self._session_factory.begin() as session:
            if session.scalars(select(ApiKey.id).where(ApiKey.name == name)).first() is not None:
                raise ApiKeyNameTaken(name=name)
            row = ApiKey(name=name, key_hash=hash_key(key), prefix=key[:10], scopes=" ".join(chosen),
                         created_at=self._clock.now(), created_by=actor.name)
            session.add(row)
            session.flush()
            self._users.add_record(session, "api_key.create", "api_key", row.id,
                                   f"{name} ({', '.join(chosen)})")
            info = _info(row)
        return NewApiKey(info, key)

    def revoke(self, name: str) -> None:
        """The key stops working at once (administrators); its row stays for the audit log."""
        self._users.require(Permission.MANAGE_API)
        with self._session_factory.begin() as session:
            row = _by_name(session, name)
            if row.revoked_at is not None:
                raise InvalidInput(detail=f"the API key {name!r} was revoked already")
            row.revoked_at = self._clock.now()
            self._users.add_record(session, "api_key.revoke", "api_key", row.id, row.name)

    def list(self) -> list[ApiKeyInfo]:
        with self._session_factory() as session:
            return [_info(row) for row in session.scalars(select(ApiKey).order_by(ApiKey.name))]

    def authenticate(self, key: str) -> ApiKeyInfo | None:
        """The active key `key` stands for, or None (unknown or revoked)."""
        if not key.startswith(KEY_START):
            return None
        now = self._clock.now()
        with self._session_factory() as session:
            row = session.scalars(select(ApiKey).where(ApiKey.key_hash == hash_key(key))).first()
            if row is None or row.revoked_at is not None:
                return None
            info = _info(row)
        if info.last_used_at is None or now - info.last_used_at >= LAST_USED_EVERY:
            with self._session_factory.begin() as session:
                stored = session.get(ApiKey, info.id)
                if stored is not None:
                    stored.last_used_at = now
        return info


def _by_name(session: Session, name: str) -> ApiKey:
    row = session.scalars(select(ApiKey).where(ApiKey.name == name.strip())).first()
    if row is None:
        raise NotFound(what="API key", name=name)
    return row


def _info(row: ApiKey) -> ApiKeyInfo:
    return ApiKeyInfo(row.id, row.name, row.prefix, tuple(row.scopes.split()), row.created_at,
                      row.created_by, row.revoked_at, row.last_used_at)
