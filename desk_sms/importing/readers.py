"""Streaming row readers for rosters: .xlsx/.xlsm, .xls, .xlsb, .ods and .csv.

The file's content decides the format, not its name: offices rename files,
and web systems hand out CSV or HTML called ``.xls``. Every cell comes out as
text (a phone stored as 9012345678.0 becomes ``9012345678``, a date
``2024-04-01``), empty rows are skipped and row numbers are the sheet's own,
so an error report can point at the row the user sees.

xls/xlsb/ods and xlsx sheets of moderate size are loaded by calamine; bigger
xlsx sheets are streamed (openpyxl read-only); CSV is decoded strictly while streaming.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import python_calamine

from desk_sms.importing import ImportFileCode, ImportFileError, xlsx_sheet
from desk_sms.importing.cells import MergeFiller, ReadWarning, ReadWarningCode, cell_text
from desk_sms.importing.encodings import SAMPLE_SIZE, detect_csv_encoding
from desk_sms.importing.ods_sheet import ods_merges

DEFAULT_MAX_ROWS = 200_000
DEFAULT_MAX_CELL_CHARS = 1_000
# Sheet XML up to this size (about 100,000 rows of ten columns) is read by calamine in memory.
CALAMINE_XLSX_MAX_XML_BYTES = 24 << 20
__all__ = [
    "DEFAULT_MAX_CELL_CHARS",
    "DEFAULT_MAX_ROWS",
    "ReadWarning",
    "ReadWarningCode",
    "RowSource",
    "SheetRow",
    "cell_text",
    "open_rows",
    "sheet_names",
]
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_CSV_DELIMITERS = ",\t;"
_SNIFF_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One non-empty row: its 1-based number in the sheet and its cells as text."""

    number: int
    values: list[str]


class RowSource:
    """The rows of one sheet, read lazily; use as a context manager.

    Attributes:
        sheet: The sheet read, or None for CSV.
        total: Rows the file declares (empty rows included); a progress hint, may be None.
        warnings: Grows while the rows are read.
    """

    def __init__(
        self,
        rows: Iterator[SheetRow],
        *,
        sheet: str | None,
        total: int | None,
        warnings: list[ReadWarning],
        close: Callable[[], None] = lambda: None,
    ) -> None:
        self._rows = rows
        self._close = close
        self.sheet = sheet
        self.total = total
        self.warnings = warnings

    def __iter__(self) -> Iterator[SheetRow]:
        return self

    def __next__(self) -> SheetRow:
        return next(self._rows)

    def close(self) -> None:
        self._close()

    def __enter__(self) -> RowSource:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class _RawSheet:
    """What a format-specific opener hands to the common row pipeline."""

    name: str | None
    rows: Iterator[tuple[int, Iterable[object]]]  # (1-based row number, raw cells from column A)
    total: int | None
    merges: list[xlsx_sheet.CellRange]
    close: Callable[[], None]


def sheet_names(path: str | Path) -> list[str]:
    """Names of the sheets in a workbook, in file order; [] for a CSV file."""
    path = Path(path)
    kind = _sniff_format(path)
    if kind == "csv":
        return []
    if kind == "xlsx":
        return xlsx_sheet.sheet_names(path)
    return _open_calamine(path).sheet_names


def open_rows(
    path: str | Path,
    sheet: str | None = None,
    *,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
) -> RowSource:
    """Open one sheet (the first visible one by default) for streaming.

    Raises:
        ImportFileError: The file cannot be read (see `ImportFileCode`); also
            raised while iterating for ``too_many_rows`` and ``encoding_mixed``.
    """
    path = Path(path)
    warnings: list[ReadWarning] = []
    kind = _sniff_format(path)
    if kind == "csv":
        raw = _open_csv(path, warnings)
    elif kind == "xlsx":
        raw = _open_xlsx(path, sheet, warnings)
    else:
        raw = _open_calamine_sheet(path, sheet, is_ods=kind == "ods")
    rows = _pipeline(raw, warnings, max_rows, max_cell_chars)
    first = _first_row_or_close(rows, raw)
    return RowSource(
        itertools.chain([first], rows),
        sheet=raw.name,
        total=raw.total,
        warnings=warnings,
        close=raw.close,
    )


