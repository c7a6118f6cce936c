"""`desk-sms serve` takes the daily backup of a database file, and none of a database server."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
from process_rig import serve_output, start_serve, wait_for

pytestmark = pytest.mark.timeout(120)
START_SECONDS = 60.0


def daily_backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("desk-sms-daily-*.sqlite3"))


def stop(process: subprocess.Popen[bytes], data_dir: Path) -> None:
    process.send_signal(signal.SIGTERM)
    assert process.wait(60) == 0, serve_output(data_dir)


def test_serve_takes_the_daily_backup_of_a_database_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    process = start_serve(data_dir)
    try:
        wait_for(lambda: bool(daily_backups(data_dir)), START_SECONDS, "serve's daily backup")
    finally:
        stop(process, data_dir)
    again = start_serve(data_dir)
    try:
        wait_for(lambda: "engine running" in serve_output(data_dir).split("engine stopped")[-1],
                 START_SECONDS, "the second serve to start")
    finally:
        stop(again, data_dir)
    assert len(daily_backups(data_dir)) == 1, "a second start on the same day takes no second backup"


def test_serve_on_a_database_server_takes_no_backup(tmp_path: Path, pg_url: str) -> None:
    data_dir = tmp_path / "data"
    process = start_serve(data_dir, "--db", pg_url)
    try:
        wait_for(lambda: "engine running" in serve_output(data_dir), START_SECONDS, "serve to start")
    finally:
        stop(process, data_dir)
    assert daily_backups(data_dir) == []
    log = (data_dir / "logs").glob("*.log")
    assert any("administrator backs it up" in path.read_text(encoding="utf-8") for path in log)
