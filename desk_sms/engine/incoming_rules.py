"""The rules for incoming messages, applied by the inbox pump to every complete received message.

Order (fixed, shown on the Rules page): the opt-out and appointment keywords first (inbox_pump), then
a reply to an open poll (poll_replies), then the rules top to bottom. The first matching rule that
answers wins the answer; every matching rule routes (assign, mark handled, add to a group, tag).
An answer goes through the outgoing pipeline (quiet hours, limits, affinity, audit), at most once per
number per rule per day — for an out-of-hours rule once per closed spell, so a whole night is one —
which also stops two auto-replying phones from answering each other for ever.

What happened is written on the message: `rule` (the names of the rules that acted) and `rule_effect`
(one "code value" line per effect; the window translates the codes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_sms.db.models import (
    Contact,
    ContactFieldValue,
    ContactGroup,
    CustomField,
    Group,
    InboundMessage,
    InboundRule,
    Template,
    User,
)
from desk_sms.domain.business_hours import BusinessHours
from desk_sms.domain.keywords import contains_text, keyword_hit
from desk_sms.domain.phones import format_national
from desk_sms.domain.templates import parse_template, render
from desk_sms.engine.poll_replies import apply_poll_reply
from desk_sms.errors import UserError
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import Door, key_used, queue_in
from desk_sms.outbox.rules import check_text
from desk_sms.outbox.states import PRIORITY_REPLY
from desk_sms.services.templates import builtin_values

log = logging.getLogger(__name__)

HANDLED = "handled"


@dataclass
class Outcome:
    """What the rules did to one message."""

    rules: list[str] = field(default_factory=list)
    effects: list[str] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)
    answered: bool = False  # an answering rule matched (whether or not its guard let it send)

    def acted(self, rule: str, effect: str) -> None:
        if rule not in self.rules:
            self.rules.append(rule)
        self.effects.append(effect)


@dataclass(frozen=True)
class RuleContext:
    """What every rule of one message is judged against."""

    message: InboundMessage
    local: datetime  # the message's arrival in the business time zone
    hours: BusinessHours


class IncomingRules:
    def __init__(self, region: str, business_hours: Callable[[], BusinessHours],
                 timezone: Callable[[], str], max_parts: Callable[[], int]) -> None:
        self._region = region
        self._business_hours = business_hours
        self._timezone = timezone
        self._max_parts = max_parts

    def apply(self, session: Session, message: InboundMessage, now: datetime) -> Outcome:
        """A poll's answer, else the rules, on `message` inside the pump's transaction; a failure here
        never loses the message (it is stored, marked "error", and waits for a person)."""
        outcome = Outcome()
        if not message.complete or message.keyword is not None or message.rule or message.rule_effect:
            return outcome
        try:
            with session.begin_nested():
                outcome.queued += apply_poll_reply(session, message, now, self._region)
                if message.poll_id is None:
                    self._apply(session, message, now, outcome)
                    message.rule = ", ".join(outcome.rules)[:300]
                    message.rule_effect = "\n".join(outcome.effects)
        except Exception:  # a rule must never lose the message it is about
            log.exception("incoming-message rules failed on message %s", message.id)
            outcome = Outcome()
            message.rule_effect = "error"
        return outcome

    def _apply(self, session: Session, message: InboundMessage, now: datetime, outcome: Outcome) -> None:
        context = RuleContext(message, now.astimezone(ZoneInfo(self._timezone())), self._business_hours())
        rules = session.scalars(select(InboundRule).where(InboundRule.enabled.is_(True))
                                .order_by(InboundRule.position, InboundRule.id))
        for rule in rules:
            if matches(session, rule, context):
                self._run(session, rule, context, now, outcome)

    def _run(self, session: Session, rule: InboundRule, context: RuleContext, now: datetime,
             outcome: Outcome) -> None:
        message = context.message
        if (rule.reply_text or rule.reply_template_id) and not outcome.answered:
            outcome.answered = True
            self._answer(session, rule, context, now, outcome)
        assignee = session.get(User, rule.assign_user_id) if rule.assign_user_id is not None else None
        if assignee is not None and assignee.active:
            message.assignee_id = assignee.id
            outcome.acted(rule.name, f"assigned {assignee.name}")
        if rule.add_group_id is not None:
            outcome.acted(rule.name, _add_to_group(session, message, rule.add_group_id))
        if rule.tag:
            message.tag = rule.tag if not message.tag else f"{message.tag}, {rule.tag}"[:50]
            outcome.acted(rule.name, f"tagged {rule.tag}")
        if rule.mark_handled:
            _handled(message, now)
            outcome.acted(rule.name, "handled")

    def _answer(self, session: Session, rule: InboundRule, context: RuleContext, now: datetime,
                outcome: Outcome) -> None:
        message = context.message
        key = f"rule:{rule.id}:{message.sender}:{guard_period(rule, context)}"
        if key_used(session, key):
            outcome.acted(rule.name, "not_answered already")
            return
        try:
            text = self._text(session, rule, message, context.local)
            check_text(text, self._max_parts())
        except UserError as exc:
            outcome.acted(rule.name, f"not_answered {exc.message}")
            return
        spec = MessageSpec(message.sender, text, message.contact_id, PRIORITY_REPLY, reply_to_id=message.id,
                           preferred_modem_id=message.modem_id, dedupe_key=key)
        try:
            with session.begin_nested():  # another engine answered the same number this instant
                queued = queue_in(session, spec, Door.RULE, now, self._region)
        except IntegrityError:
            outcome.acted(rule.name, "not_answered already")
            return
        if queued.status != "queued":
            outcome.acted(rule.name, f"not_answered {queued.error_text}")
            return
        outcome.queued.append(queued.id)
        outcome.acted(rule.name, f"answered {queued.id}")
        if not rule.keep_waiting:
            _handled(message, now)

    @staticmethod
    def _text(session: Session, rule: InboundRule, message: InboundMessage, local: datetime) -> str:
        body = rule.reply_text
        if rule.reply_template_id is not None:
            template = session.get(Template, rule.reply_template_id)
            body = template.body if template is not None else ""
        return render(parse_template(body), _values(session, message, local))


def guard_period(rule: InboundRule, context: RuleContext) -> str:
    """The span one automatic answer covers: the closed spell for an out-of-hours rule, else the day."""
    if rule.outside_hours:
        since = context.hours.closed_since(context.local)
        if since is not None:
            return since.isoformat(timespec="minutes")
    return context.local.date().isoformat()


def matches(session: Session, rule: InboundRule, context: RuleContext) -> bool:
    """Every condition of `rule` holds for the message (an empty condition always holds)."""
    message = context.message
    if rule.keywords and keyword_hit(message.body, rule.keywords, rule.first_word) is None:
        return False
    if rule.contains and not contains_text(message.body, rule.contains):
        return False
    if rule.modem_id is not None and message.modem_id != rule.modem_id:
        return False
    if rule.outside_hours and context.hours.is_open(context.local):
        return False
    return _sender_fits(session, rule, message)


def _sender_fits(session: Session, rule: InboundRule, message: InboundMessage) -> bool:
    if rule.sender == "contact":
        return message.contact_id is not None
    if rule.sender == "unknown":
        return message.contact_id is None
    if rule.sender == "group":
        return message.contact_id is not None and bool(session.scalar(select(exists().where(
            ContactGroup.contact_id == message.contact_id, ContactGroup.group_id == rule.sender_group_id))))
    return True


def _handled(message: InboundMessage, now: datetime) -> None:
    message.status = HANDLED
    message.handled_at = now


def _add_to_group(session: Session, message: InboundMessage, group_id: int) -> str:
    contact = session.get(Contact, message.contact_id) if message.contact_id is not None else None
    if contact is None:
        return "not_grouped unknown_sender"
    if session.get(ContactGroup, (contact.id, group_id)) is None:
        session.add(ContactGroup(contact_id=contact.id, group_id=group_id))
        contact.search_text = None  # its groups are part of the search text: rebuilt on the next search
    group = session.get(Group, group_id)
    return f"grouped {group.name if group is not None else group_id}"


def _values(session: Session, message: InboundMessage, local: datetime) -> dict[str, str]:
    """Placeholder values for the sender: the contact's fields and the built-in ones."""
    contact = session.get(Contact, message.contact_id) if message.contact_id is not None else None
    fields: dict[str, str] = {}
    if contact is not None:
        fields = {name: value for name, value in session.execute(
            select(CustomField.name, ContactFieldValue.value)
            .join(ContactFieldValue, ContactFieldValue.field_id == CustomField.id)
            .where(ContactFieldValue.contact_id == contact.id))}
    name, reading = (contact.name, contact.reading) if contact is not None else ("", "")
    phone = format_national(message.sender) if message.sender.startswith("+") else message.sender
    return {**fields, **builtin_values(name, reading, phone, local.date())}
