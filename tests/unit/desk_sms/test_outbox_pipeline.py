"""The one outgoing pipeline, door by door: the command line, replies, Compose, schedules, reminders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.cli import main
from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, Campaign, InboundMessage, Modem, OutboundMessage
from desk_sms.outbox.rules import TooManyParts, UnknownPlaceholder, check_text, parse_late_within
from desk_sms.outbox.states import IllegalTransition, MessageStatus, check_transition
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.templates import TemplatesService
from desk_sms.services.users import command_line_actor

CUSTOMER = "+819012340001"
HOURS_2 = timedelta(hours=2)


@pytest.fixture
def school(context: AppContext) -> dict[str, int]:
    """Three parents in 中3: 山田 and 佐藤 share nothing; 加藤 is listed twice under one number."""
    groups = GroupsService(context.database.session_factory)
    contacts = ContactsService(context.database.session_factory)
    grade = groups.create_group("中3")
    ids = {
        "yamada": contacts.create(ContactDraft("山田", phones=("090-1234-0001",), group_ids=(grade,))),
        "sato": contacts.create(ContactDraft("佐藤", phones=("090-1234-0002",), group_ids=(grade,))),
        "kato": contacts.create(ContactDraft("加藤", phones=("090-1234-0003",), group_ids=(grade,))),
        "kato_again": contacts.create(ContactDraft("加藤 母", phones=("090-1234-0003",), group_ids=(grade,))),
        "grade": grade,
    }
    return ids


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def bodies(context: AppContext) -> list[tuple[str, str]]:
    return sorted((row.to, row.text) for row in context.outbox.list() if row.status == "queued")


# -- states --------------------------------------------------------------------------------------


def test_only_the_transitions_of_the_design_are_allowed() -> None:
    check_transition(MessageStatus.QUEUED, MessageStatus.EXPIRED)
    check_transition(MessageStatus.SENDING, MessageStatus.UNCERTAIN)
    for old, new in [("expired", "queued"), ("sent", "queued"), ("uncertain", "sending"), ("queued", "sent")]:
        with pytest.raises(IllegalTransition):
            check_transition(old, new)


# -- text rules ----------------------------------------------------------------------------------


def test_the_part_limit_is_told_in_parts() -> None:
    assert check_text("お知らせ" * 30, max_parts=2) == 2  # 120 UCS-2 characters: 2 parts
    with pytest.raises(TooManyParts) as refused:
        check_text("😀" * 600, max_parts=10)
    assert refused.value.message == "the message needs 19 SMS parts; at most 10 parts are allowed per message"
    assert "one SMS" not in refused.value.message


def test_the_max_parts_setting_holds_on_compose_the_command_line_and_a_reply(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desk_sms.services.compose import ComposeService, ExclusionReason
    from desk_sms.services.compose_recipients import RecipientSource, SourceKind

    context.settings.set("max_parts_per_message", 2)
    three_parts = "お知らせ" * 40  # 160 UCS-2 characters
    plan = ComposeService.from_context(context).prepare(
        [RecipientSource(SourceKind.CONTACT, school["yamada"])], three_parts, as_template=False)
    assert plan.messages == () and [e.reason for e in plan.excluded] == [ExclusionReason.TOO_LONG]
    assert cli(data_dir, "send", "--to", "090-1234-0001", "--text", three_parts) == 1
    assert "needs 3 SMS parts; at most 2 parts" in capsys.readouterr().err
    inbound = receive(context, CUSTOMER, "?")
    with pytest.raises(TooManyParts):
        context.inbox.reply(inbound, three_parts)
    assert context.outbox.list() == []
    assert cli(data_dir, "send", "--to", "090-1234-0001", "--text", "お知らせ" * 30) == 0  # two parts go


def test_send_late_windows_are_minutes_or_hours() -> None:
    assert parse_late_within("30m") == timedelta(minutes=30)
    assert parse_late_within("2h") == timedelta(hours=2)
    for bad in ("", "2d", "0m", "-1h", "soon"):
        with pytest.raises(Exception, match="not a send-late window"):
            parse_late_within(bad)


# -- the command line ----------------------------------------------------------------------------


def test_cli_send_fills_placeholders_per_recipient_and_drops_duplicates(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "send", "--group", "中3", "--text", "{name}様 明日は10時からです") == 0
    out, err = capsys.readouterr()
    assert bodies(context) == [
        ("+819012340001", "山田様 明日は10時からです"),
        ("+819012340002", "佐藤様 明日は10時からです"),
        ("+819012340003", "加藤様 明日は10時からです"),
    ]
    assert "3 queued, 1 left out" in out
    assert "加藤 母: duplicate +819012340003" in err


def test_cli_literal_sends_braces_as_typed(
    context: AppContext, school: dict[str, int], data_dir: Path
) -> None:
    assert cli(data_dir, "send", "--to", "090-1234-0001", "--text", "{name}様", "--literal") == 0
    assert bodies(context) == [("+819012340001", "{name}様")]


def test_cli_unknown_placeholder_refuses_the_whole_send(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "send", "--group", "中3", "--text", "{name}様 {教室}で") == 1
    assert "unknown placeholder {教室}" in capsys.readouterr().err
    assert context.outbox.list() == []


def test_cli_json_lists_what_was_queued(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "send", "--to", "090-1234-0002", "--text", "{名前}様", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["to"], r["text"], r["status"]) for r in rows] == [("+819012340002", "佐藤様", "queued")]


def test_cli_urgent_and_a_timed_send_with_its_window(
    context: AppContext, school: dict[str, int], data_dir: Path
) -> None:
    start = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)  # the command's clock
    at = start.astimezone(timezone(timedelta(hours=9))).isoformat()
    assert cli(data_dir, "send", "--to", "090-1234-0001", "--text", "本日は休校です", "--urgent") == 0
    assert cli(data_dir, "send", "--to", "090-1234-0002", "--text", "明日", "--at", at) == 0
    assert cli(data_dir, "send", "--to", "090-1234-0003", "--text", "明日", "--at", at,
               "--late-within", "30m") == 0
    with context.database.session_factory() as session:
        rows = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).all()
        urgent, default, short = [(m.urgent, m.not_before, m.expires_at) for m in rows]
    assert urgent == (True, None, None)
    assert default == (False, start, start + timedelta(hours=2))
    assert short == (False, start, start + timedelta(minutes=30))


def test_a_time_whose_window_has_already_ended_is_refused(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typed by mistake (yesterday's date): it would only expire unsent, so nothing is written."""
    past = (datetime.now(UTC) - timedelta(hours=3)).astimezone(timezone(timedelta(hours=9)))
    args = ("send", "--group", "中3", "--text", "{name}様", "--at", past.isoformat(), "--late-within", "2h")
    assert cli(data_dir, *args) == 1
    assert "send-late window ended at" in capsys.readouterr().err
    assert cli(data_dir, "send", "--to", "090-1234-0001", *args[3:]) == 1  # one message, not a campaign
    assert "send-late window ended at" in capsys.readouterr().err
    assert context.outbox.list() == []
    assert cli(data_dir, *args[:-1], "4h") == 0  # still inside a longer window: it goes
    assert len(bodies(context)) == 3


