"""Engines and sessions. Services get a `sessionmaker` and open one short session per unit of work."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, func, make_url, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms import storage
from desk_sms.db import postgres, sqlite
from desk_sms.errors import DatabaseError, DatabaseUnreachable

SessionFactory = sessionmaker[Session]

# The commits that claim a message before the modem sends it and that record what the modem did
# must survive a power cut: a claim lost after the modem accepted the message sends it twice.
# On SQLite that is synchronous=FULL for those transactions only (cost in bench/RESULTS.md);
# PostgreSQL commits are durable already (synchronous_commit=on).
DURABLE_SYNCHRONOUS = "FULL"


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE matched (its result is a CursorResult)."""
    return cast(CursorResult[Any], result).rowcount


def masked(url: str | URL) -> str:
    """The URL with any password replaced by ***, for logs, messages and screens."""
    try:
        return (url if isinstance(url, URL) else make_url(url)).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "(not a database URL)"


def database_now(session: Session) -> datetime:
    """The database server's clock (UTC): one clock for every desk, however far apart theirs are."""
    value = session.scalar(select(func.current_timestamp()))
    if isinstance(value, str):  # SQLite answers with text, in UTC
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass
class Database:
    url: str
    engine: Engine
    session_factory: SessionFactory

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def shown_url(self) -> str:
        """The URL with any password hidden: for logs, messages and screens."""
        return masked(self.url)

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite.path_from_url(self.url)

    def storage_problem(self, exc: BaseException) -> storage.StorageState | None:
        """The full disk, read-only or vanished folder behind a failed write (None on a server)."""
        path = self.sqlite_path
        return storage.explain(path.parent, exc, path) if path is not None else None

    def raise_if_storage_problem(self, exc: BaseException) -> None:
        """Raise the plain-words storage error behind `exc`, if there is one."""
        found = self.storage_problem(exc)
        if found is not None:
            raise found.error() from exc

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with self.session_factory.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def connect(url: str) -> Database:
    """Open (but do not migrate) the database at `url`; check a SQLite file first."""
    if sqlite.is_sqlite_url(url):
        engine = _sqlite_engine(url)
    else:
        engine = _server_engine(url)
    factory = UnitOfWorkFactory(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory)


def durable_writes(factory: sessionmaker[Session]) -> UnitOfWorkFactory:
    """A factory over the same database whose units of work are on disk when they return.

    Its engine (`factory.kw["bind"]`) carries the options too, for Core statements.
    """
    engine = factory.kw["bind"].execution_options(
        sqlite_begin="IMMEDIATE", sqlite_synchronous=DURABLE_SYNCHRONOUS
    )
    return UnitOfWorkFactory(engine, expire_on_commit=False)


class UnitOfWorkFactory(sessionmaker[Session]):
    """`factory()` for reads; `factory.begin()` for a unit of work that writes.

    On SQLite a unit of work takes the write lock at BEGIN (waiting its turn on the busy
    timeout), so a read followed by a write never fails with "database is locked" when another
    thread committed in between. Plain read sessions stay deferred and never block writers.
    """

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        with self() as session, session.begin():
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session


def _server_engine(url: str) -> Engine:
    """A database server's engine, after one connection proves the server answers."""
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    if postgres.is_postgres_url(parsed):  # a server that is away must not hang the window
        parsed = postgres.with_connect_timeout(parsed)
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
    except ImportError as exc:
        raise DatabaseUnreachable(url=shown, reason=f"its driver is not installed ({exc.name})") from exc
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseUnreachable(url=shown, reason=postgres.server_reason(exc)) from exc
    return engine


def _sqlite_engine(url: str) -> Engine:
    path = sqlite.path_from_url(url)
    if path is not None:
        sqlite.check_database_file(path)
        sqlite.create_private_file(path)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
    sqlite.install_pragmas(engine)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        if path is not None:
            storage.raise_if_storage_problem(path.parent, exc, path)
        raise DatabaseError(path=str(path), reason=str(exc.orig)) from exc
    return engine
