"""Moving a desk-sms SQLite database into an empty PostgreSQL database (issue 11).

The source is only read, inside one read transaction (a consistent snapshot). Every row goes into
the target inside one write transaction, keeping its primary key, so any failure leaves the target
without a single row. The target's schema is made beforehand by the same Alembic migrations.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, func, insert, inspect, select, true, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

import desk_sms.db.models  # noqa: F401  (registers every table on the metadata)
from desk_sms.db import migrate, postgres, sqlite
from desk_sms.db.base import Base
from desk_sms.db.session import Database, connect, masked
from desk_sms.errors import DatabaseError, DatabaseTooNew, UserError

log = logging.getLogger(__name__)

BATCH_ROWS = 2_000
URL_FORMAT = "postgresql+psycopg://user:password@host:5432/dbname"

Progress = Callable[[str, int, int], None]


class InvalidDatabaseUrl(UserError):
    code = "db.url_invalid"
    template = "{url!r} is not a database URL ({reason}); write it as " + URL_FORMAT


class TargetNotPostgres(UserError):
    code = "db.move.target_not_postgresql"
    template = "The target must be a PostgreSQL database (" + URL_FORMAT + "), not {url}"


class SourceNotSqlite(UserError):
    code = "db.move.source_not_sqlite"
    template = "Only a SQLite database can be moved; the current database is {url}"


class SameDatabase(UserError):
    code = "db.move.same_database"
    template = "The target {url} is the current database itself"


class TargetUnreachable(UserError):
    code = "db.unreachable"
    template = "Cannot connect to {url}: {reason}"


class TargetNotEmpty(UserError):
    code = "db.move.target_not_empty"
    template = (
        "The database {url} already holds desk-sms data (table {table}); move into an empty database only"
    )


class CopyFailed(UserError):
    code = "db.move.copy_failed"
    template = "Copying table {table} failed: {reason}. Nothing was kept in the target"


class CountMismatch(UserError):
    code = "db.move.count_mismatch"
    template = (
        "The row counts of table {table} differ: {source} in the source, {target} in the target. "
        "Nothing was kept in the target"
    )


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


def parse_url(text: str) -> URL:
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise InvalidDatabaseUrl(url=text, reason=str(exc)) from exc
    if not url.drivername:
        raise InvalidDatabaseUrl(url=text, reason="no database kind")
    return url


def refuse_unsuitable_pair(source_url: str, target: URL) -> None:
    """The checks that need no connection: a SQLite source, a different PostgreSQL target."""
    source = parse_url(source_url)
    if _same_database(source, target):
        raise SameDatabase(url=masked(target))
    if source.get_backend_name() != "sqlite":
        raise SourceNotSqlite(url=masked(source))
    if not postgres.is_postgres_url(target):
        raise TargetNotPostgres(url=masked(target))


def _same_database(first: URL, second: URL) -> bool:
    if first.get_backend_name() == "sqlite" and second.get_backend_name() == "sqlite":
        first_file, second_file = (sqlite.path_from_url(url.render_as_string()) for url in (first, second))
        if first_file is None or second_file is None:  # in-memory databases are never the same
            return False
        return first_file.resolve() == second_file.resolve()
    place = (first.get_backend_name(), first.host, first.port or 5432, first.database)
    return place == (second.get_backend_name(), second.host, second.port or 5432, second.database)


def open_target(url: URL) -> Database:
    """Connect to the target, or say why not (wrong password, host unreachable, no such database)."""
    try:
        database = connect(postgres.with_connect_timeout(url).render_as_string(hide_password=False))
    except (ArgumentError, ImportError) as exc:
        raise InvalidDatabaseUrl(url=masked(url), reason=f"no driver: {exc}") from exc
    try:
        with database.engine.connect():
            pass
    except DBAPIError as exc:
        database.dispose()
        raise TargetUnreachable(url=masked(url), reason=postgres.server_reason(exc)) from exc
    return database


def prepare_target(target: Database, url: URL) -> None:
    """Refuse a target holding desk-sms rows; then make the schema with the Alembic migrations."""
    tables = Base.metadata.sorted_tables
    with target.engine.connect() as connection:
        refuse_rows(connection, tables, url)
    try:
        migrate.upgrade(target, None)
    except DatabaseError as exc:  # re-raised without the password the target's own URL carries
        raise DatabaseError(path=masked(url), reason=exc.params["reason"]) from exc
    except DatabaseTooNew as exc:
        raise DatabaseTooNew(path=masked(url), revision=exc.params["revision"]) from exc
    except DBAPIError as exc:
        raise CopyFailed(table="(schema)", reason=postgres.server_reason(exc)) from exc


def refuse_rows(connection: Connection, tables: list[Table], url: URL) -> None:
    existing = set(inspect(connection).get_table_names())
    for table in tables:
        if table.name in existing and _has_rows(connection, table):
            raise TargetNotEmpty(url=masked(url), table=table.name)


def _has_rows(connection: Connection, table: Table) -> bool:
    return connection.execute(select(true()).select_from(table).limit(1)).first() is not None


def count_rows(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def copy_database(
    source: Database,
    target: Database,
    url: URL,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> list[TableCount]:
    """Copy every table in foreign-key order; check the counts; move the id sequences on.

    Returns the rows per table. Raises (and rolls the target back) on any failure or mismatch.
    """
    tables = Base.metadata.sorted_tables
    with source.engine.connect() as reading, reading.begin(), target.engine.begin() as writing:
        refuse_rows(writing, tables, url)
        expected = {table.name: count_rows(reading, table) for table in tables}
        for table in tables:
            try:
                _copy_table(reading, writing, table, expected[table.name], progress, batch_rows)
            except DBAPIError as exc:
                raise CopyFailed(table=table.name, reason=postgres.server_reason(exc)) from exc
        counts = [TableCount(table.name, count_rows(writing, table)) for table in tables]
        for count in counts:
            if count.rows != expected[count.table]:
                raise CountMismatch(table=count.table, source=expected[count.table], target=count.rows)
        postgres.reset_id_sequences(writing, tables)
    log.info("moved %d rows into %s", sum(c.rows for c in counts), masked(url))
    return counts


def _copy_table(
    reading: Connection,
    writing: Connection,
    table: Table,
    total: int,
    progress: Progress | None,
    batch_rows: int,
) -> None:
    key = list(table.primary_key.columns)
    self_references = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
    # an UPDATE would stamp `onupdate` columns (updated_at) with the time of the move: set them back
    stamped = [c for c in table.columns if c.onupdate is not None and c not in self_references]
    links: list[dict[str, Any]] = []
    copied = 0
    result = reading.execute(select(table).order_by(*key))
    for batch in result.partitions(batch_rows):
        rows = [dict(row._mapping) for row in batch]
        links += _detach_self_references(rows, key, self_references, stamped)
        writing.execute(insert(table), rows)
        copied += len(rows)
        if progress is not None:
            progress(table.name, copied, total)
    if links:
        writing.execute(_relink_statement(table, key, self_references, stamped), links)


def _detach_self_references(
    rows: list[dict[str, Any]], key: list[Column[Any]], references: list[Column[Any]], kept: list[Column[Any]]
) -> list[dict[str, Any]]:
    """Blank the columns pointing into the same table; return what to set once every row exists.

    PostgreSQL checks a foreign key at each statement (ours are not deferrable), and a message
    resent as a copy points to a row with a higher id than its own.
    """
    links = []
    for row in rows:
        if any(row[column.name] is not None for column in references):
            links.append({f"link_{column.name}": row[column.name] for column in [*key, *references, *kept]})
            for column in references:
                row[column.name] = None
    return links


def _relink_statement(
    table: Table, key: list[Column[Any]], references: list[Column[Any]], kept: list[Column[Any]]
) -> Any:
    return (
        update(table)
        .where(*(column == bindparam(f"link_{column.name}") for column in key))
        .values({column.name: bindparam(f"link_{column.name}") for column in [*references, *kept]})
    )
