"""Recognising a full disk, a read-only folder and a vanished folder from the error and the folder."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from write_faults import disk_full_error

from desk_sms import storage
from desk_sms.context import build_context
from desk_sms.db import sqlite
from desk_sms.errors import DatabaseError, DiskFull, FolderGone, FolderReadOnly
from desk_sms.storage import Problem
from desk_sms.wording import human_size


def wrapped(error: BaseException) -> OperationalError:
    """What SQLAlchemy hands the engine when the driver raised `error`."""
    return OperationalError("UPDATE outbound_messages ...", {}, error)


def test_sqlite_saying_the_disk_is_full_is_a_full_disk_with_the_space_needed(tmp_path: Path) -> None:
    found = storage.explain(tmp_path, wrapped(disk_full_error()))
    assert found is not None and found.problem is Problem.FULL
    assert found.free_bytes is not None and found.needed_bytes >= storage.LOW_FREE_BYTES
    error = found.error()
    assert isinstance(error, DiskFull)
    assert str(tmp_path) in error.message and "free" in error.message and "damaged" not in error.message


def test_an_io_error_in_a_folder_that_vanished_names_the_folder(tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick" / "data"
    found = storage.explain(gone, wrapped(sqlite3.OperationalError("disk I/O error")))
    assert found is not None and found.problem is Problem.GONE
    assert isinstance(found.error(), FolderGone) and str(gone) in found.error().message


def test_read_only_errors_name_a_read_only_folder(tmp_path: Path) -> None:
    found = storage.explain(tmp_path, OSError(errno.EROFS, "Read-only file system"))
    assert found is not None and found.problem is Problem.READ_ONLY
    assert isinstance(found.error(), FolderReadOnly)
    readonly = wrapped(sqlite3.OperationalError("attempt to write a readonly database"))
    assert storage.explain(tmp_path, readonly) is not None


def test_other_errors_and_healthy_folders_are_not_storage_problems(tmp_path: Path) -> None:
    assert storage.explain(tmp_path, wrapped(sqlite3.OperationalError("no such table: x"))) is None
    assert storage.explain(tmp_path, wrapped(sqlite3.OperationalError("disk I/O error"))) is None
    assert storage.explain(tmp_path, ValueError("bad input")) is None
    assert storage.check_folder(tmp_path) is None


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (1023, "1,023 bytes"),
        (300_000, "293 KB"),
        (17_000_000, "16.2 MB"),
        (1 << 20, "1 MB"),
        (5 * 1024**3, "5 GB"),
        (5_500_000_000, "5.1 GB"),
        (3 * 1024**5, "3,072 TB"),
    ],
)
def test_sizes_read_as_people_say_them(count: int, shown: str) -> None:
    assert human_size(count) == shown


def test_a_full_disk_error_carries_the_sizes_and_says_them_in_english(tmp_path: Path) -> None:
    error = storage.StorageState(Problem.FULL, tmp_path, free_bytes=0, needed_bytes=16 << 20).error()
    assert (error.params["free_bytes"], error.params["needed_bytes"]) == (0, 16 << 20)  # the window says them
    assert "(0 bytes free)" in error.message and "Free at least 16 MB" in error.message


def test_a_database_url_into_a_vanished_folder_is_named_at_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'stick' / 'desk-sms.sqlite3'}"
    with pytest.raises(FolderGone) as refused:
        build_context(str(tmp_path / "data"), db_url=url)
    assert str(tmp_path / "stick") in refused.value.message


def test_a_healthy_file_another_program_holds_locked_is_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk-sms.sqlite3"
    build_context(str(tmp_path), db_url=f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)  # e.g. a database browser left open
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 100)  # the lock is not given up: no need to wait
        with pytest.raises(DatabaseError) as refused:
            sqlite.check_database_file(path)
    finally:
        holder.close()
    assert "damaged" not in refused.value.message
    assert refused.value.message.endswith("cannot be opened: it cannot be read now (database is locked)")
    sqlite.check_database_file(path)  # the same file, free again: fine
