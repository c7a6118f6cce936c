"""Contacts: search, table rows, the editor's details, soft delete with undo, opt-out, history.

Every change (create, edit, delete and its undo, opt-out and opt-in, consent) and every export of
the contacts is written to the audit log in the same transaction, naming the acting user.

Everything returned is a frozen dataclass; ORM objects never leave a session here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock, SystemClock
from desk_sms.db.models import (
    Contact,
    ContactFieldValue,
    ContactGroup,
    ContactPhone,
    CustomField,
    Group,
    InboundMessage,
    OutboundMessage,
)
from desk_sms.domain.phones import DEFAULT_REGION, normalize_phone
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.importing.exporting import export_rows
from desk_sms.services import contact_queries as queries
from desk_sms.services import contact_search
from desk_sms.services.contact_queries import ContactDetails, ContactRow, HistoryEntry, PhoneEntry, SortKey
from desk_sms.services.users import UsersService
from desk_sms.wording import counted

__all__ = [
    "ContactDetails",
    "ContactDraft",
    "ContactRow",
    "ContactsService",
    "DeleteToken",
    "HistoryEntry",
    "PhoneEntry",
    "SortKey",
]

TOPIC = "contacts"
_ROW_BATCH = 500  # ids per IN (...) query: well under every database's parameter limit


@dataclass(frozen=True)
class ContactDraft:
    """What the editor hands in: phones as typed, fields by name."""

    name: str
    reading: str = ""
    phones: tuple[str, ...] = ()
    group_ids: tuple[int, ...] = ()
    fields: Mapping[str, str] = field(default_factory=dict)
    notes: str = ""
    consent_at: datetime | None = None
    consent_source: str | None = None


@dataclass(frozen=True)
class DeleteToken:
    """What `undo` needs to bring a deletion back: exactly these contacts, deleted at that moment."""

    ids: tuple[int, ...]
    deleted_at: datetime


class ContactsService:
    """Use cases of the contacts table. Sessions are short and owned by each call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus | None = None,
        clock: Clock | None = None,
        region: str | Callable[[], str] = DEFAULT_REGION,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock or SystemClock()
        self._region = region
        self._users = users or UsersService(session_factory, events, self._clock)

    # -- the table ---------------------------------------------------------------------------

    def search_ids(
        self, query: str = "", sort: SortKey = SortKey.READING, descending: bool = False,
        group_id: int | None = None, consent: bool | None = None,
    ) -> list[int]:
        """Ids of the live contacts matching every term of `query`, in table order; `consent` True
        keeps those with recorded consent (date), False those without, None everyone."""
        terms = contact_search.query_terms(query)
        with self._session_factory.begin() as session:
            if terms:
                contact_search.refresh_stale(session)
            matching = queries.filtered(select(Contact.id), terms, group_id, consent)
            statement = queries.ordered(matching, sort, descending)
            return list(session.scalars(statement))

    def count(self, query: str = "", group_id: int | None = None, consent: bool | None = None) -> int:
        terms = contact_search.query_terms(query)
        with self._session_factory.begin() as session:
            if terms:
                contact_search.refresh_stale(session)
            statement = queries.filtered(select(func.count(Contact.id)), terms, group_id, consent)
            return int(session.scalar(statement) or 0)

    def refresh_search_texts(self) -> int:
        """Rebuild the search texts others left stale (an import writes rows without them).

        Searching does this too; calling it after a bulk change spares the next keystroke the wait.
        """
        with self._session_factory.begin() as session:
            return contact_search.refresh_stale(session)

    def rows(self, ids: Sequence[int]) -> list[ContactRow]:
        """Table rows for `ids`, in the order given; ids deleted meanwhile are left out."""
        with self._session_factory() as session:
            found: dict[int, ContactRow] = {}
            for start in range(0, len(ids), _ROW_BATCH):
                found.update(queries.load_rows(session, ids[start : start + _ROW_BATCH]))
        return [found[contact_id] for contact_id in ids if contact_id in found]

    # -- one contact -------------------------------------------------------------------------

    def get(self, contact_id: int) -> ContactDetails:
        with self._session_factory() as session:
            live = session.scalar(
                select(Contact.id).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
            )
            found = queries.load_details(session, [contact_id]) if live is not None else []
        if not found:
            raise NotFound(what="contact", name=str(contact_id))
        return found[0]

    def create(self, draft: ContactDraft) -> int:
        phones = self._validated(draft)
        with self._session_factory.begin() as session:
            contact = Contact(name=draft.name.strip())
            session.add(contact)
            _apply(session, contact, draft, phones)
            session.flush()
            contact_search.refresh_search_text(session, [contact.id])
            contact_id = contact.id
            self._audit(session, "contact.create", contact_id, _described(draft, phones))
            if draft.consent_at is not None:
                self._audit(session, "contact.consent", contact_id, _consent(draft))
        self._changed()
        return contact_id

    def update(self, contact_id: int, draft: ContactDraft) -> None:
        phones = self._validated(draft)
        with self._session_factory.begin() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound(what="contact", name=str(contact_id))
            consent_before = (contact.consent_at, contact.consent_source or None)
            _apply(session, contact, draft, phones)
            session.flush()
            contact_search.refresh_search_text(session, [contact_id])
            self._audit(session, "contact.update", contact_id, _described(draft, phones))
            if consent_before != (draft.consent_at, draft.consent_source or None):
                self._audit(session, "contact.consent", contact_id, _consent(draft))
        self._changed()

    def delete_contacts(self, ids: Sequence[int]) -> DeleteToken:
        """Soft-delete: the rows stay until `undo` or a later purge, so nothing is lost by a slip."""
        moment = self._clock.now()
        live: list[int] = []
        with self._session_factory.begin() as session:
            for batch in contact_search.batched(ids):
                found = session.scalars(
                    select(Contact.id).where(Contact.id.in_(batch), Contact.deleted_at.is_(None))
                ).all()
                session.execute(update(Contact).where(Contact.id.in_(found)).values(deleted_at=moment))
                live.extend(found)
            self._audit_many(session, "contact.delete", live)
        self._changed()
        return DeleteToken(ids=tuple(live), deleted_at=moment)

    def undo(self, token: DeleteToken) -> int:
        """Bring back the contacts of one deletion; returns how many came back."""
        restored = 0
        with self._session_factory.begin() as session:
            for batch in contact_search.batched(token.ids):
                result = session.execute(
                    update(Contact)
                    .where(Contact.id.in_(batch), Contact.deleted_at == token.deleted_at)
                    .values(deleted_at=None)
                )
                restored += int(result.rowcount)  # type: ignore[attr-defined]
            self._audit_many(session, "contact.undelete", list(token.ids), f"{restored} restored")
        self._changed()
        return restored

    def set_opt_out(self, ids: Sequence[int], opted_out: bool, reason: str = "") -> None:
        """Record (or withdraw) an opt-out with its date and reason; the dispatcher honours it."""
        values: dict[str, Any] = (
            {"opted_out_at": self._clock.now(), "opt_out_reason": reason.strip() or None}
            if opted_out else {"opted_out_at": None, "opt_out_reason": None}
        )
        with self._session_factory.begin() as session:
            for batch in contact_search.batched(ids):
                statement = update(Contact).where(Contact.id.in_(batch))
                if opted_out:  # keep the first opt-out date of those already out
                    statement = statement.where(Contact.opted_out_at.is_(None))
                session.execute(statement.values(**values))
            action = "contact.opt_out" if opted_out else "contact.opt_in"
            self._audit_many(session, action, list(ids), reason.strip())
        self._changed()

    def history(self, contact_id: int, limit: int = 1000) -> list[HistoryEntry]:
        """Messages to and from the contact, newest first."""
        with self._session_factory() as session:
            sent = session.execute(
                select(OutboundMessage).where(OutboundMessage.contact_id == contact_id)
                .order_by(OutboundMessage.created_at.desc()).limit(limit)
            ).scalars()
            entries = [HistoryEntry("out", m.id, m.to_number, m.body, m.status, m.sent_at or m.created_at)
                       for m in sent]
            received = session.execute(
                select(InboundMessage).where(InboundMessage.contact_id == contact_id)
                .order_by(InboundMessage.received_at.desc()).limit(limit)
            ).scalars()
            entries += [HistoryEntry("in", m.id, m.sender, m.body, m.status, m.received_at) for m in received]
        entries.sort(key=lambda entry: entry.at, reverse=True)
        return entries[:limit]

    def custom_field_names(self) -> list[str]:
        with self._session_factory() as session:
            return list(session.scalars(select(CustomField.name).order_by(CustomField.name)))

    # -- export ------------------------------------------------------------------------------

    def iter_details(self) -> Iterator[ContactDetails]:
        """Every live contact in table order, a batch at a time (the CLI lists 100k this way)."""
        ids = self.search_ids()
        for start in range(0, len(ids), _ROW_BATCH):
            with self._session_factory() as session:
                yield from queries.load_details(session, ids[start : start + _ROW_BATCH])

    def export_table(self) -> tuple[list[str], Iterator[list[Any]]]:
        """Headers and rows of every live contact, one column per custom field, for `export_rows`."""
        fields = self.custom_field_names()
        headers = ["id", "name", "reading", "phones", "groups", *fields, "notes",
                   "consent_at", "consent_source", "opted_out_at", "opt_out_reason"]
        rows = (
            [d.id, d.name, d.reading, "; ".join(p.e164 for p in d.phones), ", ".join(d.group_names),
             *(dict(d.fields).get(name, "") for name in fields), d.notes,
             d.consent_at, d.consent_source, d.opted_out_at, d.opt_out_reason]
            for d in self.iter_details()
        )
        return headers, rows

    def export(self, path: str | Path) -> int:
        """Write every live contact to .xlsx or .csv (formula-safe); audited with the row count."""
        headers, rows = self.export_table()
        written = export_rows(path, headers, rows, sheet_title="contacts")
        self._users.record("export.contacts", "file", None, f"{counted(written, 'contact')} to {path}")
        return written

    # -- helpers -----------------------------------------------------------------------------

    def _audit(self, session: Session, action: str, contact_id: int | None, detail: str) -> None:
        self._users.add_record(session, action, "contact", contact_id, detail)

    def _audit_many(self, session: Session, action: str, ids: list[int], note: str = "") -> None:
        """One entry per action: a single contact is its object, several are listed in the detail."""
        if not ids:
            return
        listed = "contacts " + ", ".join(str(i) for i in ids[:200]) + (" …" if len(ids) > 200 else "")
        detail = f"{note}; {listed}" if note else listed
        self._audit(session, action, ids[0] if len(ids) == 1 else None, f"{len(ids)}: {detail}")

    def _validated(self, draft: ContactDraft) -> list[PhoneEntry]:
        if not draft.name.strip():
            raise InvalidInput(detail="a contact needs a name")
        entries: list[PhoneEntry] = []
        # A callable region follows the setting as it is now (it may change while the app runs).
        region = self._region() if callable(self._region) else self._region
        for raw in draft.phones:
            if not raw.strip():
                continue
            result = normalize_phone(raw, region)
            if result.e164 is None:
                raise InvalidInput(detail=f"not a mobile number: {raw} ({result.error})")
            if all(entry.e164 != result.e164 for entry in entries):
                entries.append(PhoneEntry(result.e164, raw.strip()))
        return entries

    def _changed(self) -> None:
        if self._events is not None:
            self._events.publish(DataChanged(topic=TOPIC))


