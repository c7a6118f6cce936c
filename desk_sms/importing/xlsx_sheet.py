"""The xlsx side of the readers: openpyxl in streaming mode, plus what it cannot tell.

openpyxl's read-only mode streams rows in constant memory but knows nothing
of merged cells (they are listed after the rows in the sheet XML) and returns
None for a formula whose value was never calculated (a file written by a
program, never opened in Excel). `scan_sheet_xml` finds both by scanning the
sheet's XML bytes once, chunk by chunk, without building a tree; the same pass
measures the sheet's real extent (the cells that hold something, not the
declared size) and refuses oversized items (see `xml_guard`).
"""

from __future__ import annotations

import posixpath
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.worksheet._reader import WorkSheetParser

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.cells import MAX_COLUMNS, FarCells
from desk_sms.importing.xml_guard import TokenGuard, TokenTooLarge, value_too_large

_CHUNK = 1 << 20
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OVERLAP = 512  # longer than any tag we look for, so a match cut by a chunk edge is seen
# A cell that is not self-closing (``<c r="A1" s="2"/>`` is formatting only): it holds something.
_FILLED_CELL_RE = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(?<!/)>')
_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
# A formula element directly followed by the end of its cell, or by an empty value.
_UNCACHED_FORMULA_RE = re.compile(
    rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_BROKEN_FILE_ERRORS = (
    KeyError,
    ValueError,
    TypeError,
    EOFError,
    OSError,
    ParseError,
    zipfile.BadZipFile,
    zlib.error,
)


@dataclass(frozen=True, slots=True, order=True)
class CellRange:
    """A rectangle of cells, 1-based and inclusive."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    @property
    def ref(self) -> str:
        start = f"{get_column_letter(self.min_col)}{self.min_row}"
        return f"{start}:{get_column_letter(self.max_col)}{self.max_row}"


@dataclass(frozen=True, slots=True)
class SheetXmlFacts:
    """What one streamed pass over a sheet's XML tells.

    Attributes:
        max_row, max_column: The furthest cell that holds something (0 when none).
        filled_rows: Rows with at least one such cell.
    """

    merges: list[CellRange]
    formulas_without_values: bool
    max_row: int = 0
    max_column: int = 0
    filled_rows: int = 0
    xml_bytes: int = 0

    @property
    def area(self) -> int:
        """Cells from A1 to the furthest filled one: what an in-memory reader allocates."""
        return self.max_row * self.max_column


class _Extent:
    """The furthest filled cell and the number of filled rows, from regex matches."""

    def __init__(self) -> None:
        self.max_row = self.max_column = self.rows = 0
        self._letters = b""

    def add(self, found: list[tuple[bytes, bytes]]) -> None:
        if not found:
            return
        columns, rows = zip(*found, strict=True)
        letters = max(set(columns), key=lambda text: (len(text), text))
        if (len(letters), letters) > (len(self._letters), self._letters):
            self._letters = letters
            self.max_column = column_index_from_string(letters.decode("ascii"))
        # Rows come in ascending order; a match seen again in the chunk overlap is not new.
        numbers = sorted(number for number in map(int, set(rows)) if number > self.max_row)
        self.rows += len(numbers)
        if numbers:
            self.max_row = numbers[-1]


@dataclass(frozen=True, slots=True)
class OpenedSheet:
    name: str
    xml_path: str
    rows: Iterator[tuple[int, Iterable[object]]]
    total: int | None
    close: Callable[[], None]


def sheet_names(path: Path) -> list[str]:
    quick = _workbook_sheets(path)
    if quick is not None:
        return [name for name, _state, _target in quick]
    workbook, close = _load(path)
    try:
        return list(workbook.sheetnames)
    finally:
        close()


def open_sheet(path: Path, sheet: str | None, far: FarCells, total: int | None = None) -> OpenedSheet:
    """Open a sheet for streaming; cells start at column A, rows are numbered from 1.

    Rows hold at most `MAX_COLUMNS` values: filled cells further right go to ``far``.
    The declared size is not used (often wrong, and a stray cell makes it huge).
    """
    workbook, close = _load(path)
    try:
        worksheet = _pick_sheet(workbook, sheet, path.name)
        # WORKAROUND(openpyxl 3.1): read-only sheets keep their XML path private; we
        # need it to scan for merges, which read-only mode does not report.
        xml_path = str(worksheet._worksheet_path)
    except BaseException:
        close()
        raise
    rows = _sparse_rows(worksheet, path.name, far)
    return OpenedSheet(worksheet.title, xml_path, rows, total, close)


def locate_sheet_quickly(path: Path, sheet: str | None) -> tuple[str, str] | None:
    """`locate_sheet` from workbook.xml and its relationships alone, or None when unsure.

    openpyxl's loader also reads the shared strings and sizes every sheet, a
    second of a 50,000-row import; the caller falls back to `locate_sheet` on None.
    """
    sheets = _workbook_sheets(path)
    if sheets is None:
        return None
    chosen = next(
        (entry for entry in sheets if entry[0] == sheet or (sheet is None and entry[1] == "visible")), None
    )
    if chosen is None and sheet is None and sheets:
        raise ImportFileError(ImportFileCode.ALL_SHEETS_HIDDEN, file=path.name)
    if chosen is None or not chosen[2]:
        return None  # let openpyxl say what is wrong
    target = chosen[2]
    return chosen[0], target[1:] if target.startswith("/") else posixpath.normpath("xl/" + target)


def _workbook_sheets(path: Path) -> list[tuple[str, str, str | None]] | None:
    """(name, state, target) of every sheet, from the two small XML parts; None when unreadable."""
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (*_BROKEN_FILE_ERRORS, KeyError):
        return None
    targets = {relation.get("Id"): relation.get("Target") or "" for relation in relations}
    return [
        (
            element.get("name") or "",
            element.get("state") or "visible",
            targets.get(element.get(_REL_ID) or ""),
        )
        for element in workbook.iter(f"{_MAIN_NS}sheet")
    ]


def locate_sheet(path: Path, sheet: str | None) -> tuple[str, str]:
    """The sheet's title and XML path, checked by openpyxl, without reading its rows.

    Unlike `open_sheet` this does not ask for the declared size: a file without a
    ``<dimension>`` element (openpyxl's own write-only output) would be parsed whole for it.
    """
    workbook, close = _load(path)
    try:
        worksheet = _pick_sheet(workbook, sheet, path.name)
        # WORKAROUND(openpyxl 3.1): read-only sheets keep their XML path private.
        return str(worksheet.title), str(worksheet._worksheet_path)
    finally:
        close()


def scan_sheet_xml(path: Path, xml_path: str) -> SheetXmlFacts:
    """Merged ranges, uncalculated formulas and the real extent of one sheet, in one streamed pass.

    Raises:
        ImportFileError: ``value_too_large`` for an item no roster has (see `xml_guard`).
    """
    refs: set[bytes] = set()
    uncached = False
    extent, guard, size = _Extent(), TokenGuard(), 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(xml_path) as member:
            tail = b""
            while chunk := member.read(_CHUNK):
                guard.feed(chunk)
                size += len(chunk)
                window = tail + chunk
                refs.update(_MERGE_RE.findall(window))
                uncached = uncached or _UNCACHED_FORMULA_RE.search(window) is not None
                extent.add(_FILLED_CELL_RE.findall(window))
                tail = window[-_OVERLAP:]
    except TokenTooLarge:
        raise value_too_large(path) from None
    except _BROKEN_FILE_ERRORS:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    merges = sorted(_cell_range(ref.decode("ascii")) for ref in refs)
    return SheetXmlFacts(merges, uncached, extent.max_row, extent.max_column, extent.rows, size)


def _cell_range(ref: str) -> CellRange:
    min_col, min_row, max_col, max_row = range_boundaries(ref)
    return CellRange(int(min_row or 1), int(min_col or 1), int(max_row or 1), int(max_col or 1))


def _load(path: Path) -> tuple[Any, Callable[[], None]]:
    """Open read-only; return the workbook and how to close it and its file."""
    # openpyxl judges a path by its extension; a stream is judged by content,
    # which the caller has already checked.
    stream = path.open("rb")
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; they do not affect values.
            warnings.simplefilter("ignore", UserWarning)
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except _BROKEN_FILE_ERRORS:
        stream.close()
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None

    def close() -> None:
        workbook.close()
        stream.close()

    return workbook, close


def _pick_sheet(workbook: Any, sheet: str | None, file_name: str) -> Any:
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            raise ImportFileError(ImportFileCode.SHEET_NOT_FOUND, sheet=sheet)
        return workbook[sheet]
    for worksheet in workbook.worksheets:
        if worksheet.sheet_state == "visible":
            return worksheet
    if workbook.worksheets:
        raise ImportFileError(ImportFileCode.ALL_SHEETS_HIDDEN, file=file_name)
    raise ImportFileError(ImportFileCode.NO_ROWS, file=file_name)  # no worksheet at all


def _sparse_rows(worksheet: Any, file_name: str, far: FarCells) -> Iterator[tuple[int, Iterable[object]]]:
    """The sheet's rows as openpyxl's parser gives them: only rows and cells that exist.

    WORKAROUND(openpyxl 3.1): the read-only sheet's own rows are padded to the widest
    cell, so one stray value in column XFD made every row 16,384 values long.
    """
    workbook = worksheet.parent
    try:
        with worksheet._get_source() as source:
            parser = WorkSheetParser(
                source,
                worksheet._shared_strings,
                data_only=True,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            for number, cells in parser.parse():
                yield number, _dense(number, cells, far)
    except _BROKEN_FILE_ERRORS:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=file_name) from None


def _dense(number: int, cells: list[dict[str, Any]], far: FarCells) -> list[object]:
    values: list[object] = []
    for cell in cells:
        column, value = cell["column"], cell["value"]
        if value is None or value == "":
            continue
        if column > MAX_COLUMNS:
            far.note(number, column)
            continue
        if column > len(values):
            values.extend([None] * (column - len(values)))
        values[column - 1] = value
    return values
