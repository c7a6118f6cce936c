"""Saved templates (named, grouped by category) and the fields their placeholders may use.

Placeholders are the contact's built-in fields (`BUILTIN_FIELDS`, with Japanese aliases), every
custom field (保護者名, 担任 …) and the date of sending. A template is checked against them when
saved, so an unknown placeholder is caught while editing, not at send time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import CustomField, Schedule, Template
from desk_sms.domain.roles import Permission
from desk_sms.domain.templates import TemplateProblem, find_problems
from desk_sms.errors import InvalidInput, NotFound, UserError
from desk_sms.events import DataChanged, EventBus
from desk_sms.services.users import UsersService

# Placeholder name -> what it holds. Aliases let a Japanese template read naturally.
BUILTIN_FIELDS: dict[str, str] = {
    "name": "name", "名前": "name", "氏名": "name",
    "reading": "reading", "フリガナ": "reading",
    "phone": "phone", "電話番号": "phone",
    "date": "date", "日付": "date",
}


class TemplateInvalid(UserError):
    code = "template.invalid"
    template = "the template has problems: {detail}"


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    category: str
    body: str


def format_date(day: date) -> str:
    """The `{date}` placeholder: 3月2日 (what a Japanese reader expects in an SMS)."""
    return f"{day.month}月{day.day}日"


def builtin_values(name: str, reading: str, phone: str, today: date) -> dict[str, str]:
    """Values of every built-in placeholder (aliases included) for one recipient."""
    base = {"name": name, "reading": reading, "phone": phone, "date": format_date(today)}
    return {alias: base[field] for alias, field in BUILTIN_FIELDS.items()}


class TemplatesService:
    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus | None = None,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._users = users or UsersService(session_factory, events)

    def known_fields(self) -> frozenset[str]:
        """Every placeholder name a template may use now."""
        with self._session_factory() as session:
            custom = session.scalars(select(CustomField.name)).all()
        return frozenset(BUILTIN_FIELDS) | frozenset(custom)

    def problems(self, body: str) -> list[TemplateProblem]:
        return find_problems(body, self.known_fields())

    def list_templates(self) -> list[TemplateInfo]:
        """By category, then name (the editor groups them by category)."""
        with self._session_factory() as session:
            rows = session.scalars(select(Template).order_by(Template.category, Template.name))
            return [_info(row) for row in rows]

    def categories(self) -> list[str]:
        return sorted({info.category for info in self.list_templates()})

    def get(self, template_id: int) -> TemplateInfo:
        with self._session_factory() as session:
            return _info(self._existing(session, template_id))

    def find_by_name(self, name: str) -> TemplateInfo:
        with self._session_factory() as session:
            row = session.scalars(select(Template).where(Template.name == name)).first()
            if row is None:
                raise NotFound(what="Template", name=name)
            return _info(row)

    def save(self, name: str, category: str, body: str, template_id: int | None = None) -> int:
        """Create (no id) or update a template; refuses a body with problems or a taken name."""
        name, category = name.strip(), category.strip()
        self._check(name, body)
        with self._session_factory.begin() as session:
            self._refuse_taken_name(session, name, template_id)
            row = Template(name=name) if template_id is None else self._existing(session, template_id)
            row.name, row.category, row.body = name, category, body
            session.add(row)
            session.flush()
            saved_id = row.id
            action = "template.create" if template_id is None else "template.update"
            self._users.add_record(session, action, "template", saved_id, f"{name}: {body}")
        self._changed()
        return saved_id

    def delete(self, template_id: int) -> None:
        """Remove a template; one a schedule uses only by an administrator (the schedule keeps
        running on its own text, or stops when it has none)."""
        with self._session_factory() as session:
            used = session.scalars(select(Schedule.id).where(Schedule.template_id == template_id)).first()
        if used is not None:
            self._users.require(Permission.DELETE_SCHEDULED)
        with self._session_factory.begin() as session:
            row = self._existing(session, template_id)
            detail = f"{row.name}: {row.body}"
            self._users.add_record(session, "template.delete", "template", template_id, detail)
            session.delete(row)
        self._changed()

    def _check(self, name: str, body: str) -> None:
        if not name:
            raise InvalidInput(detail="a template needs a name")
        if not body.strip():
            raise InvalidInput(detail="the template is empty")
        problems = self.problems(body)
        if problems:
            detail = "; ".join(f"{p.detail} (character {p.position})" for p in problems)
            raise TemplateInvalid(detail=detail)

    @staticmethod
    def _refuse_taken_name(session: Session, name: str, template_id: int | None) -> None:
        taken = session.scalars(select(Template.id).where(Template.name == name)).first()
        if taken is not None and taken != template_id:
            raise InvalidInput(detail=f"a template named {name!r} exists already")

    @staticmethod
    def _existing(session: Session, template_id: int) -> Template:
        row = session.get(Template, template_id)
        if row is None:
            raise NotFound(what="Template", name=str(template_id))
        return row

    def _changed(self) -> None:
        if self._events is not None:
            self._events.publish(DataChanged(topic="templates"))


def _info(row: Template) -> TemplateInfo:
    return TemplateInfo(row.id, row.name, row.category, row.body)
