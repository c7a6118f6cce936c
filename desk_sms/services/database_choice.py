"""Which database the desks use, and moving one into another: administrators only (a saved choice is audited).

The copy itself is `db.transfer`; the choice saved for this computer is `db.location`. This module
adds the role check both need, and the audit entry for a saved choice.
"""

from __future__ import annotations

from pathlib import Path

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
    """The copy itself is not audited: it leaves the source untouched and the target an exact copy."""
    users.require(Permission.MOVE_DATABASE)
