"""Statements run on the driver's cursor (the engine's hot path, issue 17), on a real SQLite file."""

from __future__ import annotations

import pytest
from driver_sql_checks import (
    check_driver_errors_are_sqlalchemy_errors,
    check_listeners_see_statements,
    check_reads_rows,
    check_writes_what_core_writes,
)
from sqlalchemy import bindparam, select, update

from desk_sms.context import AppContext
from desk_sms.db.driver_sql import DriverStatement
from desk_sms.db.models import OutboundMessage


def test_writes_exactly_what_the_core_statement_writes(context: AppContext) -> None:
    check_writes_what_core_writes(context)


def test_reads_rows(context: AppContext) -> None:
    check_reads_rows(context)


def test_cursor_listeners_see_its_statements(context: AppContext) -> None:
    check_listeners_see_statements(context)


def test_a_driver_error_is_raised_as_sqlalchemy_raises_it(context: AppContext) -> None:
    check_driver_errors_are_sqlalchemy_errors(context)


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        (select(OutboundMessage.id).where(OutboundMessage.id.in_(bindparam("ids", expanding=True))), "IN"),
        (update(OutboundMessage).values(status="sent"), "updated_at"),  # its onupdate runs in Python
    ],
)
def test_what_it_cannot_run_is_refused_when_compiled(
    context: AppContext, statement: object, refusal: str
) -> None:
    with context.database.engine.connect() as connection, pytest.raises(ValueError, match=refusal):
        DriverStatement(statement).first(connection, {})  # type: ignore[arg-type]
