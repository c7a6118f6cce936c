"""A minimal .xlsb writer for tests: one sheet of text cells, as BIFF12 records in a package.

No library here writes .xlsb, so the records are put together by hand (MS-XLSB):
a row header (type 0) before each row's cells, text cells (type 6), and
formatted blank cells (type 1) for formatting without a value. python-calamine
reads the result like a workbook saved by Excel.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

Row = tuple[int, Iterable[tuple[int, str | None]]]  # 0-based row; (0-based column, text or None for blank)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
    "</Types>"
)
_RELATIONSHIPS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}" '
    'Target="{}"/></Relationships>'
)


def write_xlsb(
    path: Path, rows: Iterable[Row], *, sheet: str = "名簿", hidden: bool = False, with_dimension: bool = True
) -> Path:
    """Excel always writes the sheet's extent (its dimension record); calamine cannot read a sheet without."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELATIONSHIPS.format("officeDocument", "xl/workbook.bin"))
        package.writestr("xl/workbook.bin", _workbook(sheet, hidden))
        sheet_relation = _RELATIONSHIPS.format("worksheet", "worksheets/sheet1.bin")
        package.writestr("xl/_rels/workbook.bin.rels", sheet_relation)
        package.writestr("xl/worksheets/sheet1.bin", _sheet(rows, with_dimension))
    return path


def _number(value: int) -> bytes:
    """Seven bits a byte, lowest first; the high bit says another byte follows."""
    out = bytearray()
    while True:
        out.append((value & 0x7F) | (0x80 if value > 0x7F else 0))
        value >>= 7
        if not value:
            return bytes(out)


def _record(kind: int, data: bytes = b"") -> bytes:
    return _number(kind) + _number(len(data)) + data


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _workbook(sheet: str, hidden: bool) -> bytes:
    bundle_sheet = struct.pack("<II", 1 if hidden else 0, 1) + _wide("rId1") + _wide(sheet)
    return _record(131) + _record(143) + _record(156, bundle_sheet) + _record(144) + _record(132)


def _sheet(rows: Iterable[Row], with_dimension: bool = True) -> bytes:
    rows = [(number, list(cells)) for number, cells in rows]
    last_row = max((number for number, _ in rows), default=0)
    last_column = max((column for _, cells in rows for column, _ in cells), default=0)
    dimension = _record(148, struct.pack("<IIII", 0, last_row, 0, last_column)) if with_dimension else b""
    body = bytearray(_record(129) + dimension + _record(145))  # begin sheet, its extent, begin sheet data
    for number, cells in rows:
        body += _record(0, struct.pack("<IIHHBBB", number, 0, 300, 0, 0, 0, 0) + bytes(4))
        for column, text in cells:
            style = struct.pack("<II", column, 0)
            body += _record(1, style) if text is None else _record(6, style + _wide(text))
    return bytes(body + _record(146) + _record(130))  # end sheet data, end sheet
