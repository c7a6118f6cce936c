"""The shared inbox: list, search and filter received messages, mark them, claim a conversation, reply.

A conversation is everything exchanged with one number (E.164). "Being handled" is a claim on the
conversation's newest message: the first desk to start a reply takes it with one conditional UPDATE,
so two desks cannot both win; a claim lapses after `CLAIM_TTL` so a closed desk never blocks others.
"Current user" is an optional id: None means single-desk use (no users configured).
What a person does to a message (handled, unhandled, assigned, a claim taken over, a reply) goes to
the audit log through the recorder the service is given (`UsersService.record`: it names the user).
A reply that contains an opt-out keyword without being one is flagged `probable_opt_out`: a person
confirms it with `opt_out_sender`. Assigning a conversation to someone else needs an administrator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Select, func, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Contact, ContactPhone, InboundMessage, Modem, OutboundMessage, Template, User
from desk_sms.domain.keywords import contains_keyword
from desk_sms.domain.roles import Permission
from desk_sms.engine.inbox_pump import opt_out_sender, queue_opt_out_confirmation
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus, MessageStateChanged
from desk_sms.importing.exporting import export_rows
from desk_sms.outbox.pipeline import Door
from desk_sms.services.outbox import PRIORITY_REPLY, OutboxService
from desk_sms.services.users import UsersService
from desk_sms.wording import counted

UNHANDLED = "unhandled"
HANDLED = "handled"
CLAIM_TTL = timedelta(minutes=10)
EXPORT_HEADERS = ("received_at", "from", "contact", "modem", "status", "text")
THREAD_EXPORT_HEADERS = ("at", "direction", "number", "status", "modem", "text")
AUDIT_OBJECT = "inbound_message"

# Writes one audit entry: action, object type, object id, detail (the shape of UsersService.record).
AuditRecorder = Callable[[str, str, int | None, str], None]


@dataclass(frozen=True)
class InboxRow:
    """One received message for display; `as_json` gives the CLI contract's keys."""

    id: int
    sender: str
    text: str
    received_at: datetime
    modem_id: int | None
    modem: str | None
    contact_id: int | None
    contact: str | None
    status: str
    complete: bool
    keyword: str | None
    read: bool
    assignee_id: int | None
    assignee: str | None = None  # the user's name
    being_handled: bool = False  # a desk holds a live claim on this conversation to reply
    handled_by: str | None = None  # the name of the user replying, when known
    probable_opt_out: bool = False  # contains an opt-out keyword; the sender is not out yet
    rule: str = ""  # the names of the incoming-message rules that acted on it ("" = none)
    rule_effect: str = ""  # what they did: one "code value" line per effect (engine/incoming_rules.py)
    tag: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "from": self.sender,
            "text": self.text,
            "received_at": self.received_at.isoformat(),
            "modem": self.modem,
            "contact_id": self.contact_id,
            "status": self.status,
            "rule": self.rule or None,
        }


@dataclass(frozen=True)
class InboxFilter:
    search: str = ""  # in the text, the number or the contact's name
    unhandled_only: bool = False
    assignee_id: int | None = None  # "mine" when set to the current user
    modem_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class ThreadEntry:
    """One message of a conversation, either direction, for the conversation view."""

    incoming: bool
    id: int
    text: str
    at: datetime
    status: str  # inbound: unhandled/handled; outbound: the delivery state
    modem: str | None


@dataclass(frozen=True)
class Claim:
    """The answer to "may I reply?": `granted`, or who holds the conversation since when."""

    granted: bool
    holder_id: int | None = None
    since: datetime | None = None


