"""GUI responsiveness while a 10,000-message campaign runs inside the GUI process (issue 4).

Measures the longest stall of the Qt event loop (a 10 ms timer's largest overdue gap) and the
peak memory of the process, with the engine and four zero-delay simulated modems in the same
process and the Sent page open (it refreshes live as states change).
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from desk_sms.context import AppContext, build_context
from desk_sms.engine.runtime import start_engine
from desk_sms.services.outbox import Recipient
from ui.app import create_main_window, ensure_application, freeze_startup_objects

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
    app = ensure_application()
    root = tempfile.mkdtemp()
    context = build_context(root)
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    parts = create_main_window(context)
    runtime = start_engine(context, demo_modems=4, demo_send_delay=0.0, demo_min_interval=0.0)
    for modem in context.modems.list():  # lift the 180-parts-a-day SIM limit for the measurement
        context.modems.update(modem.id, daily_limit=args.messages)
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
            app.quit()

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
    runtime.stop()
    parts.close()
    context.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"# GUI responsiveness, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )
    print(f"responsiveness: {sent} of {args.messages} messages sent in {elapsed:.0f} s with the GUI open")
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
    print(f"responsiveness: peak memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
