"""THE PostgreSQL-only module: URL checks, readable connection errors, id sequences.

Nothing else in desk-sms may use PostgreSQL-specific SQL; the rest runs on SQLite too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, Integer, Table, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

DEFAULT_CONNECT_TIMEOUT_SECONDS = 10
# Any fixed number: desk-sms's key for pg_advisory_lock while it upgrades the schema.
MIGRATION_LOCK_KEY = 0x6465736B736D73  # "desksms"


def is_postgres_url(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def with_connect_timeout(url: URL, seconds: int = DEFAULT_CONNECT_TIMEOUT_SECONDS) -> URL:
    """Give up on an unreachable host after `seconds` (libpq would wait for the OS, minutes)."""
    if "connect_timeout" in url.query:
        return url
    return url.update_query_dict({"connect_timeout": str(seconds)})


def server_reason(error: DBAPIError) -> str:
    """The part of a libpq connection error that says why, e.g. `database "x" does not exist`.

    libpq prefixes it with `connection to server at "host", port N failed: ` and a severity,
    and adds a hint line; the URL shown beside the reason already names host and port.
    """
    message = str(error.orig if error.orig is not None else error).strip() or type(error).__name__
    first_line = message.splitlines()[0]
    reason = first_line.rsplit(" failed: ", 1)[-1]
    for severity in ("FATAL:", "ERROR:"):
        reason = reason.removeprefix(severity)
    return reason.strip()


def serial_id_columns(table: Table) -> list[str]:
    """The integer primary key column filled from a sequence, if the table has one."""
    key = list(table.primary_key.columns)
    if len(key) == 1 and isinstance(key[0].type, Integer) and key[0].autoincrement in (True, "auto"):
        return [key[0].name]
    return []


def reset_id_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """Move each id sequence past the highest id copied in, so new rows get fresh ids.

    `setval(..., false)` on an empty table makes the next id 1 again. A sequence change is not
    transactional: call this last, just before the commit.
    """
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        for column in serial_id_columns(table):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                    f"coalesce(max({quote(column)}), 1), max({quote(column)}) IS NOT NULL) "
                    f"FROM {quote(table.name)}"
                ),
                {"table": quote(table.name), "column": column},
            )


@contextlib.contextmanager
def migration_lock(connection: Connection) -> Iterator[None]:
    """Several desks starting at once: one upgrades the schema, the others wait, then find it done.

    A session-level advisory lock, held on `connection` until released (or the connection closes).
    """
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    connection.commit()
    try:
        yield
    finally:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.commit()


def may_create_tables(connection: Connection) -> bool:
    """PostgreSQL 15 and later no longer let every user create tables in the public schema."""
    query = text("SELECT coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)")
    return bool(connection.scalar(query))


AUDIT_GUARD_FUNCTION = "desk_sms_audit_log_append_only"
AUDIT_GUARD_TRIGGER = "audit_log_append_only"


def create_audit_guard(connection: Connection) -> None:
    """The audit log takes new rows only: the server itself refuses UPDATE and DELETE on it.

    TRUNCATE is refused too (a statement-level trigger), so only dropping the table, which needs
    its owner, could remove entries.
    """
    connection.execute(
        text(
            f"CREATE OR REPLACE FUNCTION {AUDIT_GUARD_FUNCTION}() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP; END; "
            "$$ LANGUAGE plpgsql"
        )
    )
    connection.execute(
        text(
            f"CREATE TRIGGER {AUDIT_GUARD_TRIGGER} BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {AUDIT_GUARD_FUNCTION}()"
        )
    )


def drop_audit_guard(connection: Connection) -> None:
    connection.execute(text(f"DROP TRIGGER IF EXISTS {AUDIT_GUARD_TRIGGER} ON audit_log"))
    connection.execute(text(f"DROP FUNCTION IF EXISTS {AUDIT_GUARD_FUNCTION}()"))
