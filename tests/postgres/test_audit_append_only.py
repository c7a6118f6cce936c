"""On a PostgreSQL server the audit log is append-only at the server: UPDATE, DELETE and TRUNCATE
are refused by a trigger, whoever sends them; the first administrator must choose a password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import AuditEntry
from desk_sms.services.users import PasswordRequiredOnServer


@pytest.fixture
def server_context(pg_url: str, tmp_path: Path) -> Iterator[AppContext]:
    context = build_context(str(tmp_path / "data"), db_url=pg_url, clock=FakeClock())
    try:
        yield context
    finally:
        context.close()


@pytest.mark.parametrize(
    "statement",
    [update(AuditEntry).values(detail="nothing happened"), delete(AuditEntry), text("TRUNCATE audit_log")],
    ids=["update", "delete", "truncate"],
)
def test_the_server_refuses_to_change_or_remove_audit_entries(
    server_context: AppContext, statement: object
) -> None:
    server_context.settings.set("approval_required", True)
    factory = server_context.database.session_factory
    with pytest.raises(DBAPIError, match="append-only"), factory.begin() as session:
        session.execute(statement)  # type: ignore[call-overload]
    with factory() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == 1
        assert session.scalars(select(AuditEntry.detail)).one() == "approval_required: false → true"
    server_context.users.record("still.writable", "", None, "new entries are welcome")


def test_no_password_on_a_shared_server_is_refused(server_context: AppContext) -> None:
    users = server_context.users
    with pytest.raises(PasswordRequiredOnServer):
        users.choose_first_password(None)
    assert users.choose_first_password("合言葉-2026").has_password
