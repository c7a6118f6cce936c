"""The driver-cursor statements of the engine's hot path on PostgreSQL (the same checks as on SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from driver_sql_checks import (
    check_driver_errors_are_sqlalchemy_errors,
    check_listeners_see_statements,
    check_reads_rows,
    check_writes_what_core_writes,
)

from desk_sms.context import AppContext, build_context


@pytest.fixture
def desk(pg_url: str, tmp_path: Path) -> Iterator[AppContext]:
    context = build_context(str(tmp_path / "desk"), db_url=pg_url)
    yield context
    context.close()


def test_writes_exactly_what_the_core_statement_writes(desk: AppContext) -> None:
    check_writes_what_core_writes(desk)


def test_reads_rows(desk: AppContext) -> None:
    check_reads_rows(desk)


def test_cursor_listeners_see_its_statements(desk: AppContext) -> None:
    check_listeners_see_statements(desk)


def test_a_driver_error_is_raised_as_sqlalchemy_raises_it(desk: AppContext) -> None:
    check_driver_errors_are_sqlalchemy_errors(desk)
