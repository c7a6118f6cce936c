"""Who may do what: the one place that decides it.

Services ask `may(role, permission)` (through `UsersService.require`) before an administrative
action, and the window asks the same question to hide what a role may not do. An operator does
the daily work (contacts, messages, the inbox); an administrator also manages the desk.
"""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    OPERATOR = "operator"


class Permission(enum.StrEnum):
    """Administrative actions. The value names the action in an error message."""

    CHANGE_SETTINGS = "changing settings"
    MANAGE_MODEMS = "managing modems"
    MANAGE_USERS = "managing users"
    BACKUP = "making a backup"
    RESTORE = "restoring a backup"
    MOVE_DATABASE = "moving the database"
    APPROVE = "approving a campaign"
    DELETE_SCHEDULED = "deleting what a schedule uses"
    ASSIGN_OTHERS = "assigning a conversation to someone else"
    MANAGE_API = "managing the API and its keys"
    MANAGE_RULES = "changing the rules for incoming messages"


# Every permission above is an administrator's; the table stays explicit so a new permission
# is a conscious choice.
_GRANTED: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.OPERATOR: frozenset(),
}


def may(role: Role | str, permission: Permission) -> bool:
    return permission in _GRANTED[Role(role)]
