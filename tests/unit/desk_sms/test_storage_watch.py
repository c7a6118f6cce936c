"""A client window watches the data folder: it names a vanished or full folder, and clears it again."""

from __future__ import annotations

import shutil
from pathlib import Path

from small_disk import small_disk

from desk_sms.clock import FakeClock
from desk_sms.events import EventBus, StorageStateChanged
from desk_sms.storage_watch import FolderWatch


def watch_on(database_file: Path) -> tuple[FolderWatch, list[StorageStateChanged]]:
    events, seen = EventBus(), []
    events.subscribe(lambda e: seen.append(e) if isinstance(e, StorageStateChanged) else None)
    return FolderWatch(database_file, events, FakeClock()), seen


def test_a_folder_that_vanishes_and_comes_back(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    watch, seen = watch_on(folder / "desk-sms.sqlite3")
    assert watch.check() is None and seen == []  # a healthy folder says nothing
    shutil.rmtree(folder)
    assert watch.check() is not None
    watch.check()  # still gone: not said twice
    folder.mkdir()
    watch.check()
    assert [(e.problem, e.folder) for e in seen] == [("gone", str(folder)), (None, str(folder))]


def test_a_real_disk_filling_up_and_read_only(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_mb=2) as disk:
        watch, seen = watch_on(disk.mount_point / "desk-sms.sqlite3")
        disk.fill()
        watch.check()
        disk.free_up()
        watch.check()
        disk.remount("ro")
        try:
            watch.check()
        finally:
            disk.remount("rw")
    assert [e.problem for e in seen] == ["full", None, "read_only"]
    assert seen[0].free_bytes is not None and seen[0].free_bytes < 1024 * 1024 and seen[0].needed_bytes > 0
