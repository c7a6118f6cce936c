"""Why the data folder cannot be written: a full disk, a read-only folder, or a folder that vanished.

A failed write says little by itself: SQLite calls a shared-memory file it could not grow on a full
disk a "disk I/O error", and a USB stick pulled out looks the same. The folder says more. So every
storage failure is judged here, from the error's codes and from the folder itself, and named in
plain words with the folder and its free space; it is never taken for a damaged database file.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desk_sms.errors import DiskFull, FolderGone, FolderReadOnly, UserError

LOW_FREE_BYTES = 1024 * 1024  # below this SQLite cannot be relied on to grow its WAL or journal
WORKING_ROOM_BYTES = 16 * 1024 * 1024  # free space desk-sms wants beside its database to run

_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_CANTOPEN = 13, 10, 8, 14
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FOLDER_ERRNOS = {errno.EIO, errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE}


class Problem(StrEnum):
    FULL = "full"
    READ_ONLY = "read_only"
    GONE = "gone"


@dataclass(frozen=True)
class StorageState:
    """What is wrong with the folder that holds the database.

    Attributes:
        needed_bytes: how much more free space desk-sms wants there (0 unless the disk is full).
    """

    problem: Problem
    folder: Path
    free_bytes: int | None
    needed_bytes: int = 0

    def error(self) -> UserError:
        """The user error that names it (the CLI prints it, the window translates its code)."""
        if self.problem is Problem.FULL:
            return DiskFull(folder=str(self.folder), free_bytes=self.free_bytes,
                            needed_bytes=self.needed_bytes)
        if self.problem is Problem.READ_ONLY:
            return FolderReadOnly(folder=str(self.folder), free_bytes=self.free_bytes)
        return FolderGone(folder=str(self.folder))


def free_bytes(folder: Path) -> int | None:
    """Free space for this user on the disk holding `folder` (None when it cannot be asked)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def check_folder(folder: Path, database: Path | None = None) -> StorageState | None:
    """What the folder itself shows: gone, read-only or (nearly) full; None when it looks fine."""
    if not folder.is_dir():
        return StorageState(Problem.GONE, folder, None)
    free = free_bytes(folder)
    if _is_read_only(folder):
        return StorageState(Problem.READ_ONLY, folder, free)
    if free is not None and free < LOW_FREE_BYTES:
        return _full(folder, free, database)
    return None


def explain(folder: Path, exc: BaseException, database: Path | None = None) -> StorageState | None:
    """The storage problem behind a failed read or write in `folder`, or None when it is not one."""
    kind = _kind_of(exc)
    if kind is None:
        return None
    found = check_folder(folder, database)
    if found is not None and (found.problem is not Problem.FULL or kind in (Problem.FULL, "io")):
        return found
    if kind is Problem.FULL:  # the disk said so, even if a little space came back since
        return _full(folder, free_bytes(folder) or 0, database)
    if kind is Problem.READ_ONLY:
        return StorageState(Problem.READ_ONLY, folder, free_bytes(folder))
    return None  # an I/O error on a folder that looks healthy: not ours to name


def raise_if_storage_problem(folder: Path, exc: BaseException, database: Path | None = None) -> None:
    """Raise the plain-words error for `exc` when it is a storage problem; return otherwise."""
    found = explain(folder, exc, database)
    if found is not None:
        raise found.error() from exc


def _full(folder: Path, free: int, database: Path | None) -> StorageState:
    size = _size(database)
    needed = max(size + WORKING_ROOM_BYTES - free, LOW_FREE_BYTES)
    return StorageState(Problem.FULL, folder, free, needed)


def _size(path: Path | None) -> int:
    try:
        return path.stat().st_size if path is not None else 0
    except OSError:
        return 0


def _is_read_only(folder: Path) -> bool:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return not os.access(folder, os.W_OK)


def _kind_of(exc: BaseException) -> Problem | str | None:
    """FULL or READ_ONLY when the error says so, "io" when only the folder can tell, else None."""
    for error in _chain(exc):
        if isinstance(error, sqlite3.Error):
            code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
            text = str(error).lower()
            if code == _SQLITE_FULL or "disk is full" in text:
                return Problem.FULL
            if code == _SQLITE_READONLY or "readonly" in text:
                return Problem.READ_ONLY
            if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o" in text or "unable to open" in text:
                return "io"
        elif isinstance(error, OSError):
            if error.errno in _FULL_ERRNOS:
                return Problem.FULL
            if error.errno in _READ_ONLY_ERRNOS:
                return Problem.READ_ONLY
            if error.errno in _FOLDER_ERRNOS:
                return "io"
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error, what SQLAlchemy wrapped (`orig`) and its causes, each once."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        error = pending.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        yield error
        orig = getattr(error, "orig", None)
        pending += [error.__context__, error.__cause__, orig if isinstance(orig, BaseException) else None]
