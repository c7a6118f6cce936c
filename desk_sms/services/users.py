"""Users, who is working at this desk now, and the audit log.

Passwords are optional; when set they are stored as a salted scrypt hash (standard library
`hashlib.scrypt`) and compared in constant time. The current user is per process: each desk
signs in on its own, and every audited action records who did it.

Accounts are never deleted, only deactivated: the audit log and the "handled by" columns keep
pointing at them. Managing accounts needs a signed-in administrator, and no change may leave the
database without an active administrator (nobody could manage users any more).
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock, SystemClock
from desk_sms.db.models import AuditEntry, User
from desk_sms.errors import InvalidInput, NotFound, UserError
from desk_sms.events import DataChanged, EventBus

# scrypt cost: about 50 ms and 16 MiB per check on a desk PC; a sign-in is rare.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
DEFAULT_ADMIN = "admin"
MAX_NAME_LENGTH = 100  # the users.name column


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    OPERATOR = "operator"


class WrongPassword(UserError):
    code = "users.wrong_password"
    template = "wrong password for {name}"


class NotAllowed(UserError):
    code = "users.not_allowed"
    template = "{action} needs an administrator"


class NameMissing(InvalidInput):
    code = "users.name_missing"
    template = "a user needs a name"


class NameTooLong(InvalidInput):
    code = "users.name_too_long"
    template = "a user name has at most {limit} characters"


class NameTaken(InvalidInput):
    code = "users.name_taken"
    template = "a user named {name!r} exists already"


class LastAdministrator(UserError):
    code = "users.last_administrator"
    template = "{name} is the last active administrator; make another user an administrator first"


class OwnAccount(UserError):
    code = "users.own_account"
    template = "{name} is signed in at this desk and cannot be deactivated here"


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    has_password: bool
    active: bool

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMINISTRATOR


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user_name: str
    action: str
    object_type: str
    object_id: int | None
    detail: str


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$hash` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(digest.hex(), expected)


class UsersService:
    """User accounts, the current user of this process, and the audit log."""

    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock or SystemClock()
        self._lock = threading.Lock()
        self._current: UserInfo | None = None

    # -- accounts ----------------------------------------------------------------------------

    def list_users(self) -> list[UserInfo]:
        with self._session_factory() as session:
            return [_info(user) for user in session.scalars(select(User).order_by(User.name))]

    def create_user(self, name: str, role: Role | str, password: str | None = None) -> int:
        name = clean_user_name(name)
        with self._session_factory.begin() as session:
            _check_name_free(session, name)
            user = User(name=name, role=str(Role(role)), password_hash=_hash_or_none(password))
            session.add(user)
            session.flush()
            user_id = user.id
        self.record("user.create", "user", user_id, f"{name} ({Role(role)})")
        self._changed()
        return user_id

    def set_password(self, user_id: int, password: str | None) -> None:
        """Set without asking who is signed in: for setting up; people use `reset_password`."""
        with self._session_factory.begin() as session:
            self._existing(session, user_id).password_hash = _hash_or_none(password)
        self.record("user.password", "user", user_id, "")

    # -- managing accounts (administrators only) ---------------------------------------------

    def rename_user(self, user_id: int, new_name: str) -> None:
        name = clean_user_name(new_name)
        with self._session_factory.begin() as session:
            self._acting_admin(session, "renaming a user")
            user = self._existing(session, user_id)
            old_name = user.name
            if name == old_name:
                return
            _check_name_free(session, name)
            user.name = name
        self._after_change(user_id, "user.rename", f"{old_name} → {name}")

    def change_role(self, user_id: int, role: Role | str) -> None:
        new_role = Role(role)
        with self._session_factory.begin() as session:
            self._acting_admin(session, "changing a role")
            user = self._existing(session, user_id)
            old_role = Role(user.role)
            if new_role is old_role:
                return
            if user.active and old_role is Role.ADMINISTRATOR:
                _keep_an_administrator(session, user)
            user.role = str(new_role)
            detail = f"{user.name}: {old_role} → {new_role}"
        self._after_change(user_id, "user.role", detail)

    def deactivate_user(self, user_id: int) -> None:
        """The user can no longer sign in; their name stays in the history."""
        with self._session_factory.begin() as session:
            actor = self._acting_admin(session, "deactivating a user")
            user = self._existing(session, user_id)
            if not user.active:
                return
            if user.role == Role.ADMINISTRATOR:
                _keep_an_administrator(session, user)
            if user.id == actor.id:
                raise OwnAccount(name=user.name)
            user.active = False
            name = user.name
        self._after_change(user_id, "user.deactivate", name)

    def reactivate_user(self, user_id: int) -> None:
        with self._session_factory.begin() as session:
            self._acting_admin(session, "reactivating a user")
            user = self._existing(session, user_id)
            if user.active:
                return
            user.active = True
            name = user.name
        self._after_change(user_id, "user.reactivate", name)

    def reset_password(self, user_id: int, password: str) -> None:
        """An empty password means none: the user signs in by choosing their name."""
        password_hash = _hash_or_none(password)  # before the transaction: scrypt takes a while
        with self._session_factory.begin() as session:
            self._acting_admin(session, "resetting a password")
            user = self._existing(session, user_id)
            user.password_hash = password_hash
            detail = f"{user.name}: {'set' if password_hash else 'removed'}"
        self._after_change(user_id, "user.password", detail)

    def last_sign_ins(self) -> dict[int, datetime]:
        """Each user's latest sign-in, as the audit log recorded it (user id → when)."""
        query = (
            select(AuditEntry.object_id, func.max(AuditEntry.at))
            .where(AuditEntry.action == "user.sign_in", AuditEntry.object_id.is_not(None))
            .group_by(AuditEntry.object_id)
        )
        with self._session_factory() as session:
            return {int(user_id): at for user_id, at in session.execute(query) if user_id is not None}

    def ensure_default_user(self) -> UserInfo:
        """The first start has no users: make an administrator without a password."""
        with self._session_factory.begin() as session:
            count = session.scalar(select(func.count(User.id))) or 0
            if count == 0:
                session.add(User(name=DEFAULT_ADMIN, role=str(Role.ADMINISTRATOR)))
        with self._session_factory() as session:
            first = session.scalars(
                select(User).where(User.active.is_(True)).order_by(User.id)
            ).first()
            if first is None:
                raise NotFound(what="User", name="(any active user)")
            return _info(first)

    # -- who is working ----------------------------------------------------------------------

    @property
    def current(self) -> UserInfo | None:
        with self._lock:
            return self._current

    def sign_in(self, name: str, password: str = "") -> UserInfo:
        """Become `name`; a user with a password must give it."""
        with self._session_factory() as session:
            user = session.scalars(select(User).where(User.name == name, User.active.is_(True))).first()
            if user is None:
                raise NotFound(what="User", name=name)
            if user.password_hash and not verify_password(password, user.password_hash):
                raise WrongPassword(name=name)
            info = _info(user)
        with self._lock:
            self._current = info
        self.record("user.sign_in", "user", info.id, "")
        self._changed()
        return info

    def sign_in_default(self) -> UserInfo | None:
        """At start: sign in the only user without a password, if there is exactly one such user."""
        self.ensure_default_user()
        active_users = [u for u in self.list_users() if u.active]  # deactivated ones are not offered
        if len(active_users) != 1 or active_users[0].has_password:
            return None
        return self.sign_in(active_users[0].name)

    def require_admin(self, action: str) -> UserInfo:
        user = self.current
        if user is None or not user.is_admin:
            raise NotAllowed(action=action)
        return user

    # -- audit -------------------------------------------------------------------------------

    def record(
        self, action: str, object_type: str = "", object_id: int | None = None, detail: str = ""
    ) -> None:
        """Write one audit entry, naming the current user (or nobody)."""
        user = self.current
        with self._session_factory.begin() as session:
            session.add(
                AuditEntry(
                    at=self._clock.now(), user_id=user.id if user else None,
                    user_name=user.name if user else "", action=action,
                    object_type=object_type, object_id=object_id, detail=detail,
                )
            )

    def audit_log(self, limit: int = 200) -> list[AuditRow]:
        with self._session_factory() as session:
            entries = session.scalars(
                select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
            )
            return [
                AuditRow(e.at, e.user_name, e.action, e.object_type, e.object_id, e.detail)
                for e in entries
            ]

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _existing(session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(what="User", name=str(user_id))
        return user

    def _acting_admin(self, session: Session, action: str) -> User:
        """The signed-in administrator, read again: another desk may have demoted them since."""
        current = self.require_admin(action)
        actor = session.get(User, current.id)
        if actor is None or not actor.active or actor.role != Role.ADMINISTRATOR:
            raise NotAllowed(action=action)
        return actor

    def _after_change(self, user_id: int, action: str, detail: str) -> None:
        self._refresh_current(user_id)
        self.record(action, "user", user_id, detail)
        self._changed()

    def _refresh_current(self, user_id: int) -> None:
        """A change to the signed-in user shows at once (status bar, administrator checks)."""
        current = self.current
        if current is None or current.id != user_id:
            return
        with self._session_factory() as session:
            fresh = _info(self._existing(session, user_id))
        with self._lock:
            self._current = fresh

    def _changed(self) -> None:
        if self._events is not None:
            self._events.publish(DataChanged(topic="users"))


def clean_user_name(name: str) -> str:
    """`name` without surrounding spaces; refused when empty or longer than the column."""
    name = name.strip()
    if not name:
        raise NameMissing()
    if len(name) > MAX_NAME_LENGTH:
        raise NameTooLong(limit=MAX_NAME_LENGTH)
    return name


def _check_name_free(session: Session, name: str) -> None:
    if session.scalars(select(User.id).where(User.name == name)).first() is not None:
        raise NameTaken(name=name)


def _keep_an_administrator(session: Session, leaving: User) -> None:
    """Refuse when `leaving` is the last active administrator.

    The rows are locked (PostgreSQL) so two desks demoting two administrators at once cannot
    both pass: the second waits, then sees the first one's change.
    """
    admins = session.scalars(
        select(User.id)
        .where(User.role == str(Role.ADMINISTRATOR), User.active.is_(True))
        .order_by(User.id)
        .with_for_update()
    ).all()
    if not set(admins) - {leaving.id}:
        raise LastAdministrator(name=leaving.name)


def _hash_or_none(password: str | None) -> str | None:
    return hash_password(password) if password else None


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.name, Role(user.role), bool(user.password_hash), user.active)
