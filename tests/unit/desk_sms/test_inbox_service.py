"""The inbox service over a real SQLite database: filters, claims, thread, reply, contacts, export."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.cli import main
from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, Modem, OutboundMessage, User
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.outbox.states import priority_for
from desk_sms.services.inbox import CLAIM_TTL, InboxFilter
from desk_sms.services.outbox import PRIORITY_REPLY
from modem.interface import InboundPart

CUSTOMER = "+819012345678"


@pytest.fixture
def pump(context: AppContext) -> InboxPump:
    return InboxPump(context.database.session_factory, context.events)


def add_modem(context: AppContext, name: str) -> int:
    with context.database.session_factory.begin() as session:
        modem = Modem(name=name, port=f"/dev/{name}")
        session.add(modem)
        session.flush()
        return modem.id


def add_user(context: AppContext, name: str) -> int:
    with context.database.session_factory.begin() as session:
        user = User(name=name)
        session.add(user)
        session.flush()
        return user.id


def receive(pump: InboxPump, clock: FakeClock, modem_id: int | None, sender: str, text: str) -> int:
    message_id = pump.store(modem_id, InboundPart(sender=sender, text=text, sent_at=clock.now()), clock.now())
    assert message_id is not None
    clock.advance(60)
    return message_id


def test_list_filters_and_search(context: AppContext, pump: InboxPump, fake_clock: FakeClock) -> None:
    first, second = add_modem(context, "A"), add_modem(context, "B")
    old = receive(pump, fake_clock, first, "09012345678", "予約の変更をお願いします")
    new = receive(pump, fake_clock, second, "08011112222", "ありがとう 100%")
    inbox = context.inbox
    assert inbox.ids() == [new, old]
    assert inbox.get(old).sender == CUSTOMER and inbox.get(old).modem == "A"
    assert inbox.ids(InboxFilter(modem_id=first)) == [old]
    assert inbox.ids(InboxFilter(search="予約")) == [old]
    assert inbox.ids(InboxFilter(search="100%")) == [new]
    assert inbox.ids(InboxFilter(search="%")) == [new]  # a literal percent, not a wildcard
    assert inbox.ids(InboxFilter(search="8011112")) == [new]
    assert inbox.ids(InboxFilter(since=inbox.get(new).received_at)) == [new]
    assert inbox.ids(InboxFilter(until=inbox.get(new).received_at)) == [old]
    inbox.mark_handled([old])
    assert inbox.ids(InboxFilter(unhandled_only=True)) == [new]
    inbox.mark_unhandled([old])
    assert inbox.get(old).status == "unhandled"


def test_search_finds_contact_name_and_mine_filter(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    message = receive(pump, fake_clock, None, CUSTOMER, "hello")
    other = receive(pump, fake_clock, None, "+819099998888", "hi")
    context.inbox.create_contact(message, "山田太郎")
    assert context.inbox.ids(InboxFilter(search="山田")) == [message]
    user = add_user(context, "sato")
    context.inbox.assign([other], user)
    assert context.inbox.ids(InboxFilter(assignee_id=user)) == [other]


def test_unread_count_and_mark_read(context: AppContext, pump: InboxPump, fake_clock: FakeClock) -> None:
    ids = [receive(pump, fake_clock, None, CUSTOMER, f"m{i}") for i in range(3)]
    assert context.inbox.unread_count() == 3
    assert context.inbox.mark_read(ids[:2]) == 2
    assert context.inbox.mark_read(ids[:2]) == 0
    context.inbox.mark_handled(ids[2:])
    assert context.inbox.unread_count() == 0
    assert all(row.read for row in context.inbox.rows(ids))


def test_claim_blocks_other_desks_until_released_or_expired(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    message_id = receive(pump, fake_clock, None, CUSTOMER, "hello")
    sato, suzuki = add_user(context, "sato"), add_user(context, "suzuki")
    inbox = context.inbox
    assert not inbox.get(message_id).being_handled
    assert inbox.claim(CUSTOMER, sato).granted
    shown = inbox.get(message_id)  # what every desk's inbox list shows
    assert shown.being_handled and shown.handled_by == "sato"
    assert inbox.claim(CUSTOMER, sato).granted  # renewing one's own claim
    refused = inbox.claim(CUSTOMER, suzuki)
    assert not refused.granted and refused.holder_id == sato
    assert inbox.claim_holder(CUSTOMER) is not None
    inbox.release(CUSTOMER)
    assert inbox.claim_holder(CUSTOMER) is None
    assert inbox.claim(CUSTOMER, suzuki).granted
    fake_clock.advance(CLAIM_TTL.total_seconds() + 1)
    assert not inbox.get(message_id).being_handled
    assert inbox.claim(CUSTOMER, sato).granted  # the old claim lapsed


def test_anonymous_claims_need_force_to_take_over(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    receive(pump, fake_clock, None, CUSTOMER, "hello")
    assert context.inbox.claim(CUSTOMER, None).granted
    assert not context.inbox.claim(CUSTOMER, None).granted
    assert context.inbox.claim(CUSTOMER, None, force=True).granted


def test_thread_is_both_directions_in_time_order(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    modem = add_modem(context, "A")
    first = receive(pump, fake_clock, modem, CUSTOMER, "明日は空いていますか")
    reply = context.inbox.reply(first, "はい、空いています")
    fake_clock.advance(60)
    second = receive(pump, fake_clock, modem, CUSTOMER, "では10時で")
    receive(pump, fake_clock, modem, "+819099998888", "someone else")
    thread = context.inbox.thread(CUSTOMER)
    assert [(e.incoming, e.id) for e in thread] == [(True, first), (False, reply), (True, second)]
    assert thread[1].status == "queued"


def test_reply_goes_through_the_same_modem_and_handles_the_conversation(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    modem = add_modem(context, "B")
    user = add_user(context, "sato")
    message = receive(pump, fake_clock, modem, CUSTOMER, "質問があります")
    context.inbox.claim(CUSTOMER, user)
    reply_id = context.inbox.reply(message, "お電話します", user_id=user)
    with context.database.session_factory() as session:
        reply = session.get(OutboundMessage, reply_id)
        assert reply is not None
        assert (reply.preferred_modem_id, reply.reply_to_id, reply.priority) == (
            modem,
            message,
            PRIORITY_REPLY,
        )
        assert reply.to_number == CUSTOMER and reply.status == "queued"
    assert context.inbox.get(message).status == "handled"
    assert context.inbox.claim_holder(CUSTOMER) is None


def test_create_contact_from_unknown_sender(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    first = receive(pump, fake_clock, None, CUSTOMER, "one")
    second = receive(pump, fake_clock, None, CUSTOMER, "two")
    contact_id = context.inbox.create_contact(first, "  ")
    assert context.inbox.get(second).contact_id == contact_id
    assert context.inbox.get(second).contact == CUSTOMER  # no name given: the number stands in
    assert context.inbox.create_contact(second, "other") == contact_id  # one contact per number
    later = receive(pump, fake_clock, None, CUSTOMER, "three")
    assert context.inbox.get(later).contact_id == contact_id


def test_export_is_formula_safe(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock, tmp_path: Path
) -> None:
    receive(pump, fake_clock, None, CUSTOMER, '=HYPERLINK("http://x")')
    receive(pump, fake_clock, None, "+819099998888", "こんにちは")
    target = tmp_path / "inbox.csv"
    assert context.inbox.export(target, InboxFilter(search="HYPER")) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["received_at", "from"]
    assert rows[1][5] == '\'=HYPERLINK("http://x")'
    thread_file = tmp_path / "thread.xlsx"
    assert context.inbox.export_thread(thread_file, "+819099998888") == 1
    assert thread_file.stat().st_size > 0


def test_received_messages_are_matched_to_existing_contacts(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    first = receive(pump, fake_clock, None, CUSTOMER, "one")
    contact_id = context.inbox.create_contact(first, "山田")
    with context.database.session_factory() as session:
        assert session.scalar(select(OutboundMessage.id)) is None
    fake_clock.advance(timedelta(hours=1).total_seconds())
    assert context.inbox.get(receive(pump, fake_clock, None, CUSTOMER, "two")).contact == "山田"
    assert contact_id


def test_opt_out_keyword_queues_the_confirmation_once(context: AppContext, fake_clock: FakeClock) -> None:
    modem = add_modem(context, "A")
    pump = InboxPump(
        context.database.session_factory, context.events, "JP", lambda: ["停止"], lambda: "配信を停止しました"
    )
    receive(pump, fake_clock, modem, CUSTOMER, "停止")
    receive(pump, fake_clock, modem, CUSTOMER, "停止")
    with context.database.session_factory() as session:
        queued = session.scalars(select(OutboundMessage)).all()
        assert [(m.body, m.urgent, m.preferred_modem_id, m.to_number) for m in queued] == [
            ("配信を停止しました", True, modem, CUSTOMER)
        ]
        assert queued[0].priority == priority_for(PRIORITY_REPLY, urgent=True)  # urgent: first in the queue
        assert queued[0].dedupe_key == f"opt_out_confirmation:{queued[0].reply_to_id}"


def test_no_confirmation_when_the_setting_is_empty(context: AppContext, fake_clock: FakeClock) -> None:
    pump = InboxPump(context.database.session_factory, context.events, "JP", lambda: ["STOP"], lambda: "  ")
    message = receive(pump, fake_clock, None, CUSTOMER, "stop")
    assert context.inbox.get(message).keyword == "opt_out"
    with context.database.session_factory() as session:
        assert session.scalar(select(OutboundMessage.id)) is None


def test_cli_inbox_list_json(
    context: AppContext,
    pump: InboxPump,
    fake_clock: FakeClock,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    modem = add_modem(context, "A")
    handled = receive(pump, fake_clock, modem, CUSTOMER, "済み")
    waiting = receive(pump, fake_clock, modem, CUSTOMER, "=1+1 まだ")
    context.inbox.mark_handled([handled])
    assert main(["--data-dir", str(data_dir), "inbox", "list", "--json", "--unhandled"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {
            "id": waiting,
            "from": CUSTOMER,
            "text": "=1+1 まだ",
            "received_at": context.inbox.get(waiting).received_at.isoformat(),
            "modem": "A",
            "contact_id": None,
            "status": "unhandled",
            "rule": None,
        }
    ]
    assert main(["--data-dir", str(data_dir), "inbox", "list"]) == 0
    assert "済み" in capsys.readouterr().out


def inbox_audit(context: AppContext) -> list[tuple[str, str, int | None, str]]:
    """(user, action, object id, detail) of the inbox entries in the audit log, oldest first."""
    with context.database.session_factory() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("inbox.%")).order_by(AuditEntry.id)
        )
        return [(e.user_name, e.action, e.object_id, e.detail) for e in entries]


def test_inbox_actions_are_audited_with_the_user(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    modem = add_modem(context, "A")
    first = receive(pump, fake_clock, modem, CUSTOMER, "予約できますか")
    second = receive(pump, fake_clock, modem, CUSTOMER, "10時希望です")
    sato = context.users.create_user("sato", "administrator")  # gives a message to someone else
    suzuki = context.users.create_user("suzuki", "operator")
    inbox = context.inbox
    context.users.sign_in("sato")
    inbox.mark_handled([first, second], sato)
    inbox.mark_unhandled([first])
    inbox.assign([second], suzuki)
    inbox.claim(CUSTOMER, sato)
    context.users.sign_in("suzuki")
    inbox.claim(CUSTOMER, suzuki, force=True)
    inbox.reply(second, "お待ちしております", suzuki)
    entries = inbox_audit(context)
    assert [(user, action, object_id) for user, action, object_id, _ in entries] == [
        ("sato", "inbox.handled", None),  # two messages: both are named in the detail
        ("sato", "inbox.unhandled", first),
        ("sato", "inbox.assign", second),
        ("suzuki", "inbox.take_over", second),
        ("suzuki", "inbox.reply", second),
    ]
    details = [detail for *_, detail in entries]
    assert f"messages {first}, {second} (2 changed)" in details[0]
    assert "to suzuki" in details[2]
    assert CUSTOMER in details[3] and "from sato" in details[3]
    assert CUSTOMER in details[4] and "1 marked handled" in details[4]


def test_own_claims_and_unchanged_markings_are_not_takeovers(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    message = receive(pump, fake_clock, None, CUSTOMER, "hello")
    inbox = context.inbox
    assert inbox.claim(CUSTOMER, None).granted
    assert inbox.claim(CUSTOMER, None, force=True).granted  # a desk renewing its own anonymous claim
    assert inbox.mark_unhandled([message]) == 0
    assert inbox.mark_handled([]) == 0
    assert [(action, detail) for _, action, _, detail in inbox_audit(context)] == [
        ("inbox.unhandled", f"messages {message} (0 changed)")
    ]
