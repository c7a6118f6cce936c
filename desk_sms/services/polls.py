"""Polls: a campaign whose question lists numbered answers; the replies within its window are counted.

The engine records each reply on the message (desk_sms/engine/poll_replies.py); this service creates
polls through the outgoing pipeline, counts (a recipient's last valid answer in the window counts),
lists who answered what, who answered invalidly or late, who did not answer, and exports it to Excel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Campaign, Contact, ContactGroup, ContactPhone, Group, InboundMessage, Poll
from desk_sms.domain.phones import normalize_phone
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import EventBus, MessageStateChanged
from desk_sms.importing.exporting import export_rows
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import CampaignSpec, Door, campaign_in
from desk_sms.outbox.recipients import campaign_recipients
from desk_sms.outbox.rules import campaign_status, check_text
from desk_sms.outbox.states import MessageStatus
from desk_sms.services.settings import SettingsService
from desk_sms.services.users import UsersService
from desk_sms.wording import counted

MAX_ANSWERS = 9
EXPORT_HEADERS = ("number", "contact", "answer", "answer text", "replied at", "state", "reply")


@dataclass(frozen=True)
class PollDraft:
    name: str
    question: str  # the answers are listed under it, numbered, in the message
    answers: tuple[str, ...]
    numbers: tuple[str, ...] = ()
    group: str = ""
    window: timedelta = timedelta(days=3)
    invalid_reply: str = ""  # e.g. 「1、2、3のいずれかでご返信ください」; "" = none


@dataclass(frozen=True)
class PollRow:
    """One recipient: `state` is answered, invalid, late or none (no reply)."""

    number: str
    contact: str
    state: str
    answer: int | None = None
    replied_at: datetime | None = None
    reply: str = ""


@dataclass(frozen=True)
class PollResults:
    id: int
    name: str
    question: str
    answers: tuple[str, ...]
    opens_at: datetime
    closes_at: datetime
    counts: tuple[int, ...]  # per answer, in order
    rows: tuple[PollRow, ...]

    def with_state(self, state: str) -> list[PollRow]:
        return [row for row in self.rows if row.state == state]


def poll_text(question: str, answers: Sequence[str]) -> str:
    """The message: the question, then one numbered line per answer."""
    return "\n".join([question.strip(), *(f"{n}: {label}" for n, label in enumerate(answers, start=1))])


class PollsService:
    def __init__(self, session_factory: sessionmaker[Session], events: EventBus, clock: Clock,
                 settings: SettingsService, users: UsersService) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._settings = settings
        self._users = users

    def create(self, draft: PollDraft) -> int:
        """Queue the poll's question to every recipient under one campaign; returns the poll id."""
        answers = _check(draft)
        text = poll_text(draft.question, answers)
        check_text(text, int(self._settings.get("max_parts_per_message")))
        now, user, actor = self._clock.now(), self._users.current, self._users.actor  # actor: CLI too
        approval = bool(self._settings.get("approval_required"))
        status = campaign_status(approval, bool(actor and actor.is_admin))
        with self._session_factory.begin() as session:
            recipients = self._recipients(session, draft)
            specs = [MessageSpec(number, text, contact) for number, contact in recipients]
            if not specs:
                raise InvalidInput(detail="the poll has no recipients")
            campaign = CampaignSpec(draft.name.strip(), Door.POLL, status, text)
            campaign_id = campaign_in(session, campaign, specs, now, self._region(), user)
            poll = Poll(campaign_id=campaign_id, question=draft.question.strip(), answers=list(answers),
                        opens_at=now, closes_at=now + draft.window, invalid_reply=draft.invalid_reply.strip(),
                        created_at=now)
            session.add(poll)
            session.flush()
            detail = f"{draft.name}: {len(answers)} answers, until {poll.closes_at.isoformat()}"
            self._users.add_record(session, "poll.create", "poll", poll.id, detail)
            poll_id = poll.id
        self._events.publish(MessageStateChanged(0, MessageStatus.QUEUED, campaign_id))
        return poll_id

    def polls(self) -> list[tuple[int, str, datetime]]:
        """(id, name, closes_at) of every poll, newest first."""
        with self._session_factory() as session:
            rows = session.execute(select(Poll.id, Campaign.name, Poll.closes_at)
                                   .join(Campaign, Campaign.id == Poll.campaign_id).order_by(Poll.id.desc()))
            return [(poll_id, name, closes) for poll_id, name, closes in rows]

    def results(self, poll_id: int) -> PollResults:
        with self._session_factory() as session:
            poll = session.get(Poll, poll_id)
            if poll is None:
                raise NotFound(what="Poll", name=str(poll_id))
            name = session.scalar(select(Campaign.name).where(Campaign.id == poll.campaign_id)) or ""
            rows = tuple(self._rows(session, poll))
            answers = tuple(str(label) for label in poll.answers)
            counts = tuple(sum(1 for row in rows if row.state == "answered" and row.answer == n)
                           for n in range(1, len(answers) + 1))
            return PollResults(poll.id, name, poll.question, answers, poll.opens_at, poll.closes_at, counts,
                               rows)

    def export(self, poll_id: int, path: str | Path) -> int:
        """The table of who answered what (non-responders too) as .xlsx (or .csv); rows written."""
        results = self.results(poll_id)
        labels = dict(enumerate(results.answers, start=1))
        rows = ([r.number, r.contact, r.answer or "", labels.get(r.answer or 0, ""), r.replied_at or "",
                 r.state, r.reply] for r in results.rows)
        written = export_rows(path, EXPORT_HEADERS, rows, sheet_title="poll")
        self._users.record("export.poll", "file", None,
                           f"{counted(written, 'row')} of poll {results.name} to {path}")
        return written

    def _rows(self, session: Session, poll: Poll) -> list[PollRow]:
        query = (select(InboundMessage.sender, InboundMessage.poll_id, InboundMessage.poll_answer,
                        InboundMessage.stored_at, InboundMessage.body)
                 .where((InboundMessage.poll_id == poll.id) | (InboundMessage.stored_at >= poll.closes_at))
                 .order_by(InboundMessage.stored_at, InboundMessage.id))
        replies = [_Reply(sender, poll_id == poll.id, answer, at, body)
                   for sender, poll_id, answer, at, body in session.execute(query)]
        rows = []
        for number, contact_id in campaign_recipients(session, poll.campaign_id):
            contact = session.get(Contact, contact_id) if contact_id is not None else None
            mine = [reply for reply in replies if reply.sender == number]
            rows.append(_row_for(number, contact.name if contact else "", mine))
        return rows

    def _recipients(self, session: Session, draft: PollDraft) -> list[tuple[str, int | None]]:
        found: dict[str, int | None] = {}
        if draft.group.strip():
            group_id = session.scalar(select(Group.id).where(Group.name == draft.group.strip()))
            if group_id is None:
                raise NotFound(what="Group", name=draft.group)
            members = session.execute(
                select(ContactPhone.e164, ContactPhone.contact_id)
                .join(ContactGroup, ContactGroup.contact_id == ContactPhone.contact_id)
                .join(Contact, Contact.id == ContactPhone.contact_id)
                .where(ContactGroup.group_id == group_id, ContactPhone.position == 0,
                       Contact.deleted_at.is_(None)).order_by(ContactPhone.contact_id))
            found.update((number, contact) for number, contact in members)
        for raw in draft.numbers:
            number = normalize_phone(raw, self._region()).e164
            if number is None:
                raise InvalidInput(detail=f"not a mobile number: {raw}")
            found.setdefault(number, _contact_of(session, number))
        return list(found.items())

    def _region(self) -> str:
        return str(self._settings.get("default_region"))


