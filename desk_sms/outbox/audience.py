"""Who may receive a message: the one opt-out rule and the one consent rule, each one SQL predicate.

A number is opted out when any contact holding it asked to stop, even a contact deleted since
(deleting a record does not withdraw a person's request), or when the message's own contact did.
Compose's review, schedule runs, reminders, the factory and the dispatcher's last gate all ask
this predicate, so no door can disagree with another.

An advertising message (特定電子メール法) also needs the recipient's recorded consent: a live contact
holding the number, or the message's own contact, with a consent date. Notices need none.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, literal, select
from sqlalchemy.orm import Session

from desk_sms.db.models import Contact, ContactPhone


def opted_out_clause(number: ColumnElement[Any], contact_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """True when `number` (E.164) or the contact `contact_id` is opted out."""
    by_number = exists().where(
        ContactPhone.contact_id == Contact.id,
        ContactPhone.e164 == number,
        Contact.opted_out_at.is_not(None),
    )
    by_contact = exists().where(Contact.id == contact_id, Contact.opted_out_at.is_not(None))
    return by_number | by_contact


def is_opted_out(session: Session, e164: str, contact_id: int | None) -> bool:
    clause = opted_out_clause(literal(e164), literal(contact_id))
    return bool(session.execute(select(clause)).scalar())


def consent_clause(number: ColumnElement[Any], contact_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """True when a live contact holding `number`, or the live contact `contact_id`, recorded consent."""
    given = Contact.consent_at.is_not(None) & Contact.deleted_at.is_(None)
    by_number = exists().where(ContactPhone.contact_id == Contact.id, ContactPhone.e164 == number, given)
    by_contact = exists().where(Contact.id == contact_id, given)
    return by_number | by_contact


def has_consent(session: Session, e164: str, contact_id: int | None) -> bool:
    clause = consent_clause(literal(e164), literal(contact_id))
    return bool(session.execute(select(clause)).scalar())
