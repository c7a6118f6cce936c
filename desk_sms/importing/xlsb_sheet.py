"""The real extent of an .xlsb sheet, before python-calamine allocates it.

calamine builds an .xlsb sheet as a full rectangle up to its furthest cell: one
stray value in XFD1048576 made it ask for hundreds of gigabytes, and the
process aborted (nothing in Python can catch that). `prepare_xlsb` walks the
sheet's BIFF12 records first: a row header gives the row, each cell record its
column. Cells right of `MAX_COLUMNS`, or below a gap of `FAR_ROW_GAP` rows
without values, are far from the table: a temporary copy of the workbook
leaves them out, and those holding a value are reported. A sheet still too
big after that is refused.
"""

from __future__ import annotations

import itertools
import os
import posixpath
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.cells import FAR_ROW_GAP, MAX_COLUMNS, FarCells
from desk_sms.importing.xml_guard import SHARED_STRINGS_MAX_BYTES, SMALL_PART_MAX_BYTES
from desk_sms.wording import human_size

MAX_PART_BYTES = 64 << 20
_ROW_HEADER, _BLANK_CELL, _BUNDLE_SHEET = 0, 1, 156
# RK, error, bool, real, text, shared text, four formula kinds, rich text: each starts with its column.
_VALUE_CELLS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 62})
_RELATIONS_PART = "xl/_rels/workbook.bin.rels"
_BROKEN = (KeyError, OSError, EOFError, ValueError, struct.error, zipfile.BadZipFile, zlib.error)


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int  # the record's first and past-last byte in the sheet part
    end: int
    row: int  # 0-based
    column: int
    has_value: bool


def prepare_xlsb(
    path: Path, sheet: str | None, far: FarCells, max_cells: int
) -> tuple[Path, Callable[[], None]]:
    """The file calamine may read, and how to clean up after it.

    Returns ``path`` itself when nothing is far away (or the sheet cannot be found:
    calamine then says what is wrong); otherwise a temporary copy without the far
    cells of ``sheet`` (the first visible one by default), which are noted in ``far``.

    Raises:
        ImportFileError: ``file_corrupt`` for a broken package, ``file_too_large`` when the
            sheet part is over `MAX_PART_BYTES` or its area still over ``max_cells``.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return path, lambda: None
            if archive.getinfo(part).file_size > MAX_PART_BYTES:
                detail = f"a sheet over {human_size(MAX_PART_BYTES)}"
                raise ImportFileError(ImportFileCode.FILE_TOO_LARGE, file=path.name, detail=detail)
            data = archive.read(part)
        cells = list(_cells(data))
    except _BROKEN:
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    near, far_cells = _split_far(cells)
    rows = max((cell.row for cell in near), default=-1) + 1
    columns = max((cell.column for cell in near), default=-1) + 1
    if rows * columns > max_cells:
        detail = f"a sheet of over {max_cells:,} cells; save it as .xlsx"
        raise ImportFileError(ImportFileCode.FILE_TOO_LARGE, file=path.name, detail=detail)
    for cell in far_cells:
        if cell.has_value:
            far.note(cell.row + 1, cell.column + 1)
    if not far_cells:
        return path, lambda: None
    return _copy_without(path, part, data, far_cells)


def check_binary_parts(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    """Refuse binary parts bigger than a roster needs: calamine reads the shared strings whole.

    Raises:
        ImportFileError: ``file_too_large`` naming the part.
    """
    for part in parts:
        name = part.filename.lower()
        if not name.endswith(".bin"):
            continue
        if name.startswith("xl/worksheets/"):
            limit = MAX_PART_BYTES
        elif name.endswith("sharedstrings.bin"):
            limit = SHARED_STRINGS_MAX_BYTES
        else:
            limit = SMALL_PART_MAX_BYTES
        if part.file_size > limit:
            detail = f"{part.filename} is over {human_size(limit)}"
            raise ImportFileError(ImportFileCode.FILE_TOO_LARGE, file=path.name, detail=detail)


def _sheet_part(archive: zipfile.ZipFile, sheet: str | None) -> str | None:
    """The part holding ``sheet`` (the first visible one by default); None when not found."""
    entries = list(_bundle_sheets(archive.read("xl/workbook.bin")))
    chosen = next((e for e in entries if e[0] == sheet or (sheet is None and e[1])), None)
    if chosen is None:
        return None
    relations = ElementTree.fromstring(archive.read(_RELATIONS_PART))  # checked by xml_guard
    target = next((r.get("Target") for r in relations if r.get("Id") == chosen[2]), None)
    if not target:
        return None
    part = target[1:] if target.startswith("/") else posixpath.normpath("xl/" + target)
    return part if part in archive.namelist() else None


def _bundle_sheets(data: bytes) -> Iterator[tuple[str, bool, str]]:
    """(name, visible, relationship id) of every sheet named in workbook.bin."""
    for kind, start, end in _records(data):
        if kind == _BUNDLE_SHEET and end - start >= 12:
            state = struct.unpack_from("<I", data, start)[0]
            relation, after = _wide_string(data, start + 8)
            name, _ = _wide_string(data, after)
            yield name, state & 0x03 == 0, relation


def _wide_string(data: bytes, offset: int) -> tuple[str, int]:
    """An XLWideString (character count, then UTF-16) and the offset after it; "" for a null one."""
    count = struct.unpack_from("<I", data, offset)[0]
    if count == 0xFFFFFFFF:
        return "", offset + 4
    end = offset + 4 + 2 * count
    return data[offset + 4 : end].decode("utf-16-le", errors="replace"), end


def _records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(record type, first and past-last byte of its data) of every record."""
    offset = 0
    while offset < len(data):
        kind, offset = _number(data, offset, 2)
        size, offset = _number(data, offset, 4)
        if offset + size > len(data):
            raise ValueError("record runs past the end of the part")
        yield kind, offset, offset + size
        offset += size


