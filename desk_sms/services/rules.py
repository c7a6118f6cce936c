"""Rules for incoming messages: list them (everyone), add, change, reorder and remove (administrators).

A rule is kept by name; references to a group, a modem, a template or a user are resolved by name
here, so the command line and the window refuse an unknown one with the same message. Every change
is audited ("rule.add", "rule.change", "rule.remove", "rule.move"). The engine applies the rules
(desk_sms/engine/incoming_rules.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Group, InboundRule, Modem, Template, User
from desk_sms.domain.keywords import normalize_reply
from desk_sms.domain.roles import Permission
from desk_sms.errors import InvalidInput, NotFound, UserError
from desk_sms.events import DataChanged, EventBus
from desk_sms.outbox.rules import check_text, parse_body
from desk_sms.services.templates import TemplatesService
from desk_sms.services.users import UsersService

SENDER_KINDS = ("any", "contact", "group", "unknown")
MAX_NAME = 100


class RuleNameTaken(UserError):
    code = "rules.name_taken"
    template = "a rule named {name!r} exists already"


class RuleDoesNothing(UserError):
    code = "rules.no_action"
    template = "the rule {name!r} has no action: answer, assign, mark handled, add to a group or tag"


@dataclass(frozen=True)
class RuleDraft:
    """A rule as typed: references by name. Conditions all have to hold; empty ones always do."""

    name: str
    keywords: tuple[str, ...] = ()
    first_word: bool = False  # the keyword may be the reply's first word, not only the whole reply
    contains: str = ""
    sender: str = "any"  # any | contact | group | unknown
    sender_group: str = ""
    modem: str = ""
    outside_hours: bool = False
    reply_text: str = ""
    reply_template: str = ""
    assign_to: str = ""
    mark_handled: bool = False
    add_to_group: str = ""
    tag: str = ""
    keep_waiting: bool = False  # an answered message still waits for a person
    enabled: bool = True


@dataclass(frozen=True)
class RuleInfo:
    """A rule for display, with names resolved; `conditions`/`actions` are codes and values."""

    id: int
    position: int
    draft: RuleDraft
    conditions: tuple[tuple[str, str], ...] = field(default=())
    actions: tuple[tuple[str, str], ...] = field(default=())

    @property
    def name(self) -> str:
        return self.draft.name

    def as_json(self) -> dict[str, Any]:
        d = self.draft
        return {
            "name": d.name, "position": self.position, "enabled": d.enabled, "keywords": list(d.keywords),
            "first_word": d.first_word, "contains": d.contains or None, "sender": d.sender,
            "sender_group": d.sender_group or None, "modem": d.modem or None,
            "outside_hours": d.outside_hours,
            "reply": d.reply_text or None, "reply_template": d.reply_template or None,
            "assign": d.assign_to or None, "mark_handled": d.mark_handled,
            "add_to_group": d.add_to_group or None, "tag": d.tag or None, "keep_waiting": d.keep_waiting,
        }


@dataclass(frozen=True)
class RuleChoices:
    """The names a rule may refer to, for the editor's lists."""

    groups: tuple[str, ...] = ()
    modems: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    users: tuple[str, ...] = ()  # active users


