"""The models and the migrations describe the same schema, and times come back in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desk_sms.db import migrate
from desk_sms.db.base import Base
from desk_sms.db.models import Contact
from desk_sms.db.session import connect


def test_migrations_match_models(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    migrate.upgrade(database, None)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.dispose()
    assert differences == []


def test_datetimes_are_stored_utc_and_returned_aware(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    migrate.upgrade(database, None)
    tokyo = timezone(timedelta(hours=9))
    with database.session() as session:
        session.add(Contact(name="佐藤", consent_at=datetime(2026, 4, 1, 9, 0, tzinfo=tokyo)))
    with database.session() as session:
        contact = session.query(Contact).one()
        assert contact.consent_at == datetime(2026, 4, 1, 0, 0, tzinfo=UTC)
        assert contact.consent_at.tzinfo is UTC
    database.dispose()


def test_naive_datetimes_are_refused(tmp_path: Path) -> None:
    database = connect(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    migrate.upgrade(database, None)
    with pytest.raises(Exception, match="naive datetime"), database.session() as session:
        session.add(Contact(name="x", consent_at=datetime(2026, 4, 1, 9, 0)))
        session.flush()
    database.dispose()
