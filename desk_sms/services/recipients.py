"""Who a message goes to: the members of a group, each at their first phone number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Contact, ContactGroup, ContactPhone, Group
from desk_sms.errors import NotFound


def group_members(session_factory: sessionmaker[Session], group_name: str) -> list[tuple[int, str]]:
    """(contact id, E.164 number) of every live member of the group, by contact id."""
    with session_factory() as session:
        group_id = session.scalars(select(Group.id).where(Group.name == group_name)).first()
        if group_id is None:
            raise NotFound(what="Group", name=group_name)
        rows = session.execute(
            select(Contact.id, ContactPhone.e164, ContactPhone.position)
            .join(ContactGroup, ContactGroup.contact_id == Contact.id)
            .join(ContactPhone, ContactPhone.contact_id == Contact.id)
            .where(ContactGroup.group_id == group_id, Contact.deleted_at.is_(None))
            .order_by(Contact.id, ContactPhone.position, ContactPhone.id)
        ).all()
    first_number: dict[int, str] = {}
    for contact_id, e164, _position in rows:
        first_number.setdefault(contact_id, e164)
    return list(first_number.items())
