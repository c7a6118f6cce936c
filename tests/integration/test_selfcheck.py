"""`desk-sms self-check`: the installer's smoke test, run in-process and as a program."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desk_sms import __version__
from desk_sms.cli import main
from desk_sms.commands import selfcheck

REPO = Path(__file__).resolve().parents[2]
STEPS = ("resources", "database", "modem", "send", "receive")


def step_lines(output: str) -> dict[str, str]:
    """{step name: outcome} from the report's indented lines."""
    rows = [line.split(maxsplit=2) for line in output.splitlines() if line.startswith("  ")]
    return {row[1]: row[0] for row in rows}


@pytest.fixture
def user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the user's data would be: the check must never create or touch it."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("DESK_SMS_DATA_DIR", str(folder))
    return folder


def test_every_step_passes_without_touching_the_users_data(
    user_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["self-check", "--timeout", "45"]) == 0
    output = capsys.readouterr().out
    assert output.startswith(f"desk-sms {__version__} self-check")
    assert step_lines(output) == {step: "ok" for step in STEPS}
    assert "reply from +819012345678 stored in the inbox" in output
    assert output.rstrip().endswith("self-check passed")
    assert not user_data_dir.exists()
    assert not [t.name for t in threading.enumerate() if t.name.startswith("sim-modem")]


def test_without_pseudo_terminals_the_modem_steps_still_run(
    user_data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delattr(os, "openpty")  # as on Windows (test_demo_without_pty.py: without tty too)
    assert main(["self-check", "--timeout", "45"]) == 0
    output = capsys.readouterr().out
    assert step_lines(output) == {step: "ok" for step in STEPS}
    assert "simulated modem on socket://127.0.0.1:" in output


def test_no_modem_option_skips_the_modem_steps(
    user_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["self-check", "--no-modem"]) == 0
    assert "skipped: --no-modem" in capsys.readouterr().out


def test_a_frozen_bundle_without_its_resources_fails_in_one_line(
    user_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert main(["self-check"]) == 1
    output = capsys.readouterr().out
    assert step_lines(output) == {"resources": "FAIL"}
    assert str(tmp_path / "bundle" / "resources") in output
    assert "translations/desk_sms_ja.qm" in output
    assert output.rstrip().endswith("self-check FAILED")


def test_a_message_that_cannot_be_sent_fails_the_check_and_stops_the_modem(
    user_data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selfcheck, "CHECK_NUMBER", "12")  # not a phone number: the outbox skips it
    assert main(["self-check", "--timeout", "45"]) == 1
    output = capsys.readouterr().out
    assert step_lines(output) == {"resources": "ok", "database": "ok", "modem": "ok", "send": "FAIL"}
    assert "message skipped" in output
    assert not [t.name for t in threading.enumerate() if t.name.startswith("sim-modem")]


def test_a_database_not_at_the_newest_schema_fails_and_the_log_file_is_let_go(
    user_data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selfcheck, "head_revision", lambda: "9999")
    assert main(["self-check"]) == 1
    output = capsys.readouterr().out
    assert step_lines(output) == {"resources": "ok", "database": "FAIL"}
    assert "expected 9999" in output
    file_handlers = [h for h in logging.getLogger().handlers if getattr(h, "_desk_sms_file", False)]
    assert file_handlers == []  # nothing holds a file in the deleted temporary folder


def test_the_installed_command_runs_the_check_as_a_program(tmp_path: Path) -> None:
    environment = {**os.environ, "DESK_SMS_DATA_DIR": str(tmp_path / "user-data")}
    version = subprocess.run(
        [sys.executable, "-m", "desk_sms", "--version"],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=60, check=True,
    )
    assert version.stdout.strip() == f"desk-sms {__version__}"
    check = subprocess.run(
        [sys.executable, "-m", "desk_sms", "self-check", "--timeout", "45"],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=90,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert step_lines(check.stdout) == {step: "ok" for step in STEPS}
    assert check.stderr == ""
