"""Inbound parts into the database: stored first, the same part once, reassembled into messages.

Called from the modem's worker thread inside the driver's callback; the driver frees the
modem's storage slot only after this returned, so a crash never loses a message.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import AuditEntry, Contact, ContactPhone, InboundMessage, InboundPart
from desk_sms.domain.keywords import match_keyword
from desk_sms.domain.phones import normalize_phone
from desk_sms.engine.incoming_rules import IncomingRules
from desk_sms.events import EventBus, InboundReceived, MessageStateChanged
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import Door, queue_in
from desk_sms.outbox.states import PRIORITY_REPLY
from desk_sms.services.appointments import apply_reply
from modem.interface import InboundPart as ModemInboundPart

log = logging.getLogger(__name__)

REASSEMBLY_WINDOW = timedelta(days=3)
MISSING_PART = "[…]"
OPT_OUT_CONFIRMATION_KEY = "opt_out_confirmation:"


def fingerprint(part: ModemInboundPart) -> str:
    """Identifies a part read twice (from the SIM after a restart, or a repeated +CMTI)."""
    if part.pdu:
        source = part.pdu.upper()
    else:
        stamp = part.sent_at.isoformat() if part.sent_at else ""
        source = "|".join(map(str, (part.sender, stamp, part.concat_ref, part.concat_seq, part.text)))
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class InboxPump:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        region: str = "JP",
        opt_out_keywords: Callable[[], list[str]] = lambda: [],
        opt_out_confirmation: Callable[[], str] = lambda: "",
        confirm_keywords: Callable[[], list[str]] = lambda: [],
        cancel_keywords: Callable[[], list[str]] = lambda: [],
        rules: IncomingRules | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._region = region
        self._opt_out_keywords = opt_out_keywords
        self._opt_out_confirmation = opt_out_confirmation
        self._confirm_keywords = confirm_keywords
        self._cancel_keywords = cancel_keywords
        self._rules = rules

    def store(self, modem_id: int | None, part: ModemInboundPart, now: datetime) -> int | None:
        """Persist one part; returns its message id, or None when the part was already stored."""
        sender = normalize_phone(part.sender, self._region, mobile_only=False).e164 or part.sender
        try:
            with self._session_factory.begin() as session:
                row = self._part_row(modem_id, part, sender, now)
                session.add(row)
                session.flush()
                message = self._attach(session, row, modem_id, now)
                keyword = self._apply_keywords(session, message, now)
                confirmation_id = self._queue_confirmation(session, message, now) if keyword else None
                if message.keyword is None:
                    self._apply_appointment_reply(session, message, now)
                answers = self._rules.apply(session, message, now).queued if self._rules else []
                message_id, contact_id = message.id, message.contact_id
        except IntegrityError:
            log.info("inbound part from %s already stored; ignored", sender)
            return None
        if keyword:
            log.info("reply keyword %r from %s", keyword, sender)
        self._events.publish(InboundReceived(message_id, sender, contact_id))
        for queued_id in [confirmation_id, *answers]:
            if queued_id is not None:
                self._events.publish(MessageStateChanged(queued_id, "queued"))
        return message_id

    @staticmethod
    def _part_row(modem_id: int | None, part: ModemInboundPart, sender: str, now: datetime) -> InboundPart:
        return InboundPart(
            modem_id=modem_id,
            sender=sender,
            text=part.text,
            sent_at=part.sent_at,
            concat_ref=part.concat_ref,
            concat_total=part.concat_total,
            concat_seq=part.concat_seq,
            fingerprint=fingerprint(part),
            received_at=now,
        )

    def _attach(
        self, session: Session, row: InboundPart, modem_id: int | None, now: datetime
    ) -> InboundMessage:
        message = self._open_message(session, row, modem_id, now) if row.concat_ref is not None else None
        if message is None:
            message = InboundMessage(
                sender=row.sender,
                received_at=row.sent_at or now,
                stored_at=now,
                modem_id=modem_id,
                contact_id=self._contact_for(session, row.sender),
                concat_ref=row.concat_ref,
                concat_total=row.concat_total,
            )
            session.add(message)
            session.flush()
        row.message_id = message.id
        session.flush()
        self._reassemble(session, message)
        return message

    @staticmethod
    def _open_message(
        session: Session, row: InboundPart, modem_id: int | None, now: datetime
    ) -> InboundMessage | None:
        """The recent message with the same concatenation key still missing this part."""
        candidates = session.scalars(
            select(InboundMessage)
            .where(
                InboundMessage.sender == row.sender,
                InboundMessage.modem_id == modem_id
                if modem_id is not None
                else InboundMessage.modem_id.is_(None),
                InboundMessage.concat_ref == row.concat_ref,
                InboundMessage.concat_total == row.concat_total,
                InboundMessage.stored_at >= now - REASSEMBLY_WINDOW,
            )
            .order_by(InboundMessage.id.desc())
        ).all()
        for candidate in candidates:
            seqs = set(
                session.scalars(select(InboundPart.concat_seq).where(InboundPart.message_id == candidate.id))
            )
            if row.concat_seq not in seqs:
                return candidate
        return None

    @staticmethod
    def _reassemble(session: Session, message: InboundMessage) -> None:
        parts = session.scalars(
            select(InboundPart).where(InboundPart.message_id == message.id).order_by(InboundPart.concat_seq)
        ).all()
        if message.concat_total is None:
            message.body, message.complete = parts[0].text, True
            return
        by_seq = {part.concat_seq: part.text for part in parts}
        message.body = "".join(by_seq.get(seq, MISSING_PART) for seq in range(1, message.concat_total + 1))
        message.complete = len(by_seq) >= message.concat_total
        first_times = [part.sent_at for part in parts if part.sent_at]
        if first_times:
            message.received_at = min(first_times)

    @staticmethod
    def _contact_for(session: Session, sender: str) -> int | None:
        query = (
            select(ContactPhone.contact_id)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.e164 == sender, Contact.deleted_at.is_(None))
            .order_by(ContactPhone.contact_id)
            .limit(1)
        )
        return session.scalars(query).first()

    def _apply_keywords(self, session: Session, message: InboundMessage, now: datetime) -> str | None:
        if not message.complete:
            return None
        keyword = match_keyword(message.body, self._opt_out_keywords())
        if keyword is None:
            return None
        if not opt_out_sender(session, message, f"replied {keyword}", now):
            return None  # already out: no second confirmation
        session.add(AuditEntry(at=now, action="contact.opt_out", object_type="contact",
                               object_id=message.contact_id, detail=f"{message.sender} replied {keyword}"))
        return keyword

    def _apply_appointment_reply(self, session: Session, message: InboundMessage, now: datetime) -> None:
        """'1'/'はい' confirms, '2'/'キャンセル' cancels the sender's next appointment (if any)."""
        if not message.complete or message.contact_id is None:
            return
        for kind, keywords in (("confirm", self._confirm_keywords()), ("cancel", self._cancel_keywords())):
            if match_keyword(message.body, keywords) and apply_reply(session, message.contact_id, kind, now):
                message.keyword = kind
                return

    def _queue_confirmation(self, session: Session, message: InboundMessage, now: datetime) -> int | None:
        return queue_opt_out_confirmation(session, message, self._opt_out_confirmation(), now, self._region)


