"""THE SQLite-only module: file checks, private file mode, pragmas, online backup.

Nothing else in desk-sms may use SQLite-specific SQL; the rest runs on PostgreSQL too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from desk_sms import storage
from desk_sms.errors import DatabaseError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
# WAL with NORMAL survives a crash of the program; FULL also survives a power cut (one more fsync
# per commit). Connections use NORMAL unless a unit of work asks for FULL (db/session.py: durable).
DEFAULT_SYNCHRONOUS = "NORMAL"
SYNCHRONOUS_LEVELS = ("OFF", "NORMAL", "FULL", "EXTRA")


def is_sqlite_url(url: str) -> bool:
    return url.startswith("sqlite")


def path_from_url(url: str) -> Path | None:
    """The file behind a `sqlite:///path` URL (None for in-memory databases)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url:
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (it holds personal data)."""
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        storage.raise_if_storage_problem(path.parent, exc, path)
        raise DatabaseError(path=str(path), reason=exc.strerror or str(exc)) from exc
    os.close(fd)


def check_database_file(path: Path) -> None:
    """Refuse a file that is not an intact SQLite database, without changing it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        storage.raise_if_storage_problem(path.parent, exc, path)
        raise DatabaseError(path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(path=str(path), reason="the file is not a SQLite database")
    result = _quick_check(path)
    if result != "ok":
        raise DatabaseError(path=str(path), reason=f"the file is damaged ({result})")


# Only these mean the file itself is bad; a locked file or an I/O error says nothing about its content.
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _quick_check(path: Path) -> str:
    """SQLite's quick check, or why the file is damaged; any other failure raises its own error."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            row = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:  # opening a WAL database writes its -shm file, even read-only
        storage.raise_if_storage_problem(path.parent, exc, path)
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in _DAMAGE_CODES:
            return str(exc)
        raise DatabaseError(path=str(path), reason=f"it cannot be read now ({exc})") from exc
    return str(row[0]) if row else "no answer"


def install_pragmas(engine: Engine) -> None:
    """WAL, foreign keys and a busy timeout on every new connection; explicit transactions.

    pysqlite's own transaction handling is switched off so that SQLAlchemy emits BEGIN itself:
    a connection with the execution option `sqlite_begin="IMMEDIATE"` takes the write lock at
    BEGIN (waiting on the busy timeout) instead of failing when a read turns into a write.
    The execution option `sqlite_synchronous="FULL"` makes that transaction's commit durable.
    """

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        proxied = connection.connection
        begin_on_driver(proxied.driver_connection, proxied.info, connection.get_execution_options())

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={DEFAULT_SYNCHRONOUS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def begin_on_driver(driver: sqlite3.Connection, info: dict[Any, Any], options: Mapping[str, Any]) -> None:
    """BEGIN as the execution options ask, straight on the driver: every transaction starts here,
    and SQLAlchemy's statement machinery would cost more than the BEGIN itself (issue 17).
    `info` is the pooled connection's (see `_use_synchronous`)."""
    _use_synchronous(driver, info, options.get("sqlite_synchronous", DEFAULT_SYNCHRONOUS))
    driver.execute(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")


def _use_synchronous(driver: sqlite3.Connection, info: dict[Any, Any], level: str) -> None:
    """Set the pragma before BEGIN (it cannot change inside a transaction), only when it differs.

    `info` lives as long as the driver's connection and remembers the level in force.
    """
    if level not in SYNCHRONOUS_LEVELS:
        raise ValueError(f"unknown SQLite synchronous level {level!r}")
    if info.get("synchronous", DEFAULT_SYNCHRONOUS) != level:
        driver.execute(f"PRAGMA synchronous={level}")
        info["synchronous"] = level


def synchronous_level(connection: Any) -> int:
    """The level in force on a SQLAlchemy connection (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA), for tests."""
    return int(connection.connection.driver_connection.execute("PRAGMA synchronous").fetchone()[0])


def set_foreign_keys(connection: Any, enabled: bool) -> None:
    """Switch foreign key enforcement (Alembic's batch mode rebuilds tables with it off).

    SQLite ignores this pragma inside a transaction, so it goes straight to the driver's
    connection, outside SQLAlchemy's BEGIN; a rebuilt parent table would otherwise cascade
    its deletes into the child tables.
    """
    if connection.in_transaction():
        raise RuntimeError("foreign keys can only be switched outside a transaction")
    driver_connection = connection.connection.driver_connection
    driver_connection.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")
    actual = driver_connection.execute("PRAGMA foreign_keys").fetchone()[0]
    if bool(actual) != enabled:
        raise RuntimeError("SQLite did not switch foreign key enforcement")


def online_backup(source: Path, destination: Path) -> None:
    """Copy a live database with SQLite's online backup API (safe while others write)."""
    create_private_file(destination)
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(destination)) as dst,
    ):
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.backup(dst)


def timestamped_backup(source: Path, backups_dir: Path, reason: str, keep: int = 10) -> Path:
    """Back up `source` into `backups_dir` and keep only the newest `keep` backups of this kind."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = backups_dir / f"{source.stem}-{reason}-{stamp}.sqlite3"
    online_backup(source, destination)
    log.info("backed up %s to %s", source, destination)
    old = sorted(backups_dir.glob(f"{source.stem}-{reason}-*.sqlite3"))[:-keep]
    for path in old:
        path.unlink(missing_ok=True)
    return destination


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in a database file, read-only (None when it has none)."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def remove_database_files(path: Path) -> None:
    """Delete a database file with its WAL and shared-memory companions (all connections closed)."""
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
