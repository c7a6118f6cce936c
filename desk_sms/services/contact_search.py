"""The contacts' search text: one normalised column per contact, so a filter is one index scan.

`Contact.search_text` holds name, reading, numbers (E.164 and national digits), group names
and custom field values, normalised the way a query is (NFKC, case-folded, katakana as
hiragana, no spaces). NULL means stale: any ORM change to a contact, its numbers, groups or
field values marks it stale (a session hook below), and `refresh_stale` rebuilds stale rows
before a search. Code that writes with plain SQL calls `mark_stale` itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, bindparam, event, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction

from desk_sms.db.models import Contact, ContactFieldValue, ContactGroup, ContactPhone, CustomField, Group

FIELD_SEPARATOR = "\n"  # a query never holds one, so a term cannot match across two fields
# PostgreSQL refuses a btree entry over ~2,700 bytes; name and reading share the entry (600 bytes
# each at most), so the search text keeps to 1,200 bytes of UTF-8 (400 kanji or kana).
MAX_SEARCH_BYTES = 1200
REFRESH_BATCH = 2000
CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
_KATAKANA = re.compile("[\u30a1-\u30f6]")
_SPACES = re.compile(r"\s+")
_PHONE_LIKE = re.compile(r"^[+\d\s\-()]+$")
_PHONE_PUNCTUATION = re.compile(r"[\s\-()]")


def normalize_text(text: str) -> str:
    """Fold the differences a user should not have to type: width, case, kana script, spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    hiragana = _KATAKANA.sub(lambda match: chr(ord(match.group()) - 0x60), folded)
    return _SPACES.sub("", hiragana)


def query_terms(query: str) -> list[str]:
    """Split a filter into normalised terms, all of which must match.

    A phone-looking query ("090-1234 5678") is one term with its punctuation removed.
    """
    text = unicodedata.normalize("NFKC", query).strip()
    if not text:
        return []
    if _PHONE_LIKE.match(text) and any(ch.isdigit() for ch in text):
        return [_PHONE_PUNCTUATION.sub("", text)]
    return [term for term in (normalize_text(word) for word in text.split()) if term]


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matches_all(terms: Sequence[str]) -> ColumnElement[bool]:
    """The WHERE clause for a list of terms from `query_terms`."""
    return and_(*(Contact.search_text.like(like_pattern(term), escape="\\") for term in terms))


def national_digits(e164: str) -> str:
    """``+819012345678`` -> ``09012345678``, what people type; other countries keep their digits."""
    if e164.startswith("+81"):
        return "0" + e164[3:]
    return e164.lstrip("+")


def build_search_text(
    name: str, reading: str, numbers: Iterable[str], groups: Iterable[str], values: Iterable[str]
) -> str:
    parts = [normalize_text(name), normalize_text(reading)]
    for e164 in numbers:
        parts.extend([e164, national_digits(e164)])
    parts.extend(normalize_text(text) for text in (*groups, *values))
    text = FIELD_SEPARATOR.join(part for part in parts if part)
    return text.encode()[:MAX_SEARCH_BYTES].decode(errors="ignore")  # never half a character


def batched(ids: Iterable[int], size: int = REFRESH_BATCH) -> Iterator[list[int]]:
    """Slices of ids small enough for one IN (...) on every database."""
    batch: list[int] = []
    for contact_id in ids:
        batch.append(contact_id)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def refresh_search_text(session: Session, contact_ids: Iterable[int]) -> None:
    """Rebuild the search text of `contact_ids` from what the session sees now."""
    for ids in batched(contact_ids):
        _refresh_batch(session, ids)


def _refresh_batch(session: Session, ids: list[int]) -> None:
    numbers = _grouped(session, select(ContactPhone.contact_id, ContactPhone.e164)
                       .where(ContactPhone.contact_id.in_(ids)).order_by(ContactPhone.position))
    groups = _grouped(session, select(ContactGroup.contact_id, Group.name)
                      .join(Group, Group.id == ContactGroup.group_id).where(ContactGroup.contact_id.in_(ids)))
    values = _grouped(session, select(ContactFieldValue.contact_id, ContactFieldValue.value)
                      .join(CustomField, CustomField.id == ContactFieldValue.field_id)
                      .where(ContactFieldValue.contact_id.in_(ids)))
    names = session.execute(select(Contact.id, Contact.name, Contact.reading).where(Contact.id.in_(ids)))
    updates = [
        {"row_id": cid, "text": build_search_text(name, reading, numbers[cid], groups[cid], values[cid])}
        for cid, name, reading in names
    ]
    if updates:
        statement = update(CONTACTS).where(CONTACTS.c.id == bindparam("row_id"))
        session.connection().execute(statement.values(search_text=bindparam("text")), updates)


def _grouped(session: Session, statement: Any) -> defaultdict[int, list[str]]:
    grouped: defaultdict[int, list[str]] = defaultdict(list)
    for contact_id, text in session.execute(statement):
        grouped[contact_id].append(text or "")
    return grouped


def refresh_stale(session: Session) -> int:
    """Rebuild every stale search text; returns how many were rebuilt."""
    rebuilt = 0
    while True:
        stale = session.scalars(
            select(Contact.id).where(Contact.search_text.is_(None)).limit(REFRESH_BATCH)
        ).all()
        if not stale:
            return rebuilt
        _refresh_batch(session, list(stale))
        rebuilt += len(stale)


def mark_stale(session: Session, contact_ids: Iterable[int]) -> None:
    for ids in batched(contact_ids):
        session.execute(update(Contact).where(Contact.id.in_(ids)).values(search_text=None))


def mark_group_members_stale(session: Session, group_id: int) -> None:
    members = select(ContactGroup.contact_id).where(ContactGroup.group_id == group_id)
    session.execute(update(Contact).where(Contact.id.in_(members)).values(search_text=None))


_SEARCHED_CONTACT_COLUMNS = ("name", "reading")


@event.listens_for(Session, "before_flush")
def _mark_changed_contacts_stale(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    """Whoever changes a contact through the ORM (editor, import, inbox) leaves it stale, not wrong."""
    touched: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Contact) and _searched_columns_changed(obj):
            obj.search_text = None
        elif isinstance(obj, ContactPhone | ContactGroup | ContactFieldValue):
            contact_id = obj.contact_id if obj.contact_id is not None else _contact_id_via_relation(obj)
            if contact_id is not None:
                touched.add(contact_id)
    for ids in batched(touched):
        # Plain SQL on the flush's connection: the session is mid-flush and must not autoflush.
        session.connection().execute(update(CONTACTS).where(CONTACTS.c.id.in_(ids)).values(search_text=None))


def _searched_columns_changed(contact: Contact) -> bool:
    state = inspect(contact)
    return any(state.attrs[column].history.has_changes() for column in _SEARCHED_CONTACT_COLUMNS)


def _contact_id_via_relation(obj: object) -> int | None:
    contact = getattr(obj, "contact", None)
    return contact.id if isinstance(contact, Contact) else None
