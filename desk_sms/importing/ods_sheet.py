"""OpenDocument sheets, streamed: what python-calamine does not tell, and rows when it must not load.

python-calamine reads a whole ``content.xml`` into memory when the workbook is
opened, every sheet as a full rectangle: a stray value in Z1048576 cost 2 GB.
`scan_ods` walks ``content.xml`` once beforehand and reports, per sheet, its
name, whether it is shown, its merged ranges (calamine does not report them)
and its real extent; `ods_rows` streams one sheet's rows when that extent is
too big to load. In ODS a merge is an attribute on its top-left cell, and runs
of identical rows and cells are written once with a repeat count. The walk
drops each row once read, so memory stays flat.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.cells import MAX_COLUMNS, FarCells
from desk_sms.importing.xlsx_sheet import CellRange

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TEXT_P = f"{{{_TEXT_NS}}}p"
_TEXT_SPACE, _TEXT_TAB = f"{{{_TEXT_NS}}}s", f"{{{_TEXT_NS}}}tab"
_TEXT_LINE_BREAK, _TEXT_COUNT = f"{{{_TEXT_NS}}}line-break", f"{{{_TEXT_NS}}}c"
_TABLE = f"{{{_TABLE_NS}}}table"
_ROW = f"{{{_TABLE_NS}}}table-row"
_CELL = f"{{{_TABLE_NS}}}table-cell"
_CELLS = (_CELL, f"{{{_TABLE_NS}}}covered-table-cell")
_NAME = f"{{{_TABLE_NS}}}name"
_TABLE_STYLE = f"{{{_TABLE_NS}}}style-name"
_ROWS_REPEATED = f"{{{_TABLE_NS}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE_NS}}}number-columns-repeated"
_ROWS_SPANNED = f"{{{_TABLE_NS}}}number-rows-spanned"
_COLUMNS_SPANNED = f"{{{_TABLE_NS}}}number-columns-spanned"
_STYLE = f"{{{_STYLE_NS}}}style"
_STYLE_NAME = f"{{{_STYLE_NS}}}name"
_TABLE_PROPERTIES = f"{{{_STYLE_NS}}}table-properties"
_DISPLAY = f"{{{_TABLE_NS}}}display"
_VALUE_TYPE = f"{{{_OFFICE_NS}}}value-type"
_NUMBER_TYPES = frozenset({"float", "percentage", "currency"})
_BROKEN = (KeyError, ValueError, ParseError, OSError, EOFError, zipfile.BadZipFile, zlib.error)


@dataclass
class OdsSheet:
    """One sheet as the scan saw it; extent counts only cells that hold something."""

    name: str
    visible: bool = True
    merges: list[CellRange] = field(default_factory=list)
    max_row: int = 0
    max_column: int = 0
    filled_rows: int = 0

    @property
    def area(self) -> int:
        return self.max_row * self.max_column


def scan_ods(path: Path) -> list[OdsSheet]:
    """Every sheet of the workbook, in order, with its visibility, merges and extent."""
    sheets: list[OdsSheet] = []
    hidden_styles: set[str] = set()
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            for element, sheet, row_number in _walk(content, hidden_styles, sheets):
                if element.tag == _ROW:
                    _measure_row(element, row_number, sheet)
    except _BROKEN:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    return sheets


def ods_rows(path: Path, name: str, far: FarCells) -> Generator[tuple[int, list[object]], None, None]:
    """One sheet's filled rows, repeats expanded; cells right of `MAX_COLUMNS` go to ``far``."""
    sheets: list[OdsSheet] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            for element, sheet, row_number in _walk(content, set(), sheets):
                if element.tag == _ROW and sheet.name == name:
                    values = _row_values(element, row_number, far)
                    if values:
                        for offset in range(_repeat(element, _ROWS_REPEATED)):
                            yield row_number + offset, list(values)
                elif element.tag == _TABLE and sheets[-1].name == name:
                    return
    except _BROKEN:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


