"""Users: salted password hashes, sign-in, administrator checks, and the audit log."""

from __future__ import annotations

import pytest

from desk_sms.context import AppContext
from desk_sms.db.models import User
from desk_sms.services.users import (
    NotAllowed,
    Role,
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


def test_first_start_makes_an_administrator_and_signs_it_in(users: UsersService) -> None:
    signed_in = users.sign_in_default()
    assert signed_in is not None and signed_in.is_admin and signed_in.name == "admin"
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
