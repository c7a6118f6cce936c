"""The engine as its own process, seen from a window: found when one runs, started when none does.

The window never drives modems. It makes sure `desk-sms serve` runs for its data directory: an
engine already holding the lease (started at sign-in, or by an earlier window) is used as it is;
otherwise one is started as a child process. A child that dies is started again after a growing
pause (1 s, 2 s, 5 s … 60 s); each change is published as `EngineProcessChanged` for the window to
say in words. The child runs in a session of its own, so it may outlive the window (Settings:
*keep sending when the window is closed*). Its standard input is a pipe from the window: however
the window ends (closed, SIGTERM, killed, crashed), the engine reads end-of-file there and stops
unless that setting is on (`serve --for-window`, `follow_window`).
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import EngineLease
from desk_sms.db.session import database_now
from desk_sms.engine.lease import ENGINE_LEASE, STALE_AFTER, LeaseHolder
from desk_sms.engine.sharing import MEMBER_PREFIX
from desk_sms.events import EngineProcessChanged, EventBus
from desk_sms.services.engine_commands import CommandKind, EngineCommands

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
STABLE_SECONDS = 60.0  # a child that ran this long before it died starts the backoff afresh
CHECK_SECONDS = 0.5
STOP_WAIT_SECONDS = 30.0  # an engine finishes the message in hand before it stops


class EngineState(StrEnum):
    STARTING = "starting"  # started, not yet holding the lease
    RUNNING = "running"  # our child holds the lease
    ELSEWHERE = "elsewhere"  # another process (sign-in start, another window) drives the modems
    RESTARTING = "restarting"  # it died; started again after a pause
    STOPPED = "stopped"


def serve_command(data_dir: Path, db_url: str | None, demo_modems: int = 0) -> list[str]:
    """The command line of `desk-sms serve` for this data directory, from source or an installed build."""
    if getattr(sys, "frozen", False):  # the bundle's windowed program: `desk-sms-gui serve`, no console
        program = [sys.executable]
    else:
        program = [sys.executable, "-m", "desk_sms"]
    words = [*program, "--data-dir", str(data_dir)]
    if db_url:
        words += ["--db", db_url]
    words += ["serve", "--for-window"]
    if demo_modems:
        words += ["--demo", str(demo_modems)]
    return words


def spawn_detached(command: Sequence[str]) -> subprocess.Popen[bytes]:
    """Start `command` in a session of its own (no console window), so it can outlive its parent.

    Its standard input is a pipe held by this process only: it reads end-of-file when we end.
    """
    if sys.platform == "win32":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, creationflags=flags)
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def follow_window(window_pipe: int, keep_sending: Callable[[], bool], stop: Callable[[], None]) -> None:
    """In the engine: wait for the window that started us to end, then stop unless asked to keep sending.

    Blocks until end-of-file on the file descriptor `window_pipe` (our standard input, whose other
    end only the window holds), so it sees a window killed without a chance to say goodbye too.
    Run it on a daemon thread. It reads the descriptor itself, not `sys.stdin`: a daemon thread
    blocked inside a buffered reader aborts the interpreter's exit (it cannot take the reader's lock).
    """
    while os.read(window_pipe, 4096):  # the window writes nothing; anything read is ignored
        pass
    if keep_sending():
        log.info("the window that started this engine has ended; keeping on sending (Settings)")
        return
    log.info("the window that started this engine has ended; stopping (keep sending when closed is off)")
    stop()


def live_engine(session_factory: sessionmaker[Session], clock: Clock) -> LeaseHolder | None:
    """The engine that drives this database's modems from this computer, if one is alive.

    On a database file: the holder of the engine lease. On a shared server: this computer's engine
    (each desk's engine drives the modems plugged into its computer).
    """
    with session_factory() as session:
        shared = session.get_bind().dialect.name != "sqlite"
        query = select(EngineLease)
        if shared:
            here = socket.gethostname()
            query = query.where(EngineLease.name.startswith(MEMBER_PREFIX), EngineLease.host == here)
        else:
            query = query.where(EngineLease.name == ENGINE_LEASE)
        rows = session.scalars(query.order_by(EngineLease.heartbeat_at.desc())).all()
        now = database_now(session) if shared else clock.now()
        holders = [LeaseHolder(r.owner, r.host, r.pid, r.heartbeat_at) for r in rows]
    return next((h for h in holders if _alive(h, now)), None)


def _alive(holder: LeaseHolder, now: datetime) -> bool:
    return holder.heartbeat_at > now - STALE_AFTER and not holder.died_on_this_host()


class EngineSupervisor:
    """Keeps one engine process running for a window; `close(keep_engine)` when the window quits."""

    def __init__(
        self,
        command: Sequence[str],
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        *,
        spawn: Callable[[Sequence[str]], subprocess.Popen[bytes]] = spawn_detached,
        backoff: Sequence[float] = BACKOFF_SECONDS,
    ) -> None:
        self._command = list(command)
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._spawn = spawn
        self._backoff = backoff
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.child: subprocess.Popen[bytes] | None = None
        self._started_at = 0.0
        self._failures = 0  # deaths in a row, for the backoff
        self.restarts = 0  # since the window started, for the words it shows
        self._next_start = 0.0
        self.state = EngineState.STOPPED

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="engine-supervisor", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                self.check()
            except Exception:  # the database is busy for a moment: look again at the next tick
                log.exception("could not check the engine process")
            if self._clock.wait(self._stop, CHECK_SECONDS):
                return

    def check(self) -> None:
        """One look: is our child alive and driving, did it die, does another engine run?"""
        with self._lock:
            if self._stop.is_set():
                return
            child = self.child
            if child is not None and child.poll() is None:
                self._follow_child(child)
                return
            if child is not None:
                self._child_died(child)
            holder = live_engine(self._session_factory, self._clock)
            if holder is not None:
                self._publish(EngineState.ELSEWHERE, holder.pid, holder.describe())
            elif self._clock.monotonic() >= self._next_start:
                self._start_child()

    def _follow_child(self, child: subprocess.Popen[bytes]) -> None:
        if self.state == EngineState.RUNNING:
            return
        holder = live_engine(self._session_factory, self._clock)
        if holder is not None and holder.pid == child.pid:
            self._publish(EngineState.RUNNING, child.pid)
        elif holder is not None:  # another engine won the start (a second desk, a sign-in start)
            self._publish(EngineState.ELSEWHERE, holder.pid, holder.describe())

    def _child_died(self, child: subprocess.Popen[bytes]) -> None:
        self.child = None
        if self._clock.monotonic() - self._started_at >= STABLE_SECONDS:
            self._failures = 0
        pause = self._backoff[min(self._failures, len(self._backoff) - 1)]
        self._failures += 1
        self._next_start = self._clock.monotonic() + pause
        log.warning("the engine process %d ended (exit code %s); starting it again in %g s",
                    child.pid, child.returncode, pause)
        self._publish(EngineState.RESTARTING, child.pid, retry_in=pause)

    def _start_child(self) -> None:
        restarting = self.state == EngineState.RESTARTING
        self.child = self._spawn(self._command)
        self._started_at = self._clock.monotonic()
        if restarting:
            self.restarts += 1
        log.info("started the engine process %d: %s", self.child.pid, " ".join(self._command))
        self._publish(EngineState.STARTING, self.child.pid)

    def _publish(self, state: EngineState, pid: int, where: str = "", retry_in: float = 0.0) -> None:
        if state == self.state and state != EngineState.RESTARTING:
            return
        self.state = state
        self._events.publish(EngineProcessChanged(str(state), pid, where, self.restarts, retry_in))

    # -- the window quits ----------------------------------------------------------------------------

    def close(self, keep_engine: bool) -> None:
        """Stop watching; the engine keeps running (`keep_engine`) or is stopped and waited for."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if keep_engine:
            if self.child is not None:
                log.info("the window closes; the engine process %d keeps sending", self.child.pid)
            return
        self.stop_engine()

    def stop_engine(self, timeout: float = STOP_WAIT_SECONDS) -> None:
        """Stop the engine process: ours, or the one found (by a stop command through the database)."""
        self._stop.set()
        with self._lock:
            child, self.child = self.child, None
        holder = live_engine(self._session_factory, self._clock)
        # An engine found on this computer (a sign-in start) is asked through the database; another
        # computer's engine serves its own desk and is left alone.
        found_here = holder is not None and holder.host == socket.gethostname()
        if holder is not None and found_here and (child is None or holder.pid != child.pid):
            self._ask_to_stop(holder, timeout)
        if child is not None and child.poll() is None:
            child.terminate()  # SIGTERM: serve finishes the message in hand and releases the lease
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                log.error("the engine process %d did not stop in %g s; killing it", child.pid, timeout)
                child.kill()
                child.wait()
        self._publish(EngineState.STOPPED, child.pid if child else 0)

    def _ask_to_stop(self, holder: LeaseHolder, timeout: float) -> None:
        commands = EngineCommands(self._session_factory, self._clock)
        command_id = commands.request(CommandKind.STOP, host=holder.host)
        try:
            commands.wait(command_id, timeout)
        except Exception as exc:  # it may be gone already, or not ours to stop
            log.warning("the engine %s did not take the stop request: %s", holder.describe(), exc)
            return
        if sys.platform != "win32":  # a process we did not start: no handle to wait on
            _wait_for_exit(holder.pid, self._clock, timeout)


def _wait_for_exit(pid: int, clock: Clock, timeout: float) -> None:
    """Wait until process `pid` (not our child) has gone, or `timeout` passed."""
    gone = threading.Event()
    deadline = clock.monotonic() + timeout
    while clock.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        except PermissionError:
            return
        clock.wait(gone, 0.1)
