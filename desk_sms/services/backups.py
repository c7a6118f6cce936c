"""Backups of the SQLite database: daily and on demand, retention by days, and a checked restore.

The daily backup is taken by the engine process, `desk-sms serve` (`engine/daily_backup.py`); a
window learns that the disk has no room for it from `room_problem()`, not from that process. A
database on a PostgreSQL server is backed up by its administrator with the server's own tools:
`available` is False there.

Every copy is made with SQLite's online backup API (`db.sqlite`), never by copying the live file,
so a backup taken while the engine writes is a consistent snapshot. A restore refuses to run while
an engine drives the modems, checks the chosen file first (SQLite header, quick_check, a schema
revision this version knows), keeps the current database aside under a timestamped name, and then
needs the app to restart (its caches and open views describe the old database).

A backup on demand and a restore need an administrator; every backup and restore is audited here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import delete, select

from desk_sms import storage
from desk_sms.clock import Clock
from desk_sms.db import migrate, sqlite
from desk_sms.db.models import EngineLease
from desk_sms.db.session import Database
from desk_sms.domain.roles import Permission
from desk_sms.errors import DatabaseError, DatabaseTooNew, UserError
from desk_sms.services.users import UsersService

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
DAILY_EVERY = timedelta(hours=24)
LEASE_FRESH_FOR = timedelta(seconds=30)  # the engine's heartbeat is younger than this while it runs
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME_RE = re.compile(r"^desk-sms-(?P<reason>[a-z-]+)-(?P<stamp>\d{8}T\d{6}Z)(-\d+)?\.sqlite3$")


class BackupsUnavailable(UserError):
    code = "backups.not_sqlite"
    template = "Backups here work on a SQLite database file; back up {url} with its own tools."


class EngineRunning(UserError):
    code = "backups.engine_running"
    template = "Stop the engine (close every desk-sms using this database) before restoring a backup."


class NoRoomForBackup(UserError):
    code = "backups.no_space"
    template = (
        "No backup was made: the disk holding {folder} has {free} free and a backup needs about {needed}. "
        "Free some space there; the daily backup tries again every hour."
    )


class NotABackup(UserError):
    code = "backups.bad_file"
    template = "{path} cannot be restored: {reason}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str  # daily | manual | before-restore
    made_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path  # the database as it was before the restore


class BackupService:
    """Attributes:
    backups_dir: where backups are written (the data directory's `backups/`).
    daily_failure: why the latest daily backup failed; None once one worked (or before any ran).
    """

    def __init__(
        self,
        database: Database,
        backups_dir: Path,
        clock: Clock,
        retention_days: Callable[[], int],
        free_space: Callable[[Path], int | None] = storage.free_bytes,
        users: UsersService | None = None,
    ) -> None:
        self._users = users or UsersService(database.session_factory, clock=clock)
        self._database = database
        self._free_space = free_space
        self.backups_dir = backups_dir
        self._clock = clock
        self._retention_days = retention_days
        self.daily_failure: str | None = None
        self.daily_failure_error: Exception | None = None  # the same, for a translated text

    @property
    def available(self) -> bool:
        """True for a SQLite database file; a database server is backed up by its administrator."""
        return self._database.sqlite_path is not None

    # -- making backups ----------------------------------------------------------------------

    def back_up_now(self, reason: str = MANUAL) -> BackupInfo:
        """An online backup of the live database (safe while the engine writes)."""
        if reason == MANUAL:
            self._users.require(Permission.BACKUP)
        source = self._database_file()
        self.backups_dir.mkdir(parents=True, exist_ok=True)
        no_room = self.room_problem()
        if no_room is not None:  # refused before writing: a full disk would fail half-way
            raise no_room
        made_at = self._clock.now().astimezone(UTC).replace(microsecond=0)
        destination = self.backups_dir / _file_name(reason, made_at)
        destination = _unused(destination)
        if reason != BEFORE_RESTORE:  # that one is named in the restore's own entry
            # Written first, so the backup itself holds it (a restore of it keeps the trail).
            self._users.record("backup.create", "backup", None, f"{reason}: {destination}")
        try:
            sqlite.online_backup(source, destination)
        except BaseException as exc:
            destination.unlink(missing_ok=True)  # half a backup would only take space and mislead
            if isinstance(exc, Exception):
                self._users.record("backup.failed", "backup", None, f"{reason}: {destination}: {exc}")
            raise
        log.info("backed up the database to %s", destination)
        return BackupInfo(destination, reason, made_at, destination.stat().st_size)

    def room_problem(self) -> NoRoomForBackup | None:
        """Why a backup would not fit beside the database now; None when it would (or on a server).

        The daily backup runs in the engine process, so a window asks this to say why backups stop.
        """
        source = self._database.sqlite_path
        if source is None:
            return None
        wal = source.with_name(source.name + "-wal")
        needed = sum(p.stat().st_size for p in (source, wal) if p.exists()) + storage.LOW_FREE_BYTES
        free = self._free_space(self.backups_dir if self.backups_dir.is_dir() else source.parent)
        if free is None or free >= needed:
            return None
        return NoRoomForBackup(folder=str(self.backups_dir), free_bytes=free, needed_bytes=needed)

    def run_if_due(self) -> BackupInfo | None:
        """The daily backup, when the newest one is a day old (or there is none); then prune.

        A failure is kept in `daily_failure` (the Settings page shows it) and raised.
        """
        try:
            newest = next((b for b in self.list_backups() if b.reason == DAILY), None)
            due = newest is None or self._clock.now() - newest.made_at >= DAILY_EVERY
            made = self.back_up_now(DAILY) if due else None
            self.prune()
        except Exception as exc:
            self.daily_failure, self.daily_failure_error = str(exc), exc
            raise
        self.daily_failure, self.daily_failure_error = None, None
        return made

    def prune(self) -> list[Path]:
        """Delete daily backups older than the retention setting, always keeping the newest one."""
        cutoff = self._clock.now() - timedelta(days=max(1, int(self._retention_days())))
        daily = [b for b in self.list_backups() if b.reason == DAILY]
        removed = [b.path for b in daily[1:] if b.made_at < cutoff]
        for path in removed:
            path.unlink(missing_ok=True)
        if removed:
            log.info("removed %d daily backups older than %s", len(removed), cutoff)
        return removed

    def list_backups(self) -> list[BackupInfo]:
        """Backups made by desk-sms, newest first."""
        if not self.backups_dir.is_dir():
            return []
        found = [info for path in self.backups_dir.iterdir() if (info := _info(path)) is not None]
        return sorted(found, key=lambda b: b.made_at, reverse=True)

    # -- restoring ---------------------------------------------------------------------------

    def check_backup(self, path: Path) -> str:
        """Refuse a file that is not an intact desk-sms database this version can open.

        Returns:
            the file's schema revision.
        """
        if not path.is_file() or path.stat().st_size == 0:
            raise NotABackup(path=str(path), reason="the file is missing or empty")
        try:
            sqlite.check_database_file(path)
        except DatabaseError as exc:
            raise NotABackup(path=str(path), reason=exc.params.get("reason", exc.message)) from exc
        revision = sqlite.schema_revision(path)
        if revision is None:
            raise NotABackup(path=str(path), reason="it is not a desk-sms database")
        if not _known_revision(revision):
            raise DatabaseTooNew(path=str(path), revision=revision)
        return revision

    def engine_running(self) -> bool:
        """True when some engine (this process or another) holds a fresh lease on the database."""
        fresh_since = self._clock.now() - LEASE_FRESH_FOR
        with self._database.session_factory() as session:
            query = select(EngineLease.name).where(EngineLease.heartbeat_at >= fresh_since)
            return session.scalars(query).first() is not None

    def restore(self, path: Path) -> RestoreResult:
        """Replace the database with the backup at `path`; the app must restart afterwards.

        Raises:
            EngineRunning: an engine drives the modems on this database (stop it first).
            NotABackup / DatabaseTooNew: the file fails the checks; nothing was changed.
        """
        self._users.require(Permission.RESTORE)
        target = self._database_file()
        self.check_backup(path)
        if self.engine_running():
            raise EngineRunning()
        kept = self.back_up_now(BEFORE_RESTORE).path
        self._database.dispose()
        sqlite.remove_database_files(target)
        sqlite.online_backup(path, target)
        sqlite.check_database_file(target)
        self._void_leases()
        log.warning("restored the database from %s; the previous one is kept at %s", path, kept)
        # Written into the restored database: the one the desk works with from now on.
        detail = f"from {path}; the previous database kept at {kept}"
        self._users.record("backup.restore", "backup", None, detail)
        return RestoreResult(path, kept)

    def _void_leases(self) -> None:
        # A backup taken while an engine ran carries its lease; that engine is not running now.
        with self._database.session_factory.begin() as session:
            session.execute(delete(EngineLease))
        self._database.dispose()

    def _database_file(self) -> Path:
        path = self._database.sqlite_path
        if path is None:
            raise BackupsUnavailable(url=self._database.shown_url)
        return path


def _file_name(reason: str, made_at: datetime) -> str:
    return f"desk-sms-{reason}-{made_at.strftime(_STAMP_FORMAT)}.sqlite3"


def _unused(path: Path) -> Path:
    """Two backups within one second (a click right after the daily one) must not overwrite."""
    counter = 1
    candidate = path
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}-{counter}{path.suffix}")
    return candidate


def _info(path: Path) -> BackupInfo | None:
    match = _NAME_RE.match(path.name)
    if match is None or not path.is_file():
        return None
    made_at = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    return BackupInfo(path, match["reason"], made_at, path.stat().st_size)


def _known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False
