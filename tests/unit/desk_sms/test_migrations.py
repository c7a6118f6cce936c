"""Migrations: data survives an upgrade, a backup is taken, unknown and foreign files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_sms.db import migrate
from desk_sms.db.session import connect
from desk_sms.errors import DatabaseError, DatabaseTooNew


def database_at(path: Path, revision: str):  # type: ignore[no-untyped-def]
    database = connect(f"sqlite:///{path}")
    migrate.upgrade(database, backups_dir=None, target=revision)
    return database


def fill_first_schema(database) -> None:  # type: ignore[no-untyped-def]
    statements = [
        "INSERT INTO contacts (id, name, reading, notes, created_at, updated_at)"
        " VALUES (1, '山田 太郎', 'ヤマダ タロウ', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
        "INSERT INTO contact_phones (id, contact_id, e164, raw, label, position)"
        " VALUES (1, 1, '+819012345678', '090-1234-5678', '', 0)",
        "INSERT INTO groups (id, name, description, created_at)"
        " VALUES (1, '中3', '', '2026-01-01 00:00:00')",
        "INSERT INTO contact_groups (contact_id, group_id) VALUES (1, 1)",
        "INSERT INTO modems (id, name, imei, port, enabled, daily_limit, min_interval_seconds, state,"
        " signal_bars, created_at) VALUES (1, 'A', '356938035643809', '/dev/ttyUSB0', 1, 180, 3, 'ready', 4,"
        " '2026-01-01 00:00:00')",
        "INSERT INTO outbound_messages (id, contact_id, to_number, body, status, priority, urgent,"
        " part_count, attempts, created_at, updated_at, modem_id)"
        " VALUES (1, 1, '+819012345678', 'こんにちは', 'sent', 50, 0,"
        " 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)",
        "INSERT INTO outbound_parts (id, message_id, seq, modem_id, reference, status)"
        " VALUES (1, 1, 1, 1, 42, 'accepted')",
    ]
    with database.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_upgrade_from_first_migration_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = database_at(path, "0001")
    fill_first_schema(database)
    backups = tmp_path / "backups"
    migrate.upgrade(database, backups)
    with database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        name = connection.execute(text("SELECT name FROM contacts WHERE id = 1")).scalar_one()
        phone = connection.execute(text("SELECT e164 FROM contact_phones")).scalar_one()
        group = connection.execute(text("SELECT group_id FROM contact_groups")).scalar_one()
        ref = connection.execute(text("SELECT reference FROM outbound_parts")).scalar_one()
        body = connection.execute(text("SELECT body FROM outbound_messages")).scalar_one()
    assert (name, phone, group, ref, body) == ("山田 太郎", "+819012345678", 1, 42, "こんにちは")
    backup_files = list(backups.glob("*.sqlite3"))
    assert len(backup_files) == 1
    with sqlite3.connect(backup_files[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM contacts").fetchone() == ("山田 太郎",)
    database.dispose()


def test_backups_keep_the_last_ten(tmp_path: Path) -> None:
    from desk_sms.db.sqlite import timestamped_backup

    path = tmp_path / "db.sqlite3"
    database_at(path, "head").dispose()
    for _ in range(13):
        timestamped_backup(path, tmp_path / "b", reason="pre-upgrade")
    assert len(list((tmp_path / "b").glob("*.sqlite3"))) == 10


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database_at(path, "head").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    before = path.read_bytes()
    database = connect(f"sqlite:///{path}")
    with pytest.raises(DatabaseTooNew) as raised:
        migrate.upgrade(database, tmp_path / "backups")
    database.dispose()
    assert "newer version" in raised.value.message
    assert path.read_bytes() == before


def test_corrupt_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database\x00" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as raised:
        connect(f"sqlite:///{path}")
    assert "not a SQLite database" in raised.value.message
    assert path.read_bytes() == before


def test_damaged_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database_at(path, "head").dispose()
    data = bytearray(path.read_bytes())
    data[5000:9000] = b"\xff" * 4000  # overwrite table pages, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        database = connect(f"sqlite:///{path}")
        migrate.upgrade(database, tmp_path / "backups")
    assert path.read_bytes() == bytes(data)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    database = connect(f"sqlite:///{path}")
    with pytest.raises(DatabaseError) as raised:
        migrate.upgrade(database, tmp_path / "backups")
    database.dispose()
    assert "did not make" in raised.value.message


def test_new_database_is_private_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = database_at(path, "head")
    assert path.stat().st_mode & 0o777 == 0o600
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
    database.dispose()