@dataclass(frozen=True)
class _Reply:
    sender: str
    in_window: bool  # taken by this poll while it was open
    answer: int | None
    at: datetime
    body: str


def _row_for(number: str, contact: str, replies: list[_Reply]) -> PollRow:
    """A recipient's last valid answer counts; else their invalid answer, else their first late reply."""
    in_window = [reply for reply in replies if reply.in_window]
    valid = [reply for reply in in_window if reply.answer is not None]
    if valid:
        return PollRow(number, contact, "answered", valid[-1].answer, valid[-1].at, valid[-1].body)
    if in_window:
        return PollRow(number, contact, "invalid", None, in_window[-1].at, in_window[-1].body)
    if replies:
        return PollRow(number, contact, "late", None, replies[0].at, replies[0].body)
    return PollRow(number, contact, "none")


def _contact_of(session: Session, number: str) -> int | None:
    return session.scalar(select(ContactPhone.contact_id).join(Contact, Contact.id == ContactPhone.contact_id)
                          .where(ContactPhone.e164 == number, Contact.deleted_at.is_(None)).limit(1))


def _check(draft: PollDraft) -> tuple[str, ...]:
    answers = tuple(label.strip() for label in draft.answers if label.strip())
    if not draft.name.strip():
        raise InvalidInput(detail="a poll needs a name")
    if not draft.question.strip():
        raise InvalidInput(detail="a poll needs a question")
    if not 2 <= len(answers) <= MAX_ANSWERS:
        raise InvalidInput(detail=f"a poll needs 2 to {MAX_ANSWERS} answers")
    if draft.window <= timedelta(0):
        raise InvalidInput(detail="the poll's window must be longer than zero")
    return answers
