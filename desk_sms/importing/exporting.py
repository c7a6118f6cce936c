"""Write tables (contacts, messages, import errors) to .xlsx or .csv, safely.

Safe twice over: characters a spreadsheet cannot hold (control characters,
lone surrogates) are removed first, then a cell that a spreadsheet would run
as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a CR; "CSV
injection") gets a leading single quote. In that order: removing a leading
``\x01`` after the check would uncover ``=1+1``. The file is written beside
the target and renamed into place, so a failed export never leaves half a
file (`prepare_table` keeps it aside until the caller publishes it). CSV is
UTF-8 with a BOM: without it, Japanese Excel reads UTF-8 as CP932 and shows
mojibake. An .xlsx sheet holds at most 16,384 columns: wider rows
keep their first columns and the result says how many rows were cut.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desk_sms.importing import ImportFileCode, ImportFileError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_CELL_CHARS = 32_767  # Excel refuses (and "repairs") longer cells
XLSX_MAX_COLUMNS = 16_384  # column XFD, the last one Excel has
# Not allowed in XML 1.0 (so not in .xlsx), and meaningless in a CSV cell: C0 controls but
# tab/LF/CR, lone surrogates (not encodable as UTF-8) and the non-characters U+FFFE/U+FFFF.
_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What `export_table` wrote: data rows, and rows cut to the format's last column."""

    rows: int
    rows_cut: int = 0
    columns_kept: int = XLSX_MAX_COLUMNS


def export_rows(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "desk-sms",
) -> int:
    """Write a header row and data rows; the format follows the suffix (.xlsx or .csv).

    Rows are consumed lazily, so a generator of 100k contacts is never all in memory.

    Returns:
        The number of data rows written (`export_table` also tells about cut rows).

    Raises:
        ImportFileError: ``unsupported_export_format`` for another suffix,
            ``export_failed`` when the file cannot be written (e.g. open in Excel).
    """
    return export_table(path, headers, rows, sheet_title=sheet_title).rows


def export_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "desk-sms",
) -> ExportResult:
    """`export_rows`, also saying how many rows were wider than the format allows."""
    prepared = prepare_table(path, headers, rows, sheet_title=sheet_title)
    try:
        return prepared.publish()
    finally:
        prepared.discard()


class PreparedExport:
    """A finished export in a temporary file beside its target, until `publish` puts it in place.

    Lets a caller write its file before it commits anything else, and make the
    file visible only when everything else went well (`discard` otherwise).
    """

    def __init__(self, temporary: Path, target: Path, result: ExportResult) -> None:
        self._temporary = temporary
        self.target = target
        self.result = result

    def publish(self) -> ExportResult:
        """Rename the file into place (replacing an older one); raises ``export_failed``."""
        try:
            os.replace(self._temporary, self.target)
        except OSError as exc:
            raise _export_failed(self.target, exc) from None
        return self.result

    def discard(self) -> None:
        """Remove the prepared file (nothing once it is published)."""
        self._temporary.unlink(missing_ok=True)


def prepare_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "desk-sms",
) -> PreparedExport:
    """Write the table beside ``path`` (as `export_table` would) without replacing ``path`` yet.

    Raises:
        ImportFileError: as `export_rows`; also when ``path`` is a folder or an existing
            file that cannot be replaced (open in Excel on Windows), so `publish` rarely fails.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ImportFileError(ImportFileCode.UNSUPPORTED_EXPORT_FORMAT, suffix=suffix or path.name)
    _check_replaceable(path)
    with _aside(path) as temporary:
        if suffix == ".xlsx":
            result = _write_xlsx(temporary, headers, rows, sheet_title)
        else:
            result = _write_csv(temporary, headers, rows)
    return PreparedExport(temporary, path, result)


def clean_text(text: str) -> str:
    """``text`` without the characters no spreadsheet cell may hold."""
    return _ILLEGAL_RE.sub("", text)


def safe_text(text: str) -> str:
    """Text for an exported cell: cleaned first, then neutralised (never the other way round)."""
    return neutralise(clean_text(text))


def neutralise(text: str) -> str:
    """Text a spreadsheet will show, never evaluate. Clean it first (see `safe_text`)."""
    # A leading quote is escaped too, so that reading the export back (unneutralise) is exact.
    return "'" + text if text.startswith((*FORMULA_TRIGGERS, "'")) else text


def unneutralise(text: str) -> str:
    """Undo `neutralise`, for reading our own exports back in."""
    if text.startswith("'") and text[1:].startswith((*FORMULA_TRIGGERS, "'")):
        return text[1:]
    return text


def csv_value(value: object) -> str:
    """A value as CSV text: dates in ISO 8601, None as empty, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return safe_text(str(value))


def _xlsx_value(value: object) -> Any:
    """Numbers and naive dates stay typed; aware datetimes become ISO text (Excel has no zones)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.isoformat()
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value
    return safe_text(str(value))[:XLSX_MAX_CELL_CHARS]


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> ExportResult:
    """CSV has no column limit: every column is written."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")  # CRLF, as Excel writes and expects
        writer.writerow([csv_value(header) for header in headers])
        for row in rows:
            writer.writerow([csv_value(value) for value in row])
            count += 1
    return ExportResult(count)


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], title: str
) -> ExportResult:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])  # Excel's limit on sheet names
    sheet.freeze_panes = "A2"
    sheet.append([_header_cell(sheet, header) for header in headers[:XLSX_MAX_COLUMNS]])
    cut = int(len(headers) > XLSX_MAX_COLUMNS)
    count = 0
    for row in rows:
        if len(row) > XLSX_MAX_COLUMNS:
            row, cut = row[:XLSX_MAX_COLUMNS], cut + 1
        sheet.append([_text_cell(sheet, _xlsx_value(value)) for value in row])
        count += 1
    workbook.save(path)
    return ExportResult(count, cut)


def _header_cell(sheet: Any, header: str) -> Any:
    cell = _text_cell(sheet, _xlsx_value(header))
    cell.font = Font(bold=True)
    return cell


def _text_cell(sheet: Any, value: Any) -> Any:
    """A cell whose text is stored as text: openpyxl would turn ``=…`` into a formula."""
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _check_replaceable(path: Path) -> None:
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder")
        if path.exists():
            with path.open("r+b"):  # refused while another program holds the file
                pass
    except OSError as exc:
        raise _export_failed(path, exc) from None


@contextmanager
def _aside(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``, removed again when writing it fails."""
    try:
        handle, name = tempfile.mkstemp(prefix=".export-", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise _export_failed(path, exc) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _export_failed(path, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _export_failed(path: Path, exc: OSError) -> ImportFileError:
    return ImportFileError(ImportFileCode.EXPORT_FAILED, file=str(path), reason=exc.strerror or str(exc))
