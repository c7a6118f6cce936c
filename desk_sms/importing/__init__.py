"""Reading rosters (xlsx, xls, ods, csv), mapping their columns, and writing exports.

("import" is a Python keyword, hence "importing".) Everything here is pure file
work: no database, no Qt. Problems with the user's file are raised as
`ImportFileError` with a stable code; the UI and CLI turn codes into text.
"""

from __future__ import annotations

from typing import Any


class ImportFileError(Exception):
    """A problem with the file the user chose, not a bug.

    Attributes:
        code: Stable identifier (one of `ImportFileCode`), used for translation.
        params: Details for the message, e.g. ``row`` or ``limit``.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.code} ({details})" if details else self.code


class ImportFileCode:
    """The codes `ImportFileError` is raised with."""

    FILE_NOT_FOUND = "file_not_found"
    FILE_EMPTY = "file_empty"
    FILE_CORRUPT = "file_corrupt"
    FILE_ENCRYPTED = "file_encrypted"
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    SHEET_NOT_FOUND = "sheet_not_found"
    SHEET_EMPTY = "sheet_empty"
    TOO_MANY_ROWS = "too_many_rows"
    ENCODING_UNKNOWN = "encoding_unknown"
    ENCODING_MIXED = "encoding_mixed"
    UNSUPPORTED_EXPORT_FORMAT = "unsupported_export_format"
    BAD_MAP_OPTION = "bad_map_option"


__all__ = ["ImportFileCode", "ImportFileError"]
