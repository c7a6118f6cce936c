"""Core statements run on the database driver's own cursor, compiled once per dialect.

For the few statements the engine runs for every message (issue 17): SQLAlchemy's work on each
execution (cache lookup, parameter building, result wrapping) cost more CPU than SQLite's own.
The SQL is still compiled from the Core statement, so SQLite and PostgreSQL run the same rule;
only the per-execution bookkeeping is skipped. A driver error is raised as SQLAlchemy raises it
(`sqlalchemy.exc.OperationalError` for a full disk), so callers handle one kind of error.

Limits, checked when a statement is compiled: no expanding IN lists, no Python-side column
defaults (pass the value), no post-compile parameters.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Plan:
    """One statement as one dialect runs it."""

    sql: str
    order: tuple[str, ...] | None  # parameter names in placeholder order; None for named placeholders
    fixed: dict[str, Any]  # values written into the statement itself, already converted
    convert: tuple[tuple[str, Processor], ...]  # the caller's values that need converting

    def arguments(self, params: Mapping[str, Any]) -> Any:
        values = {**self.fixed, **params}
        for name, process in self.convert:
            values[name] = process(values[name])
        if self.order is None:
            return values
        return tuple(values[name] for name in self.order)


class DriverStatement:
    """A Core statement run on the connection's driver cursor, inside the caller's transaction."""

    def __init__(self, statement: Executable, column_keys: Sequence[str] | None = None) -> None:
        """`column_keys`: for an INSERT, the columns the caller gives (one row's keys)."""
        self.statement = statement
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._plans: dict[str, _Plan] = {}
        self._lock = threading.Lock()

    def execute(self, connection: Connection, params: Mapping[str, Any]) -> Any:
        """Run it once; returns the driver's cursor (rows, `rowcount`)."""
        plan = self._plan(connection.dialect)
        arguments = plan.arguments(params)
        return self._run(connection, plan, arguments, False)

    def execute_many(self, connection: Connection, rows: Iterable[Mapping[str, Any]]) -> Any:
        plan = self._plan(connection.dialect)
        return self._run(connection, plan, [plan.arguments(row) for row in rows], True)

    def first(self, connection: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        row = self.execute(connection, params).fetchone()
        return None if row is None else tuple(row)

    def rowcount(self, connection: Connection, params: Mapping[str, Any]) -> int:
        return int(self.execute(connection, params).rowcount)

    def sql_for(self, dialect: Dialect) -> str:
        return self._plan(dialect).sql

    @staticmethod
    def _run(connection: Connection, plan: _Plan, arguments: Any, many: bool) -> Any:
        driver = connection.connection
        cursor = driver.cursor()
        try:
            hooks = connection.dispatch.before_cursor_execute
            if hooks:  # listeners see these statements too (statement logs, the tests' write faults)
                hooks(connection, cursor, plan.sql, arguments, None, many)
            if many:
                cursor.executemany(plan.sql, arguments)
            else:
                cursor.execute(plan.sql, arguments)
        except connection.dialect.loaded_dbapi.Error as error:
            if connection.dialect.is_disconnect(error, driver.dbapi_connection, cursor):
                connection.invalidate(error)
            raise DBAPIError.instance(
                plan.sql, None, error, connection.dialect.loaded_dbapi.Error,
                dialect=connection.dialect,
            ) from error
        return cursor

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
        return _Plan(compiled.string, order, fixed, tuple(convert))


def _refuse_unsupported(compiled: SQLCompiler) -> None:
    if any(bind.expanding for bind in compiled.binds.values()):
        raise ValueError("a driver statement cannot expand an IN list: give each value its own parameter")
    if compiled.insert_prefetch or compiled.update_prefetch:
        columns = [column.key for column in (*compiled.insert_prefetch, *compiled.update_prefetch)]
        raise ValueError(f"a driver statement runs no Python-side defaults: give {columns} a value")
    if "POSTCOMPILE" in compiled.string:
        raise ValueError("a driver statement cannot have post-compile parameters")
