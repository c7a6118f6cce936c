"""Groups of contacts (a class, a course, a department): many-to-many, managed by name.

Every change to a group or its members is audited in the same transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Contact, ContactGroup, Group
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.services import contact_search
from desk_sms.services.users import UsersService
from desk_sms.wording import counted

TOPIC = "groups"
CONTACTS_TOPIC = "contacts"  # the table shows group names, so membership changes it too


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    description: str
    member_count: int


class GroupsService:
    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus | None = None,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._users = users or UsersService(session_factory, events)

    def list_groups(self) -> list[GroupInfo]:
        """Every group by name, with the number of live contacts in it."""
        live_members = (
            select(ContactGroup.group_id, func.count().label("members"))
            .join(Contact, Contact.id == ContactGroup.contact_id)
            .where(Contact.deleted_at.is_(None))
            .group_by(ContactGroup.group_id)
            .subquery()
        )
        statement = (
            select(Group.id, Group.name, Group.description, func.coalesce(live_members.c.members, 0))
            .outerjoin(live_members, live_members.c.group_id == Group.id)
            .order_by(Group.name)
        )
        with self._session_factory() as session:
            return [GroupInfo(*row) for row in session.execute(statement)]

    def find_by_name(self, name: str) -> GroupInfo:
        for group in self.list_groups():
            if group.name == name.strip():
                return group
        raise NotFound(what="group", name=name)

    def create_group(self, name: str, description: str = "") -> int:
        clean = self._checked_name(name)
        with self._session_factory.begin() as session:
            self._refuse_duplicate(session, clean)
            group = Group(name=clean, description=description.strip())
            session.add(group)
            session.flush()
            group_id = group.id
            self._users.add_record(session, "group.create", "group", group_id, clean)
        self._changed(TOPIC)
        return group_id

    def rename_group(self, group_id: int, name: str, description: str | None = None) -> None:
        clean = self._checked_name(name)
        with self._session_factory.begin() as session:
            group = self._existing(session, group_id)
            if clean != group.name:
                self._refuse_duplicate(session, clean)
            self._users.add_record(session, "group.rename", "group", group_id, f"{group.name} → {clean}")
            group.name = clean
            if description is not None:
                group.description = description.strip()
            contact_search.mark_group_members_stale(session, group_id)
        self._changed(TOPIC, CONTACTS_TOPIC)

    def delete_group(self, group_id: int) -> None:
        """Remove the group; its contacts stay."""
        with self._session_factory.begin() as session:
            group = self._existing(session, group_id)
            contact_search.mark_group_members_stale(session, group_id)
            session.execute(delete(ContactGroup).where(ContactGroup.group_id == group_id))
            self._users.add_record(session, "group.delete", "group", group_id, group.name)
            session.delete(group)
        self._changed(TOPIC, CONTACTS_TOPIC)

    def add_members(self, group_id: int, contact_ids: Sequence[int]) -> int:
        """Add contacts to the group; returns how many were not in it yet."""
        with self._session_factory.begin() as session:
            self._existing(session, group_id)
            present = set(session.scalars(
                select(ContactGroup.contact_id).where(ContactGroup.group_id == group_id)
            ))
            new_ids = [cid for cid in dict.fromkeys(contact_ids) if cid not in present]
            session.add_all(ContactGroup(contact_id=cid, group_id=group_id) for cid in new_ids)
            session.flush()
            contact_search.refresh_search_text(session, new_ids)
            self._users.add_record(session, "group.add_members", "group", group_id, _listed(new_ids))
        self._changed(TOPIC, CONTACTS_TOPIC)
        return len(new_ids)

    def remove_members(self, group_id: int, contact_ids: Sequence[int]) -> int:
        with self._session_factory.begin() as session:
            self._existing(session, group_id)
            removed = 0
            for batch in contact_search.batched(contact_ids):
                result = session.execute(
                    delete(ContactGroup).where(
                        ContactGroup.group_id == group_id, ContactGroup.contact_id.in_(batch)
                    )
                )
                removed += int(result.rowcount)  # type: ignore[attr-defined]
                contact_search.refresh_search_text(session, batch)
            detail = f"{removed} removed of {_listed(list(contact_ids))}"
            self._users.add_record(session, "group.remove_members", "group", group_id, detail)
        self._changed(TOPIC, CONTACTS_TOPIC)
        return removed

    @staticmethod
    def _checked_name(name: str) -> str:
        clean = name.strip()
        if not clean:
            raise InvalidInput(detail="a group needs a name")
        return clean

    @staticmethod
    def _refuse_duplicate(session: Session, name: str) -> None:
        if session.scalar(select(Group.id).where(Group.name == name)) is not None:
            raise InvalidInput(detail=f"a group named {name} already exists")

    @staticmethod
    def _existing(session: Session, group_id: int) -> Group:
        group = session.get(Group, group_id)
        if group is None:
            raise NotFound(what="group", name=str(group_id))
        return group

    def _changed(self, *topics: str) -> None:
        if self._events is not None:
            for topic in topics:
                self._events.publish(DataChanged(topic=topic))


def _listed(contact_ids: Sequence[int]) -> str:
    shown = ", ".join(str(i) for i in contact_ids[:200])
    return f"{counted(len(contact_ids), 'contact')}: {shown}{' …' if len(contact_ids) > 200 else ''}"