def test_cli_late_within_needs_at(
    context: AppContext, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "send", "--to", "090-1234-0001", "--text", "x", "--late-within", "2h") == 1
    assert "--late-within goes with --at" in capsys.readouterr().err


def test_the_command_line_sends_as_an_administrator_and_is_named_in_the_audit(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whoever can run the command can open the database: it acts as an administrator, under its own name."""
    context.settings.set("approval_required", True)
    context.users.create_user("受付", "operator", "pw")
    assert cli(data_dir, "send", "--group", "中3", "--text", "{name}様", "--urgent") == 0
    assert "waiting" not in capsys.readouterr().out
    with context.database.session_factory() as session:
        assert session.scalars(select(Campaign.status)).all() == ["running"]
        creation = select(AuditEntry.user_name).where(AuditEntry.action == "campaign.create")
        author = session.scalars(creation).one()
    assert author == command_line_actor().name


def test_cli_segment_is_a_door_too(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desk_sms.services.compose import ComposeService
    from desk_sms.services.compose_recipients import SegmentFilter

    ComposeService.from_context(context).save_segment("中3全員", SegmentFilter(group_ids=(school["grade"],)))
    assert cli(data_dir, "send", "--segment", "中3全員", "--text", "{name}様") == 0
    assert len(bodies(context)) == 3
    assert cli(data_dir, "send", "--segment", "ない", "--text", "x") == 1


def test_too_many_parts_on_the_command_line(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "send", "--to", "090-1234-0001", "--text", "😀" * 600) == 1
    err = capsys.readouterr().err
    assert "19 SMS parts; at most 10 parts" in err
    assert context.outbox.list() == []


# -- opt-out: one rule ---------------------------------------------------------------------------


def test_a_deleted_contacts_opt_out_still_holds_on_every_door(
    context: AppContext, school: dict[str, int], data_dir: Path
) -> None:
    contacts = ContactsService(context.database.session_factory)
    contacts.set_opt_out([school["sato"]], True, "停止")
    contacts.delete_contacts([school["sato"]])
    contacts.create(ContactDraft("佐藤 (新)", phones=("090-1234-0002",)))  # same number, new record
    assert cli(data_dir, "send", "--to", "090-1234-0002", "--text", "x") == 1
    message_id = context.outbox.enqueue("090-1234-0002", "x")
    assert context.outbox.get(message_id).status == "skipped"


# -- replies -------------------------------------------------------------------------------------


def add_modem(context: AppContext, name: str) -> int:
    with context.database.session_factory.begin() as session:
        modem = Modem(name=name, port=f"/dev/{name}")
        session.add(modem)
        session.flush()
        return modem.id


def receive(context: AppContext, sender: str, text: str) -> int:
    with context.database.session() as session:
        message = InboundMessage(sender=sender, body=text, received_at=context.clock.now())
        session.add(message)
        session.flush()
        return message.id


def test_a_reply_from_a_template_is_filled_and_may_be_urgent(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    TemplatesService(context.database.session_factory).save("お礼", "返信", "{name}様、ありがとうございます")
    inbound = receive(context, CUSTOMER, "出席します")
    assert cli(data_dir, "inbox", "reply", str(inbound), "--template", "お礼", "--urgent") == 0
    assert "queued reply" in capsys.readouterr().out
    with context.database.session_factory() as session:
        reply = session.scalars(select(OutboundMessage)).one()
        sent = (reply.body, reply.urgent, reply.reply_to_id)
    assert sent == ("山田様、ありがとうございます", True, inbound)


def test_an_operators_reply_never_waits_for_approval(
    context: AppContext, school: dict[str, int], fake_clock: FakeClock
) -> None:
    """Approval is for campaigns: a reply to one person goes out, whoever typed it."""
    from desk_sms.engine.claims import ClaimRequest, Claims

    context.settings.set("approval_required", True)
    context.users.create_user("boss", "administrator", "pw")
    context.users.create_user("受付", "operator")
    context.users.sign_in("受付")
    modem = add_modem(context, "A")
    reply = context.inbox.reply(receive(context, CUSTOMER, "明日行けますか"), "{name}様 お待ちしています")
    claimed = Claims(context.database.session_factory, "test").claim(
        ClaimRequest(modem, fake_clock.now(), quiet=False, healthy_modem_ids={modem}))
    assert claimed is not None and (claimed.id, claimed.text) == (reply, "山田様 お待ちしています")
    with context.database.session_factory() as session:
        assert session.scalars(select(Campaign)).all() == []


def test_a_reply_refuses_an_unknown_placeholder(
    context: AppContext, school: dict[str, int], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbound = receive(context, CUSTOMER, "?")
    assert cli(data_dir, "inbox", "reply", str(inbound), "--text", "{あだな}さん") == 1
    assert "unknown placeholder {あだな}" in capsys.readouterr().err
    with pytest.raises(UnknownPlaceholder):
        context.inbox.reply(inbound, "{あだな}さん")
    assert context.outbox.list() == []


# -- audit -----------------------------------------------------------------------------------------


def test_every_creation_is_one_audit_entry_naming_its_door(
    context: AppContext, school: dict[str, int], data_dir: Path
) -> None:
    assert cli(data_dir, "send", "--group", "中3", "--text", "{name}様") == 0
    context.users.choose_first_password(None)  # "no password on this PC": the desk signs admin in
    context.users.sign_in_default()
    inbound = receive(context, CUSTOMER, "はい")
    context.inbox.reply(inbound, "承知しました")
    with context.database.session_factory() as session:
        created = session.execute(
            select(AuditEntry.user_name, AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.action.in_(["campaign.create", "send.message"])).order_by(AuditEntry.id)
        ).all()
    assert [(user, action, detail.split(":")[0]) for user, action, detail in created] == [
        (command_line_actor().name, "campaign.create", "via command line"),
        ("admin", "send.message", "via reply"),
    ]


# -- expiry ----------------------------------------------------------------------------------------


def test_outbox_list_shows_an_expired_message_with_its_reason(
    context: AppContext, fake_clock: FakeClock, data_dir: Path, capsys: pytest.CaptureFixture[str],
    tokyo_time: None,
) -> None:
    from desk_sms.engine.claims import ClaimRequest, Claims

    at = fake_clock.now() - timedelta(hours=3)
    late = context.outbox.enqueue("090-1234-0001", "明日の件", not_before=at, expires_at=at + HOURS_2)
    fresh = context.outbox.enqueue("090-1234-0002", "今日の件", not_before=at, expires_at=at + 2 * HOURS_2)
    modem = add_modem(context, "A")
    claims = Claims(context.database.session_factory, "test")
    claimed = claims.claim(ClaimRequest(modem, fake_clock.now(), quiet=False, healthy_modem_ids={modem}))
    assert claimed is not None and claimed.id == fresh  # the late one was set aside on the way
    assert cli(data_dir, "outbox", "list", "--json", "--status", "expired") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["status"]) for r in rows] == [(late, "expired")]
    # Stored with the instant (it keeps its meaning if the zone changes); the table says it in local time.
    assert rows[0]["error"] == "not sent: its send-late window ended at 2026-01-05T09:00:00+00:00"
    assert cli(data_dir, "outbox", "list", "--status", "expired") == 0
    table = capsys.readouterr().out
    assert "not sent: its send-late window ended at 2026-01-05 18:00" in table and "T09:00" not in table


def test_an_expired_message_needs_attention_on_the_sent_page_and_the_dashboard(
    context: AppContext, fake_clock: FakeClock
) -> None:
    from desk_sms.engine.scheduler import Scheduler
    from desk_sms.services.dashboard import DashboardService
    from desk_sms.services.outbox import OutboxFilter
    from desk_sms.services.reports import ReportsService

    at = fake_clock.now() - timedelta(hours=5)
    late = context.outbox.enqueue("090-1234-0001", "明日の件", not_before=at, expires_at=at + HOURS_2)
    assert Scheduler(context.database.session_factory, context.events, context.clock).tick(
        fake_clock.now()).expired == [late]  # no modem needed: the window alone ends it
    assert context.outbox.ids(OutboxFilter(needs_attention=True)) == [late]
    reports = ReportsService(context.database.session_factory, fake_clock, lambda: "Asia/Tokyo")
    dashboard = DashboardService(context.database.session_factory, fake_clock, reports, context.modems)
    assert dashboard.figures().needs_attention == 1
    copy = context.outbox.resend(late)  # one click sends it anyway, now
    assert context.outbox.get(copy).status == "queued"


def test_urgent_goes_first_in_the_queue_and_in_quiet_hours(
    context: AppContext, fake_clock: FakeClock
) -> None:
    from desk_sms.engine.claims import ClaimRequest, Claims
    from desk_sms.services.outbox import Recipient

    modem = add_modem(context, "A")
    campaign = [Recipient(f"090-1234-00{n:02d}", "通常") for n in range(10, 13)]
    context.outbox.create_campaign("お知らせ", campaign)
    reply = context.outbox.enqueue(CUSTOMER, "返信", priority=100)
    urgent = context.outbox.enqueue("090-1234-0002", "本日は休校です", urgent=True)
    claims = Claims(context.database.session_factory, "test")

    def next_in(quiet: bool) -> int | None:
        claimed = claims.claim(ClaimRequest(modem, fake_clock.now(), quiet, {modem}))
        return claimed.id if claimed else None

    assert next_in(quiet=True) == urgent  # before the reply, and despite quiet hours
    assert next_in(quiet=True) is None  # nothing else may go in quiet hours
    assert next_in(quiet=False) == reply


def test_a_reply_to_an_unknown_sender_refuses_a_placeholder_it_cannot_fill(context: AppContext) -> None:
    from desk_sms.domain.templates import MissingValues

    inbound = receive(context, "+819099990000", "予約したいです")
    with pytest.raises(MissingValues, match="no value for name"):
        context.inbox.reply(inbound, "{name}様、承知しました")
    assert context.outbox.list() == []
    context.inbox.reply(inbound, "{{name}}様、承知しました")  # braces written as literal
    assert [row.text for row in context.outbox.list()] == ["{name}様、承知しました"]
