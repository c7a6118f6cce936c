"""Refuse XML items too big for any roster before a parser sees them.

Python's bundled expat (before 2.6) parses a token that arrives in many reads
again from its start on every read: one 30 MB comment took 42 s, and a 300 MB
one held that much memory. No spreadsheet writer makes an item of a megabyte
(Excel caps a cell at 32,767 characters), so the parts a reader parses are
first streamed through `TokenGuard`, which measures every run of text or tag
between two ``<`` and every comment, CDATA section and processing instruction,
in linear time and constant memory, and stops at the first one over the limit.
Comments, CDATA and processing instructions, which no spreadsheet writer puts
in a sheet, may together take no more than the limit in one part: many items of
just under a megabyte would still cost expat time out of all proportion.
Parts other than sheets also have a size cap (`check_package_part`).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.wording import human_size

TOKEN_LIMIT = 1 << 20
# Parts of a package other than sheets (workbook, styles, relationships) are small.
SMALL_PART_MAX_BYTES = 32 << 20
# Shared strings of a 200,000-row roster fit easily; more would not fit in memory as Python text.
SHARED_STRINGS_MAX_BYTES = 96 << 20
SHARED_STRINGS_MAX_COUNT = 2_000_000
_CHUNK = 1 << 20
_TAIL = 8  # longer than every opener and closer, so one cut in two is still seen
_OPENERS = re.compile(rb"<!--|<!\[CDATA\[|<\?")
_CLOSERS = {b"<!--": b"-->", b"<![CDATA[": b"]]>", b"<?": b"?>"}


class TokenTooLarge(Exception):
    """An item of the XML is longer than `TOKEN_LIMIT` bytes."""


class TokenGuard:
    """Fed a part's bytes in order; raises `TokenTooLarge` at the first oversized item."""

    def __init__(self, limit: int = TOKEN_LIMIT) -> None:
        self._limit = limit
        # A run longer than the limit then always spans a piece's edge, where it is measured.
        self._piece_size = max(1, limit // 4)
        self._run = 0  # bytes since the last "<"
        self._fed = 0
        self._tail = b""
        self._closer: bytes | None = None
        self._opened_at = 0
        self._content_from = 0  # just after the open item's opener: its closer is searched from here
        self._closed_bytes = 0  # in comments, CDATA and processing instructions already closed

    def feed(self, data: bytes) -> None:
        size = self._piece_size
        for start in range(0, len(data), size):
            self._piece(data[start : start + size])

    def _piece(self, piece: bytes) -> None:
        self._check_run(piece)
        window = self._tail + piece
        window_start = self._fed - len(self._tail)
        self._check_containers(window, window_start, len(self._tail))
        self._fed += len(piece)
        self._tail = window[-_TAIL:]

    def _check_run(self, piece: bytes) -> None:
        first = piece.find(b"<")
        if first < 0:
            self._run += len(piece)
        else:
            self._run += first
            self._raise_over(self._run)
            self._run = len(piece) - piece.rfind(b"<") - 1
        self._raise_over(self._run)

    def _check_containers(self, window: bytes, window_start: int, fresh_from: int) -> None:
        """Comments, CDATA and processing instructions may hold "<": measure them whole."""
        index = 0
        while True:
            if self._closer is None:
                opener = _OPENERS.search(window, index)
                while opener is not None and opener.end() <= fresh_from:
                    opener = _OPENERS.search(window, opener.start() + 1)  # seen in the last piece
                if opener is None:
                    return
                self._closer = _CLOSERS[opener.group()]
                self._opened_at = window_start + opener.start()
                self._content_from = window_start + opener.end()
            # Never from before the opener: the tail may still hold the closer of the item before.
            end = window.find(self._closer, max(index, self._content_from - window_start))
            if end < 0:
                self._raise_over(self._closed_bytes + window_start + len(window) - self._opened_at)
                return
            self._closed_bytes += window_start + end - self._opened_at
            self._raise_over(self._closed_bytes)
            index = end + len(self._closer)
            self._closer = None

    def _raise_over(self, length: int) -> None:
        if length > self._limit:
            raise TokenTooLarge


def check_package_part(path: Path, name: str) -> None:
    """Refuse an XML part with an oversized item, or more bytes than such a part can need.

    xlsx worksheets are checked when one is read (`xlsx_sheet.scan_sheet_xml`); ODS
    keeps every sheet in content.xml, which is streamed, so it has no size cap.

    Raises:
        ImportFileError: ``value_too_large`` for an oversized item, ``file_too_large``
            for a part too big, ``file_corrupt`` when the part cannot be read.
    """
    if not name.endswith((".xml", ".rels")) or name.startswith("xl/worksheets/"):
        return
    shared_strings = name.lower().endswith("sharedstrings.xml")
    limit = SHARED_STRINGS_MAX_BYTES if shared_strings else SMALL_PART_MAX_BYTES
    guard, size, strings = TokenGuard(), 0, 0
    try:
        for chunk in member_chunks(path, name):
            guard.feed(chunk)
            size += len(chunk)
            strings += chunk.count(b"<si>") + chunk.count(b"<si ")
            if name != "content.xml" and size > limit:
                raise _too_large(path, f"{name} is over {human_size(limit)}")
    except TokenTooLarge:
        raise value_too_large(path) from None
    if shared_strings and strings > SHARED_STRINGS_MAX_COUNT:
        raise _too_large(path, f"over {SHARED_STRINGS_MAX_COUNT:,} different texts")


def _too_large(path: Path, detail: str) -> ImportFileError:
    return ImportFileError(ImportFileCode.FILE_TOO_LARGE, file=path.name, detail=detail)


def member_chunks(path: Path, member: str) -> Iterator[bytes]:
    """The uncompressed bytes of one part, a megabyte at a time."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                yield chunk
    except (KeyError, OSError, EOFError, ValueError, zipfile.BadZipFile, zlib.error):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


def value_too_large(path: Path) -> ImportFileError:
    return ImportFileError(ImportFileCode.VALUE_TOO_LARGE, file=path.name, limit_bytes=TOKEN_LIMIT)
