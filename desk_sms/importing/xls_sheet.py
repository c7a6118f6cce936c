"""The real extent of an .xls workbook, before python-calamine allocates it.

calamine builds every sheet of an .xls file as a full rectangle up to its
furthest cell when the workbook is read: one stray value in IV65536 cost over
a gigabyte. `prepare_xls` walks the BIFF records of the workbook stream (a few
megabytes at most) first. Cells below a gap of `FAR_ROW_GAP` empty rows are
far from the table: their records are turned into records calamine skips, in
a temporary copy, and reported. A workbook still too big after that is refused.
"""

from __future__ import annotations

import itertools
import os
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import olefile

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.cells import FAR_ROW_GAP, FarCells
from desk_sms.wording import human_size

MAX_STREAM_BYTES = 64 << 20
_BOF, _EOF, _BOUNDSHEET, _MULRK, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x00BD, 0x002F
_WORKSHEET = 0x0010
# NUMBER, RK, LABELSST, LABEL, BOOLERR, FORMULA, RSTRING: each starts with its row and column.
_CELL_RECORDS = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6})
# A far cell's record becomes INTERFACEEND: valid BIFF, without data, ignored by readers.
_SKIPPED_RECORD = struct.pack("<H", 0x00E2)
_HEADER = struct.Struct("<HH")


@dataclass
class _Sheet:
    name: str
    visible: bool
    cells: list[tuple[int, int, int]] = field(default_factory=list)  # (record offset, row, column), 0-based


def prepare_xls(
    path: Path, sheet: str | None, far: FarCells, max_cells: int
) -> tuple[Path, Callable[[], None]]:
    """The file calamine may read, and how to clean up after it.

    Returns ``path`` itself when nothing is far away; otherwise a temporary copy
    without the far cells (those of ``sheet``, the first one by default, are noted in ``far``).

    Raises:
        ImportFileError: ``file_corrupt`` for a broken container, ``file_too_large`` when
            the sheets' areas still add up to more than ``max_cells``.
    """
    found = _workbook_stream(path)
    if found is None or _FILEPASS in (kind for _, kind, _ in _records(found[1])):
        return path, lambda: None  # not an .xls, or an encrypted one: calamine says which
    stream_name, data = found
    sheets = list(_sheets(data))
    shown = next((each for each in sheets if each.name == sheet or (sheet is None and each.visible)), None)
    far_offsets: list[int] = []
    area = 0
    for each in sheets:
        near, far_cells = _split_far(each.cells)
        area += _area(near)
        far_offsets.extend(offset for offset, _, _ in far_cells)
        for _, row, column in far_cells if each is shown else []:
            far.note(row + 1, column + 1)
    if area > max_cells:
        detail = f"sheets of over {max_cells:,} cells; save it as .xlsx"
        raise ImportFileError(ImportFileCode.FILE_TOO_LARGE, file=path.name, detail=detail)
    if not far_offsets:
        return path, lambda: None
    return _patched_copy(path, stream_name, data, far_offsets)


def sheet_names(path: Path) -> list[str] | None:
    """The sheets' names from the workbook stream, without calamine's load; None for no .xls stream."""
    found = _workbook_stream(path)
    if found is None:
        return None
    return [each.name for each in _sheets(found[1])]


def _area(cells: list[tuple[int, int, int]]) -> int:
    """Cells from A1 to the furthest of ``cells``: what calamine allocates."""
    rows = max((row for _, row, _ in cells), default=-1) + 1
    return rows * (max((column for _, _, column in cells), default=-1) + 1)


def _workbook_stream(path: Path) -> tuple[str, bytes] | None:
    """The BIFF stream's name and bytes; None when the container holds none (an encrypted .xlsx)."""
    try:
        with olefile.OleFileIO(str(path)) as container:
            name = next((each for each in ("Workbook", "Book") if container.exists(each)), None)
            if name is None:
                return None
            if container.get_size(name) > MAX_STREAM_BYTES:
                detail = f"a workbook stream over {human_size(MAX_STREAM_BYTES)}"
                raise ImportFileError(ImportFileCode.FILE_TOO_LARGE, file=path.name, detail=detail)
            with container.openstream(name) as stream:
                return name, stream.read()
    except (OSError, ValueError, struct.error):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


def _records(data: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(offset, record type, record data) of every record."""
    offset = 0
    while offset + 4 <= len(data):
        kind, length = _HEADER.unpack_from(data, offset)
        yield offset, kind, data[offset + 4 : offset + 4 + length]
        offset += 4 + length


def _sheets(data: bytes) -> Iterator[_Sheet]:
    """Every worksheet with its value cells, in workbook order."""
    entries = []
    for _offset, kind, body in _records(data):
        if kind == _BOUNDSHEET and len(body) >= 8:
            start, hidden = struct.unpack_from("<I", body)[0], body[4] & 0x03
            entries.append((start, _short_string(body[6:]), not hidden))
    for start, name, visible in entries:
        if start + 8 <= len(data) and _HEADER.unpack_from(data, start)[0] == _BOF:
            yield _Sheet(name, visible, list(_cells(data, start)))


def _cells(data: bytes, start: int) -> Iterator[tuple[int, int, int]]:
    depth = 0
    for offset, kind, body in _records(data[start:]):
        if kind == _BOF:
            depth += 1
            if depth == 1 and len(body) >= 4 and struct.unpack_from("<H", body, 2)[0] != _WORKSHEET:
                return  # a chart or macro sheet: calamine does not read it as a grid
        elif kind == _EOF:
            depth -= 1
            if depth == 0:
                return
        elif depth == 1 and kind in _CELL_RECORDS and len(body) >= 4:
            row, column = struct.unpack_from("<HH", body)
            yield start + offset, row, column
        elif depth == 1 and kind == _MULRK and len(body) >= 6:
            row, first = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            yield start + offset, row, max(first, last)


def _short_string(body: bytes) -> str:
    """A BIFF8 ShortXLUnicodeString: length, flags, then Latin-1 or UTF-16 characters."""
    if len(body) < 2:
        return ""
    length, flags = body[0], body[1]
    text = body[2 : 2 + length * (2 if flags & 1 else 1)]
    return text.decode("utf-16-le" if flags & 1 else "latin-1", errors="replace")


Cell = tuple[int, int, int]  # (record offset, row, column), 0-based


def _split_far(cells: list[Cell]) -> tuple[list[Cell], list[Cell]]:
    """Cells above the first gap of more than `FAR_ROW_GAP` empty rows, and those below it."""
    rows = sorted({row for _, row, _ in cells})
    gaps = itertools.pairwise(rows)
    limit = next((later for earlier, later in gaps if later - earlier - 1 > FAR_ROW_GAP), None)
    if limit is None:
        return cells, []
    return [cell for cell in cells if cell[1] < limit], [cell for cell in cells if cell[1] >= limit]


def _patched_copy(
    path: Path, stream_name: str, data: bytes, offsets: list[int]
) -> tuple[Path, Callable[[], None]]:
    patched = bytearray(data)
    for offset in offsets:
        patched[offset : offset + 2] = _SKIPPED_RECORD
    handle, name = tempfile.mkstemp(prefix="desk-sms-", suffix=".xls")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copyfile(path, copy)
        with olefile.OleFileIO(str(copy), write_mode=True) as container:
            container.write_stream(stream_name, bytes(patched))
    except (OSError, ValueError):
        copy.unlink(missing_ok=True)
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None
    return copy, lambda: copy.unlink(missing_ok=True)