class RulesService:
    def __init__(self, session_factory: sessionmaker[Session], events: EventBus, users: UsersService,
                 max_parts: Any = lambda: 10) -> None:
        self._session_factory = session_factory
        self._events = events
        self._users = users
        self._max_parts = max_parts

    def list(self) -> list[RuleInfo]:
        with self._session_factory() as session:
            rules = session.scalars(select(InboundRule).order_by(InboundRule.position, InboundRule.id))
            return [_info(session, rule) for rule in rules]

    def choices(self) -> RuleChoices:
        with self._session_factory() as session:
            def names(query: Any) -> tuple[str, ...]:
                return tuple(session.scalars(query))

            return RuleChoices(
                names(select(Group.name).order_by(Group.name)),
                names(select(Modem.name).order_by(Modem.name)),
                names(select(Template.name).order_by(Template.name)),
                names(select(User.name).where(User.active.is_(True)).order_by(User.name)),
            )

    def get(self, name: str) -> RuleInfo:
        with self._session_factory() as session:
            return _info(session, _by_name(session, name))

    def add(self, draft: RuleDraft) -> int:
        self._users.require(Permission.MANAGE_RULES)
        self._check(draft)
        with self._session_factory.begin() as session:
            if session.scalar(select(InboundRule.id).where(InboundRule.name == draft.name.strip())):
                raise RuleNameTaken(name=draft.name.strip())
            last = session.scalar(select(func.max(InboundRule.position))) or 0
            rule = InboundRule(position=last + 1)
            _fill(session, rule, draft)
            session.add(rule)
            session.flush()
            self._users.add_record(session, "rule.add", "rule", rule.id, _summary(draft))
            rule_id = rule.id
        self._changed()
        return rule_id

    def change(self, old_name: str, draft: RuleDraft) -> None:
        self._users.require(Permission.MANAGE_RULES)
        self._check(draft)
        with self._session_factory.begin() as session:
            rule = _by_name(session, old_name)
            clash = session.scalar(select(InboundRule.id).where(InboundRule.name == draft.name.strip()))
            if clash not in (None, rule.id):
                raise RuleNameTaken(name=draft.name.strip())
            _fill(session, rule, draft)
            self._users.add_record(session, "rule.change", "rule", rule.id, _summary(draft))
        self._changed()

    def remove(self, name: str) -> None:
        self._users.require(Permission.MANAGE_RULES)
        with self._session_factory.begin() as session:
            rule = _by_name(session, name)
            self._users.add_record(session, "rule.remove", "rule", rule.id, rule.name)
            session.delete(rule)
        self._changed()

    def move(self, name: str, steps: int) -> None:
        """Move a rule up (negative) or down the order the engine tries them in."""
        self._users.require(Permission.MANAGE_RULES)
        with self._session_factory.begin() as session:
            rules = list(session.scalars(select(InboundRule).order_by(InboundRule.position, InboundRule.id)))
            rule = _by_name(session, name)
            index = rules.index(rule)
            rules.insert(max(0, min(len(rules) - 1, index + steps)), rules.pop(index))
            for position, each in enumerate(rules, start=1):
                each.position = position
            where = f"{name} to {rules.index(rule) + 1}"
            self._users.add_record(session, "rule.move", "rule", rule.id, where)
        self._changed()

    def _check(self, draft: RuleDraft) -> None:
        name = draft.name.strip()
        if not name or len(name) > MAX_NAME:
            raise InvalidInput(detail=f"a rule needs a name of 1 to {MAX_NAME} characters")
        if draft.sender not in SENDER_KINDS:
            raise InvalidInput(detail=f"sender must be one of {', '.join(SENDER_KINDS)}")
        if draft.sender == "group" and not draft.sender_group.strip():
            raise InvalidInput(detail="name the group the sender has to be in")
        if any(not normalize_reply(word) for word in draft.keywords):
            raise InvalidInput(detail="a keyword is empty once spaces and punctuation are removed")
        if draft.reply_text and draft.reply_template:
            raise InvalidInput(detail="answer with a text or a template, not both")
        if draft.reply_text:
            check_text(draft.reply_text, int(self._max_parts()))
            parse_body(draft.reply_text, TemplatesService(self._session_factory).known_fields())
        if not (draft.reply_text or draft.reply_template or draft.assign_to or draft.mark_handled
                or draft.add_to_group or draft.tag.strip()):
            raise RuleDoesNothing(name=name)

    def _changed(self) -> None:
        self._events.publish(DataChanged(topic="rules"))


def _by_name(session: Session, name: str) -> InboundRule:
    rule = session.scalar(select(InboundRule).where(InboundRule.name == name.strip()))
    if rule is None:
        raise NotFound(what="Rule", name=name)
    return rule


def _id_of(session: Session, model: Any, name: str, what: str) -> int | None:
    if not name.strip():
        return None
    found = session.scalar(select(model.id).where(model.name == name.strip()))
    if found is None:
        raise NotFound(what=what, name=name)
    return int(found)


