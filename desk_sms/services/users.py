"""Users, who is working at this desk now, and the audit log.

Passwords are optional; when set they are stored as a salted scrypt hash (standard library
`hashlib.scrypt`) and compared in constant time. The current user is per process: each desk
signs in on its own, and every audited action records who did it.

Accounts are never deleted, only deactivated: the audit log and the "handled by" columns keep
pointing at them. Managing accounts needs a signed-in administrator, and no change may leave the
database without an active administrator (nobody could manage users any more).

Who acts: the user signed in at this desk; in a process that asks nobody to sign in (the command
line, `serve`) the operating-system user, as an administrator recorded as `command line (<name>)`:
whoever can run the command can open the database anyway. `require(permission)` is where every
service checks the acting user's role (the rule itself is `desk_sms.domain.roles`).
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock, SystemClock
from desk_sms.db.models import AuditEntry, User
from desk_sms.domain.passwords import (
    LOCK_MINUTES,
    MAX_WRONG_PASSWORDS,
    hash_or_none,
    hash_password,
    minutes_left,
    verify_password,
)
from desk_sms.domain.roles import Permission, Role, may
from desk_sms.errors import NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.services.user_errors import (
    LastAdministrator,
    NameMissing,
    NameTaken,
    NameTooLong,
    NotAllowed,
    OwnAccount,
    PasswordRequiredOnServer,
    UserLocked,
    WrongPassword,
)

__all__ = [
    "LastAdministrator", "NameMissing", "NameTaken", "NameTooLong", "NotAllowed", "OwnAccount",
    "PasswordRequiredOnServer", "Permission", "Role", "UserInfo", "UserLocked", "UsersService",
    "WrongPassword", "hash_password", "verify_password",
]

DEFAULT_ADMIN = "admin"
MAX_NAME_LENGTH = 100  # the users.name column


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    has_password: bool
    active: bool
    command_line: bool = False  # no account row: the operating-system user running a command, or an API key

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


class UsersService:
    """User accounts, the current user of this process, and the audit log."""

    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus | None = None,
        clock: Clock | None = None, *, shared_server: bool = False,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock or SystemClock()
        self._shared_server = shared_server
        self._lock = threading.Lock()
        self._current: UserInfo | None = None
        self._sign_in_required = False
        self._acting = threading.local()  # an API call's key, for the thread serving it

    # -- accounts ----------------------------------------------------------------------------

    def list_users(self) -> list[UserInfo]:
        with self._session_factory() as session:
            return [_info(user) for user in session.scalars(select(User).order_by(User.name))]

    def create_user(self, name: str, role: Role | str, password: str | None = None) -> int:
        name = clean_user_name(name)
        self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
            _check_name_free(session, name)
            user = User(name=name, role=str(Role(role)), password_hash=hash_or_none(password))
            session.add(user)
            session.flush()
            user_id = user.id
        self.record("user.create", "user", user_id, f"{name} ({Role(role)})")
        self._changed()
        return user_id

    def set_password(self, user_id: int, password: str | None) -> None:
        """For setting up (an administrator or the command line); people use `reset_password`."""
        self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
            self._existing(session, user_id).password_hash = hash_or_none(password)
        self.record("user.password", "user", user_id, "")

    # -- managing accounts (administrators only) ---------------------------------------------

    def rename_user(self, user_id: int, new_name: str) -> None:
        name = clean_user_name(new_name)
        self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
            user = self._existing(session, user_id)
            old_name = user.name
            if name == old_name:
                return
            _check_name_free(session, name)
            user.name = name
        self._after_change(user_id, "user.rename", f"{old_name} → {name}")

    def change_role(self, user_id: int, role: Role | str) -> None:
        new_role = Role(role)
        self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
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
        actor = self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
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
        self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
            user = self._existing(session, user_id)
            if user.active:
                return
            user.active = True
            name = user.name
        self._after_change(user_id, "user.reactivate", name)

    def reset_password(self, user_id: int, password: str) -> None:
        """An empty password means none: the user signs in by choosing their name."""
        password_hash = hash_or_none(password)  # before the transaction: scrypt takes a while
        self.require(Permission.MANAGE_USERS)
        with self._session_factory.begin() as session:
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
        """The first start has no users: make an administrator whose password is still to choose."""
        with self._session_factory.begin() as session:
            count = session.scalar(select(func.count(User.id))) or 0
            if count == 0:
                session.add(
                    User(name=DEFAULT_ADMIN, role=str(Role.ADMINISTRATOR), password_chosen=False)
                )
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
        acting: UserInfo | None = getattr(self._acting, "actor", None)
        if acting is not None:
            return acting
        with self._lock:
            return self._current

    @property
    def actor(self) -> UserInfo | None:
        """Who acts now: an API call's key on the thread serving it, the signed-in user, else (where
        nobody is asked to sign in) the command line."""
        acting: UserInfo | None = getattr(self._acting, "actor", None)
        if acting is not None:
            return acting
        with self._lock:
            current, required = self._current, self._sign_in_required
        if current is not None or required:
            return current
        return command_line_actor()

    @contextmanager
    def acting_as(self, actor: UserInfo) -> Iterator[None]:
        """On this thread, inside the block, `actor` acts (and is audited) instead of the desk's user."""
        self._acting.actor = actor
        try:
            yield
        finally:
            self._acting.actor = None

    def sign_out(self) -> None:
        """Nobody is signed in at this desk any more."""
        with self._lock:
            self._current = None

    def require_sign_in(self) -> None:
        """A desk window: nothing is done in nobody's name until someone signs in."""
        with self._lock:
            self._sign_in_required = True

    def sign_in(self, name: str, password: str = "") -> UserInfo:
        """Become `name`; a user with a password must give it. Five wrong ones lock the user for
        five minutes; every failure is audited."""
        with self._session_factory() as session:
            user = session.scalars(select(User).where(User.name == name, User.active.is_(True))).first()
            if user is None:
                raise NotFound(what="User", name=name)
            info, stored, locked_until = _info(user), user.password_hash, user.locked_until
        now = self._clock.now()
        if stored and locked_until is not None and locked_until > now:
            self._record_as(info.name, "user.sign_in_failed", info.id, "locked")
            minutes = minutes_left(locked_until, now)
            raise UserLocked(name=name, attempts=MAX_WRONG_PASSWORDS, minutes=minutes)
        if stored and not verify_password(password, stored):
            self._wrong_password(info)
        if stored:
            self._clear_failures(info.id)
        with self._lock:
            self._current = info
        self.record("user.sign_in", "user", info.id, "")
        self._changed()
        return info

    def sign_in_default(self) -> UserInfo | None:
        """At start: sign in the only user without a password, if there is exactly one such user
        and that is a choice made (not the first start, where a password is still to be chosen)."""
        self.ensure_default_user()
        active_users = [u for u in self.list_users() if u.active]  # deactivated ones are not offered
        if len(active_users) != 1 or active_users[0].has_password or self.first_start_pending():
            return None
        return self.sign_in(active_users[0].name)

    def first_start_pending(self) -> UserInfo | None:
        """The first administrator, while nobody has chosen their password (or none) yet."""
        with self._session_factory() as session:
            user = session.scalars(
                select(User).where(User.password_chosen.is_(False), User.active.is_(True)).order_by(User.id)
            ).first()
            return _info(user) if user else None

    @property
    def shared_server(self) -> bool:
        return self._shared_server

    def choose_first_password(self, password: str | None) -> UserInfo:
        """The first start's answer: a password, or None for "no password on this PC" (refused on a
        shared server, where anyone on the network could otherwise act as the administrator).
        The administrator is signed in afterwards."""
        self.ensure_default_user()
        pending = self.first_start_pending()
        if pending is None:
            raise NotFound(what="User", name="(first administrator)")
        if not password and self._shared_server:
            raise PasswordRequiredOnServer()
        password_hash = hash_or_none(password)
        with self._session_factory.begin() as session:
            user = self._existing(session, pending.id)
            user.password_hash, user.password_chosen = password_hash, True
        self._record_as(pending.name, "user.first_password", pending.id,
                        "password set" if password_hash else "no password on this PC")
        return self.sign_in(pending.name, password or "")

    def require(self, permission: Permission) -> UserInfo:
        """The acting user, when their role allows `permission` (read again from the database:
        another desk may have changed the role); otherwise `NotAllowed`."""
        actor = self.actor
        if actor is None or not may(actor.role, permission):
            raise NotAllowed(action=permission.value)
        if actor.command_line:
            return actor
        with self._session_factory() as session:
            row = session.get(User, actor.id)
            if row is None or not row.active or not may(row.role, permission):
                raise NotAllowed(action=permission.value)
        return actor

    def may(self, permission: Permission) -> bool:
        """For the window: show the action only when the acting user may do it (no database read)."""
        actor = self.actor
        return actor is not None and may(actor.role, permission)

    def require_admin(self, action: str) -> UserInfo:
        """Kept for callers that name their action themselves; prefer `require(permission)`."""
        user = self.actor
        if user is None or not user.is_admin:
            raise NotAllowed(action=action)
        return user

    # -- audit -------------------------------------------------------------------------------

    def record(
        self, action: str, object_type: str = "", object_id: int | None = None, detail: str = ""
    ) -> None:
        """Write one audit entry, naming the acting user (or nobody)."""
        user = self.actor
        with self._session_factory.begin() as session:
            self.add_record(session, action, object_type, object_id, detail, user)

    def add_record(
        self, session: Session, action: str, object_type: str = "", object_id: int | None = None,
        detail: str = "", user: UserInfo | None = None,
    ) -> None:
        """The audit entry inside the caller's transaction: it commits (or not) with the change."""
        user = user or self.actor
        session.add(
            AuditEntry(
                at=self._clock.now(),
                user_id=user.id if user and not user.command_line else None,
                user_name=user.name if user else "", action=action,
                object_type=object_type, object_id=object_id, detail=detail,
            )
        )

    def _record_as(self, name: str, action: str, user_id: int, detail: str) -> None:
        """Sign-in events name the user who tried, whoever was signed in before."""
        with self._session_factory.begin() as session:
            session.add(AuditEntry(at=self._clock.now(), user_id=user_id, user_name=name,
                                   action=action, object_type="user", object_id=user_id, detail=detail))

    def _wrong_password(self, info: UserInfo) -> None:
        now = self._clock.now()
        with self._session_factory.begin() as session:
            user = self._existing(session, info.id)
            user.failed_sign_ins += 1
            failures = user.failed_sign_ins
            if failures >= MAX_WRONG_PASSWORDS:
                user.locked_until, user.failed_sign_ins = now + timedelta(minutes=LOCK_MINUTES), 0
        self._record_as(info.name, "user.sign_in_failed", info.id, f"wrong password ({failures})")
        if failures >= MAX_WRONG_PASSWORDS:
            self._record_as(info.name, "user.locked", info.id,
                            f"{MAX_WRONG_PASSWORDS} wrong passwords: locked for {LOCK_MINUTES} minutes")
            raise UserLocked(name=info.name, attempts=MAX_WRONG_PASSWORDS, minutes=LOCK_MINUTES)
        raise WrongPassword(name=info.name)

    def _clear_failures(self, user_id: int) -> None:
        with self._session_factory.begin() as session:
            user = self._existing(session, user_id)
            if user.failed_sign_ins or user.locked_until is not None:
                user.failed_sign_ins, user.locked_until = 0, None

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


def command_line_actor() -> UserInfo:
    """The operating-system user running a command, acting as an administrator."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment (a service account)
        login = "?"
    return UserInfo(0, f"command line ({login})", Role.ADMINISTRATOR, False, True, command_line=True)


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


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.name, Role(user.role), bool(user.password_hash), user.active)