def _walk(
    content: IO[bytes], hidden_styles: set[str], sheets: list[OdsSheet]
) -> Iterator[tuple[Element, OdsSheet, int]]:
    """Ended rows (with their sheet and first row number) and ended tables; each row is then dropped."""
    parents: list[Element] = []
    row_number = 0
    for event, element in iterparse(content, events=("start", "end")):
        if event == "start":
            if element.tag == _TABLE:
                style = element.get(_TABLE_STYLE, "")
                sheets.append(OdsSheet(element.get(_NAME, ""), visible=style not in hidden_styles))
                row_number = 1
            parents.append(element)
            continue
        parents.pop()
        if element.tag == _STYLE and _is_hidden_table_style(element):
            hidden_styles.add(element.get(_STYLE_NAME, ""))
        elif element.tag == _ROW and sheets:
            yield element, sheets[-1], row_number
            row_number += _repeat(element, _ROWS_REPEATED)
            if parents:
                parents[-1].remove(element)  # keeps memory flat on long sheets
        elif element.tag == _TABLE:
            yield element, sheets[-1], row_number
            element.clear()


def _is_hidden_table_style(style: Element) -> bool:
    properties = style.find(_TABLE_PROPERTIES)
    return properties is not None and properties.get(_DISPLAY) == "false"


def _repeat(element: Element, attribute: str) -> int:
    return max(1, int(element.get(attribute, "1")))


def _measure_row(row: Element, row_number: int, sheet: OdsSheet) -> None:
    column, last_filled = 1, 0
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        rows = int(cell.get(_ROWS_SPANNED, "1"))
        columns = int(cell.get(_COLUMNS_SPANNED, "1"))
        if rows > 1 or columns > 1:
            sheet.merges.append(CellRange(row_number, column, row_number + rows - 1, column + columns - 1))
        repeat = _repeat(cell, _COLUMNS_REPEATED)
        if _is_filled(cell):
            last_filled = column + repeat - 1
        column += repeat
    if last_filled:
        repeat = _repeat(row, _ROWS_REPEATED)
        sheet.filled_rows += repeat
        sheet.max_row = row_number + repeat - 1
        sheet.max_column = max(sheet.max_column, last_filled)


def _is_filled(cell: Element) -> bool:
    return cell.tag == _CELL and (cell.get(_VALUE_TYPE) is not None or cell.find(_TEXT_P) is not None)


def _row_values(row: Element, row_number: int, far: FarCells) -> list[object]:
    values: list[object] = []
    column = 1
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        repeat = _repeat(cell, _COLUMNS_REPEATED)
        if _is_filled(cell):
            value = _cell_value(cell)
            inside = max(0, min(column + repeat, MAX_COLUMNS + 1) - column)
            if inside:
                values.extend([None] * (column - 1 - len(values)))
                values.extend([value] * inside)
            if repeat > inside:
                far.note(row_number, max(column, MAX_COLUMNS + 1), repeat - inside)
        column += repeat
    return values


def _cell_value(cell: Element) -> object:
    """The value as calamine would give it, so both ODS paths read alike."""
    kind = cell.get(_VALUE_TYPE)
    if kind in _NUMBER_TYPES:
        return float(cell.get(f"{{{_OFFICE_NS}}}value", "nan"))
    if kind == "boolean":
        return cell.get(f"{{{_OFFICE_NS}}}boolean-value") == "true"
    if kind == "date":
        text = cell.get(f"{{{_OFFICE_NS}}}date-value", "")
        try:
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        except ValueError:
            return text
    return "\n".join(_paragraph_text(paragraph) for paragraph in cell.iter(_TEXT_P))


def _paragraph_text(element: Element) -> str:
    """Text of a paragraph, with the space runs, tabs and line breaks ODS writes as elements."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _TEXT_SPACE:
            parts.append(" " * int(child.get(_TEXT_COUNT, "1")))
        elif child.tag == _TEXT_TAB:
            parts.append("\t")
        elif child.tag == _TEXT_LINE_BREAK:
            parts.append("\n")
        else:
            parts.append(_paragraph_text(child))  # a span, a link
        parts.append(child.tail or "")
    return "".join(parts)
