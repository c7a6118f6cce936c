"""PendingOutcomes on its own: order per modem, retry until the database takes it, never stuck on a bug."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from desk_sms.engine.pending_outcomes import PendingOutcomes
from desk_sms.engine.write_health import WriteHealth
from desk_sms.events import EventBus


class Database:
    """A write that the 'database' refuses while `full` is True."""

    def __init__(self) -> None:
        self.full = True
        self.written: list[int] = []

    def write(self, message_id: int, raises: Exception | None = None) -> str:
        if self.full:
            raise OperationalError("UPDATE", {}, sqlite3.OperationalError("database or disk is full"))
        if raises is not None:
            raise raises
        self.written.append(message_id)
        return "sent"


@pytest.fixture
def outcomes() -> PendingOutcomes:
    return PendingOutcomes(WriteHealth(None, EventBus()))


def test_kept_outcomes_are_written_in_order_once_the_database_takes_them(outcomes: PendingOutcomes) -> None:
    db, done = Database(), []
    for message_id in (1, 2):
        assert outcomes.record(7, message_id, lambda m=message_id: db.write(m), done.append) is None
    assert outcomes.waiting(7) and not outcomes.waiting(8) and outcomes.unrecorded() == [1, 2]
    assert outcomes.retry() == 2  # still full
    db.full = False
    assert outcomes.record(7, 3, lambda: db.write(3), done.append) is None  # never overtakes 1 and 2
    assert outcomes.retry() == 0
    assert db.written == [1, 2, 3] and done == ["sent", "sent", "sent"] and not outcomes.waiting(7)


def test_an_outcome_that_fails_for_another_reason_does_not_block_the_modem(outcomes: PendingOutcomes) -> None:
    db, done = Database(), []
    outcomes.record(
        7, 1, lambda: db.write(1, RuntimeError("message 1 is not being sent by this engine")), done.append
    )
    db.full = False
    assert outcomes.retry() == 0
    assert done == ["error"] and not outcomes.waiting(7)
