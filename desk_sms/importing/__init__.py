"""Reading rosters (xlsx, xls, ods, csv), mapping their columns, and writing exports.

("import" is a Python keyword, hence "importing".) Everything here is pure file
work: no database, no Qt. Problems with the user's file are raised as
`ImportFileError` with a stable code; the UI and CLI turn codes into text.
"""

from __future__ import annotations

from typing import Any

from desk_sms.errors import UserError
from desk_sms.wording import human_size, with_sizes


class ImportFileCode:
    """The codes `ImportFileError` is raised with."""

    FILE_NOT_FOUND = "import.file_not_found"
    FILE_EMPTY = "import.file_empty"
    FILE_CORRUPT = "import.file_corrupt"
    FILE_ENCRYPTED = "import.file_encrypted"
    NOT_A_SPREADSHEET = "import.not_a_spreadsheet"
    SHEET_NOT_FOUND = "import.sheet_not_found"
    SHEET_EMPTY = "import.sheet_empty"
    ALL_SHEETS_HIDDEN = "import.all_sheets_hidden"
    NO_ROWS = "import.no_rows"
    NO_ROWS_BELOW_HEADER = "import.no_rows_below_header"
    VALUE_TOO_LARGE = "import.value_too_large"
    FILE_TOO_LARGE = "import.file_too_large"
    TOO_MANY_ROWS = "import.too_many_rows"
    ENCODING_UNKNOWN = "import.encoding_unknown"
    ENCODING_MIXED = "import.encoding_mixed"
    UNSUPPORTED_EXPORT_FORMAT = "import.unsupported_export_format"
    EXPORT_FAILED = "import.export_failed"
    BAD_MAP_OPTION = "import.bad_map_option"
    UNKNOWN_COLUMN = "import.unknown_column"
    NO_PHONE_COLUMN = "import.no_phone_column"
    HEADER_ROW_NOT_FOUND = "import.header_row_not_found"
    ALREADY_UNDONE = "import.already_undone"


# One-line English messages for the command line; the GUI translates by code.
_TEMPLATES = {
    ImportFileCode.FILE_NOT_FOUND: "File not found: {file}",
    ImportFileCode.FILE_EMPTY: "The file {file} is empty.",
    ImportFileCode.FILE_CORRUPT: "The file {file} is damaged and cannot be read.",
    ImportFileCode.FILE_ENCRYPTED: (
        "The file {file} is protected by a password; save it without a password and try again."
    ),
    ImportFileCode.NOT_A_SPREADSHEET: (
        "The file {file} is not a spreadsheet (xlsx, xls, ods) or a CSV file."
    ),
    ImportFileCode.SHEET_NOT_FOUND: "There is no sheet named {sheet}.",
    ImportFileCode.SHEET_EMPTY: "The sheet {sheet} of {file} is empty.",
    ImportFileCode.ALL_SHEETS_HIDDEN: (
        "Every sheet of {file} is hidden; show the sheet in Excel or name it with --sheet."
    ),
    ImportFileCode.NO_ROWS: "The file {file} has no rows (it holds no text).",
    ImportFileCode.NO_ROWS_BELOW_HEADER: "The file {file} has no rows below the header; nothing to import.",
    ImportFileCode.VALUE_TOO_LARGE: (
        "The file {file} holds one cell, comment or line larger than {limit}; "
        "no roster has one, so the file is not read."
    ),
    ImportFileCode.FILE_TOO_LARGE: (
        "The file {file} holds more than a roster can ({detail}); split it and import the parts."
    ),
    ImportFileCode.TOO_MANY_ROWS: (
        "The file {file} has more than {limit:,} rows; split it and import the parts."
    ),
    ImportFileCode.ENCODING_UNKNOWN: "The text encoding of {file} cannot be recognised.",
    ImportFileCode.ENCODING_MIXED: (
        "The file {file} mixes text encodings (UTF-8 and Shift_JIS) from line {line}; "
        "save it again from Excel as one CSV."
    ),
    ImportFileCode.UNSUPPORTED_EXPORT_FORMAT: "Cannot export to {suffix}: use .xlsx or .csv.",
    ImportFileCode.EXPORT_FAILED: "Cannot write {file}: {reason} (is it open in another program?)",
    ImportFileCode.BAD_MAP_OPTION: "Bad --map value {option}: {reason}",
    ImportFileCode.UNKNOWN_COLUMN: "There is no column {column} in the file.",
    ImportFileCode.HEADER_ROW_NOT_FOUND: "Row {row} cannot be the header: it is empty or too far down.",
    ImportFileCode.ALREADY_UNDONE: "Import {batch} was already undone.",
    ImportFileCode.NO_PHONE_COLUMN: "No column with phone numbers was found; choose one with --map.",
}


class ImportFileError(UserError):
    """A problem with the file the user chose (or how to read it), not a bug.

    Attributes:
        code: Stable identifier (one of `ImportFileCode`), used for translation.
        params: Details for the message, e.g. ``file``, ``row`` or ``limit``.
    """

    code = "import.failed"

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)

    @property
    def message(self) -> str:
        template = _TEMPLATES.get(self.code)
        try:
            params = with_sizes(self.params, human_size)
            return template.format(**params) if template else f"{self.code}: {self.params}"
        except (KeyError, IndexError):
            return f"{self.code}: {self.params}"


__all__ = ["ImportFileCode", "ImportFileError"]
