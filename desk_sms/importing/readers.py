"""Streaming row readers for rosters: .xlsx/.xlsm, .xls, .xlsb, .ods and .csv.

The file's content decides the format, not its name: offices rename files,
and web systems hand out CSV or HTML called ``.xls``. Every cell comes out as
text (a phone stored as 9012345678.0 becomes ``9012345678``, a date
``2024-04-01``), empty rows are skipped and row numbers are the sheet's own,
so an error report can point at the row the user sees.

Before any reader allocates, the sheet's real extent is measured while
streaming it (the cells that hold something, never the declared size): a
sheet whose area from A1 to its furthest filled cell is small is loaded by
calamine (ten times faster); a bigger one is streamed row by row. Filled cells
far from the table (right of `MAX_COLUMNS`, or below a gap of `FAR_ROW_GAP`
empty rows) are ignored with one warning. Every XML part is first checked for
items no roster has (`xml_guard`). .xls and .xlsb workbooks are loaded by
calamine after their far cells are taken out (`xls_sheet`, `xlsb_sheet`).
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import python_calamine

from desk_sms.importing import ImportFileCode, ImportFileError, xls_sheet, xlsb_sheet, xlsx_sheet
from desk_sms.importing.cells import (
    FAR_ROW_GAP,
    MAX_COLUMNS,
    FarCells,
    MergeFiller,
    ReadWarning,
    ReadWarningCode,
    cell_text,
)
from desk_sms.importing.csv_sheet import CSV_SUFFIXES, open_csv
from desk_sms.importing.encodings import detect_csv_encoding
from desk_sms.importing.ods_sheet import OdsSheet, ods_rows, scan_ods
from desk_sms.importing.xml_guard import check_package_part

DEFAULT_MAX_ROWS = 200_000
DEFAULT_MAX_CELL_CHARS = 1_000
# Sheet XML up to this size (about 100,000 rows of ten columns) is read by calamine in memory,
CALAMINE_XLSX_MAX_XML_BYTES = 24 << 20
# and only when the area from A1 to the furthest filled cell is at most this many cells.
CALAMINE_MAX_CELLS = 2_000_000
# calamine holds every sheet of an ODS file at once, and ODS cells cost it more (about 250 bytes each).
ODS_CALAMINE_MAX_CELLS = 400_000
__all__ = [
    "DEFAULT_MAX_CELL_CHARS",
    "DEFAULT_MAX_ROWS",
    "MAX_COLUMNS",
    "ReadWarning",
    "ReadWarningCode",
    "RowSource",
    "SheetRow",
    "cell_text",
    "open_rows",
    "sheet_names",
]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


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
    if kind == "ods":
        return [sheet.name for sheet in scan_ods(path)]
    names = xls_sheet.sheet_names(path) if kind == "xls" else None
    if names is not None:
        return names  # calamine would build every sheet of an .xls to name them
    workbook = _open_calamine(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


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
    far = FarCells()
    kind = _sniff_format(path)
    if kind == "csv":
        raw = _open_csv(path, warnings)
    elif kind == "xlsx":
        raw = _open_xlsx(path, sheet, warnings, far)
    elif kind == "ods":
        raw = _open_ods(path, sheet, far)
    elif kind == "xls":
        raw = _open_xls(path, sheet, far)
    else:
        raw = _open_xlsb(path, sheet, far)
    rows = _pipeline(raw, path.name, warnings, far, max_rows, max_cell_chars)
    first = _first_row_or_close(rows, raw, path)
    return RowSource(
        itertools.chain([first], rows),
        sheet=raw.name,
        total=raw.total,
        warnings=warnings,
        close=raw.close,
    )


# --- format detection -------------------------------------------------------------------


def _sniff_format(path: Path) -> str:
    """ "xlsx", "ods", "xls" (or an encrypted file), "calamine" (xlsb) or "csv", judged by content."""
    head = _read_head(path)
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return "xls"  # .xls, or an encrypted OOXML file: calamine tells them apart
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
            parts = archive.infolist()
            names = {part.filename for part in parts}
            mimetype = archive.read("mimetype")[:60] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    if "xl/workbook.xml" in names:
        kind = "xlsx"
    elif mimetype.startswith(_ODS_MIMETYPE):
        kind = "ods"
    elif "xl/workbook.bin" in names:
        kind = "calamine"
        xlsb_sheet.check_binary_parts(path, parts)
    else:
        raise ImportFileError(ImportFileCode.NOT_A_SPREADSHEET, file=path.name)
    for name in sorted(names):
        check_package_part(path, name)
    return kind


def _looks_like_csv(head: bytes) -> bool:
    """Text that is not HTML/XML: a CSV export saved under a spreadsheet's name."""
    try:
        encoding = detect_csv_encoding(head)
    except ImportFileError:
        return False
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    return bool(text) and not text.startswith("<")