def _fill(session: Session, rule: InboundRule, draft: RuleDraft) -> None:
    rule.name, rule.enabled = draft.name.strip(), draft.enabled
    rule.keywords = [word.strip() for word in draft.keywords]
    rule.first_word, rule.contains = draft.first_word, draft.contains.strip()
    rule.sender, rule.outside_hours = draft.sender, draft.outside_hours
    rule.sender_group_id = _id_of(session, Group, draft.sender_group, "Group") if draft.sender == "group" \
        else None
    rule.modem_id = _id_of(session, Modem, draft.modem, "Modem")
    rule.reply_text = draft.reply_text.strip()
    rule.reply_template_id = _id_of(session, Template, draft.reply_template, "Template")
    rule.assign_user_id = _active_user(session, draft.assign_to)
    rule.mark_handled, rule.keep_waiting = draft.mark_handled, draft.keep_waiting
    rule.add_group_id = _id_of(session, Group, draft.add_to_group, "Group")
    rule.tag = draft.tag.strip()[:50]


def _active_user(session: Session, name: str) -> int | None:
    if not name.strip():
        return None
    found = session.scalar(select(User.id).where(User.name == name.strip(), User.active.is_(True)))
    if found is None:
        raise NotFound(what="Active user", name=name)
    return int(found)


def _name_of(session: Session, model: Any, row_id: int | None) -> str:
    if row_id is None:
        return ""
    row = session.get(model, row_id)
    return str(row.name) if row is not None else ""


def _info(session: Session, rule: InboundRule) -> RuleInfo:
    draft = RuleDraft(
        name=rule.name, keywords=tuple(rule.keywords or ()), first_word=rule.first_word,
        contains=rule.contains, sender=rule.sender,
        sender_group=_name_of(session, Group, rule.sender_group_id),
        modem=_name_of(session, Modem, rule.modem_id), outside_hours=rule.outside_hours,
        reply_text=rule.reply_text, reply_template=_name_of(session, Template, rule.reply_template_id),
        assign_to=_name_of(session, User, rule.assign_user_id), mark_handled=rule.mark_handled,
        add_to_group=_name_of(session, Group, rule.add_group_id), tag=rule.tag,
        keep_waiting=rule.keep_waiting, enabled=rule.enabled,
    )
    return RuleInfo(rule.id, rule.position, draft, conditions_of(draft), actions_of(draft))


def conditions_of(draft: RuleDraft) -> tuple[tuple[str, str], ...]:
    """What a rule asks, as (code, value) pairs: the window translates the codes."""
    found: list[tuple[str, str]] = []
    if draft.keywords:
        found.append(("first_word" if draft.first_word else "keyword", ", ".join(draft.keywords)))
    if draft.contains:
        found.append(("contains", draft.contains))
    if draft.sender != "any":
        found.append(("sender", draft.sender_group if draft.sender == "group" else draft.sender))
    if draft.modem:
        found.append(("modem", draft.modem))
    if draft.outside_hours:
        found.append(("outside_hours", "yes"))
    return tuple(found)


def actions_of(draft: RuleDraft) -> tuple[tuple[str, str], ...]:
    """What a rule does, as (code, value) pairs, in the order the engine does it."""
    found: list[tuple[str, str]] = []
    if draft.reply_text:
        found.append(("reply", draft.reply_text))
    if draft.reply_template:
        found.append(("reply_template", draft.reply_template))
    for code, value in (("assign", draft.assign_to), ("add_to_group", draft.add_to_group),
                        ("tag", draft.tag)):
        if value:
            found.append((code, value))
    if draft.mark_handled:
        found.append(("mark_handled", "yes"))
    if draft.keep_waiting:
        found.append(("keep_waiting", "yes"))
    return tuple(found)


def _summary(draft: RuleDraft) -> str:
    asks = "; ".join(f"{code} {value}" for code, value in conditions_of(draft)) or "every message"
    does = "; ".join(f"{code} {value}" for code, value in actions_of(draft))
    return f"{draft.name}: when {asks} → {does}"
