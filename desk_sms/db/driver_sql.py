"""Core statements run on the database driver's own cursor, compiled once per dialect.

For the few statements the engine runs for every message (issue 17): SQLAlchemy's work on each
execution and each transaction (cache lookup, parameter building, result wrapping, its connection
and transaction objects) cost more CPU than SQLite's own, above all when it runs once every few
hundred milliseconds on cold caches. The SQL is still compiled from the Core statement, so SQLite
and PostgreSQL run the same rule; only that bookkeeping is skipped. Cursor listeners still see each
statement, and a driver error is raised as SQLAlchemy raises it (`OperationalError` for a full disk),
so callers handle one kind of error.

Limits, checked when a statement is compiled: no expanding IN lists, no Python-side column
defaults (pass the value), no post-compile parameters.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import SelectBase

from desk_sms.db import sqlite

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class DriverConnection:
    """A pooled driver connection in a transaction, with what its statements need around it."""

    dialect: Dialect
    driver: Any  # the pool's proxy of the DBAPI connection
    listeners: Any  # the engine's before_cursor_execute listeners
    connection: Connection | None = None  # the SQLAlchemy connection, when it runs the transaction

    @classmethod
    def of(cls, connection: Connection) -> DriverConnection:
        listeners = connection.dispatch.before_cursor_execute
        return cls(connection.dialect, connection.connection, listeners, connection)

    def driver_error(self, error: Any, statement: str, cursor: Any = None) -> StatementError:
        """The SQLAlchemy error for a driver's error; a lost server connection is not used again."""
        if self.dialect.is_disconnect(error, self.driver.dbapi_connection, cursor):
            if self.connection is not None:
                self.connection.invalidate(error)
            else:
                self.driver.invalidate(error)
        dialect = self.dialect
        base = dialect.loaded_dbapi.Error
        wrapped: StatementError = DBAPIError.instance(statement, None, error, base, dialect=dialect)
        return wrapped


