"""GUI responsiveness while a 10,000-message campaign runs (issues 4 and 17): two processes.

The window runs in this process exactly as `desk-sms gui` builds it: it starts the engine as its own
process (`desk-sms serve`, through `ui.app.attach_engine`) and follows it through the database's
change watcher. Four zero-delay simulated modems run as four more processes, like USB modems. With
the Sent page open (it refreshes live as states change), this measures the longest stall of the
window's Qt event loop (a 10 ms timer's largest overdue gap), the window process's peak memory, and
the CPU of both processes.
Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_responsiveness.py [--messages 10000]`.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from engine_bench import simulator_processes
from PySide6.QtCore import QTimer

from desk_sms.context import AppContext, build_context
from desk_sms.services.outbox import Recipient
from ui.app import attach_engine, create_main_window, ensure_application, freeze_startup_objects

TICK_MS = 10
WARM_UP_SECONDS = 10.0


def sent_or_delivered(context: AppContext) -> int:
    counts = context.outbox.counts_by_status()
    return counts.get("sent", 0) + counts.get("delivered", 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--max-seconds", type=float, default=300.0)
    parser.add_argument(
        "--no-freeze", action="store_true", help="leave start-up objects to the collector (the old behaviour)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root, simulator_processes(4, 0.0, Path(root)) as sims:
        measure(args, Path(root), sims)


def measure(args: argparse.Namespace, root: Path, sims: list[tuple[str, str, Path]]) -> None:
    app = ensure_application()
    context = build_context(str(root / "data"))
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    context.settings.set("keep_sending_when_closed", False)  # the engine stops with the window
    for index, (port, imei, _ledger) in enumerate(sims):  # no 180-parts-a-day limit for the measurement
        context.modems.add(port, name=f"sim{index}", min_interval=0.0, daily_limit=10_000, imei=imei)
    parts = create_main_window(context)
    supervisor = attach_engine(context, parts)  # `desk-sms serve` starts as a process of its own
    wait_for(lambda: sum(m.state == "ready" for m in context.modems.list()) == len(sims), 180)
    engine = psutil.Process(supervisor.child.pid) if supervisor.child else None
    window_cpu, engine_cpu = cpu_seconds(psutil.Process()), cpu_seconds(engine)
    parts.window.resize(1200, 760)
    parts.window.show()
    parts.window.show_page("sent")
    if not args.no_freeze:
        freeze_startup_objects()  # as `desk-sms gui` does once its window is up

    recipients = [Recipient(f"+8190{2000_0000 + n:08d}", f"お知らせ {n}") for n in range(args.messages)]
    queued = threading.Thread(target=lambda: context.outbox.create_campaign("bench", recipients))
    worst_gap, ticks, started = [0.0], [0], time.perf_counter()
    last = [started]

    finished = threading.Event()

    def watch() -> None:  # off the GUI thread, so the measurement does not stall the loop itself
        while not finished.wait(1.0):
            if (
                sent_or_delivered(context) >= args.messages
                or time.perf_counter() - started > args.max_seconds
            ):
                finished.set()

    gaps: list[tuple[float, float]] = []  # (seconds since start, overdue seconds)

    def tick() -> None:
        now = time.perf_counter()
        overdue = now - last[0] - TICK_MS / 1000
        worst_gap[0] = max(worst_gap[0], overdue)
        gaps.append((now - started, overdue))
        last[0] = now
        ticks[0] += 1
        if finished.is_set():
            timer.stop()
            app.exit(0)  # not quit(): that asks the windows first, and may be refused

    collections: list[tuple[int, float]] = []  # (generation, seconds) of each garbage collection
    collection_started = [0.0]

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collection_started[0] = time.perf_counter()
        else:
            collections.append((info["generation"], time.perf_counter() - collection_started[0]))

    gc.callbacks.append(on_collection)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    queued.start()
    threading.Thread(target=watch, daemon=True).start()
    app.exec()
    elapsed = time.perf_counter() - started
    sent = sent_or_delivered(context)
    window_cpu, engine_cpu = cpu_seconds(psutil.Process()) - window_cpu, cpu_seconds(engine) - engine_cpu
    parts.window.close()
    parts.close()
    context.close()  # keep sending is off: the engine process stops too
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"# GUI responsiveness, two processes, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.platform()}, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"
    )
    print(f"responsiveness: {sent} of {args.messages} messages sent in {elapsed:.0f} s with the window open")
    print(f"responsiveness: CPU during the campaign: window process {window_cpu:.1f} s, "
          f"engine process {engine_cpu:.1f} s")
    print(f"responsiveness: longest event-loop stall {worst_gap[0] * 1000:.0f} ms (target < 50 ms)")
    warm = sorted(overdue for at, overdue in gaps if at > WARM_UP_SECONDS)
    if warm:
        p99 = warm[int(len(warm) * 0.99)]
        print(f"responsiveness: after the first {WARM_UP_SECONDS:.0f} s (first-use imports and page loads): "
              f"longest stall {warm[-1] * 1000:.0f} ms, 99th percentile {p99 * 1000:.0f} ms, "
              f"stalls over 50 ms: {sum(1 for g in warm if g > 0.05)} of {len(warm)} ticks")
    gc.callbacks.remove(on_collection)
    full = [seconds for generation, seconds in collections if generation == 2]
    print(f"responsiveness: longest garbage-collection pause {max(s for _, s in collections) * 1000:.0f} ms; "
          f"{len(full)} full collections, longest {max(full, default=0.0) * 1000:.0f} ms")
    print(f"responsiveness: peak memory of the window process {peak_mb:.0f} MB")


def cpu_seconds(process: psutil.Process | None) -> float:
    if process is None:
        return 0.0
    times = process.cpu_times()
    return float(times.user + times.system)


def wait_for(predicate, timeout: float) -> None:  # type: ignore[no-untyped-def]
    event, deadline = threading.Event(), time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the engine process did not get the modems ready in time")
        event.wait(0.2)


if __name__ == "__main__":
    main()
