"""Every audited family leaves its entry, written by the service (not the window), naming who acted."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.context import AppContext
from desk_sms.db import location
from desk_sms.db.models import AuditEntry
from desk_sms.domain.recurrence import Rule, RuleKind
from desk_sms.importing.roster_import import RosterImporter
from desk_sms.services import database_choice
from desk_sms.services.appointments import AppointmentsService
from desk_sms.services.audit import AuditService
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.schedules import ScheduleDraft, SchedulesService
from desk_sms.services.templates import TemplatesService
from desk_sms.services.users import NotAllowed, Role

DATA = Path(__file__).parents[2] / "data"


def entries(context: AppContext, family: str) -> list[tuple[str, str, str]]:
    with context.database.session_factory() as session:
        found = session.scalars(
            select(AuditEntry).where(AuditEntry.action.startswith(family)).order_by(AuditEntry.id)
        )
        return [(e.user_name, e.action, e.detail) for e in found]


@pytest.fixture
def sato(context: AppContext) -> str:
    context.users.create_user("佐藤", Role.ADMINISTRATOR)
    context.users.sign_in("佐藤")
    return "佐藤"


def contacts_of(context: AppContext) -> ContactsService:
    return ContactsService(
        context.database.session_factory, context.events, context.clock, users=context.users
    )


def test_contacts_create_edit_consent_opt_out_delete_undo_and_export(
    context: AppContext, sato: str, tmp_path: Path
) -> None:
    contacts = contacts_of(context)
    hanako = contacts.create(ContactDraft("山田 花子", phones=("090-1234-5678",)))
    consent = ContactDraft(
        "山田 花子",
        phones=("090-1234-5678",),
        consent_at=datetime(2026, 4, 1, tzinfo=UTC),
        consent_source="入会申込書",
    )
    contacts.update(hanako, consent)
    contacts.set_opt_out([hanako], True, "電話で依頼")
    contacts.set_opt_out([hanako], False)
    token = contacts.delete_contacts([hanako])
    contacts.undo(token)
    assert contacts.export(tmp_path / "contacts.xlsx") == 1
    assert [(user, action) for user, action, _ in entries(context, "contact")] == [
        (sato, "contact.create"),
        (sato, "contact.update"),
        (sato, "contact.consent"),
        (sato, "contact.opt_out"),
        (sato, "contact.opt_in"),
        (sato, "contact.delete"),
        (sato, "contact.undelete"),
    ]
    details = [detail for *_, detail in entries(context, "contact")]
    assert "+819012345678" in details[0] and "2026-04-01 (入会申込書)" in details[2]
    assert "電話で依頼" in details[3]
    assert entries(context, "export") == [
        (sato, "export.contacts", f"1 contact to {tmp_path / 'contacts.xlsx'}")
    ]


def test_groups_imports_undo_and_saved_invalid_rows(context: AppContext, sato: str, tmp_path: Path) -> None:
    groups = GroupsService(context.database.session_factory, context.events, context.users)
    group = groups.create_group("3年A組")
    groups.rename_group(group, "3年B組")
    importer = RosterImporter(
        context.database.session_factory, context.events, context.clock, users=context.users
    )
    result = importer.commit(DATA / "roster_utf8_bom.csv")
    groups.add_members(group, [1, 2])
    groups.remove_members(group, [2])
    groups.delete_group(group)
    importer.undo(result.batch_id)
    rows = importer.save_invalid_rows(tmp_path / "fix.xlsx", ["name"], result.problem_rows).rows
    assert rows == 1
    assert [action for _, action, _ in entries(context, "group")] == [
        "group.create",
        "group.rename",
        "group.add_members",
        "group.remove_members",
        "group.delete",
    ]
    imports = entries(context, "import")
    assert [(user, action) for user, action, _ in imports] == [
        (sato, "import.contacts"),
        (sato, "import.undo"),
    ]
    assert f"{result.imported} added" in imports[0][2] and "roster_utf8_bom.csv" in imports[0][2]
    assert f"{result.imported} contacts taken back" in imports[1][2]
    assert entries(context, "export") == [
        (sato, "export.invalid_rows", f"{rows} row to {tmp_path / 'fix.xlsx'}")
    ]


def test_templates_schedules_and_appointments(context: AppContext, sato: str) -> None:
    factory = context.database.session_factory
    templates = TemplatesService(factory, context.events, context.users)
    template = templates.save("月謝", "", "月謝のお知らせ")
    templates.save("月謝", "", "月謝のお知らせです", template)
    group = GroupsService(factory, context.events, context.users).create_group("全員")
    schedules = SchedulesService(factory, context.events, context.clock, context.settings, context.users)
    monthly = Rule(RuleKind.MONTHLY, at=time(10, 0), day=25)
    schedule = schedules.save(ScheduleDraft("月謝", monthly, body="x", group_id=group))
    schedules.set_enabled(schedule, False)
    schedules.delete(schedule)
    templates.delete(template)
    contact = contacts_of(context).create(ContactDraft("田中", phones=("09011112222",)))
    appointments = AppointmentsService(factory, context.events, context.clock, context.users)
    visit = appointments.save(contact, datetime(2026, 12, 10, 1, 0, tzinfo=UTC), "本校")
    appointments.set_status(visit, "confirmed")
    assert [a for _, a, _ in entries(context, "template")] == [
        "template.create",
        "template.update",
        "template.delete",
    ]
    assert [a for _, a, _ in entries(context, "schedule")] == [
        "schedule.create",
        "schedule.disable",
        "schedule.delete",
    ]
    assert [a for _, a, _ in entries(context, "appointment")] == ["appointment.create", "appointment.status"]


def test_settings_record_the_old_and_new_value(context: AppContext, sato: str) -> None:
    assert context.settings.set("quiet_hours_start", "22:00")
    assert not context.settings.set("quiet_hours_start", "22:00"), "an unchanged value is not a change"
    context.settings.set("opt_out_confirmation_enabled", False)
    assert entries(context, "settings") == [
        (sato, "settings.change", 'quiet_hours_start: "21:00" → "22:00"'),
        (sato, "settings.change", "opt_out_confirmation_enabled: true → false"),
    ]


def test_modems_are_audited_but_never_their_pin(context: AppContext, sato: str) -> None:
    modem = context.modems.add("/dev/ttyUSB0", name="受付", pin="4321")
    context.modems.update(modem, pin="9876", daily_limit=150, enabled=False, name="受付1")
    context.modems.update(modem, enabled=True)
    context.modems.remove("受付1")
    found = entries(context, "modem")
    assert [action for _, action, _ in found] == [
        "modem.add",
        "modem.pin",
        "modem.limits",
        "modem.disable",
        "modem.rename",
        "modem.enable",
        "modem.remove",
    ]
    assert all("4321" not in detail and "9876" not in detail for *_, detail in found)
    assert "PIN set" in found[0][2] and "150" in found[2][2]


def test_backups_and_restores_are_audited_by_the_service(context: AppContext, sato: str) -> None:
    made = context.backups.back_up_now()
    context.backups.restore(made.path)
    found = entries(context, "backup")
    # The restored database is the backup plus the restore's own entry.
    assert [(user, action) for user, action, _ in found] == [
        (sato, "backup.create"),
        (sato, "backup.restore"),
    ]
    assert str(made.path) in found[1][2]


def test_sign_ins_failures_and_audit_exports(context: AppContext, tmp_path: Path) -> None:
    context.users.create_user("sato", Role.OPERATOR, "pw")
    with pytest.raises(Exception, match="wrong password"):
        context.users.sign_in("sato", "nope")
    context.users.sign_in("sato", "pw")
    written = AuditService(context.database.session_factory, context.users).export(tmp_path / "log.csv")
    assert [(u, a) for u, a, _ in entries(context, "user.sign")] == [
        ("sato", "user.sign_in_failed"),
        ("sato", "user.sign_in"),
    ]
    assert entries(context, "export") == [
        ("sato", "export.audit", f"{written} entries to {tmp_path / 'log.csv'}")
    ]


def test_choosing_the_database_is_an_administrators_and_audited(context: AppContext) -> None:
    context.users.create_user("suzuki", Role.OPERATOR)
    context.users.create_user("boss", Role.ADMINISTRATOR)
    context.users.sign_in("suzuki")
    server = "postgresql+psycopg://desk:secret@server/desk_sms"
    with pytest.raises(NotAllowed):
        database_choice.save_choice(context.users, context.paths.root, server)
    assert location.read_saved_url(context.paths.root) is None
    context.users.sign_in("boss")
    database_choice.save_choice(context.users, context.paths.root, server)
    assert location.read_saved_url(context.paths.root) == server
    chosen = entries(context, "database")
    assert [(u, a) for u, a, _ in chosen] == [("boss", "database.choose")]
    assert "secret" not in chosen[0][2] and "server/desk_sms" in chosen[0][2]