def _number(data: bytes, offset: int, most_bytes: int) -> tuple[int, int]:
    """A BIFF12 variable-length number: seven bits a byte, the high bit saying more follow."""
    value = 0
    for index in range(most_bytes):
        byte = data[offset + index]  # IndexError for a cut-off part: caught as broken
        value |= (byte & 0x7F) << (7 * index)
        if not byte & 0x80:
            return value, offset + index + 1
    return value, offset + most_bytes


def _cells(data: bytes) -> Iterator[_Cell]:
    row = 0
    offset = 0
    for kind, start, end in _records(data):
        header_start, offset = offset, end
        if end - start < 4:
            continue
        if kind == _ROW_HEADER:
            row = struct.unpack_from("<I", data, start)[0]
        elif kind in _VALUE_CELLS or kind == _BLANK_CELL:
            column = struct.unpack_from("<I", data, start)[0]
            yield _Cell(header_start, end, row, column, kind != _BLANK_CELL)


def _split_far(cells: list[_Cell]) -> tuple[list[_Cell], list[_Cell]]:
    """Cells near the table, and those right of `MAX_COLUMNS` or below a gap of `FAR_ROW_GAP` rows."""
    rows = sorted({cell.row for cell in cells if cell.has_value and cell.column < MAX_COLUMNS})
    gaps = itertools.pairwise(rows)
    limit = next((later for earlier, later in gaps if later - earlier - 1 > FAR_ROW_GAP), None)
    last_row = (limit if limit is not None else (rows[-1] + 1 if rows else 0)) - 1
    near, far = [], []
    for cell in cells:
        if cell.column >= MAX_COLUMNS or (limit is not None and cell.row >= limit):
            far.append(cell)
        elif cell.row > last_row and not cell.has_value:
            far.append(cell)  # formatting below the last value: nothing to read there
        else:
            near.append(cell)
    return near, far


def _copy_without(
    path: Path, part: str, data: bytes, cells: list[_Cell]
) -> tuple[Path, Callable[[], None]]:
    kept = bytearray()
    offset = 0
    for cell in cells:  # in file order
        kept += data[offset : cell.start]
        offset = cell.end
    kept += data[offset:]
    handle, name = tempfile.mkstemp(prefix="desk-sms-", suffix=".xlsb")
    os.close(handle)
    copy = Path(name)
    try:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                target.writestr(info, bytes(kept) if info.filename == part else source.read(info.filename))
    except _BROKEN:
        copy.unlink(missing_ok=True)
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    return copy, lambda: copy.unlink(missing_ok=True)
