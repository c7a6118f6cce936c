"""Replies to a poll: a message from one of a poll's recipients while the poll is open is its answer.

"2", "２", "2です", "やっぱり3" (one number) or an answer's own words count; anything else is an
invalid answer, which may get the poll's automatic "please reply 1, 2 or 3" once per number per poll
(through the pipeline). A valid answer is handled (and settles the sender's earlier invalid ones);
an invalid one waits for a person. Replies after the window are ordinary
messages (the rules see them); the results list them as late.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_sms.db.models import Campaign, InboundMessage, Poll
from desk_sms.domain.keywords import normalize_reply
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import Door, key_used, queue_in
from desk_sms.outbox.recipients import was_sent_to
from desk_sms.outbox.states import PRIORITY_REPLY

_NUMBER = re.compile(r"\d+")


def parse_answer(text: str, answers: Sequence[str]) -> int | None:
    """The 1-based answer `text` gives, or None when it gives none of them."""
    reply = normalize_reply(text)
    for index, label in enumerate(answers, start=1):
        if reply == normalize_reply(label):
            return index
    numbers = _NUMBER.findall(unicodedata.normalize("NFKC", reply))
    if len(numbers) == 1 and 1 <= int(numbers[0]) <= len(answers):  # "2", "２です", "やっぱり3で"
        return int(numbers[0])
    return None


def open_poll_for(session: Session, sender: str, now: datetime) -> Poll | None:
    """The newest poll open at `now` that was sent to `sender`."""
    polls = session.scalars(
        select(Poll).join(Campaign, Campaign.id == Poll.campaign_id)
        .where(Poll.opens_at <= now, Poll.closes_at > now).order_by(Poll.id.desc()))
    for poll in polls:
        if was_sent_to(session, poll.campaign_id, sender):
            return poll
    return None


def apply_poll_reply(session: Session, message: InboundMessage, now: datetime, region: str) -> list[int]:
    """Record `message` as an answer to its sender's open poll; the ids of automatic answers queued
    (`message.poll_id` tells whether a poll took the message)."""
    if not message.complete or message.keyword is not None:
        return []
    poll = open_poll_for(session, message.sender, now)
    if poll is None:
        return []
    message.poll_id = poll.id
    message.poll_answer = parse_answer(message.body, poll.answers)
    if message.poll_answer is not None:
        message.status, message.handled_at = "handled", now
        message.rule_effect = f"poll_answer {message.poll_answer}"
        _settle_earlier_invalid(session, poll, message, now)
        return []
    message.rule_effect = "poll_invalid"
    return _ask_again(session, poll, message, now, region)


def _settle_earlier_invalid(session: Session, poll: Poll, message: InboundMessage, now: datetime) -> None:
    """A valid answer makes good the sender's earlier invalid ones: nobody needs to look at them now."""
    session.execute(update(InboundMessage).where(
        InboundMessage.poll_id == poll.id, InboundMessage.sender == message.sender,
        InboundMessage.poll_answer.is_(None), InboundMessage.status == "unhandled",
        InboundMessage.id != message.id).values(status="handled", handled_at=now))


def _ask_again(
    session: Session, poll: Poll, message: InboundMessage, now: datetime, region: str
) -> list[int]:
    key = f"poll:{poll.id}:{message.sender}:invalid"
    if not poll.invalid_reply.strip() or key_used(session, key):
        return []
    spec = MessageSpec(message.sender, poll.invalid_reply, message.contact_id, PRIORITY_REPLY,
                       reply_to_id=message.id, preferred_modem_id=message.modem_id, dedupe_key=key)
    try:
        with session.begin_nested():
            queued = queue_in(session, spec, Door.POLL, now, region)
    except IntegrityError:
        return []
    message.rule_effect = f"poll_invalid\nanswered {queued.id}"
    return [queued.id]
