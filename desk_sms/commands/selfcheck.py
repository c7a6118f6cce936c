"""`desk-sms self-check`: prove an installation works without touching the user's data.

It opens a fresh database in a temporary data directory, attaches one simulated modem on a
loopback socket (`socket://127.0.0.1:PORT`, a transport Windows has too), lets the engine send one
message through it and receive one reply, prints one line per step and exits 0 when every step
passed, 1 otherwise. Installer builds run it as their smoke test.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import select

from desk_sms import __version__
from desk_sms.context import AppContext, build_context
from desk_sms.db.migrate import current_revision, head_revision
from desk_sms.db.models import InboundMessage
from desk_sms.logs import setup_logging
from desk_sms.paths import resource, resources_dir

if TYPE_CHECKING:
    from desk_sms.engine.engine import Engine
    from modem.simulator import SimulatedModem

CHECK_NUMBER = "+819012345678"
CHECK_TEXT = "desk-sms self-check"
CHECK_REPLY = "self-check の返信です"
CHECK_IMEI = "990000000000099"  # 99… is not allocated to real devices
REQUIRED_RESOURCES = ("style.qss", "icons/app.svg", "translations/desk_sms_ja.qm")
SENT_STATES = ("sent", "delivered")
DEAD_END_STATES = ("failed", "uncertain", "skipped", "cancelled", "undeliverable")


class CheckFailed(Exception):
    """One step did not pass; the message says what was expected."""


def register(commands: argparse._SubParsersAction[Any]) -> None:
    parser = commands.add_parser(
        "self-check",
        help="check this installation in a temporary data directory (database, simulated modem)",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, metavar="SECONDS", help="how long each modem step may take"
    )
    parser.add_argument("--no-modem", action="store_true", help="skip the simulated modem steps")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    check = SelfCheck(sys.stdout, timeout=args.timeout, with_modem=not args.no_modem)
    return 0 if check.run() else 1


class SelfCheck:
    """Runs the steps in order, one printed line each; a failed step ends the run."""

    def __init__(self, out: TextIO, *, timeout: float = 60.0, with_modem: bool = True) -> None:
        self._out = out
        self._timeout = timeout
        self._with_modem = with_modem
        self.outcomes: dict[str, str] = {}  # step name -> "ok" | "FAIL" | "skip"

    def run(self) -> bool:
        self._print(f"desk-sms {__version__} self-check (Python {platform.python_version()}, {sys.platform})")
        with tempfile.TemporaryDirectory(prefix="desk-sms-check-", ignore_cleanup_errors=True) as folder:
            try:
                self._run_steps(os.path.join(folder, "data"))
            finally:
                setup_logging(None)  # let go of the log file in there, or Windows cannot delete the folder
        passed = "FAIL" not in self.outcomes.values()
        self._print("self-check passed" if passed else "self-check FAILED")
        return passed

    def _run_steps(self, data_dir: str) -> None:
        if not self._step("resources", check_resources):
            return
        opened = self._step("database", lambda: open_database(data_dir))
        if opened is None:
            return
        try:
            self._modem_steps(opened.context)
        finally:
            opened.context.close()

    def _modem_steps(self, context: AppContext) -> None:
        if not self._with_modem:
            for name in ("modem", "send", "receive"):
                self._record(name, "skip", "skipped: --no-modem")
            return
        rig = ModemRig(context, self._timeout)
        try:
            if self._step("modem", rig.start) and self._step("send", rig.send_one):
                self._step("receive", rig.receive_one)
        finally:
            rig.stop()

    def _step(self, name: str, action: Callable[[], Any]) -> Any:
        """Run one step and print its line; returns what the step returned, or None when it failed."""
        try:
            value = action()
        except Exception as exc:  # every failure becomes one report line, never a traceback
            self._record(name, "FAIL", f"{type(exc).__name__}: {exc}")
            return None
        self._record(name, "ok", getattr(value, "summary", None) or str(value))
        return value

    def _record(self, name: str, outcome: str, detail: str) -> None:
        self.outcomes[name] = outcome
        self._print(f"  {outcome:<4}  {name:<9}  {detail}")

    def _print(self, line: str) -> None:
        print(line, file=self._out, flush=True)


def check_resources() -> str:
    missing = [name for name in REQUIRED_RESOURCES if not resource(name).is_file()]
    if missing:
        raise CheckFailed(f"missing under {resources_dir()}: {', '.join(missing)}")
    return f"{len(REQUIRED_RESOURCES)} files found in {resources_dir()}"


class OpenedDatabase:
    """The context of the check, with the line to print about it."""

    def __init__(self, context: AppContext, summary: str) -> None:
        self.context = context
        self.summary = summary


def open_database(data_dir: str) -> OpenedDatabase:
    """A new database, migrated to the newest schema, quiet hours off so the test message goes now."""
    context = build_context(data_dir)
    try:
        with context.database.engine.connect() as connection:
            revision = current_revision(connection)
        if revision != head_revision():
            raise CheckFailed(f"schema at {revision}, expected {head_revision()}")
        context.settings.set("quiet_hours_start", "00:00")
        context.settings.set("quiet_hours_end", "00:00")
    except Exception:
        context.close()
        raise
    return OpenedDatabase(context, f"{context.database.dialect} schema {revision} in a temporary folder")


class ModemRig:
    """One simulated modem registered in the check's database and an engine driving it."""

    def __init__(self, context: AppContext, timeout: float) -> None:
        self.context = context
        self.timeout = timeout
        self.simulator: SimulatedModem | None = None
        self.engine: Engine | None = None
        self._changed = threading.Event()
        self._unsubscribe = context.events.subscribe(lambda event: self._changed.set())

    def start(self) -> str:
        # Imported here: the engine and the simulator load only when the modem steps run.
        from desk_sms.engine.engine import Engine
        from modem.simulator import SimulatedModem

        simulator = self.simulator = SimulatedModem(imei=CHECK_IMEI, seed=1, transport="socket")
        port = simulator.start()
        self.context.modems.add(port, name="Self-check modem", min_interval=0.0, imei=simulator.imei)
        engine = self.engine = Engine(
            self.context.database.session_factory, self.context.events, self.context.clock,
            self.context.settings, port_lookup=lambda imei: simulator.port, poll_interval=2.0,
        )
        if not engine.start():
            raise CheckFailed("another engine holds this database")
        self.wait_until(lambda: bool(engine.pool.healthy_ids()), "the modem to become ready")
        return f"simulated modem on {port} is ready"

    def send_one(self) -> str:
        assert self.engine is not None and self.simulator is not None
        message_id = self.context.outbox.enqueue(CHECK_NUMBER, CHECK_TEXT)
        self.engine.wake()
        self.wait_until(lambda: self._is_sent(message_id), "the message to be sent")
        accepted = [(m.number, m.text) for m in self.simulator.ledger.messages()]
        if accepted != [(CHECK_NUMBER, CHECK_TEXT)]:
            raise CheckFailed(f"the modem accepted {accepted!r}")
        return f"message {message_id} to {CHECK_NUMBER} accepted by the modem"

    def receive_one(self) -> str:
        assert self.simulator is not None
        self.simulator.receive_sms(CHECK_NUMBER, CHECK_REPLY)
        self.wait_until(lambda: CHECK_REPLY in self._inbox_bodies(), "the reply to reach the inbox")
        return f"reply from {CHECK_NUMBER} stored in the inbox"

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()
        if self.simulator is not None:
            self.simulator.stop()
        self._unsubscribe()

    def wait_until(self, predicate: Callable[[], bool], what: str) -> None:
        """Re-check after every core event (and twice a second, for state no event announces)."""
        deadline = time.monotonic() + self.timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CheckFailed(f"timed out after {self.timeout:g} s waiting for {what}")
            self._changed.wait(min(remaining, 0.5))
            self._changed.clear()

    def _is_sent(self, message_id: int) -> bool:
        row = self.context.outbox.get(message_id)
        if row.status in DEAD_END_STATES:
            raise CheckFailed(f"message {row.status}: {row.error or 'no error text'}")
        return row.status in SENT_STATES

    def _inbox_bodies(self) -> list[str]:
        with self.context.database.session() as session:
            return list(session.scalars(select(InboundMessage.body)))
