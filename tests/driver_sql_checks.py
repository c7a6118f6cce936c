"""Checks of `desk_sms.db.driver_sql` every database must pass (SQLite and PostgreSQL modules run them)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import String, cast, event, select, update
from sqlalchemy.exc import IntegrityError

from desk_sms.context import AppContext
from desk_sms.db.driver_sql import DriverStatement
from desk_sms.db.models import OutboundMessage
from desk_sms.outbox.transitions import MARK_SENT, TAKE

NOW = datetime(2026, 12, 3, 9, 30, 15, 123456, tzinfo=UTC)
COMPARED = (
    "status", "modem_id", "claim_owner", "claimed_at", "attempts", "sent_at", "encoding", "part_count",
    "error_code", "error_text", "updated_at",
)


def two_queued(context: AppContext) -> tuple[int, int]:
    first = context.outbox.enqueue("+819012345601", "first")
    second = context.outbox.enqueue("+819012345602", "second")
    return first, second


def row_of(context: AppContext, message_id: int) -> dict[str, Any]:
    """The row as the ORM reads it, and each column as the database stores it (as text)."""
    columns = [getattr(OutboundMessage, name) for name in COMPARED]
    stored = select(*(cast(column, String) for column in columns)).where(OutboundMessage.id == message_id)
    with context.database.session() as session:
        message = session.get(OutboundMessage, message_id)
        assert message is not None
        as_text = session.execute(stored).one()
        return {name: (getattr(message, name), text) for name, text in zip(COMPARED, as_text, strict=True)}


def send_through_core(context: AppContext, message_id: int) -> None:
    with context.database.engine.begin() as connection:
        assert connection.execute(TAKE, claim_params(message_id)).rowcount == 1
        assert connection.execute(MARK_SENT, sent_params(message_id)).rowcount == 1


def send_through_driver(context: AppContext, message_id: int) -> None:
    with context.database.engine.begin() as connection:
        assert DriverStatement(TAKE).rowcount(connection, claim_params(message_id)) == 1
        assert DriverStatement(MARK_SENT).rowcount(connection, sent_params(message_id)) == 1


def claim_params(message_id: int) -> dict[str, Any]:
    return {"message_id": message_id, "modem": None, "owner": "engine-1", "now": NOW}


def sent_params(message_id: int) -> dict[str, Any]:
    return {"message_id": message_id, "now": NOW, "encoding": "ucs2", "parts": 2}


def check_writes_what_core_writes(context: AppContext) -> None:
    by_core, by_driver = two_queued(context)
    send_through_core(context, by_core)
    send_through_driver(context, by_driver)
    written = row_of(context, by_driver)
    assert written == row_of(context, by_core)
    assert written["sent_at"][0] == NOW  # read back as aware UTC
    assert written["status"][0] == "sent"


def check_reads_rows(context: AppContext) -> None:
    first, second = two_queued(context)
    ids = DriverStatement(
        select(OutboundMessage.id, OutboundMessage.to_number)
        .where(OutboundMessage.id >= first)
        .order_by(OutboundMessage.id.desc())
    )
    with context.database.engine.connect() as connection:
        assert ids.first(connection, {}) == (second, "+819012345602")
        assert ids.execute(connection, {}).fetchall() == [(second, "+819012345602"), (first, "+819012345601")]


def check_listeners_see_statements(context: AppContext) -> None:
    message_id, _ = two_queued(context)
    seen: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(context.database.engine, "before_cursor_execute", listen)
    try:
        send_through_driver(context, message_id)
    finally:
        event.remove(context.database.engine, "before_cursor_execute", listen)
    assert [statement.split()[0] for statement in seen] == ["UPDATE", "UPDATE"]


def check_driver_errors_are_sqlalchemy_errors(context: AppContext) -> None:
    message_id, _ = two_queued(context)
    no_such_modem = {"modem_id": 987_654, "updated_at": NOW}
    to_no_modem = DriverStatement(
        update(OutboundMessage).where(OutboundMessage.id == message_id).values(no_such_modem)
    )
    with context.database.engine.begin() as connection, pytest.raises(IntegrityError) as raised:
        to_no_modem.rowcount(connection, {})  # no such modem: the foreign key refuses it
    assert isinstance(raised.value.orig, context.database.engine.dialect.loaded_dbapi.Error)
    assert str(raised.value.statement).startswith("UPDATE outbound_messages")
