"""Users: salted password hashes, sign-in, administrator checks, and the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import User
from desk_sms.errors import InvalidInput, NotFound
from desk_sms.events import DataChanged, Event
from desk_sms.services.users import (
    LastAdministrator,
    NameMissing,
    NameTaken,
    NameTooLong,
    NotAllowed,
    OwnAccount,
    Role,
    UserInfo,
    UsersService,
    WrongPassword,
    hash_password,
    verify_password,
)


@pytest.fixture
def users(context: AppContext) -> UsersService:
    return UsersService(context.database.session_factory, context.events, context.clock)


def test_a_password_is_stored_as_a_salted_hash_never_plain(users: UsersService, context: AppContext) -> None:
    users.create_user("suzuki", Role.OPERATOR, "ひみつ-123")
    users.create_user("tanaka", Role.OPERATOR, "ひみつ-123")
    with context.database.session() as session:
        stored = [u.password_hash or "" for u in session.query(User).order_by(User.name)]
    assert all("ひみつ" not in h and h.startswith("scrypt$") for h in stored)
    assert stored[0] != stored[1], "a fresh salt per password"


def test_verify_password_accepts_the_right_one_only() -> None:
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert not verify_password("anything", "plain-text-not-a-hash")


def test_sign_in_checks_the_password(users: UsersService) -> None:
    users.create_user("suzuki", "operator", "pw")
    with pytest.raises(WrongPassword):
        users.sign_in("suzuki", "nope")
    assert users.current is None
    assert users.sign_in("suzuki", "pw").role is Role.OPERATOR
    assert users.current is not None and users.current.name == "suzuki"


def test_first_start_asks_for_a_password_or_an_explicit_none(users: UsersService) -> None:
    assert users.sign_in_default() is None, "the first start asks before anyone is signed in"
    pending = users.first_start_pending()
    assert pending is not None and pending.is_admin and pending.name == "admin"
    signed_in = users.choose_first_password(None)  # "no password on this PC", chosen knowingly
    assert signed_in.is_admin and users.current == signed_in and users.first_start_pending() is None
    assert newest_audit(users)[1] == "user.sign_in"
    assert UsersService(users._session_factory).sign_in_default() == signed_in, "asked once only"
    users.create_user("suzuki", "operator")
    fresh = UsersService(users._session_factory)  # another desk starting later
    assert fresh.sign_in_default() is None, "with several users, someone must choose"


def test_operators_are_not_administrators(users: UsersService) -> None:
    users.create_user("suzuki", "operator")
    users.sign_in("suzuki")
    with pytest.raises(NotAllowed):
        users.require_admin("approve")


def test_every_recorded_action_names_the_current_user(users: UsersService) -> None:
    users.create_user("boss", "administrator")
    users.sign_in("boss")
    users.record("campaign.approve", "campaign", 7, "保護者会のお知らせ")
    newest = users.audit_log()[0]
    assert (newest.user_name, newest.action, newest.object_type, newest.object_id) == (
        "boss", "campaign.approve", "campaign", 7,
    )
    assert newest.detail == "保護者会のお知らせ"


# -- managing accounts --------------------------------------------------------------------------


@pytest.fixture
def boss(users: UsersService) -> UserInfo:
    """`admin` (made at first start) signed in, beside an operator `suzuki` with a password."""
    users.ensure_default_user()
    admin = users.choose_first_password(None)
    users.create_user("suzuki", Role.OPERATOR, "pw")
    return admin


def user_named(users: UsersService, name: str) -> UserInfo:
    return next(u for u in users.list_users() if u.name == name)


def newest_audit(users: UsersService) -> tuple[str, str, int | None, str]:
    row = users.audit_log()[0]
    return row.user_name, row.action, row.object_id, row.detail


def test_an_administrator_renames_a_user_and_the_log_says_who(users: UsersService, boss: UserInfo) -> None:
    suzuki = user_named(users, "suzuki")
    users.rename_user(suzuki.id, "  鈴木  ")
    assert user_named(users, "鈴木").id == suzuki.id
    assert newest_audit(users) == ("admin", "user.rename", suzuki.id, "suzuki → 鈴木")
    users.sign_in("鈴木", "pw")  # the password stays with the account


def test_renaming_the_signed_in_user_shows_at_once(
    users: UsersService, boss: UserInfo, context: AppContext
) -> None:
    seen: list[Event] = []
    context.events.subscribe(seen.append)
    users.rename_user(boss.id, "director")
    assert users.current is not None and users.current.name == "director"
    assert DataChanged(topic="users") in seen
    users.record("campaign.approve", "campaign", 1)
    assert users.audit_log()[0].user_name == "director"


@pytest.mark.parametrize(
    ("name", "error"),
    [("", NameMissing), ("   ", NameMissing), ("x" * 101, NameTooLong), ("admin", NameTaken)],
)
def test_a_rename_to_a_bad_name_is_refused_and_changes_nothing(
    users: UsersService, boss: UserInfo, name: str, error: type[InvalidInput]
) -> None:
    suzuki = user_named(users, "suzuki")
    with pytest.raises(error) as refused:
        users.rename_user(suzuki.id, name)
    assert isinstance(refused.value, InvalidInput), "a validation message like the others"
    assert user_named(users, "suzuki") == suzuki


def test_new_users_get_the_same_name_checks(users: UsersService, boss: UserInfo) -> None:
    with pytest.raises(NameTaken, match="suzuki"):
        users.create_user(" suzuki ", Role.OPERATOR)
    with pytest.raises(NameMissing):
        users.create_user(" ", Role.OPERATOR)
    users.create_user("y" * 100, Role.OPERATOR)  # exactly the limit fits


def test_changing_a_role_is_audited_and_counts(users: UsersService, boss: UserInfo) -> None:
    suzuki = user_named(users, "suzuki")
    users.change_role(suzuki.id, Role.ADMINISTRATOR)
    assert user_named(users, "suzuki").is_admin
    assert newest_audit(users) == ("admin", "user.role", suzuki.id, "suzuki: operator → administrator")
    users.sign_in("suzuki", "pw")
    users.require_admin("approve")


def test_the_last_administrator_cannot_step_down(users: UsersService, boss: UserInfo) -> None:
    with pytest.raises(LastAdministrator, match="admin is the last active administrator"):
        users.change_role(boss.id, Role.OPERATOR)
    assert user_named(users, "admin").is_admin
    assert users.current is not None and users.current.is_admin


def test_an_administrator_steps_down_once_there_is_another(users: UsersService, boss: UserInfo) -> None:
    users.change_role(user_named(users, "suzuki").id, Role.ADMINISTRATOR)
    users.change_role(boss.id, Role.OPERATOR)
    assert users.current is not None and not users.current.is_admin, "the desk follows at once"
    with pytest.raises(NotAllowed):
        users.rename_user(boss.id, "former boss")


def test_a_deactivated_administrator_does_not_count(users: UsersService, boss: UserInfo) -> None:
    suzuki = user_named(users, "suzuki")
    users.change_role(suzuki.id, Role.ADMINISTRATOR)
    users.deactivate_user(suzuki.id)
    with pytest.raises(LastAdministrator):
        users.change_role(boss.id, Role.OPERATOR)


def test_the_last_administrator_cannot_deactivate_themselves(users: UsersService, boss: UserInfo) -> None:
    with pytest.raises(LastAdministrator):
        users.deactivate_user(boss.id)
    users.change_role(user_named(users, "suzuki").id, Role.ADMINISTRATOR)
    with pytest.raises(OwnAccount, match="admin is signed in"):
        users.deactivate_user(boss.id)
    assert user_named(users, "admin").active


def test_a_deactivated_user_cannot_sign_in_but_stays_in_history(users: UsersService, boss: UserInfo) -> None:
    suzuki = user_named(users, "suzuki")
    users.sign_in("suzuki", "pw")
    users.record("inbox.reply", "inbound", 3)
    users.sign_in("admin")
    users.deactivate_user(suzuki.id)
    assert newest_audit(users) == ("admin", "user.deactivate", suzuki.id, "suzuki")
    with pytest.raises(NotFound):
        users.sign_in("suzuki", "pw")
    assert users.current is not None and users.current.name == "admin"
    assert not user_named(users, "suzuki").active, "listed (for the Settings page), marked inactive"
    assert any(row.user_name == "suzuki" and row.action == "inbox.reply" for row in users.audit_log())
    users.reactivate_user(suzuki.id)
    assert newest_audit(users) == ("admin", "user.reactivate", suzuki.id, "suzuki")
    assert users.sign_in("suzuki", "pw").active


def test_with_the_others_deactivated_the_one_left_signs_in_by_itself(
    users: UsersService, boss: UserInfo
) -> None:
    users.deactivate_user(user_named(users, "suzuki").id)
    fresh = UsersService(users._session_factory)  # the desk's next start
    signed_in = fresh.sign_in_default()
    assert signed_in is not None and signed_in.name == "admin"


def test_resetting_a_password_sets_or_removes_it(users: UsersService, boss: UserInfo) -> None:
    suzuki = user_named(users, "suzuki")
    users.reset_password(suzuki.id, "新しい-pw")
    assert newest_audit(users) == ("admin", "user.password", suzuki.id, "suzuki: set")
    with pytest.raises(WrongPassword):
        users.sign_in("suzuki", "pw")
    users.sign_in("suzuki", "新しい-pw")
    users.sign_in("admin")
    users.reset_password(suzuki.id, "")
    assert not user_named(users, "suzuki").has_password
    assert newest_audit(users) == ("admin", "user.password", suzuki.id, "suzuki: removed")
    assert "新しい" not in " ".join(row.detail for row in users.audit_log())
    users.sign_in("suzuki")


def test_operators_and_nobody_may_manage_accounts(users: UsersService, boss: UserInfo) -> None:
    admin_id, suzuki = boss.id, user_named(users, "suzuki")
    users.sign_in("suzuki", "pw")
    refused: list[Callable[[], None]] = [
        lambda: users.rename_user(admin_id, "x"),
        lambda: users.change_role(suzuki.id, Role.ADMINISTRATOR),
        lambda: users.deactivate_user(admin_id),
        lambda: users.reactivate_user(admin_id),
        lambda: users.reset_password(admin_id, "mine now"),
    ]
    for attempt in refused:
        with pytest.raises(NotAllowed):
            attempt()
    nobody = UsersService(users._session_factory)
    nobody.require_sign_in()
    with pytest.raises(NotAllowed):
        nobody.rename_user(admin_id, "x")
    assert [(u.name, u.role, u.active, u.has_password) for u in users.list_users()] == [
        ("admin", Role.ADMINISTRATOR, True, False), ("suzuki", Role.OPERATOR, True, True),
    ]


def test_an_administrator_demoted_at_another_desk_is_refused_here(
    users: UsersService, boss: UserInfo
) -> None:
    suzuki = user_named(users, "suzuki")
    users.change_role(suzuki.id, Role.ADMINISTRATOR)
    other_desk = UsersService(users._session_factory)
    other_desk.sign_in("suzuki", "pw")
    other_desk.change_role(boss.id, Role.OPERATOR)
    assert users.current is not None and users.current.is_admin, "this desk still remembers"
    with pytest.raises(NotAllowed):
        users.deactivate_user(suzuki.id)
    assert user_named(users, "suzuki").active


def test_an_unknown_user_is_not_found(users: UsersService, boss: UserInfo) -> None:
    with pytest.raises(NotFound):
        users.rename_user(999, "ghost")


def test_last_sign_in_comes_from_the_audit_log(
    users: UsersService, boss: UserInfo, fake_clock: FakeClock
) -> None:
    suzuki = user_named(users, "suzuki")
    first = fake_clock.now()
    users.sign_in("suzuki", "pw")
    fake_clock.advance(2 * 60 * 60)
    users.sign_in("suzuki", "pw")
    seen = users.last_sign_ins()
    assert seen[suzuki.id] == first + timedelta(hours=2)
    assert seen[boss.id] == first
