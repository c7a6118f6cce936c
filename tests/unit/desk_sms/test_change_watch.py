"""Changes made by another process on the same database reach this one's subscribers as events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_sms.change_watch import ChangeWatcher
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import InboundMessage, Modem
from desk_sms.events import DataChanged, InboundReceived, ModemStateChanged


@pytest.fixture
def other_desk(context: AppContext, data_dir: Path) -> Iterator[AppContext]:
    """A second process on the same database file (its own event bus), e.g. `desk-sms serve`."""
    other = build_context(str(data_dir))
    yield other
    other.close()


@pytest.fixture
def watched(context: AppContext) -> Iterator[tuple[ChangeWatcher, list[object]]]:
    seen: list[object] = []
    context.events.subscribe(seen.append)
    watcher = ChangeWatcher(context.database.session_factory, context.events)
    yield watcher, seen
    watcher.stop()


def add_reply(desk: AppContext, body: str) -> int:
    with desk.database.session() as session:
        message = InboundMessage(sender="+819012340000", body=body, received_at=datetime.now(UTC))
        session.add(message)
        session.flush()
        return message.id


def test_nothing_is_news_until_something_changes(
    context: AppContext, other_desk: AppContext, watched: tuple[ChangeWatcher, list[object]]
) -> None:
    watcher, seen = watched
    watcher.poll()
    assert seen == []


def test_another_process_s_work_is_published(
    other_desk: AppContext, watched: tuple[ChangeWatcher, list[object]]
) -> None:
    watcher, seen = watched
    reply = add_reply(other_desk, "hello")
    other_desk.outbox.enqueue("+819012345678", "a message from the other desk")
    modem_id = other_desk.modems.add("/dev/ttyUSB0", name="Counter")
    watcher.poll()
    assert InboundReceived(reply, "+819012340000", None) in seen
    assert DataChanged(topic="outbox") in seen and DataChanged(topic="modems") in seen

    seen.clear()
    with other_desk.database.session() as session:
        session.get(Modem, modem_id).state = "ready"
    other_desk.inbox.mark_handled([reply])
    watcher.poll()
    assert ModemStateChanged(modem_id, "Counter", "ready") in seen
    assert DataChanged(topic="inbox") in seen
    assert DataChanged(topic="outbox") not in seen


def test_a_reply_this_process_announced_is_not_announced_twice(
    context: AppContext, watched: tuple[ChangeWatcher, list[object]]
) -> None:
    watcher, seen = watched
    reply = add_reply(context, "received by this window's own engine")
    context.events.publish(InboundReceived(reply, "+819012340000", None))
    watcher.poll()
    assert seen.count(InboundReceived(reply, "+819012340000", None)) == 1
