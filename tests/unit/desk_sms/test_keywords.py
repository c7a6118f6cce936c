"""Reply keywords: width, case, spaces and trailing punctuation do not matter; a reply that only
contains an opt-out keyword is a probable opt-out, flagged in the inbox with a one-click Opt out."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, Contact, OutboundMessage
from desk_sms.domain.keywords import contains_keyword, match_keyword
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.services.settings import DEFAULT_OPT_OUT_CONFIRMATION, InvalidSetting
from modem.interface import InboundPart

OPT_OUT = ["停止", "ストップ", "配信停止", "STOP"]
CUSTOMER = "+819012345678"


@pytest.mark.parametrize(
    "reply", ["停止", "停止。", " 停止！", "ＳＴＯＰ", "stop.", "Stop!", "配信 停止", "配信　停止…"]
)
def test_a_whole_keyword_matches_whatever_its_width_case_spaces_and_punctuation(reply: str) -> None:
    assert match_keyword(reply, OPT_OUT) is not None
    assert contains_keyword(reply, OPT_OUT) is None, "a keyword itself is not a 'probable' one"


@pytest.mark.parametrize(
    ("reply", "found"),
    [
        ("配信停止でお願いします", "停止"),
        ("もう送らないで。ストップして", "ストップ"),
        ("Please STOP sending", "STOP"),
        ("ｓｔｏｐ please", "STOP"),
    ],
)
def test_a_reply_containing_a_keyword_is_a_probable_opt_out(reply: str, found: str) -> None:
    assert match_keyword(reply, OPT_OUT) is None
    assert contains_keyword(reply, OPT_OUT) == found


@pytest.mark.parametrize("reply", ["明日伺います", "my stopwatch broke", "nonstop", ""])
def test_ordinary_replies_are_not_flagged(reply: str) -> None:
    assert contains_keyword(reply, OPT_OUT) is None


def receive(context: AppContext, clock: FakeClock, text: str, sender: str = CUSTOMER) -> int:
    pump = InboxPump(
        context.database.session_factory,
        context.events,
        "JP",
        lambda: OPT_OUT,
        context.settings.opt_out_confirmation,
    )
    message_id = pump.store(None, InboundPart(sender=sender, text=text, sent_at=clock.now()), clock.now())
    assert message_id is not None
    clock.advance(60)
    return message_id


def confirmations(context: AppContext) -> list[str]:
    with context.database.session_factory() as session:
        return list(session.scalars(select(OutboundMessage.body)))


def test_an_exact_keyword_opts_out_with_the_japanese_confirmation(
    context: AppContext, fake_clock: FakeClock
) -> None:
    message = receive(context, fake_clock, "停止。")
    assert context.inbox.get(message).keyword == "opt_out"
    assert not context.inbox.get(message).probable_opt_out
    assert confirmations(context) == [DEFAULT_OPT_OUT_CONFIRMATION]
    with context.database.session_factory() as session:
        # The opt-out, then the confirmation's own entry (every message leaves one, naming its door).
        assert sorted(session.scalars(select(AuditEntry.action))) == ["contact.opt_out", "send.message"]


def test_the_confirmation_can_be_edited_or_turned_off(context: AppContext, fake_clock: FakeClock) -> None:
    context.settings.set("opt_out_confirmation", "配信を停止しました。")
    receive(context, fake_clock, "停止")
    context.settings.set("opt_out_confirmation_enabled", False)
    receive(context, fake_clock, "STOP", sender="+819087654321")
    assert confirmations(context) == ["配信を停止しました。"]


def test_a_probable_opt_out_is_flagged_until_one_click_opts_the_sender_out(
    context: AppContext, fake_clock: FakeClock
) -> None:
    message = receive(context, fake_clock, "配信停止でお願いします")
    row = context.inbox.get(message)
    assert row.keyword is None and row.probable_opt_out, "never ignored silently"
    assert confirmations(context) == [], "nothing happens by itself"
    confirmation = context.inbox.opt_out_sender(message)
    assert confirmation is not None and confirmations(context) == [DEFAULT_OPT_OUT_CONFIRMATION]
    assert not context.inbox.get(message).probable_opt_out
    with context.database.session_factory() as session:
        contact = session.scalars(select(Contact)).one()
        assert contact.opted_out_at is not None
        # The opt-out, then the confirmation's own entry (every message leaves one, naming its door).
        assert sorted(session.scalars(select(AuditEntry.action))) == ["contact.opt_out", "send.message"]
    assert context.inbox.opt_out_sender(message) is None, "once out, no second confirmation"


def test_keyword_settings_are_validated(context: AppContext) -> None:
    for key, value in [
        ("opt_out_keywords", []),
        ("opt_out_keywords", "停止"),
        ("confirm_keywords", [" "]),
        ("opt_out_confirmation", 5),
        ("opt_out_confirmation_enabled", "yes"),
    ]:
        with pytest.raises(InvalidSetting):
            context.settings.set(key, value)
    context.settings.set("cancel_keywords", [" キャンセル ", "", "2"])
    assert context.settings.get("cancel_keywords") == ["キャンセル", "2"]
