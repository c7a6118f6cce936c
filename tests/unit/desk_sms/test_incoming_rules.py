"""Rules for incoming messages over a real SQLite database: conditions, actions, order, the guard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, ContactGroup, InboundMessage, Modem, OutboundMessage
from desk_sms.engine.engine import inbox_pump_for
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.engine.incoming_rules import IncomingRules
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.outbox.rules import UnknownPlaceholder
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.rules import RuleDoesNothing, RuleDraft, RuleNameTaken
from desk_sms.services.templates import TemplatesService
from desk_sms.services.users import NotAllowed, Role
from modem.interface import InboundPart

CUSTOMER = "+819012345678"
STRANGER = "+819099990000"
# Tokyo time: Monday 2026-01-05 is a working day, 09:00-18:00.
MONDAY_NOON = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)
MONDAY_NIGHT = datetime(2026, 1, 5, 11, 0, tzinfo=UTC)  # 20:00
CLOSED_NOTICE = "本日の受付は終了しました。明日9時以降にご連絡します"


@pytest.fixture
def pump(context: AppContext) -> InboxPump:
    return inbox_pump_for(context.database.session_factory, context.events, context.settings)


def at(clock: FakeClock, moment: datetime) -> None:
    clock.advance((moment - clock.now()).total_seconds())


def receive(pump: InboxPump, clock: FakeClock, sender: str, text: str, modem_id: int | None = None) -> int:
    message_id = pump.store(modem_id, InboundPart(sender=sender, text=text, sent_at=clock.now()), clock.now())
    assert message_id is not None
    return message_id


def inbound(context: AppContext, message_id: int) -> InboundMessage:
    with context.database.session() as session:
        message = session.get(InboundMessage, message_id)
        assert message is not None
        session.expunge(message)
        return message


def answers(context: AppContext) -> list[tuple[str, str, int | None]]:
    with context.database.session() as session:
        rows = session.execute(select(OutboundMessage.to_number, OutboundMessage.body,
                                      OutboundMessage.reply_to_id).order_by(OutboundMessage.id))
        return [(number, body, reply_to) for number, body, reply_to in rows]


def customer(context: AppContext, name: str = "山田花子", number: str = CUSTOMER) -> int:
    return ContactsService(context.database.session_factory).create(ContactDraft(name, phones=(number,)))


def test_out_of_hours_answer_goes_once_per_night_through_the_pipeline(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    context.rules.add(RuleDraft("夜間", outside_hours=True, reply_text=CLOSED_NOTICE))
    at(fake_clock, MONDAY_NOON)
    daytime = receive(pump, fake_clock, CUSTOMER, "予約できますか")
    at(fake_clock, MONDAY_NIGHT)
    evening = receive(pump, fake_clock, CUSTOMER, "予約できますか")
    fake_clock.advance(timedelta(hours=6).total_seconds())  # 02:00 Tuesday: the same closed spell
    night = receive(pump, fake_clock, CUSTOMER, "まだですか")
    assert answers(context) == [(CUSTOMER, CLOSED_NOTICE, evening)]
    assert inbound(context, daytime).rule == "" and inbound(context, daytime).status == "unhandled"
    first, second = inbound(context, evening), inbound(context, night)
    assert (first.rule, first.status) == ("夜間", "handled")  # answered: not waiting for a person
    assert first.rule_effect.startswith("answered ")
    assert (second.rule, second.rule_effect, second.status) == ("夜間", "not_answered already", "unhandled")
    at(fake_clock, MONDAY_NIGHT + timedelta(days=1))  # Tuesday 20:00: a new closed spell
    receive(pump, fake_clock, CUSTOMER, "もう一度")
    assert len(answers(context)) == 2
    with context.database.session() as session:
        audit = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "send.message")).all()
    assert audit and all(detail.startswith("via rule:") for detail in audit)


def test_public_holidays_and_own_dates_close_the_desk(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    context.rules.add(RuleDraft("休日", outside_hours=True, tag="休日"))
    at(fake_clock, datetime(2026, 1, 12, 3, 0, tzinfo=UTC))  # 成人の日, a Monday, at noon
    assert inbound(context, receive(pump, fake_clock, CUSTOMER, "a")).tag == "休日"
    context.settings.set("open_dates", ["2026-01-12"])  # the clinic works this holiday
    assert inbound(context, receive(pump, fake_clock, CUSTOMER, "b")).tag == ""
    context.settings.set("closed_dates", ["2026-01-13"])
    at(fake_clock, datetime(2026, 1, 13, 3, 0, tzinfo=UTC))
    assert inbound(context, receive(pump, fake_clock, CUSTOMER, "c")).tag == "休日"
    context.settings.set("business_hours", {"wed": "12:30-20:00"})  # only Wednesdays from now on
    at(fake_clock, datetime(2026, 1, 14, 4, 0, tzinfo=UTC))  # Wednesday 13:00
    assert inbound(context, receive(pump, fake_clock, CUSTOMER, "d")).tag == ""


def test_keywords_route_whole_or_first_word_normalised(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    context.users.create_user("佐藤", Role.OPERATOR)
    context.rules.add(RuleDraft("予約係", keywords=("予約", "YOYAKU"), first_word=True, assign_to="佐藤"))
    context.rules.add(RuleDraft("請求", contains="領収書", tag="経理"))
    hits = [receive(pump, fake_clock, CUSTOMER, text) for text in ("ＹＯＹＡＫＵ!", "予約　明日", "予約。")]
    misses = [receive(pump, fake_clock, CUSTOMER, text) for text in ("明日予約", "予約したい")]
    receipt = receive(pump, fake_clock, CUSTOMER, "りょうしゅうしょ? いえ、領収書 をください")
    sato = context.users.list_users()[-1].id
    assert [inbound(context, i).assignee_id for i in hits] == [sato] * 3
    assert [inbound(context, i).assignee_id for i in misses] == [None, None]
    assert all(inbound(context, i).status == "unhandled" for i in hits)  # routed, still for a person
    assert (inbound(context, receipt).rule, inbound(context, receipt).tag) == ("請求", "経理")
    assert context.inbox.get(hits[0]).as_json()["rule"] == "予約係"
    assert context.inbox.get(misses[0]).as_json()["rule"] is None


def test_first_answer_wins_and_several_rules_route(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    groups = GroupsService(context.database.session_factory, context.events, context.users)
    group = groups.create_group("問い合わせ")
    contact = customer(context)
    context.rules.add(RuleDraft("営業時間", keywords=("時間",), reply_text="9時から18時です", tag="時間"))
    context.rules.add(RuleDraft("全部", reply_text="受け付けました", add_to_group="問い合わせ",
                                mark_handled=True))
    message = receive(pump, fake_clock, CUSTOMER, "時間")
    assert [body for _, body, _ in answers(context)] == ["9時から18時です"]
    row = inbound(context, message)
    assert (row.rule, row.tag, row.status) == ("営業時間, 全部", "時間", "handled")
    with context.database.session() as session:
        assert session.get(ContactGroup, (contact, group)) is not None
    stranger = receive(pump, fake_clock, STRANGER, "こんにちは")
    assert "not_grouped unknown_sender" in inbound(context, stranger).rule_effect


def test_opt_out_and_appointment_keywords_go_first(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    customer(context)
    context.rules.add(RuleDraft("何でも", reply_text="受け付けました"))
    stop = receive(pump, fake_clock, CUSTOMER, "STOP")
    assert inbound(context, stop).rule == ""
    bodies = [body for _, body, _ in answers(context)]
    assert bodies == [context.settings.opt_out_confirmation()]  # no rule answer after an opt-out
    later = receive(pump, fake_clock, CUSTOMER, "やっぱり質問です")
    assert "not_answered" in inbound(context, later).rule_effect  # the pipeline keeps an opted-out number
    assert inbound(context, later).status == "unhandled"


def test_sender_and_modem_conditions(context: AppContext, pump: InboxPump, fake_clock: FakeClock) -> None:
    with context.database.session_factory.begin() as session:
        session.add_all([Modem(name="受付", port="/dev/a"), Modem(name="本部", port="/dev/b")])
    groups = GroupsService(context.database.session_factory, context.events, context.users)
    vip = groups.create_group("VIP")
    groups.add_members(vip, [customer(context)])
    context.rules.add(RuleDraft("知らない", sender="unknown", tag="新規"))
    context.rules.add(RuleDraft("顧客", sender="contact", tag="顧客"))
    context.rules.add(RuleDraft("VIP", sender="group", sender_group="VIP", tag="VIP"))
    context.rules.add(RuleDraft("本部宛", modem="本部", tag="本部"))
    known = receive(pump, fake_clock, CUSTOMER, "x", modem_id=1)
    unknown = receive(pump, fake_clock, STRANGER, "y", modem_id=2)
    assert inbound(context, known).tag == "顧客, VIP"
    assert inbound(context, unknown).tag == "新規, 本部"


def test_template_answer_fills_the_contacts_name_and_refuses_a_missing_one(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    TemplatesService(context.database.session_factory, context.events, context.users).save(
        "お礼", "", "{name}様、ご連絡ありがとうございます")
    customer(context)
    context.rules.add(RuleDraft("お礼", reply_template="お礼"))
    receive(pump, fake_clock, CUSTOMER, "こんにちは")
    stranger = receive(pump, fake_clock, STRANGER, "こんにちは")
    assert [body for _, body, _ in answers(context)] == ["山田花子様、ご連絡ありがとうございます"]
    row = inbound(context, stranger)
    assert row.rule_effect.startswith("not_answered") and "name" in row.rule_effect
    assert row.status == "unhandled"


def test_a_rule_that_is_off_does_nothing_until_it_is_on_again(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    context.rules.add(RuleDraft("休止中", keywords=("予約",), tag="予約", enabled=False))
    assert inbound(context, receive(pump, fake_clock, CUSTOMER, "予約")).rule == ""
    context.rules.change("休止中", RuleDraft("休止中", keywords=("予約",), tag="予約"))
    assert inbound(context, receive(pump, fake_clock, CUSTOMER, "予約")).rule == "休止中"


def test_keep_waiting_leaves_an_answered_message_for_a_person(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock
) -> None:
    context.rules.add(RuleDraft("受付", reply_text="確認します", keep_waiting=True))
    message = receive(pump, fake_clock, CUSTOMER, "質問")
    assert inbound(context, message).status == "unhandled"
    assert len(answers(context)) == 1


def test_a_failing_rule_never_loses_the_message(
    context: AppContext, pump: InboxPump, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.rules.add(RuleDraft("壊れ", tag="x"))

    def broken(*args: object) -> None:
        raise RuntimeError("bug in a rule")

    monkeypatch.setattr(IncomingRules, "_run", broken)
    message = receive(pump, fake_clock, CUSTOMER, "大事な連絡")
    row = inbound(context, message)
    assert (row.body, row.rule_effect, row.status, row.tag) == ("大事な連絡", "error", "unhandled", "")


def test_rules_are_an_administrators_to_change_and_everyones_to_see(context: AppContext) -> None:
    context.rules.add(RuleDraft("一", tag="a"))
    with pytest.raises(RuleNameTaken):
        context.rules.add(RuleDraft("一", tag="b"))
    with pytest.raises(RuleDoesNothing):
        context.rules.add(RuleDraft("何もしない", keywords=("x",)))
    with pytest.raises(NotFound, match="Group not found: なし"):
        context.rules.add(RuleDraft("群", add_to_group="なし"))
    with pytest.raises(InvalidInput, match="not both"):
        context.rules.add(RuleDraft("両方", reply_text="a", reply_template="b"))
    with pytest.raises(UnknownPlaceholder):
        context.rules.add(RuleDraft("謎", reply_text="{謎}"))
    context.rules.add(RuleDraft("二", tag="b"))
    context.rules.move("二", -1)
    assert [rule.name for rule in context.rules.list()] == ["二", "一"]
    context.users.create_user("suzuki", Role.OPERATOR)
    context.users.sign_in("suzuki")
    assert [rule.name for rule in context.rules.list()] == ["二", "一"]
    with pytest.raises(NotAllowed):
        context.rules.remove("一")
    with pytest.raises(NotAllowed):
        context.rules.add(RuleDraft("三", tag="c"))
    with context.database.session() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("rule.%"))).all()
    assert actions == ["rule.add", "rule.add", "rule.move"]
