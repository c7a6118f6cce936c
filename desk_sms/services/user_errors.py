"""What `UsersService` refuses, each with a stable code the window translates."""

from __future__ import annotations

from desk_sms.errors import InvalidInput, UserError


class WrongPassword(UserError):
    code = "users.wrong_password"
    template = "wrong password for {name}"


class NotAllowed(UserError):
    code = "users.not_allowed"
    template = "{action} needs an administrator"


class UserLocked(UserError):
    code = "users.locked"
    template = "{name} is locked after {attempts} wrong passwords; try again in {minutes} minutes"


class PasswordRequiredOnServer(UserError):
    code = "users.password_required_on_server"
    template = "on a shared database server every user needs a password"


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
