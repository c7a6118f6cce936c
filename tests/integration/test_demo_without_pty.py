"""The demo and the self-check as Windows finds them: no pseudo-terminals at all.

Each run is a fresh interpreter with tests/windows_like on PYTHONPATH, whose sitecustomize makes `tty`
and `pty` unimportable and removes `os.openpty` before anything of desk-sms loads.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from desk_sms.context import AppContext, build_context
from desk_sms.engine_process import EngineSupervisor, live_engine

REPO = Path(__file__).resolve().parents[2]
WINDOWS_LIKE = REPO / "tests" / "windows_like"
WAIT_S = 90.0


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


def wait_until(predicate: Callable[[], bool], process: subprocess.Popen[bytes], what: str) -> None:
    """Re-check every half second while the other process works; fail if it ends or time runs out."""
    pause, waited = threading.Event(), 0.0
    while not predicate():
        assert process.poll() is None, f"the window exited while waiting for {what}"
        assert waited < WAIT_S, f"timed out waiting for {what}"
        pause.wait(0.5)
        waited += 0.5


def engine_started(data_dir: Path) -> bool:
    """The window logs this once its pages are built and its engine (with the demo modems) runs."""
    log = data_dir / "logs" / "desk-sms.log"
    return log.exists() and re.search(r"engine .* started", log.read_text(encoding="utf-8")) is not None


def stop_the_engine_process(context: AppContext) -> None:
    """What the tray's Quit desk-sms completely does with an engine it finds: a stop through the database."""
    EngineSupervisor([], context.database.session_factory, context.events, context.clock).stop_engine()
    assert live_engine(context.database.session_factory, context.clock) is None


def test_the_readme_windows_command_gui_demo_2_sends_over_its_demo_modems(tmp_path: Path) -> None:
    """`desk-sms gui --demo 2` as the README's Windows quick start runs it, in an interpreter without ptys."""
    data_dir = tmp_path / "data"
    log = (tmp_path / "gui.out").open("wb")
    window = subprocess.Popen(
        [sys.executable, "-m", "desk_sms", "gui", "--demo", "2"], cwd=REPO, stdout=log, stderr=log,
        env={**windows_like_environment(data_dir), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        wait_until(lambda: engine_started(data_dir), window, "the window's engine to start")
        context = build_context(str(data_dir))  # a second desk-sms on the data: it reads and enqueues only
        try:
            ready = lambda: [m.state for m in context.modems.list()] == ["ready", "ready"]  # noqa: E731
            wait_until(ready, window, "both demo modems ready")
            assert all(m.port.startswith("socket://127.0.0.1:") for m in context.modems.list())
            context.settings.set("quiet_hours_start", "00:00")
            context.settings.set("quiet_hours_end", "00:00")
            message_id = context.outbox.enqueue("+819012345678", "Windows のデモから")
            delivered = lambda: context.outbox.get(message_id).status == "delivered"  # noqa: E731
            wait_until(delivered, window, "the message sent and its delivery report back")
        finally:
            stop_the_engine_process(context)  # the window started it; it outlives the window by design
            context.close()
    finally:
        window.send_signal(signal.SIGTERM)
        try:
            window.wait(timeout=30)
        except subprocess.TimeoutExpired:
            window.kill()
            window.wait(timeout=10)
        log.close()
    output = (tmp_path / "gui.out").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in output and "No module named" not in output, output
