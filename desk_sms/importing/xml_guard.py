"""Refuse XML items too big for any roster before a parser sees them.

Python's bundled expat (before 2.6) parses a token that arrives in many reads
again from its start on every read: one 30 MB comment took 42 s, and a 300 MB
one held that much memory. No spreadsheet writer makes an item of a megabyte
(Excel caps a cell at 32,767 characters), so the parts a reader parses are
first streamed through `TokenGuard`, which measures every run of text or tag
between two ``<`` and every comment, CDATA section and processing instruction,
in linear time and constant memory, and stops at the first one over the limit.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from desk_sms.importing import ImportFileCode, ImportFileError

TOKEN_LIMIT = 1 << 20
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
                index = opener.end()
            end = window.find(self._closer, index)
            if end < 0:
                self._raise_over(window_start + len(window) - self._opened_at)
                return
            self._raise_over(window_start + end - self._opened_at)
            index = end + len(self._closer)
            self._closer = None

    def _raise_over(self, length: int) -> None:
        if length > self._limit:
            raise TokenTooLarge


def check_member(path: Path, member: str) -> None:
    """Stream one part of a zip package through a `TokenGuard`.

    Raises:
        ImportFileError: ``value_too_large`` for an oversized item, ``file_corrupt``
            when the part cannot be read.
    """
    guard = TokenGuard()
    try:
        for chunk in member_chunks(path, member):
            guard.feed(chunk)
    except TokenTooLarge:
        raise value_too_large(path) from None


def member_chunks(path: Path, member: str) -> Iterator[bytes]:
    """The uncompressed bytes of one part, a megabyte at a time."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                yield chunk
    except (KeyError, OSError, EOFError, ValueError, zipfile.BadZipFile, zlib.error):
        raise ImportFileError(ImportFileCode.FILE_CORRUPT, file=path.name) from None


def value_too_large(path: Path) -> ImportFileError:
    return ImportFileError(ImportFileCode.VALUE_TOO_LARGE, file=path.name, limit="1 MB")
