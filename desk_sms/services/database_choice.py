"""Which database the desks use, and moving one into another: administrators only, audited.

The copy itself is `db.transfer`; the choice saved for this computer is `db.location`. This module
adds the role check and the audit entry both need.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from desk_sms.db import location
from desk_sms.db.session import masked
from desk_sms.domain.roles import Permission
from desk_sms.services.users import UsersService


def save_choice(users: UsersService, root: Path, url: str | None) -> None:
    """Use the server at `url` (None: this computer's file) from the next start on."""
    users.require(Permission.MOVE_DATABASE)
    location.save_choice(root, url)
    users.record("database.choose", "", None, masked(url) if url else "this computer's file")


def check_move(users: UsersService) -> None:
    users.require(Permission.MOVE_DATABASE)


def record_move(users: UsersService, target: URL, rows: int, tables: int) -> None:
    """Written into the database moved from, after the copy (the copy holds the trail up to then)."""
    users.record("database.move", "", None, f"{rows} rows in {tables} tables to {masked(target)}")
