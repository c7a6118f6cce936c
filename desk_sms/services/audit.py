"""The audit log, read side: list, filter and export. Entries are written by the services through
`UsersService.record` and never changed; this module offers no way to edit or delete them (on
PostgreSQL a trigger refuses it too). An export of the log is itself audited."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import AuditEntry
from desk_sms.importing.exporting import export_rows
from desk_sms.services.users import UsersService
from desk_sms.wording import counted

EXPORT_HEADERS = ("at", "user", "action", "object_type", "object_id", "detail")
EXPORT_BATCH = 1_000


@dataclass(frozen=True)
class AuditFilter:
    """Attributes:
    since / until: instants (until excluded); None for open ends.
    user_name: exact user name, "" for everyone.
    action_prefix: "send" matches "send", "send.campaign", …; "" for every action.
    search: text found in the detail, object type or action.
    """

    since: datetime | None = None
    until: datetime | None = None
    user_name: str = ""
    action_prefix: str = ""
    search: str = ""


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    user_name: str
    action: str
    object_type: str
    object_id: int | None
    detail: str

    def cells(self) -> tuple[object, ...]:
        return (self.at, self.user_name, self.action, self.object_type, self.object_id, self.detail)


class AuditService:
    """Newest first, filtered in the database; paged so a long log never sits in memory at once."""

    def __init__(self, session_factory: sessionmaker[Session], users: UsersService | None = None) -> None:
        self._session_factory = session_factory
        self._users = users or UsersService(session_factory)

    def entries(
        self, where: AuditFilter = AuditFilter(), limit: int = 500, offset: int = 0
    ) -> list[AuditRecord]:
        query = _filtered(select(AuditEntry), where)
        query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset)
        with self._session_factory() as session:
            return [_record(entry) for entry in session.scalars(query)]

    def count(self, where: AuditFilter = AuditFilter()) -> int:
        query = _filtered(select(func.count(AuditEntry.id)), where)
        with self._session_factory() as session:
            return int(session.scalar(query) or 0)

    def user_names(self) -> list[str]:
        with self._session_factory() as session:
            names = session.scalars(select(AuditEntry.user_name).distinct().order_by(AuditEntry.user_name))
            return [name for name in names if name]

    def actions(self) -> list[str]:
        with self._session_factory() as session:
            return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))

    def export(self, path: Path, where: AuditFilter = AuditFilter()) -> int:
        """Write the filtered log to .xlsx or .csv; returns the number of entries written."""
        rows = (record.cells() for record in self._all(where))
        written = export_rows(path, EXPORT_HEADERS, rows, sheet_title="audit")
        self._users.record("export.audit", "file", None, f"{counted(written, 'entry', 'entries')} to {path}")
        return written

    def _all(self, where: AuditFilter) -> Iterator[AuditRecord]:
        offset = 0
        while batch := self.entries(where, EXPORT_BATCH, offset):
            yield from batch
            offset += len(batch)


def _filtered(query: Select[Any], where: AuditFilter) -> Select[Any]:
    if where.since is not None:
        query = query.where(AuditEntry.at >= where.since)
    if where.until is not None:
        query = query.where(AuditEntry.at < where.until)
    if where.user_name:
        query = query.where(AuditEntry.user_name == where.user_name)
    if where.action_prefix:
        prefix = where.action_prefix.rstrip(".")
        query = query.where(
            or_(AuditEntry.action == prefix, AuditEntry.action.startswith(f"{prefix}.", autoescape=True))
        )
    if where.search:
        pattern = f"%{where.search}%"
        query = query.where(
            or_(
                AuditEntry.detail.ilike(pattern),
                AuditEntry.object_type.ilike(pattern),
                AuditEntry.action.ilike(pattern),
            )
        )
    return query


def _record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        entry.id, entry.at, entry.user_name, entry.action, entry.object_type, entry.object_id, entry.detail
    )
