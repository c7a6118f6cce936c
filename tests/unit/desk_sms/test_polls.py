"""Polls: answers as people write them, refused drafts, and who counts (recipients, within the window)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.engine.engine import inbox_pump_for
from desk_sms.engine.poll_replies import parse_answer
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.polls import PollDraft
from modem.interface import InboundPart

DAYS = ("火曜", "水曜", "木曜")


@pytest.mark.parametrize(("text", "answer"), [
    ("1", 1), ("２", 2), ("3です", 3), ("やっぱり3で", 3), (" 水曜。", 2), ("ＭＯＮ", None),
    ("4", None), ("0", None), ("1か2", None), ("", None), ("わかりません", None),
])
def test_answers_as_people_write_them(text: str, answer: int | None) -> None:
    assert parse_answer(text, DAYS) == answer


@pytest.mark.parametrize(("draft", "message"), [
    (PollDraft("", "q", DAYS, numbers=("09012345678",)), "needs a name"),
    (PollDraft("p", " ", DAYS, numbers=("09012345678",)), "needs a question"),
    (PollDraft("p", "q", ("only",), numbers=("09012345678",)), "2 to 9 answers"),
    (PollDraft("p", "q", DAYS, numbers=("09012345678",), window=timedelta(0)), "longer than zero"),
    (PollDraft("p", "q", DAYS), "no recipients"),
    (PollDraft("p", "q", DAYS, numbers=("12345",)), "not a mobile number: 12345"),
])
def test_a_bad_poll_is_refused_and_nothing_is_queued(
    context: AppContext, draft: PollDraft, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        context.polls.create(draft)
    assert context.polls.polls() == [] and context.outbox.counts_by_status() == {}


def test_a_group_poll_counts_only_its_recipients_within_the_window(
    context: AppContext, fake_clock: FakeClock
) -> None:
    contacts = ContactsService(context.database.session_factory)
    members = [contacts.create(ContactDraft(f"保護者{i}", phones=(f"0905555000{i}",))) for i in range(3)]
    groups = GroupsService(context.database.session_factory, context.events, context.users)
    groups.add_members(groups.create_group("3年"), members)
    with pytest.raises(NotFound):
        context.polls.create(PollDraft("p", "q", DAYS, group="無い"))
    poll = context.polls.create(PollDraft("面談", "希望日は?", DAYS, group="3年", window=timedelta(hours=1)))
    pump = inbox_pump_for(context.database.session_factory, context.events, context.settings)
    for sender, text in (("+819055550000", "2"), ("+819099999999", "1"), ("+819055550001", "x")):
        pump.store(None, InboundPart(sender=sender, text=text, sent_at=None), fake_clock.now())
    fake_clock.advance(3600)
    pump.store(None, InboundPart(sender="+819055550001", text="1", sent_at=None), fake_clock.now())
    results = context.polls.results(poll)
    assert results.counts == (0, 1, 0)
    assert [(row.contact, row.state) for row in results.rows] == [
        ("保護者0", "answered"), ("保護者1", "invalid"), ("保護者2", "none")]
    assert context.polls.polls()[0][:2] == (poll, "面談")
