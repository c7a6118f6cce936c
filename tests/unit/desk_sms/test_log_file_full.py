"""The log file on a full disk: one warning, no traceback per line, and it picks up again by itself."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from desk_sms.cli import main
from desk_sms.logs import QuietFileHandler

FULL_DEVICE = Path("/dev/full")  # every write fails with ENOSPC, as on a full disk


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def record(text: str) -> logging.LogRecord:
    return logging.makeLogRecord({"name": "test", "levelno": logging.INFO, "levelname": "INFO", "msg": text})


@pytest.fixture
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.mark.skipif(not FULL_DEVICE.exists(), reason="/dev/full is a Linux device")
def test_a_full_disk_gives_one_warning_not_one_error_per_line(
    clock: FakeMonotonic, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = QuietFileHandler(FULL_DEVICE, retry_seconds=30, monotonic=clock, announce=True)
    for n in range(50):
        handler.handle(record(f"line {n}"))
    clock.now += 31
    handler.handle(record("tried again, still full"))
    handler.close()
    err = capsys.readouterr().err
    assert err.count("cannot write the log file /dev/full") == 1
    assert "No space left on device" in err
    assert "Logging error" not in err and "Traceback" not in err


@pytest.mark.skipif(not FULL_DEVICE.exists(), reason="/dev/full is a Linux device")
def test_the_file_is_written_again_once_it_can_be_and_says_what_it_missed(
    tmp_path: Path, clock: FakeMonotonic, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = QuietFileHandler(FULL_DEVICE, retry_seconds=30, monotonic=clock, announce=True)
    handler.handle(record("refused"))
    handler.handle(record("skipped while waiting"))
    handler.baseFilename = str(tmp_path / "desk-sms.log")  # the disk has room again
    handler.handle(record("still inside the retry pause"))
    clock.now += 31
    handler.handle(record("back"))
    handler.close()
    lines = (tmp_path / "desk-sms.log").read_text(encoding="utf-8").splitlines()
    assert lines == ["back", "the log file can be written again; 3 line(s) were missed (kept in memory only)"]
    assert capsys.readouterr().err.count("cannot write the log file") == 1


@pytest.mark.skipif(not FULL_DEVICE.exists(), reason="/dev/full is a Linux device")
def test_a_one_shot_command_keeps_stderr_for_its_own_error(tmp_path: Path) -> None:
    """`desk-sms send` on a full disk answers with its one-line error, not a log-file notice before it."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "outbox", "list"]) == 0  # lays out the data directory
    log_file = data / "logs" / "desk-sms.log"
    log_file.unlink()
    log_file.symlink_to(FULL_DEVICE)
    result = subprocess.run(
        [sys.executable, "-m", "desk_sms", "--data-dir", str(data),
         "send", "--to", "090-1234-5678", "--template", "no such template"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot write the log file" not in result.stderr, result.stderr
