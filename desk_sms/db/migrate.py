"""Schema upgrades at start-up: back up, then `alembic upgrade head`; refuse unknown revisions."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, inspect

from desk_sms.db import postgres, sqlite
from desk_sms.db.session import Database
from desk_sms.errors import DatabaseError, DatabaseTooNew

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(database: Database, backups_dir: Path | None, target: str = "head") -> None:
    """Bring the schema to `target`, backing the file up first when it already holds data."""
    if database.dialect != "postgresql":
        _upgrade(database, backups_dir, target)
        return
    with database.engine.connect() as connection, postgres.migration_lock(connection):
        _upgrade(database, backups_dir, target)


def _upgrade(database: Database, backups_dir: Path | None, target: str) -> None:
    with database.engine.connect() as connection:
        current = current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
    _refuse_foreign(database, current, has_tables)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and _is_unknown(script, current):
        raise DatabaseTooNew(path=database.shown_url, revision=current)
    if current == script.get_current_head() and target == "head":
        return
    path = database.sqlite_path
    if current is not None and path is not None and backups_dir is not None:
        sqlite.timestamped_backup(path, backups_dir, reason="pre-upgrade")
    _run_upgrade(database, target)
    log.info("database schema upgraded from %s to %s", current, target)


def _refuse_foreign(database: Database, current: str | None, has_tables: bool) -> None:
    if current is None and has_tables:
        raise DatabaseError(path=database.shown_url, reason="it holds tables that desk-sms did not make")


def _is_unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except CommandError:
        return True


def _run_upgrade(database: Database, target: str) -> None:
    with database.engine.connect() as connection:
        if database.dialect == "sqlite":
            sqlite.set_foreign_keys(connection, False)
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
        finally:
            if database.dialect == "sqlite":
                sqlite.set_foreign_keys(connection, True)