class DriverTransactions:
    """Short write transactions on a connection taken from `engine`'s pool, without SQLAlchemy's
    connection and transaction objects. The transaction begins as the engine's own would (on
    SQLite: its `sqlite_begin` and `sqlite_synchronous` options), commits when the block ends."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        options = engine.get_execution_options()
        self._begin: Callable[[Any, dict[Any, Any]], None] = (
            (lambda driver, info: sqlite.begin_on_driver(driver, info, options))
            if engine.dialect.name == "sqlite"
            else (lambda _driver, _info: None)  # the driver begins one at the first statement
        )

    @contextlib.contextmanager
    def begin(self) -> Iterator[DriverConnection]:
        engine = self._engine
        driver = engine.raw_connection()
        handle = DriverConnection(engine.dialect, driver, engine.dispatch.before_cursor_execute)
        try:
            with _as_sqlalchemy_errors(handle, "BEGIN"):
                self._begin(driver.dbapi_connection, driver.info)
            yield handle
            with _as_sqlalchemy_errors(handle, "COMMIT"):
                driver.commit()
        except BaseException:
            with contextlib.suppress(Exception):
                driver.rollback()
            raise
        finally:
            driver.close()  # back to the pool


@contextlib.contextmanager
def _as_sqlalchemy_errors(handle: DriverConnection, statement: str) -> Iterator[None]:
    try:
        yield
    except handle.dialect.loaded_dbapi.Error as error:
        raise handle.driver_error(error, statement) from error


@dataclass(frozen=True)
class _Plan:
    """One statement as one dialect runs it."""

    sql: str
    order: tuple[str, ...] | None  # parameter names in placeholder order; None for named placeholders
    fixed: dict[str, Any]  # values written into the statement itself, already converted
    convert: tuple[tuple[str, Processor], ...]  # the caller's values that need converting
    results: tuple[Processor | None, ...] | None  # per selected column; None when none converts

    def arguments(self, params: Mapping[str, Any]) -> Any:
        values = {**self.fixed, **params}
        for name, process in self.convert:
            values[name] = process(values[name])
        if self.order is None:
            return values
        return tuple(values[name] for name in self.order)

    def row(self, found: Sequence[Any]) -> tuple[Any, ...]:
        if self.results is None:
            return tuple(found)
        return tuple(value if process is None else process(value)
                     for process, value in zip(self.results, found, strict=True))


class DriverStatement:
    """A Core statement run on a driver connection, inside the caller's transaction (a SQLAlchemy
    `Connection` or a `DriverTransactions` block)."""

    def __init__(self, statement: Executable, column_keys: Sequence[str] | None = None) -> None:
        """`column_keys`: for an INSERT, the columns the caller gives (one row's keys)."""
        self.statement = statement
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._plans: dict[str, _Plan] = {}
        self._lock = threading.Lock()

    def execute(self, target: Connection | DriverConnection, params: Mapping[str, Any]) -> Any:
        """Run it once; returns the driver's cursor (raw rows, `rowcount`)."""
        handle = _handle(target)
        plan = self._plan(handle.dialect)
        return _run(handle, plan, plan.arguments(params), many=False)

    def execute_many(self, target: Connection | DriverConnection, rows: Iterable[Mapping[str, Any]]) -> Any:
        handle = _handle(target)
        plan = self._plan(handle.dialect)
        return _run(handle, plan, [plan.arguments(row) for row in rows], many=True)

    def first(
        self, target: Connection | DriverConnection, params: Mapping[str, Any]
    ) -> tuple[Any, ...] | None:
        """The first row, its values converted as SQLAlchemy would (datetimes, booleans)."""
        handle = _handle(target)
        plan = self._plan(handle.dialect)
        found = _run(handle, plan, plan.arguments(params), many=False).fetchone()
        return None if found is None else plan.row(found)

    def rowcount(self, target: Connection | DriverConnection, params: Mapping[str, Any]) -> int:
        return int(self.execute(target, params).rowcount)

    def sql_for(self, dialect: Dialect) -> str:
        return self._plan(dialect).sql

    def _plan(self, dialect: Dialect) -> _Plan:
        plan = self._plans.get(dialect.name)
        if plan is None:
            with self._lock:
                plan = self._plans.get(dialect.name) or self._compile(dialect)
                self._plans[dialect.name] = plan
        return plan

    def _compile(self, dialect: Dialect) -> _Plan:
        assert isinstance(self.statement, ClauseElement)
        compiled = self.statement.compile(
            dialect=dialect, column_keys=self._column_keys, for_executemany=self._column_keys is not None
        )
        assert isinstance(compiled, SQLCompiler)
        _refuse_unsupported(compiled)
        fixed: dict[str, Any] = {}
        convert: list[tuple[str, Processor]] = []
        for name, value in compiled.params.items():
            bind = compiled.binds[name]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required or name in (self._column_keys or ()):
                if process is not None:
                    convert.append((name, process))
            else:
                fixed[name] = process(value) if process is not None else value
        order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
        results = _result_processors(self.statement, dialect)
        return _Plan(compiled.string, order, fixed, tuple(convert), results)


def _handle(target: Connection | DriverConnection) -> DriverConnection:
    return target if isinstance(target, DriverConnection) else DriverConnection.of(target)


def _run(handle: DriverConnection, plan: _Plan, arguments: Any, many: bool) -> Any:
    cursor = handle.driver.cursor()
    try:
        if handle.listeners:  # listeners see these statements too (statement logs, the tests' write faults)
            handle.listeners(handle.connection, cursor, plan.sql, arguments, None, many)
        if many:
            cursor.executemany(plan.sql, arguments)
        else:
            cursor.execute(plan.sql, arguments)
    except handle.dialect.loaded_dbapi.Error as error:
        raise handle.driver_error(error, plan.sql, cursor) from error
    return cursor


def _result_processors(statement: ClauseElement, dialect: Dialect) -> tuple[Processor | None, ...] | None:
    if not isinstance(statement, SelectBase):
        return None
    processors = tuple(
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in statement.selected_columns
    )
    return processors if any(process is not None for process in processors) else None


def _refuse_unsupported(compiled: SQLCompiler) -> None:
    if any(bind.expanding for bind in compiled.binds.values()):
        raise ValueError("a driver statement cannot expand an IN list: give each value its own parameter")
    if compiled.insert_prefetch or compiled.update_prefetch:
        columns = [column.key for column in (*compiled.insert_prefetch, *compiled.update_prefetch)]
        raise ValueError(f"a driver statement runs no Python-side defaults: give {columns} a value")
    if "POSTCOMPILE" in compiled.string:
        raise ValueError("a driver statement cannot have post-compile parameters")
