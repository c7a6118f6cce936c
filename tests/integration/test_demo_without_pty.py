"""The demo and the self-check as Windows finds them: no pseudo-terminals at all.

Each run is a fresh interpreter with tests/windows_like on PYTHONPATH, whose sitecustomize makes `tty`
and `pty` unimportable and removes `os.openpty` before anything of desk-sms loads.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WINDOWS_LIKE = REPO / "tests" / "windows_like"


def windows_like_environment(data_dir: Path) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(WINDOWS_LIKE), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "DESK_SMS_DATA_DIR": str(data_dir)}


def run(arguments: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments], cwd=REPO, env=windows_like_environment(data_dir),
        capture_output=True, text=True, encoding="utf-8", timeout=110,
    )


def test_the_blocker_really_removes_pseudo_terminals(tmp_path: Path) -> None:
    probe = "import os, importlib.util\nimport tty\n"
    result = run(["-c", probe], tmp_path / "data")
    assert result.returncode == 1 and "No module named 'tty' (blocked" in result.stderr
    result = run(["-c", "import os, termios; assert not hasattr(os, 'openpty')"], tmp_path / "data")
    assert result.returncode == 0, result.stderr


def test_demo_modems_send_and_receive_without_pseudo_terminals(tmp_path: Path) -> None:
    result = run([str(WINDOWS_LIKE / "demo_loop.py"), str(tmp_path / "data")], tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("demo modems on socket://127.0.0.1:")
    assert lines[1].startswith("sent and delivered:")
    assert lines[2] == "received: デモの返信です"


def test_self_check_runs_its_modem_steps_without_pseudo_terminals(tmp_path: Path) -> None:
    result = run(["-m", "desk_sms", "self-check", "--timeout", "45"], tmp_path / "user-data")
    assert result.returncode == 0, result.stdout + result.stderr
    steps = {line.split()[1]: line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ")}
    assert steps == dict.fromkeys(("resources", "database", "modem", "send", "receive"), "ok")
    assert "simulated modem on socket://127.0.0.1:" in result.stdout
