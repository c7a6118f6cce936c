"""Roles enforced in the services: an operator's administrative action is refused there (not only
hidden in the window) and changes nothing; the command line acts as an administrator; first start
and the sign-in lockout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, Modem, Schedule, Template
from desk_sms.domain.recurrence import Rule, RuleKind
from desk_sms.domain.roles import Permission, Role, may
from desk_sms.services.compose_recipients import SegmentFilter
from desk_sms.services.groups import GroupsService
from desk_sms.services.schedules import ScheduleDraft, SchedulesService
from desk_sms.services.segments import SegmentInUse, SegmentsService
from desk_sms.services.templates import TemplatesService
from desk_sms.services.users import (
    NotAllowed,
    PasswordRequiredOnServer,
    UserLocked,
    UsersService,
    WrongPassword,
)

MONTHLY = Rule(RuleKind.MONTHLY, at=time(10, 0), day=25)


def audit_actions(context: AppContext) -> list[tuple[str, str]]:
    with context.database.session_factory() as session:
        return [(e.user_name, e.action) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_only_administrators_hold_the_administrative_permissions() -> None:
    assert all(may(Role.ADMINISTRATOR, permission) for permission in Permission)
    assert not any(may(Role.OPERATOR, permission) for permission in Permission)


@pytest.fixture
def operator(context: AppContext) -> int:
    user_id = context.users.create_user("suzuki", Role.OPERATOR)
    context.users.sign_in("suzuki")
    return user_id


def test_an_operator_is_refused_in_the_services_and_nothing_changes(
    context: AppContext, operator: int, tmp_path: Path
) -> None:
    modem_id = _add_modem_row(context)
    attempts: dict[str, Callable[[], object]] = {
        "settings": lambda: context.settings.set("approval_required", True),
        "keywords": lambda: context.settings.set("opt_out_keywords", ["やめて"]),
        "modem add": lambda: context.modems.add("/dev/ttyUSB9"),
        "modem limits": lambda: context.modems.update(modem_id, daily_limit=5),
        "modem remove": lambda: context.modems.remove("A"),
        "user": lambda: context.users.create_user("tanaka", Role.ADMINISTRATOR),
        "backup": lambda: context.backups.back_up_now(),
        "restore": lambda: context.backups.restore(tmp_path / "any.sqlite3"),
        "assign to another": lambda: context.inbox.assign([1], operator + 100),
    }
    for name, attempt in attempts.items():
        with pytest.raises(NotAllowed, match="needs an administrator"):
            print("attempt:", name)  # shown with a failure
            attempt()
    assert context.settings.get("approval_required") is False
    assert context.settings.get("opt_out_keywords")[0] == "停止"
    with context.database.session_factory() as session:
        assert [(m.name, m.daily_limit) for m in session.scalars(select(Modem))] == [("A", 180)]
    assert [u.name for u in context.users.list_users()] == ["suzuki"]
    assert context.backups.list_backups() == []
    assert [action for _, action in audit_actions(context)] == ["user.create", "user.sign_in"]


def test_an_administrator_demoted_at_another_desk_is_refused_at_once(context: AppContext) -> None:
    boss = context.users.create_user("boss", Role.ADMINISTRATOR)
    context.users.create_user("other", Role.ADMINISTRATOR)
    context.users.sign_in("boss")
    other_desk = UsersService(context.database.session_factory, context.events, context.clock)
    other_desk.sign_in("other")
    other_desk.change_role(boss, Role.OPERATOR)
    with pytest.raises(NotAllowed):
        context.settings.set("approval_required", True)


def test_deleting_what_a_schedule_uses_needs_an_administrator(context: AppContext) -> None:
    factory = context.database.session_factory
    templates = TemplatesService(factory, context.events, context.users)
    segments = SegmentsService(factory, context.users, context.events)
    group = GroupsService(factory, context.events, context.users).create_group("3年")
    used_template, free_template = templates.save("月謝", "", "月謝のお知らせ"), templates.save("x", "", "y")
    segment = segments.create("全員", SegmentFilter(group_ids=(group,)))
    schedules = SchedulesService(factory, context.events, context.clock, context.settings, context.users)
    schedules.save(ScheduleDraft("月謝", MONTHLY, template_id=used_template, segment_id=segment))
    context.users.create_user("suzuki", Role.OPERATOR)
    context.users.sign_in("suzuki")
    templates.delete(free_template)  # nothing depends on it: anyone may
    with pytest.raises(NotAllowed):
        templates.delete(used_template)
    with pytest.raises(NotAllowed):
        segments.delete(segment)
    with factory() as session:
        assert session.get(Template, used_template) is not None
        assert session.scalars(select(Schedule.template_id)).one() == used_template
    admin = UsersService(factory, context.events, context.clock)  # the command line decides
    TemplatesService(factory, context.events, admin).delete(used_template)
    with pytest.raises(SegmentInUse):  # even an administrator keeps a schedule's recipients
        SegmentsService(factory, admin, context.events).delete(segment)


def test_the_command_line_acts_as_an_administrator_named_after_the_os_user(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "yamada")
    assert context.users.current is None
    context.settings.set("approval_required", True)
    assert audit_actions(context) == [("command line (yamada)", "settings.change")]


def test_a_desk_acts_only_through_a_signed_in_user(context: AppContext) -> None:
    context.users.require_sign_in()
    assert not context.users.may(Permission.CHANGE_SETTINGS)
    with pytest.raises(NotAllowed):
        context.settings.set("approval_required", True)


def test_first_start_without_a_password_is_refused_on_a_shared_server(context: AppContext) -> None:
    server = UsersService(context.database.session_factory, context.events, context.clock, shared_server=True)
    server.ensure_default_user()
    with pytest.raises(PasswordRequiredOnServer):
        server.choose_first_password(None)
    assert server.first_start_pending() is not None, "still to be answered"
    admin = server.choose_first_password("長い合言葉")
    assert admin.has_password and server.first_start_pending() is None
    assert ("admin", "user.first_password") in audit_actions(context)


def test_five_wrong_passwords_lock_the_user_for_five_minutes(
    context: AppContext, fake_clock: FakeClock
) -> None:
    users = context.users
    users.create_user("sato", Role.OPERATOR, "right")
    for _ in range(4):
        with pytest.raises(WrongPassword):
            users.sign_in("sato", "wrong")
    with pytest.raises(UserLocked):
        users.sign_in("sato", "wrong")
    with pytest.raises(UserLocked, match="5 minutes"):
        users.sign_in("sato", "right")  # even the right password waits
    fake_clock.advance(4 * 60)
    with pytest.raises(UserLocked, match="1 minutes"):
        users.sign_in("sato", "right")
    fake_clock.advance(61)
    assert users.sign_in("sato", "right").name == "sato"
    with pytest.raises(WrongPassword):  # the count starts again after a good sign-in
        users.sign_in("sato", "wrong")
    entries = [(user, action) for user, action in audit_actions(context) if user == "sato"]
    # Five wrong, two while locked, one after.
    assert entries.count(("sato", "user.sign_in_failed")) == 5 + 2 + 1
    assert entries.count(("sato", "user.locked")) == 1
    assert entries.count(("sato", "user.sign_in")) == 1


def _add_modem_row(context: AppContext) -> int:
    with context.database.session_factory.begin() as session:
        modem = Modem(name="A", port="/dev/A", daily_limit=180)
        session.add(modem)
        session.flush()
        return modem.id
