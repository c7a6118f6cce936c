"""The xlsx side of the readers: openpyxl in streaming mode, plus what it cannot tell.

openpyxl's read-only mode streams rows in constant memory but knows nothing
of merged cells (they are listed after the rows in the sheet XML) and returns
None for a formula whose value was never calculated (a file written by a
program, never opened in Excel). `scan_sheet_xml` finds both by scanning the
sheet's XML bytes once, chunk by chunk, without building a tree.
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
from openpyxl.utils.cell import get_column_letter, range_boundaries

from desk_sms.importing import ImportFileCode, ImportFileError

_CHUNK = 1 << 20
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OVERLAP = 512  # longer than any tag we look for, so a match cut by a chunk edge is seen
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
    merges: list[CellRange]
    formulas_without_values: bool


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


def open_sheet(path: Path, sheet: str | None) -> OpenedSheet:
    """Open a sheet for streaming; cells start at column A, rows are numbered from 1."""
    workbook, close = _load(path)
    try:
        worksheet = _pick_sheet(workbook, sheet)
        # WORKAROUND(openpyxl 3.1): read-only sheets keep their XML path private; we
        # need it to scan for merges, which read-only mode does not report.
        xml_path = str(worksheet._worksheet_path)
        total = worksheet.max_row
        # The declared size is often wrong (some writers put "A1"); openpyxl would
        # silently stop at it, so read what is really there.
        worksheet.reset_dimensions()
    except BaseException:
        close()
        raise
    rows = _numbered_rows(worksheet, path.name)
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
        worksheet = _pick_sheet(workbook, sheet)
        # WORKAROUND(openpyxl 3.1): read-only sheets keep their XML path private.
        return str(worksheet.title), str(worksheet._worksheet_path)
    finally:
        close()


def scan_sheet_xml(path: Path, xml_path: str) -> SheetXmlFacts:
    """Merged ranges and uncalculated formulas of one sheet, in one streamed pass."""
    refs: set[bytes] = set()
    uncached = False
    try:
        with zipfile.ZipFile(path) as archive, archive.open(xml_path) as member:
            tail = b""
            while chunk := member.read(_CHUNK):
                window = tail + chunk
                refs.update(_MERGE_RE.findall(window))
                uncached = uncached or _UNCACHED_FORMULA_RE.search(window) is not None
                tail = window[-_OVERLAP:]
    except _BROKEN_FILE_ERRORS:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    merges = sorted(_cell_range(ref.decode("ascii")) for ref in refs)
    return SheetXmlFacts(merges, uncached)


def sheet_xml_size(path: Path, xml_path: str) -> int:
    """Uncompressed size of the sheet's XML: what reading it in memory would cost, roughly."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.getinfo(xml_path).file_size
    except _BROKEN_FILE_ERRORS:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


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


def _pick_sheet(workbook: Any, sheet: str | None) -> Any:
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            raise ImportFileError(ImportFileCode.SHEET_NOT_FOUND, sheet=sheet)
        return workbook[sheet]
    for worksheet in workbook.worksheets:
        if worksheet.sheet_state == "visible":
            return worksheet
    raise ImportFileError(ImportFileCode.SHEET_EMPTY, sheet="")


def _numbered_rows(worksheet: Any, file_name: str) -> Iterator[tuple[int, Iterable[object]]]:
    rows = worksheet.iter_rows(min_row=1, min_col=1, values_only=True)
    try:
        yield from enumerate(rows, start=1)
    except _BROKEN_FILE_ERRORS:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=file_name) from None