def _described(draft: ContactDraft, phones: list[PhoneEntry]) -> str:
    numbers = ", ".join(phone.e164 for phone in phones)
    return f"{draft.name.strip()} ({numbers})" if numbers else draft.name.strip()


def _consent(draft: ContactDraft) -> str:
    if draft.consent_at is None:
        return "withdrawn"
    return f"given {draft.consent_at.date().isoformat()} ({draft.consent_source or 'no source'})"


def _apply(session: Session, contact: Contact, draft: ContactDraft, phones: list[PhoneEntry]) -> None:
    contact.name = draft.name.strip()
    contact.reading = draft.reading.strip()
    contact.notes = draft.notes
    contact.consent_at = draft.consent_at
    contact.consent_source = draft.consent_source or None
    contact.phones = _phone_rows(contact, phones)
    session.flush()
    _replace_groups(session, contact.id, draft.group_ids)
    _replace_fields(session, contact.id, draft.fields)


def _phone_rows(contact: Contact, phones: list[PhoneEntry]) -> list[ContactPhone]:
    """New phone rows; a number kept through an edit keeps the text it was first given
    (the editor shows every number as 090-…, whatever the roster said)."""
    given = {phone.e164: (phone.raw, phone.label) for phone in contact.phones} if contact.id else {}
    rows = []
    for position, phone in enumerate(phones):
        raw, label = given.get(phone.e164, (phone.raw, phone.label))
        rows.append(ContactPhone(e164=phone.e164, raw=raw, label=label, position=position))
    return rows


def _replace_groups(session: Session, contact_id: int, group_ids: Sequence[int]) -> None:
    session.execute(delete(ContactGroup).where(ContactGroup.contact_id == contact_id))
    known = set(session.scalars(select(Group.id).where(Group.id.in_(list(group_ids)))))
    session.add_all(ContactGroup(contact_id=contact_id, group_id=group_id)
                    for group_id in dict.fromkeys(group_ids) if group_id in known)


def _replace_fields(session: Session, contact_id: int, fields: Mapping[str, str]) -> None:
    session.execute(delete(ContactFieldValue).where(ContactFieldValue.contact_id == contact_id))
    for name, value in fields.items():
        if not name.strip() or not value.strip():
            continue
        field_id = session.scalar(select(CustomField.id).where(CustomField.name == name.strip()))
        if field_id is None:
            custom = CustomField(name=name.strip())
            session.add(custom)
            session.flush()
            field_id = custom.id
        session.add(ContactFieldValue(contact_id=contact_id, field_id=field_id, value=value.strip()))
