"""A window that ends without closing (SIGTERM, SIGKILL) still has its engine follow the setting *keep
sending when the window is closed*: real `desk-sms gui` processes (offscreen) and their engines."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from desk_sms.context import build_context
from desk_sms.engine.lease import LeaseHolder
from desk_sms.engine_process import EngineSupervisor, live_engine

REPO = Path(__file__).resolve().parents[2]
WAIT_S = 90.0
STOPPED_LINE = "stopping (keep sending when closed is off)"


def wait_until(predicate: Callable[[], bool], what: str) -> None:
    pause, waited = threading.Event(), 0.0
    while not predicate():
        assert waited < WAIT_S, f"timed out waiting for {what}"
        pause.wait(0.2)
        waited += 0.2


def prepare(data_dir: Path, keep_sending: bool) -> None:
    context = build_context(str(data_dir))
    try:
        context.users.choose_first_password(None)
        context.settings.set("keep_sending_when_closed", keep_sending)
    finally:
        context.close()


@pytest.fixture
def window(tmp_path: Path) -> Iterator[Callable[[bool], tuple[subprocess.Popen[bytes], LeaseHolder]]]:
    """Starts `desk-sms gui` on a fresh data dir; returns it and the engine it started."""
    started: list[subprocess.Popen[bytes]] = []
    data_dir = tmp_path / "data"

    def start(keep_sending: bool) -> tuple[subprocess.Popen[bytes], LeaseHolder]:
        prepare(data_dir, keep_sending)
        process = subprocess.Popen(
            [sys.executable, "-m", "desk_sms", "--data-dir", str(data_dir), "gui"], cwd=REPO,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        started.append(process)
        context = build_context(str(data_dir))
        try:
            found: list[LeaseHolder] = []

            def engine_runs() -> bool:
                assert process.poll() is None, "the window ended by itself"
                holder = live_engine(context.database.session_factory, context.clock)
                found[:] = [holder] if holder else []
                return bool(found)

            wait_until(engine_runs, "the window's engine")
        finally:
            context.close()
        assert psutil.Process(found[0].pid).ppid() == process.pid, "the window started it"
        return process, found[0]

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    context = build_context(str(data_dir))
    try:  # an engine left running (keep sending on) is stopped the way the tray would
        EngineSupervisor([], context.database.session_factory, context.events, context.clock).stop_engine()
    finally:
        context.close()


def log_text(tmp_path: Path) -> str:
    return (tmp_path / "data" / "logs" / "desk-sms.log").read_text(encoding="utf-8", errors="replace")


def engine_stopped_cleanly(engine: LeaseHolder, tmp_path: Path) -> None:
    try:
        process = psutil.Process(engine.pid)
    except psutil.NoSuchProcess:
        pass  # the window stopped it, and waited for it, before it quit
    else:
        gone, _alive = psutil.wait_procs([process], timeout=WAIT_S)
        assert [p.pid for p in gone] == [engine.pid], "the engine stopped after its window ended"
    context = build_context(str(tmp_path / "data"))
    try:
        assert live_engine(context.database.session_factory, context.clock) is None  # released: a clean stop
    finally:
        context.close()


def test_a_window_ended_by_sigterm_closes_as_its_close_button_does_and_stops_its_engine(
    window: Callable[[bool], tuple[subprocess.Popen[bytes], LeaseHolder]], tmp_path: Path
) -> None:
    process, engine = window(False)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=WAIT_S) == 0, "a clean quit, not a death by signal"
    engine_stopped_cleanly(engine, tmp_path)
    assert "SIGTERM: closing the window" in log_text(tmp_path)
    assert (tmp_path / "data" / "ui-settings.ini").read_text(encoding="utf-8").count("geometry") == 1  # saved


def test_a_killed_window_s_engine_stops_when_keep_sending_is_off(
    window: Callable[[bool], tuple[subprocess.Popen[bytes], LeaseHolder]], tmp_path: Path
) -> None:
    process, engine = window(False)
    process.send_signal(signal.SIGKILL)  # no chance to say goodbye: the engine sees its pipe end
    process.wait(timeout=30)
    engine_stopped_cleanly(engine, tmp_path)
    assert STOPPED_LINE in log_text(tmp_path)


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_an_ended_window_leaves_its_engine_sending_when_keep_sending_is_on(
    window: Callable[[bool], tuple[subprocess.Popen[bytes], LeaseHolder]], tmp_path: Path,
    how: signal.Signals,
) -> None:
    process, engine = window(True)
    process.send_signal(how)
    process.wait(timeout=30)
    kept = "keeping on sending (Settings)"
    wait_until(lambda: kept in log_text(tmp_path), "the engine to see its window end")
    assert psutil.pid_exists(engine.pid) and psutil.Process(engine.pid).status() != psutil.STATUS_ZOMBIE
    assert STOPPED_LINE not in log_text(tmp_path)