# --- format detection -------------------------------------------------------------------


def _sniff_format(path: Path) -> str:
    """ "xlsx", "ods", "calamine" (xls/xlsb) or "csv", judged by content."""
    head = _read_head(path)
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return "calamine"  # .xls, or an encrypted OOXML file: calamine tells them apart
    if path.suffix.lower() in CSV_SUFFIXES or _looks_like_csv(head):
        return "csv"
    raise ImportFileError(ImportFileCode.NOT_A_SPREADSHEET, file=path.name)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(8192)
    except FileNotFoundError:
        raise ImportFileError(ImportFileCode.FILE_NOT_FOUND, file=str(path)) from None
    except IsADirectoryError:
        raise ImportFileError(ImportFileCode.NOT_A_SPREADSHEET, file=path.name) from None
    if not head:
        raise ImportFileError(ImportFileCode.FILE_EMPTY, file=path.name)
    return head


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:60] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype.startswith(_ODS_MIMETYPE):
        return "ods"
    if "xl/workbook.bin" in names:
        return "calamine"
    raise ImportFileError(ImportFileCode.NOT_A_SPREADSHEET, file=path.name)


def _looks_like_csv(head: bytes) -> bool:
    """Text that is not HTML/XML: a CSV export saved under a spreadsheet's name."""
    try:
        encoding = detect_csv_encoding(head)
    except ImportFileError:
        return False
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    return bool(text) and not text.startswith("<")


# --- xlsx (streamed by openpyxl) ------------------------------------------------------------


def _open_xlsx(path: Path, sheet: str | None, warnings: list[ReadWarning]) -> _RawSheet:
    name, xml_path = xlsx_sheet.locate_sheet_quickly(path, sheet) or xlsx_sheet.locate_sheet(path, sheet)
    facts = xlsx_sheet.scan_sheet_xml(path, xml_path)
    if facts.formulas_without_values:
        warnings.append(ReadWarning(ReadWarningCode.FORMULAS_WITHOUT_VALUES))
    if xlsx_sheet.sheet_xml_size(path, xml_path) > CALAMINE_XLSX_MAX_XML_BYTES:
        opened = xlsx_sheet.open_sheet(path, name)
        return _RawSheet(opened.name, opened.rows, opened.total, facts.merges, opened.close)
    # calamine reads the values over ten times faster than openpyxl (most of an import's
    # time went there) but holds the sheet in memory: only for sheets of bounded size;
    # bigger ones stream through openpyxl. openpyxl still names, checks and scans the sheet.
    loaded = _open_calamine_sheet(path, name, is_ods=False)
    return _RawSheet(name, loaded.rows, loaded.total, facts.merges, loaded.close)


# --- xls / xlsb / ods (calamine) ------------------------------------------------------------