# --- xlsx (streamed by openpyxl) ------------------------------------------------------------


def _open_xlsx(path: Path, sheet: str | None, warnings: list[ReadWarning], far: FarCells) -> _RawSheet:
    name, xml_path = xlsx_sheet.locate_sheet_quickly(path, sheet) or xlsx_sheet.locate_sheet(path, sheet)
    facts = xlsx_sheet.scan_sheet_xml(path, xml_path)
    if facts.formulas_without_values:
        warnings.append(ReadWarning(ReadWarningCode.FORMULAS_WITHOUT_VALUES))
    if facts.xml_bytes > CALAMINE_XLSX_MAX_XML_BYTES or facts.area > CALAMINE_MAX_CELLS:
        opened = xlsx_sheet.open_sheet(path, name, far, total=facts.filled_rows or None)
        return _RawSheet(opened.name, opened.rows, opened.total, facts.merges, opened.close)
    # calamine reads the values over ten times faster than openpyxl (most of an import's
    # time went there) but holds the sheet's whole area in memory: only for small areas.
    loaded = _open_calamine_sheet(path, name, with_merges=False)
    return _RawSheet(name, loaded.rows, facts.filled_rows or None, facts.merges, loaded.close)


def _open_ods(path: Path, sheet: str | None, far: FarCells) -> _RawSheet:
    """calamine loads every sheet of an ODS file at once: only when all of them are small."""
    sheets = scan_ods(path)
    chosen = _chosen_ods_sheet(path, sheets, sheet)
    if sum(each.area for each in sheets) <= ODS_CALAMINE_MAX_CELLS:
        loaded = _open_calamine_sheet(path, chosen.name, with_merges=False)
        return _RawSheet(chosen.name, loaded.rows, chosen.filled_rows, chosen.merges, loaded.close)
    rows = ods_rows(path, chosen.name, far)
    return _RawSheet(chosen.name, rows, chosen.filled_rows, chosen.merges, rows.close)


def _chosen_ods_sheet(path: Path, sheets: list[OdsSheet], sheet: str | None) -> OdsSheet:
    for each in sheets:
        if each.name == sheet or (sheet is None and each.visible):
            return each
    if sheet is not None:
        raise ImportFileError(ImportFileCode.SHEET_NOT_FOUND, sheet=sheet)
    if sheets:
        raise ImportFileError(ImportFileCode.ALL_SHEETS_HIDDEN, file=path.name)
    raise ImportFileError(ImportFileCode.NO_ROWS, file=path.name)  # no sheet at all


# --- xls / xlsb / ods (calamine) ------------------------------------------------------------


def _open_xls(path: Path, sheet: str | None, far: FarCells) -> _RawSheet:
    return _open_prepared(path, sheet, xls_sheet.prepare_xls(path, sheet, far, CALAMINE_MAX_CELLS))


def _open_xlsb(path: Path, sheet: str | None, far: FarCells) -> _RawSheet:
    return _open_prepared(path, sheet, xlsb_sheet.prepare_xlsb(path, sheet, far, CALAMINE_MAX_CELLS))


def _open_prepared(path: Path, sheet: str | None, prepared: tuple[Path, Callable[[], None]]) -> _RawSheet:
    """calamine on the copy `xls_sheet` or `xlsb_sheet` made without the far cells (or the file itself)."""
    readable, clean_up = prepared
    try:
        raw = _open_calamine_sheet(readable, sheet, with_merges=True, shown_as=path)
    except BaseException:
        clean_up()
        raise

    def close() -> None:
        raw.close()
        clean_up()

    return _RawSheet(raw.name, raw.rows, raw.total, raw.merges, close)


def _open_calamine(path: Path, shown_as: Path | None = None) -> python_calamine.CalamineWorkbook:
    """Open with calamine; errors name ``shown_as`` (the user's file, when ``path`` is a copy)."""
    file_name = (shown_as or path).name
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise ImportFileError(ImportFileCode.FILE_ENCRYPTED, file=file_name) from None
    except (python_calamine.CalamineError, OSError, ValueError):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=file_name) from None