class InboxService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        outbox: OutboxService,
        record: AuditRecorder,
        *,
        users: UsersService | None = None,
        opt_out_keywords: Callable[[], list[str]] = lambda: [],
        opt_out_confirmation: Callable[[], str] = lambda: "",
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._outbox = outbox
        self._record = record
        # Fills a reply's placeholders for its recipient (number, text, literal) → text; set by the context.
        self.renderer: Callable[[str, str, bool], str] | None = None
        self._users = users or UsersService(session_factory, events, clock)
        self._opt_out_keywords = opt_out_keywords
        self._opt_out_confirmation = opt_out_confirmation

    # -- reading --------------------------------------------------------------------------------

    def ids(self, where: InboxFilter = InboxFilter(), limit: int = 1_000_000) -> list[int]:
        """Matching ids, newest first (the table model fetches rows for them on demand)."""
        with self._session_factory() as session:
            query = _filtered(select(InboundMessage.id), where)
            query = query.order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc()).limit(limit)
            return list(session.scalars(query))

    def rows(self, message_ids: Iterable[int]) -> list[InboxRow]:
        wanted = list(message_ids)
        live_since = self._clock.now() - CLAIM_TTL
        with self._session_factory() as session:
            query = _row_query().where(InboundMessage.id.in_(wanted))
            rows = [_row(*values, live_since=live_since) for values in session.execute(query)]
            rows = self._flag_probable_opt_outs(session, rows)
            by_id = {row.id: row for row in rows}
        return [by_id[i] for i in wanted if i in by_id]

    def _flag_probable_opt_outs(self, session: Session, rows: list[InboxRow]) -> list[InboxRow]:
        keywords = self._opt_out_keywords()
        suspects = [row for row in rows if row.keyword is None and contains_keyword(row.text, keywords)]
        if not suspects:
            return rows
        contact_ids = {row.contact_id for row in suspects if row.contact_id is not None}
        out = set(session.scalars(
            select(Contact.id).where(Contact.id.in_(contact_ids), Contact.opted_out_at.is_not(None))
        ))
        flagged = {row.id for row in suspects if row.contact_id not in out}
        return [replace(row, probable_opt_out=True) if row.id in flagged else row for row in rows]

    def get(self, message_id: int) -> InboxRow:
        rows = self.rows([message_id])
        if not rows:
            raise NotFound(what="Message", name=str(message_id))
        return rows[0]

    def unread_count(self) -> int:
        with self._session_factory() as session:
            query = select(func.count()).where(InboundMessage.read_at.is_(None))
            return int(session.scalar(query) or 0)

    def modems(self) -> list[tuple[int, str]]:
        with self._session_factory() as session:
            return [
                (mid, name)
                for mid, name in session.execute(select(Modem.id, Modem.name).order_by(Modem.name))
            ]

    def templates(self) -> list[tuple[str, str]]:
        """(name, body) of every saved template, for the reply box."""
        with self._session_factory() as session:
            return [
                (name, body)
                for name, body in session.execute(
                    select(Template.name, Template.body).order_by(Template.name)
                )
            ]

    def thread(self, number: str) -> list[ThreadEntry]:
        """Everything received from and sent to `number`, oldest first."""
        with self._session_factory() as session:
            received = session.execute(
                select(InboundMessage, Modem.name)
                .outerjoin(Modem, Modem.id == InboundMessage.modem_id)
                .where(InboundMessage.sender == number)
            )
            entries = [
                ThreadEntry(True, m.id, m.body, m.received_at, m.status, modem) for m, modem in received
            ]
            sent = session.execute(
                select(OutboundMessage, Modem.name)
                .outerjoin(Modem, Modem.id == OutboundMessage.modem_id)
                .where(OutboundMessage.to_number == number)
            )
            entries += [
                ThreadEntry(False, m.id, m.body, m.sent_at or m.created_at, m.status, modem)
                for m, modem in sent
            ]
        return sorted(entries, key=lambda entry: (entry.at, entry.incoming is False, entry.id))

    # -- marking --------------------------------------------------------------------------------

    def mark_read(self, message_ids: Iterable[int]) -> int:
        return self._update(message_ids, InboundMessage.read_at.is_(None), read_at=self._clock.now())

    def mark_handled(self, message_ids: Iterable[int], user_id: int | None = None) -> int:
        wanted = list(message_ids)
        changed = self._set_handled(wanted, user_id)
        self._record_marking("inbox.handled", wanted, changed)
        return changed

    def _set_handled(self, message_ids: list[int], user_id: int | None) -> int:
        now = self._clock.now()
        return self._update(
            message_ids,
            InboundMessage.status != HANDLED,
            status=HANDLED,
            handled_at=now,
            handled_by_id=user_id,
            read_at=func.coalesce(InboundMessage.read_at, now),
        )

    def mark_unhandled(self, message_ids: Iterable[int]) -> int:
        wanted = list(message_ids)
        changed = self._update(
            wanted,
            InboundMessage.status != UNHANDLED,
            status=UNHANDLED,
            handled_at=None,
            handled_by_id=None,
        )
        self._record_marking("inbox.unhandled", wanted, changed)
        return changed

    def assign(self, message_ids: Iterable[int], user_id: int | None) -> int:
        """Assign to `user_id` (None: nobody). Taking a message oneself is everyone's; giving it to
        someone else, or taking it away, an administrator's. Only an active user can be chosen."""
        wanted = list(message_ids)
        actor = self._users.actor
        if actor is None or user_id is None or user_id != actor.id:
            self._users.require(Permission.ASSIGN_OTHERS)
        if user_id is not None:
            self._check_active_user(user_id)
        changed = self._update(wanted, True, assignee_id=user_id)
        assignee = self._user_name(user_id) if user_id is not None else "nobody"
        self._record_marking("inbox.assign", wanted, changed, f"to {assignee}")
        return changed

    def _record_marking(self, action: str, message_ids: list[int], changed: int, note: str = "") -> None:
        """One entry per action; a single message is its object, several are listed in the detail."""
        if not message_ids:
            return
        single = message_ids[0] if len(message_ids) == 1 else None
        listed = ", ".join(str(i) for i in message_ids)
        detail = f"{note + '; ' if note else ''}messages {listed} ({changed} changed)"
        self._record(action, AUDIT_OBJECT, single, detail)

    def _check_active_user(self, user_id: int) -> None:
        with self._session_factory() as session:
            user = session.get(User, user_id)
            if user is None or not user.active:
                raise NotFound(what="Active user", name=str(user_id))

    def opt_out_sender(self, message_id: int) -> int | None:
        """The one-click "Opt out" of a probable opt-out: the sender is opted out (a contact is made
        for an unknown number), the opt-out confirmation queued as for a keyword reply, audited.
        Returns the confirmation's outbound id (None when turned off or the sender was out already)."""
        now = self._clock.now()
        with self._session_factory.begin() as session:
            message = session.get(InboundMessage, message_id)
            if message is None:
                raise NotFound(what="Message", name=str(message_id))
            newly_out = opt_out_sender(session, message, "asked in a reply (confirmed in the inbox)", now)
            confirmation = (
                queue_opt_out_confirmation(
                    session, message, self._opt_out_confirmation(), now, self._outbox.default_region
                )
                if newly_out else None
            )
            detail = f"{message.sender}: from inbox message {message_id}"
            self._users.add_record(session, "contact.opt_out", "contact", message.contact_id, detail)
        self._events.publish(DataChanged(topic="contacts"))
        self._events.publish(DataChanged(topic="inbox"))
        if confirmation is not None:
            self._events.publish(MessageStateChanged(confirmation, "queued"))
        return confirmation

    def _user_name(self, user_id: int) -> str:
        with self._session_factory() as session:
            user = session.get(User, user_id)
            return user.name if user is not None else f"user {user_id}"

    def _update(self, message_ids: Iterable[int], condition: Any, **values: Any) -> int:
        wanted = list(message_ids)
        if not wanted:
            return 0
        with self._session_factory.begin() as session:
            query = update(InboundMessage).where(InboundMessage.id.in_(wanted), condition).values(**values)
            changed = cast(CursorResult[Any], session.execute(query)).rowcount
        self._events.publish(DataChanged(topic="inbox"))
        return int(changed)

    # -- claims ("being handled") ---------------------------------------------------------------

    def claim(self, number: str, user_id: int | None, *, force: bool = False) -> Claim:
        """Take the conversation with `number` for a reply, unless another desk holds a live claim.

        With no users (`user_id` None) two desks cannot be told apart, so the caller passes
        `force=True` to renew a claim it knows it took itself.
        """
        now = self._clock.now()
        with self._session_factory.begin() as session:
            # Lock the conversation first: on a shared server two desks claiming at once take turns,
            # and the second sees the first one's claim (SQLite's BEGIN IMMEDIATE already serialises).
            conversation = select(InboundMessage.id).where(InboundMessage.sender == number)
            session.execute(conversation.with_for_update())
            holder = self._live_claim(session, number, now)
            if holder is not None and not force and (user_id is None or holder.holder_id != user_id):
                return holder
            newest = session.scalar(
                select(InboundMessage.id)
                .where(InboundMessage.sender == number)
                .order_by(InboundMessage.id.desc())
                .limit(1)
            )
            if newest is None:
                raise NotFound(what="Conversation", name=number)
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.sender == number)
                .values(claimed_by_id=None, claimed_at=None)
            )
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.id == newest)
                .values(claimed_by_id=user_id, claimed_at=now)
            )
        self._events.publish(DataChanged(topic="inbox"))
        if holder is not None and holder.holder_id != user_id:  # not a desk renewing its own claim
            previous = self._user_name(holder.holder_id) if holder.holder_id is not None else "a desk"
            self._record("inbox.take_over", AUDIT_OBJECT, newest, f"{number} from {previous}")
        return Claim(True, user_id, now)

    def claim_holder(self, number: str) -> Claim | None:
        """The live claim on the conversation (as a not-granted Claim), or None when it is free."""
        with self._session_factory() as session:
            return self._live_claim(session, number, self._clock.now())

    def release(self, number: str) -> None:
        with self._session_factory.begin() as session:
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.sender == number, InboundMessage.claimed_at.is_not(None))
                .values(claimed_by_id=None, claimed_at=None)
            )
        self._events.publish(DataChanged(topic="inbox"))

    @staticmethod
    def _live_claim(session: Session, number: str, now: datetime) -> Claim | None:
        row = session.execute(
            select(InboundMessage.claimed_by_id, InboundMessage.claimed_at)
            .where(InboundMessage.sender == number, InboundMessage.claimed_at >= now - CLAIM_TTL)
            .order_by(InboundMessage.claimed_at.desc())
            .limit(1)
        ).first()
        return None if row is None else Claim(False, row.claimed_by_id, row.claimed_at)

    # -- replying and contacts -------------------------------------------------------------------

    def reply(
        self, message_id: int, text: str, user_id: int | None = None, *, urgent: bool = False,
        literal: bool = False,
    ) -> int:
        """Queue a reply through the modem the customer wrote to; the conversation becomes handled.

        Placeholders ({name} …) are filled for the customer unless `literal`; a reply may be urgent.
        """
        original = self.get(message_id)
        if self.renderer is not None:
            text = self.renderer(original.sender, text, literal)
        outbound_id = self._outbox.enqueue(
            original.sender,
            text,
            contact_id=original.contact_id,
            priority=PRIORITY_REPLY,
            urgent=urgent,
            reply_to_id=message_id,
            preferred_modem_id=original.modem_id,
            created_by_id=user_id,
            door=Door.REPLY,
        )
        with self._session_factory() as session:
            open_ids = list(
                session.scalars(
                    select(InboundMessage.id).where(
                        InboundMessage.sender == original.sender, InboundMessage.status == UNHANDLED
                    )
                )
            )
        handled = self._set_handled(open_ids, user_id)
        self.release(original.sender)
        detail = f"to {original.sender} as outbound message {outbound_id}; {handled} marked handled"
        self._record("inbox.reply", AUDIT_OBJECT, message_id, detail)
        return outbound_id

    def create_contact(self, message_id: int, name: str = "") -> int:
        """Make the sender of `message_id` a contact (or return the one that has the number now)."""
        sender = self.get(message_id).sender
        with self._session_factory.begin() as session:
            existing = session.scalar(
                select(ContactPhone.contact_id)
                .join(Contact, Contact.id == ContactPhone.contact_id)
                .where(ContactPhone.e164 == sender, Contact.deleted_at.is_(None))
                .limit(1)
            )
            contact_id = existing or self._new_contact(session, sender, name.strip() or sender)
            session.execute(
                update(InboundMessage)
                .where(InboundMessage.sender == sender, InboundMessage.contact_id.is_(None))
                .values(contact_id=contact_id)
            )
        self._events.publish(DataChanged(topic="contacts"))
        self._events.publish(DataChanged(topic="inbox"))
        return contact_id

    @staticmethod
    def _new_contact(session: Session, number: str, name: str) -> int:
        contact = Contact(name=name, notes="created from the inbox")
        contact.phones.append(ContactPhone(e164=number, raw=number))
        session.add(contact)
        session.flush()
        return contact.id

    # -- export ---------------------------------------------------------------------------------

    def export(self, path: str | Path, where: InboxFilter = InboxFilter()) -> int:
        """Write the filtered inbox to .xlsx or .csv (formula-safe); returns the rows written."""
        ids = self.ids(where)
        written = export_rows(path, EXPORT_HEADERS, self._export_rows(ids), sheet_title="inbox")
        self._users.record("export.inbox", "file", None, f"{counted(written, 'message')} to {path}")
        return written

    def _export_rows(self, ids: list[int], batch: int = 500) -> Iterable[list[object]]:
        for start in range(0, len(ids), batch):
            for row in self.rows(ids[start : start + batch]):
                yield [row.received_at, row.sender, row.contact or "", row.modem or "", row.status, row.text]

    def export_thread(self, path: str | Path, number: str) -> int:
        entries = self.thread(number)
        if not entries:
            raise InvalidInput(detail=f"no messages with {number}")
        rows = (
            [e.at, "in" if e.incoming else "out", number, e.status, e.modem or "", e.text] for e in entries
        )
        written = export_rows(path, THREAD_EXPORT_HEADERS, rows, sheet_title="conversation")
        self._users.record("export.conversation", "file", None,
                           f"{counted(written, 'message')} with {number} to {path}")
        return written

    # Last in the class: below this line the name `list` would mean this method in annotations.
    def list(self, where: InboxFilter = InboxFilter(), limit: int = 500) -> list[InboxRow]:
        return self.rows(self.ids(where, limit))


