"""Two kinds of errors: a `UserError` the user can act on, and everything else (a bug).

A `UserError` carries a stable `code` and parameters; the GUI turns the code into
translated text, the command line prints `message` on one line and exits 1.
"""

from __future__ import annotations

from typing import Any

from desk_sms.wording import human_size, with_sizes


class UserError(Exception):
    """Something the user can fix: bad input, a missing file, a locked database.

    Attributes:
        code: stable identifier, e.g. "db.newer_version"; the UI maps it to text.
        params: values to fill into the message. A byte count is given as ``X_bytes`` and
            written ``{X}`` in the text: each language says the size its own way.
    """

    code = "user_error"
    template = "{detail}"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """A one-line English description (the CLI prints it; the GUI translates the code)."""
        try:
            return self.template.format(**with_sizes(self.params, human_size))
        except (KeyError, IndexError):
            return f"{self.code}: {self.params}"


class DataDirError(UserError):
    code = "data_dir.unwritable"
    template = "The data directory {path} cannot be written: {reason}"


class DatabaseError(UserError):
    code = "db.unreadable"
    template = "The database {path} cannot be opened: {reason}"


class DatabaseUnreachable(UserError):
    code = "db.unreachable"
    template = "The database server {url} cannot be reached: {reason}"


class DatabaseTooNew(UserError):
    code = "db.newer_version"
    template = (
        "The database {path} was made by a newer version of desk-sms (schema {revision}); "
        "please install the newer version. The file was left untouched."
    )


class EngineBusy(UserError):
    code = "engine.busy"
    template = "Another desk-sms ({owner}) is already driving the modems on this database."


class InvalidInput(UserError):
    code = "input.invalid"
    template = "{detail}"


class NotFound(UserError):
    code = "not_found"
    template = "{what} not found: {name}"


class DiskFull(UserError):
    code = "storage.full"
    template = (
        "The disk holding {folder} is full ({free} free): desk-sms cannot save anything there. "
        "Free at least {needed} on that disk. Nothing was lost and the database is intact."
    )


class FolderReadOnly(UserError):
    code = "storage.read_only"
    template = (
        "The data folder {folder} is read-only ({free} free on its disk): desk-sms cannot save anything "
        "there. Make it writable again, or start desk-sms with another --data-dir."
    )


class FolderGone(UserError):
    code = "storage.gone"
    template = (
        "The data folder {folder} is not there any more (a USB stick or network drive that was removed?). "
        "Connect it again; nothing was lost."
    )
