"""The audit log read side: newest first, filters, paging through export; no way to change entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from desk_sms.context import AppContext
from desk_sms.services.audit import AuditFilter, AuditService
from desk_sms.services.users import Role


def test_filters_and_export(context: AppContext, tmp_path: Path) -> None:
    users = context.users
    users.create_user("佐藤", Role.OPERATOR)
    users.sign_in("佐藤")
    users.record("send.campaign", "campaign", 3, "春のキャンペーン 120件")
    users.record("contact.delete", "contact", 7, "山田 花子")
    users.record("send", "message", 9, '=HYPERLINK("x")')
    service = AuditService(context.database.session_factory)
    everything = service.entries()
    assert [e.action for e in everything[:3]] == ["send", "contact.delete", "send.campaign"]
    sends = AuditFilter(action_prefix="send")
    assert [e.object_id for e in service.entries(sends)] == [9, 3], "the family, not 'sender' or others"
    assert service.count(AuditFilter(search="花子")) == 1
    assert service.count(AuditFilter(user_name="佐藤")) >= 4  # three actions and the sign-in
    assert service.count(AuditFilter(user_name="nobody")) == 0
    later = datetime.now(UTC) + timedelta(days=1)
    assert service.count(AuditFilter(since=later)) == 0
    assert "佐藤" in service.user_names()
    assert "contact.delete" in service.actions()
    target = tmp_path / "audit.xlsx"
    assert service.export(target, sends) == 2
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("at", "user", "action", "object_type", "object_id", "detail")
    assert rows[1][5] == '\'=HYPERLINK("x")', "a formula-looking detail is neutralised"
    assert not hasattr(service, "delete") and not hasattr(service, "update"), "read side only"