_Claimant = aliased(User)


def _row_query() -> Select[InboundMessage, str, str, str, str]:
    return (
        select(InboundMessage, Modem.name, Contact.name, User.name, _Claimant.name)
        .outerjoin(Modem, Modem.id == InboundMessage.modem_id)
        .outerjoin(Contact, Contact.id == InboundMessage.contact_id)
        .outerjoin(User, User.id == InboundMessage.assignee_id)
        .outerjoin(_Claimant, _Claimant.id == InboundMessage.claimed_by_id)
    )


def _row(
    message: InboundMessage,
    modem: str | None,
    contact: str | None,
    assignee: str | None = None,
    claimant: str | None = None,
    *,
    live_since: datetime | None = None,
) -> InboxRow:
    claimed = message.claimed_at is not None and live_since is not None and message.claimed_at >= live_since
    return InboxRow(
        id=message.id,
        sender=message.sender,
        text=message.body,
        received_at=message.received_at,
        modem_id=message.modem_id,
        modem=modem,
        contact_id=message.contact_id,
        contact=contact,
        status=message.status,
        complete=message.complete,
        keyword=message.keyword,
        read=message.read_at is not None,
        assignee_id=message.assignee_id,
        assignee=assignee,
        being_handled=claimed,
        handled_by=claimant if claimed else None,
        rule=message.rule,
        rule_effect=message.rule_effect,
        tag=message.tag,
    )


def _filtered(query: Select[Any], where: InboxFilter) -> Select[Any]:
    if where.unhandled_only:
        query = query.where(InboundMessage.status == UNHANDLED)
    if where.assignee_id is not None:
        query = query.where(InboundMessage.assignee_id == where.assignee_id)
    if where.modem_id is not None:
        query = query.where(InboundMessage.modem_id == where.modem_id)
    if where.since is not None:
        query = query.where(InboundMessage.received_at >= where.since)
    if where.until is not None:
        query = query.where(InboundMessage.received_at < where.until)
    if where.search.strip():
        pattern = "%" + _escape_like(where.search.strip()) + "%"
        names = select(Contact.id).where(Contact.name.ilike(pattern, escape="\\"))
        query = query.where(
            or_(
                InboundMessage.body.ilike(pattern, escape="\\"),
                InboundMessage.sender.ilike(pattern, escape="\\"),
                InboundMessage.contact_id.in_(names),
            )
        )
    return query


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