def _open_calamine_sheet(
    path: Path, sheet: str | None, with_merges: bool, shown_as: Path | None = None
) -> _RawSheet:
    shown_as = shown_as or path
    workbook = _open_calamine(path, shown_as)
    try:
        name = sheet if sheet is not None else _first_visible_calamine_sheet(workbook, shown_as)
        if name not in workbook.sheet_names:
            raise ImportFileError(ImportFileCode.SHEET_NOT_FOUND, sheet=name)
        data = workbook.get_sheet_by_name(name)
        rows = data.to_python(skip_empty_area=False)
    except (python_calamine.CalamineError, OSError, ValueError):
        workbook.close()
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=shown_as.name) from None
    except BaseException:
        workbook.close()
        raise
    # WORKAROUND(python-calamine 0.9): merged ranges are reported for xls only.
    merges = [
        xlsx_sheet.CellRange(top + 1, left + 1, bottom + 1, right + 1)
        for (top, left), (bottom, right) in ((data.merged_cell_ranges or []) if with_merges else [])
    ]
    numbered = ((number, row) for number, row in enumerate(rows, start=1))
    return _RawSheet(name, numbered, len(rows), merges, workbook.close)


def _first_visible_calamine_sheet(workbook: python_calamine.CalamineWorkbook, path: Path) -> str:
    for meta in workbook.sheets_metadata:
        if meta.visible == python_calamine.SheetVisibleEnum.Visible:
            return str(meta.name)
    if workbook.sheets_metadata:
        raise ImportFileError(ImportFileCode.ALL_SHEETS_HIDDEN, file=path.name)
    raise ImportFileError(ImportFileCode.NO_ROWS, file=path.name)  # no sheet at all


# --- csv ------------------------------------------------------------------------------------


def _open_csv(path: Path, warnings: list[ReadWarning]) -> _RawSheet:
    opened = open_csv(path)
    if opened.spreadsheet_name:
        warnings.append(ReadWarning(ReadWarningCode.CSV_WITH_SPREADSHEET_NAME))
    return _RawSheet(None, opened.rows, opened.total, [], opened.close.close)


# --- the common pipeline --------------------------------------------------------------------


def _pipeline(
    raw: _RawSheet,
    file_name: str,
    warnings: list[ReadWarning],
    far: FarCells,
    max_rows: int | None,
    max_cell_chars: int,
) -> Iterator[SheetRow]:
    filler = MergeFiller(raw.merges, warnings)
    count = last = 0
    far_below = False
    for number, cells in raw.rows:
        values = _row_text(number, cells, max_cell_chars, warnings, far)
        if not values:
            continue
        far_below = far_below or (last > 0 and number - last - 1 > FAR_ROW_GAP)
        if far_below:
            for column, value in enumerate(values, start=1):
                if value.strip():
                    far.note(number, column)
            continue
        count, last = count + 1, number
        if max_rows is not None and count > max_rows:
            raise ImportFileError(ImportFileCode.TOO_MANY_ROWS, file=file_name, limit=max_rows)
        yield SheetRow(number, filler.fill(number, values))
    far_warning = far.warning()
    if far_warning is not None:
        warnings.append(far_warning)


def _row_text(
    number: int, cells: Iterable[object], max_chars: int, warnings: list[ReadWarning], far: FarCells
) -> list[str]:
    values = [cell_text(cell) for cell in cells]
    if len(values) > MAX_COLUMNS:
        for column in range(MAX_COLUMNS + 1, len(values) + 1):
            if values[column - 1].strip():
                far.note(number, column)
        del values[MAX_COLUMNS:]
    while values and not values[-1].strip():
        values.pop()
    for column, value in enumerate(values, start=1):
        if len(value) > max_chars:
            values[column - 1] = value[:max_chars]
            warnings.append(
                ReadWarning(ReadWarningCode.CELL_TRUNCATED, number, column, {"length": len(value)})
            )
    return values


def _first_row_or_close(rows: Iterator[SheetRow], raw: _RawSheet, path: Path) -> SheetRow:
    try:
        return next(rows)
    except StopIteration:
        raw.close()
        if raw.name is None:
            raise ImportFileError(ImportFileCode.NO_ROWS, file=path.name) from None
        raise ImportFileError(ImportFileCode.SHEET_EMPTY, sheet=raw.name, file=path.name) from None
    except BaseException:
        raw.close()
        raise
