"""`desk-sms serve`: the headless engine (and the daily backup of a database file) until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from desk_sms.api.bind import bind_argument
from desk_sms.context import AppContext
from desk_sms.errors import EngineBusy, UserError
from desk_sms.events import StorageStateChanged
from desk_sms.storage import Problem, StorageState
from desk_sms.wording import counted


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    parser = commands.add_parser("serve", help="run the engine without a window until interrupted")
    parser.add_argument("--demo", type=int, default=0, metavar="N", help="attach N simulated modems")
    parser.add_argument(
        "--at-sign-in",
        action="store_true",
        help="started at sign-in: exit quietly when 'keep sending when the window is closed' is off "
        "or an engine already runs",
    )
    parser.add_argument(
        "--for-window",
        action="store_true",
        help="started by a window, which holds our standard input: when that window ends (however), "
        "stop unless 'keep sending when the window is closed' is on",
    )
    parser.add_argument("--api", metavar="[HOST:]PORT", type=bind_argument,
                        help="serve the HTTP API (whatever Settings say); 127.0.0.1 unless a host is given")
    parser.set_defaults(handler=with_context(serve))


def serve(context: AppContext, args: argparse.Namespace) -> int:
    from desk_sms.engine.daily_backup import start_daily_backup
    from desk_sms.engine.runtime import start_engine
    from desk_sms.other_programs import start_other_programs

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if args.at_sign_in and not context.settings.get("keep_sending_when_closed"):
        print("desk-sms: sending with the window closed is off (Settings); not starting", file=sys.stderr)
        return 0
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, request_stop)
    # A window's "Quit desk-sms completely" reaches us as a stop command (engine_commands).
    runtime = start_engine(context, demo_modems=args.demo, on_stop_requested=stop.set)
    if not runtime.driving:
        holder = runtime.holder()
        runtime.stop()
        if args.at_sign_in:  # a window (or an earlier sign-in) started one already
            return 0
        raise EngineBusy(owner=holder.describe() if holder else "another process")
    try:
        stop_others = start_other_programs(context, args.api)
    except UserError:  # a port in use: the engine stops again
        runtime.stop()
        raise
    daily_backup = start_daily_backup(context, runtime.engine)
    if args.for_window:
        _follow_window(context, stop)
    modems = len(runtime.engine.pool.workers)
    unsubscribe = context.events.subscribe(_say_storage_state)
    print(f"desk-sms: engine running with {counted(modems, 'modem')}; stop with Ctrl+C", file=sys.stderr)
    try:
        while not stop.wait(1.0):
            pass
    finally:
        stop_others()
        daily_backup.stop()
        runtime.stop()
        unsubscribe()
    left = runtime.engine.unrecorded_outcomes()
    if left:
        print(
            f"desk-sms: the modems handled {'message' if len(left) == 1 else 'messages'} "
            f"{', '.join(map(str, left))} but the database could not record it: "
            f"{'it' if len(left) == 1 else 'they'} will show as uncertain; check with the recipients "
            "before resending",
            file=sys.stderr,
        )
    print("desk-sms: engine stopped", file=sys.stderr)
    return 0


def _follow_window(context: AppContext, stop: threading.Event) -> None:
    from desk_sms.engine_process import follow_window

    def keep_sending() -> bool:
        try:
            return bool(context.settings.get("keep_sending_when_closed"))
        except Exception:  # the database cannot say: keep sending (reminders matter more)
            return True

    if sys.stdin is None:  # a windowed build given no standard input: nothing to follow
        return
    pipe = sys.stdin.fileno()
    threading.Thread(
        target=follow_window, args=(pipe, keep_sending, stop.set), name="follow-window", daemon=True
    ).start()


def _say_storage_state(event: object) -> None:
    """One line on stderr when sending pauses for a full disk (or similar) and when it resumes."""
    if not isinstance(event, StorageStateChanged):
        return
    if event.problem is None:
        print("desk-sms: the database can be written again; sending resumes", file=sys.stderr)
        return
    state = StorageState(Problem(event.problem), Path(event.folder), event.free_bytes, event.needed_bytes)
    print(f"desk-sms: sending paused (it resumes by itself): {state.error().message}", file=sys.stderr)
