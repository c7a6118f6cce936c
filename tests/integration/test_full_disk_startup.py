"""Starting on a full disk or a read-only data folder: named as such, never "damaged".

A real 8 MB tmpfs (needs root, as in CI); the same recognition without root is in
tests/unit/desk_sms/test_storage_problems.py.
"""

from __future__ import annotations

import contextlib
import json
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from small_disk import SmallDisk, small_disk

ROOT = Path(__file__).resolve().parents[2]


def desk_sms(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_sms", "--data-dir", str(data), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as made:
        yield made


@pytest.fixture
def data(disk: SmallDisk) -> Path:
    """A data folder with one queued message, closed cleanly (no -wal/-shm left behind)."""
    folder = disk.mount_point / "data"
    sent = desk_sms(folder, "send", "--to", "090-1234-5678", "--text", "明日は休講です")
    assert sent.returncode == 0, sent.stderr
    # An empty log file: its first line needs a page of its own, so once the disk is full every log
    # write fails. (A log ending mid-page took lines into its slack, or not, by the byte count of what
    # was logged before: whether `serve` announced its log trouble changed with each new migration.)
    (folder / "logs" / "desk-sms.log").write_bytes(b"")
    return folder


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert "damaged" not in result.stderr
    return result.stderr


@pytest.mark.parametrize("command", [["info"], ["serve"], ["outbox", "list"]])
def test_a_full_disk_is_named_with_the_folder_and_the_space_needed(
    disk: SmallDisk, data: Path, command: list[str]
) -> None:
    disk.fill()
    result = desk_sms(data, *command)
    if command == ["serve"]:  # a long-running command says first that its log cannot be written
        notice, _newline, rest = result.stderr.partition("\n")
        assert notice.startswith("desk-sms: cannot write the log file") and "No space left" in notice, notice
        result = subprocess.CompletedProcess(result.args, result.returncode, result.stdout, rest)
    line = one_line(result)
    assert f"The disk holding {data} is full (" in line
    assert "Free at least" in line and "Nothing was lost and the database is intact" in line
    disk.free_up()
    listed = desk_sms(data, "outbox", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["text"] for row in json.loads(listed.stdout)] == ["明日は休講です"]
    with sqlite3.connect(data / "desk-sms.sqlite3") as connection:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    connection.close()


def test_a_read_only_data_folder_is_named_as_such(disk: SmallDisk, data: Path) -> None:
    disk.remount("ro")
    try:
        line = one_line(desk_sms(data, "info"))
    finally:
        disk.remount("rw")
    assert f"The data folder {data} is read-only" in line and "free on its disk" in line


class StderrLines:
    """The lines a child process writes to stderr, waited for one by one (no sleeps)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert process.stderr is not None
        stream = process.stderr
        threading.Thread(target=lambda: [self.lines.put(line) for line in stream], daemon=True).start()

    def wait_for(self, fragment: str, timeout: float = 60.0) -> str:
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no line with {fragment!r}; seen: {self.seen}") from None
            self.seen.append(line)
            if fragment in line:
                return line


def empty_the_wal(data: Path) -> None:
    """Checkpoint the database and truncate its WAL, so the engine's next write needs new disk space.

    A WAL restarted in place after a checkpoint takes commits into pages it already has, even on a
    full disk: whether a heartbeat failed then depended on what serve had written before.
    """
    with contextlib.closing(sqlite3.connect(data / "desk-sms.sqlite3")) as connection:
        connection.execute("PRAGMA busy_timeout=30000")  # waits while serve is mid-transaction
        busy, _frames, _moved = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0


def test_serve_says_once_that_sending_paused_and_again_when_it_resumes(disk: SmallDisk, data: Path) -> None:
    serve = subprocess.Popen(
        [sys.executable, "-m", "desk_sms", "--data-dir", str(data), "serve"],
        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    try:
        stderr = StderrLines(serve)
        stderr.wait_for("engine running")
        empty_the_wal(data)
        disk.fill()  # the next heartbeat cannot be written
        paused = stderr.wait_for("sending paused")
        assert f"The disk holding {data} is full" in paused and "resumes by itself" in paused
        # The database is open (serve holds it), so this command gets as far as its write.
        refused = one_line(desk_sms(data, "send", "--to", "090-1234-5679", "--text", "満杯のとき"))
        assert f"The disk holding {data} is full" in refused
        disk.free_up()
        stderr.wait_for("the database can be written again; sending resumes")
        serve.send_signal(signal.SIGINT)
        stderr.wait_for("engine stopped")
        assert serve.wait(60) == 0
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait(10)
    text = "".join(stderr.seen)
    assert text.count("sending paused") == 1 and "Traceback" not in text and "Logging error" not in text
    assert text.count("cannot write the log file") <= 1  # the log lives on the same full disk