def opt_out_sender(session: Session, message: InboundMessage, reason: str, now: datetime) -> bool:
    """Opt out the sender of `message` (a contact is made for an unknown number: it must never be
    texted again). False when the contact was out already."""
    message.keyword = "opt_out"
    contact = session.get(Contact, message.contact_id) if message.contact_id else None
    if contact is None:
        contact = Contact(name=message.sender, notes="created by an opt-out reply")
        contact.phones.append(ContactPhone(e164=message.sender, raw=message.sender))
        session.add(contact)
        session.flush()
        message.contact_id = contact.id
    if contact.opted_out_at is not None:
        return False
    contact.opted_out_at = now
    contact.opt_out_reason = reason
    return True


def queue_opt_out_confirmation(
    session: Session, message: InboundMessage, text: str, now: datetime, region: str
) -> int | None:
    """Queue the opt-out confirmation `text` (none when empty) as an urgent reply to `message`
    through the modem it came in on."""
    text = (text or "").strip()
    if not text:
        return None
    spec = MessageSpec(
        message.sender, text, message.contact_id, PRIORITY_REPLY, urgent=True, reply_to_id=message.id,
        preferred_modem_id=message.modem_id,
        # Marks it as the one confirmation for this message (unique), and lets the dispatcher's
        # opt-out gate recognise it.
        dedupe_key=f"{OPT_OUT_CONFIRMATION_KEY}{message.id}", opt_out_exempt=True,
    )
    return queue_in(session, spec, Door.CONFIRMATION, now, region).id