def _open_calamine(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ImportFileError(ImportFileCode.FILE_ENCRYPTED, file=path.name) from None
    except (python_calamine.CalamineError, OSError, ValueError):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


def _open_calamine_sheet(path: Path, sheet: str | None, is_ods: bool) -> _RawSheet:
    workbook = _open_calamine(path)
    try:
        name = sheet if sheet is not None else _first_visible_calamine_sheet(workbook)
        if name not in workbook.sheet_names:
            raise ImportFileError(ImportFileCode.SHEET_NOT_FOUND, sheet=name)
        data = workbook.get_sheet_by_name(name)
        rows = data.to_python(skip_empty_area=False)
    except python_calamine.CalamineError:
        workbook.close()
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    except BaseException:
        workbook.close()
        raise
    # WORKAROUND(python-calamine 0.9): merged ranges are reported for xls only.
    merges = (
        ods_merges(path, name)
        if is_ods
        else [
            xlsx_sheet.CellRange(top + 1, left + 1, bottom + 1, right + 1)
            for (top, left), (bottom, right) in (data.merged_cell_ranges or [])
        ]
    )
    numbered = ((number, row) for number, row in enumerate(rows, start=1))
    return _RawSheet(name, numbered, len(rows), merges, workbook.close)


def _first_visible_calamine_sheet(workbook: python_calamine.CalamineWorkbook) -> str:
    for meta in workbook.sheets_metadata:
        if meta.visible == python_calamine.SheetVisibleEnum.Visible:
            return str(meta.name)
    raise ImportFileError(ImportFileCode.SHEET_EMPTY, sheet="")


# --- csv ------------------------------------------------------------------------------------


def _open_csv(path: Path, warnings: list[ReadWarning]) -> _RawSheet:
    with path.open("rb") as stream:
        sample = stream.read(SAMPLE_SIZE)
    encoding = detect_csv_encoding(sample)
    if path.suffix.lower() not in CSV_SUFFIXES:
        warnings.append(ReadWarning(ReadWarningCode.CSV_WITH_SPREADSHEET_NAME))
    delimiter = _sniff_delimiter(sample[:_SNIFF_BYTES].decode(encoding, errors="ignore"))
    binary = path.open("rb")
    reader = csv.reader(_decoded_lines(binary, encoding), delimiter=delimiter)
    total = _estimated_lines(sample, path.stat().st_size)
    return _RawSheet(None, _csv_rows(reader, path.name), total, [], binary.close)


def _estimated_lines(sample: bytes, file_size: int) -> int:
    """Lines in the file, extrapolated from the sample: a progress-bar hint, not a count."""
    lines = sample.count(b"\n") or 1
    if len(sample) >= file_size:
        return lines
    return round(file_size * lines / len(sample))


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS).delimiter
    except csv.Error:
        # The sniffer gives up on one-column files and ragged rows; count instead.
        first_line = sample.lstrip("\ufeff").split("\n", 1)[0]
        return "\t" if first_line.count("\t") > first_line.count(",") else ","


def _decoded_lines(binary: BinaryIO, encoding: str) -> Iterator[str]:
    """Decode strictly, one physical line at a time, so an error can name its line.

    Splitting bytes at newlines is safe for the byte-oriented encodings (no
    CP932 or UTF-8 trail byte is 0x0A); UTF-16/32 are decoded as a whole stream.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        yield from io.TextIOWrapper(binary, encoding=encoding, newline="")
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    for line_number, line in enumerate(binary, start=1):
        try:
            yield decoder.decode(line)
        except UnicodeDecodeError:
            raise ImportFileError(ImportFileCode.ENCODING_MIXED, line=line_number) from None


def _csv_rows(reader: Iterator[list[str]], file_name: str) -> Iterator[tuple[int, Iterable[object]]]:
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise ImportFileError(ImportFileCode.ENCODING_MIXED, line=number + 1) from None
        except csv.Error as exc:
            raise ImportFileError(
                ImportFileCode.FILE_CORRUPT, file=file_name, row=number + 1, detail=str(exc)
            ) from None
        number += 1
        yield number, cells


# --- the common pipeline --------------------------------------------------------------------


def _pipeline(
    raw: _RawSheet, warnings: list[ReadWarning], max_rows: int | None, max_cell_chars: int
) -> Iterator[SheetRow]:
    filler = MergeFiller(raw.merges, warnings)
    count = 0
    for number, cells in raw.rows:
        values = _row_text(number, cells, max_cell_chars, warnings)
        if not values:
            continue
        count += 1
        if max_rows is not None and count > max_rows:
            raise ImportFileError(ImportFileCode.TOO_MANY_ROWS, limit=max_rows)
        yield SheetRow(number, filler.fill(number, values))


def _row_text(number: int, cells: Iterable[object], max_chars: int, warnings: list[ReadWarning]) -> list[str]:
    values = [cell_text(cell) for cell in cells]
    while values and not values[-1].strip():
        values.pop()
    for column, value in enumerate(values, start=1):
        if len(value) > max_chars:
            values[column - 1] = value[:max_chars]
            warnings.append(
                ReadWarning(ReadWarningCode.CELL_TRUNCATED, number, column, {"length": len(value)})
            )
    return values


def _first_row_or_close(rows: Iterator[SheetRow], raw: _RawSheet) -> SheetRow:
    try:
        return next(rows)
    except StopIteration:
        raw.close()
        raise ImportFileError(ImportFileCode.SHEET_EMPTY, sheet=raw.name) from None
    except BaseException:
        raw.close()
        raise
