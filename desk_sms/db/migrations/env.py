"""Alembic environment: runs on the connection desk-sms hands over (see desk_sms.db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import desk_sms.db.models  # noqa: F401  (registers every table on the metadata)
from desk_sms.db.base import Base

config = context.config
connection = config.attributes.get("connection")


def run_with(connection_to_use: Connection) -> None:
    context.configure(
        connection=connection_to_use,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run_with(connection)
else:  # `alembic` on the command line, for writing new migrations
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite3")
    with engine.begin() as own_connection:
        run_with(own_connection)
