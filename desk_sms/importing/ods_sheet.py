"""Merged cells of an OpenDocument sheet, which python-calamine does not report.

In ODS a merge is an attribute on its top-left cell (``number-rows-spanned``,
``number-columns-spanned``); the covered cells follow as placeholders. Finding
them means walking the sheet's rows and cells, counting the repeat attributes
LibreOffice uses for runs of identical rows and cells. The walk streams
``content.xml`` and clears each row once counted, so memory stays flat.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.xlsx_sheet import CellRange

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TABLE = f"{{{_TABLE_NS}}}table"
_ROW = f"{{{_TABLE_NS}}}table-row"
_CELLS = (f"{{{_TABLE_NS}}}table-cell", f"{{{_TABLE_NS}}}covered-table-cell")
_NAME = f"{{{_TABLE_NS}}}name"
_ROWS_REPEATED = f"{{{_TABLE_NS}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE_NS}}}number-columns-repeated"
_ROWS_SPANNED = f"{{{_TABLE_NS}}}number-rows-spanned"
_COLUMNS_SPANNED = f"{{{_TABLE_NS}}}number-columns-spanned"


def ods_merges(path: Path, sheet: str) -> list[CellRange]:
    """Merged ranges of one sheet, 1-based; [] when the sheet has none."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            return _merges_in(content, sheet)
    except (KeyError, ParseError, OSError, EOFError, zipfile.BadZipFile, zlib.error):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


def _merges_in(content: IO[bytes], sheet: str) -> list[CellRange]:
    merges: list[CellRange] = []
    in_sheet = False
    row_number = 0
    for event, element in iterparse(content, events=("start", "end")):
        if element.tag == _TABLE:
            if event == "start":
                in_sheet = element.get(_NAME) == sheet
            elif in_sheet:
                break
        elif element.tag == _ROW and event == "end":
            if in_sheet:
                merges.extend(_row_merges(element, row_number + 1))
                row_number += int(element.get(_ROWS_REPEATED, "1"))
            element.clear()  # keeps memory flat on long sheets
    return merges


def _row_merges(row: Element, row_number: int) -> list[CellRange]:
    merges: list[CellRange] = []
    column = 1
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        rows = int(cell.get(_ROWS_SPANNED, "1"))
        columns = int(cell.get(_COLUMNS_SPANNED, "1"))
        if rows > 1 or columns > 1:
            merges.append(CellRange(row_number, column, row_number + rows - 1, column + columns - 1))
        column += int(cell.get(_COLUMNS_REPEATED, "1"))
    return merges
