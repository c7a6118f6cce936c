"""Two reception desks on one PostgreSQL database: each sees the other's replies and claims within seconds."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_sms.change_watch import ChangeWatcher
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import InboundMessage
from desk_sms.events import DataChanged, InboundReceived

CUSTOMER = "+819087654321"


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    pause, waited = threading.Event(), 0.0
    while not predicate():
        assert waited < timeout, "the other desk did not see the change in time"
        pause.wait(0.05)
        waited += 0.05


@pytest.fixture
def desks(pg_url: str, tmp_path: Path) -> Iterator[tuple[AppContext, AppContext]]:
    first = build_context(str(tmp_path / "desk-1"), db_url=pg_url)
    second = build_context(str(tmp_path / "desk-2"), db_url=pg_url)
    yield first, second
    second.close()
    first.close()


def receive(desk: AppContext, sender: str, body: str) -> int:
    """What the engine on the desk with the modem stores when a reply arrives."""
    with desk.database.session() as session:
        message = InboundMessage(sender=sender, body=body, received_at=datetime.now(UTC))
        session.add(message)
        session.flush()
        return message.id


def test_a_reply_and_a_claim_reach_the_other_desk(desks: tuple[AppContext, AppContext]) -> None:
    first, second = desks
    sato = first.users.create_user("佐藤", "operator")
    tanaka = first.users.create_user("田中", "operator")
    seen: list[object] = []
    second.events.subscribe(seen.append)
    watcher = ChangeWatcher(second.database.session_factory, second.events, interval=0.2)
    watcher.start()
    try:
        message_id = receive(first, CUSTOMER, "明日の予約を変更できますか")
        wait_for(lambda: any(isinstance(e, InboundReceived) and e.message_id == message_id for e in seen))
        assert [row.id for row in second.inbox.list()] == [message_id]

        seen.clear()
        assert first.inbox.claim(CUSTOMER, sato).granted
        wait_for(lambda: DataChanged(topic="inbox") in seen)
        holder = second.inbox.claim_holder(CUSTOMER)
        assert holder is not None and holder.holder_id == sato  # "being handled by 佐藤"
        refused = second.inbox.claim(CUSTOMER, tanaka)
        assert not refused.granted and refused.holder_id == sato
        shown = second.inbox.get(message_id)  # the inbox list's state column on the other desk
        assert shown.being_handled and shown.handled_by == "佐藤"

        seen.clear()
        first.inbox.mark_handled([message_id], sato)
        wait_for(lambda: DataChanged(topic="inbox") in seen)
        assert second.inbox.get(message_id).status == "handled"
    finally:
        watcher.stop()


def test_two_desks_claiming_at_the_same_moment_one_wins(desks: tuple[AppContext, AppContext]) -> None:
    first, second = desks
    sato = first.users.create_user("佐藤", "operator")
    tanaka = first.users.create_user("田中", "operator")
    numbers = [f"+81901111{n:04d}" for n in range(20)]
    for number in numbers:
        receive(first, number, "お願いします")
    start = threading.Barrier(2)

    def claim_all(desk: AppContext, user_id: int) -> list[bool]:
        granted = []
        for number in numbers:
            start.wait(10)
            granted.append(desk.inbox.claim(number, user_id).granted)
        return granted

    with ThreadPoolExecutor(2) as pool:
        by_sato = pool.submit(claim_all, first, sato)
        by_tanaka = pool.submit(claim_all, second, tanaka)
        results = list(zip(by_sato.result(30), by_tanaka.result(30), strict=True))
    assert all(a != b for a, b in results), "both desks, or neither, got the same conversation"
    for number, (sato_won, _) in zip(numbers, results, strict=True):
        holder = first.inbox.claim_holder(number)
        assert holder is not None and holder.holder_id == (sato if sato_won else tanaka)
