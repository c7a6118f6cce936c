"""Engine benchmarks (issue 4): overhead against a bare library loop, and scaling with modems.

Run: `.venv/bin/python bench/engine_bench.py [--messages 2000] [--skip-scaling] [--durability-only]`.
Prints the figures; paste them with the machine and date into bench/RESULTS.md. Not part of the
test suite. The durability figures (issue 23) compare the claim and outcome commits at
synchronous=FULL (what the engine uses) with NORMAL, in the same run, on the same disk.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from gsmmodem.modem import GsmModem

from desk_sms.context import AppContext, build_context
from desk_sms.db import session as db_session
from desk_sms.engine.claims import ClaimRequest, Claims
from desk_sms.engine.engine import Engine
from desk_sms.services.outbox import Recipient


def numbers(count: int) -> list[str]:
    return [f"+8190{1000_0000 + n:08d}" for n in range(count)]


@contextmanager
def simulator_processes(
    count: int, send_delay: float, folder: Path, extra: tuple[str, ...] = ()
) -> Iterator[list[tuple[str, str, Path]]]:
    """`count` simulators, each in its own process like a real modem: (port, IMEI, ledger file).

    `extra`: more simulator options (e.g. `--auto-status-reports`).
    """
    processes, made = [], []
    for index in range(count):
        imei, port_file, ledger = (
            f"3569380356{index:05d}",
            folder / f"sim{index}.port",
            folder / f"sim{index}.jsonl",
        )
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "modem.simulator",
                    "--port-file",
                    str(port_file),
                    "--imei",
                    imei,
                    "--imsi",
                    f"44010{imei[-10:]}",  # each its own SIM: daily limits are per SIM
                    "--send-delay",
                    str(send_delay),
                    "--ledger-file",
                    str(ledger),
                    "--seed",
                    str(index),
                    *extra,
                ],
                stdout=subprocess.DEVNULL,
            )
        )
        wait(port_file.exists, 30)
        made.append((port_file.read_text().strip(), imei, ledger))
    try:
        yield made
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)


def ledger_count(path: Path) -> int:
    return sum(1 for _ in path.open(encoding="utf-8")) if path.exists() else 0


def bare_library_rate(count: int) -> float:
    """Messages per second of a plain python-gsmmodem-new loop on one zero-delay simulator."""
    with tempfile.TemporaryDirectory() as folder, simulator_processes(1, 0.0, Path(folder)) as sims:
        modem = GsmModem(sims[0][0], 115200)
        modem.connect()
        try:
            started = time.perf_counter()
            for number in numbers(count):
                modem.sendSms(number, "benchmark message")
            elapsed = time.perf_counter() - started
        finally:
            modem.close()
        assert ledger_count(sims[0][2]) == count
    return count / elapsed


def prepared_context(root: str) -> AppContext:
    context = build_context(root)
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    return context


def engine_rate(count: int, modems: int, send_delay: float) -> tuple[float, Counter[str]]:
    """Messages per second of the whole engine (claim, send, commit) over `modems` simulators."""
    with tempfile.TemporaryDirectory() as root, simulator_processes(modems, send_delay, Path(root)) as sims:
        context = prepared_context(str(Path(root) / "data"))
        for index, (port, imei, _) in enumerate(sims):
            context.modems.add(port, name=f"sim{index}", min_interval=0.0, daily_limit=10_000, imei=imei)
        ports = {imei: port for port, imei, _ in sims}
        engine = Engine(
            context.database.session_factory,
            context.events,
            context.clock,
            context.settings,
            port_lookup=ports.get,
            poll_interval=3600,
        )
        engine.start()
        wait(lambda: len(engine.pool.healthy_ids()) == modems, 60)
        context.outbox.create_campaign("bench", [Recipient(n, "benchmark message") for n in numbers(count)])
        started = time.perf_counter()
        engine.wake()
        wait(lambda: context.outbox.counts_by_status().get("sent", 0) >= count, 900, pause=0.05)
        elapsed = time.perf_counter() - started
        counts = Counter(context.outbox.counts_by_status())
        engine.stop()
        context.close()
        accepted = sum(ledger_count(ledger) for _, _, ledger in sims)
        assert accepted == count, f"the simulators accepted {accepted} messages, not {count}"
    return count / elapsed, counts


@contextmanager
def durable_level(level: str) -> Iterator[None]:
    """Run the engine's claim and outcome commits at `level` (FULL is what desk-sms ships)."""
    shipped = db_session.DURABLE_SYNCHRONOUS
    db_session.DURABLE_SYNCHRONOUS = level
    try:
        yield
    finally:
        db_session.DURABLE_SYNCHRONOUS = shipped


def claim_and_record_seconds(count: int, level: str) -> float:
    """Seconds per message for the two durable commits alone (claim, then sent), no modem."""
    with tempfile.TemporaryDirectory() as root, durable_level(level):
        context = prepared_context(str(Path(root) / "data"))
        context.modems.add("/dev/null", name="bench", imei="356938035643809", daily_limit=10_000)
        context.outbox.create_campaign("bench", [Recipient(n, "benchmark message") for n in numbers(count)])
        claims = Claims(context.database.session_factory, "bench")
        started = time.perf_counter()
        for _ in range(count):
            now = datetime.now(UTC)
            message = claims.claim(ClaimRequest(1, now, quiet=False, healthy_modem_ids=[1]))
            assert message is not None
            claims.mark_sent(message.id, 1, (7,), "gsm7", now)
        elapsed = time.perf_counter() - started
        context.close()
    return elapsed / count


def durability_cost(count: int) -> None:
    for level in ("NORMAL", "FULL", "NORMAL", "FULL"):  # interleaved: a busy disk affects both alike
        per = claim_and_record_seconds(count, level)
        print(f"durability: claim + outcome commits at synchronous={level}: {per * 1000:.2f} ms per message")
    for level in ("NORMAL", "FULL"):
        with durable_level(level):
            rate, _ = engine_rate(count, 4, 0.0)
        print(f"durability: engine, 4 modems, zero delay, synchronous={level}: {rate:.1f} msg/s in all")


def wait(predicate, timeout: float, pause: float = 0.01) -> None:  # type: ignore[no-untyped-def]
    event, deadline = threading.Event(), time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark did not finish in time")
        event.wait(pause)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--durability-only", action="store_true", help="only the FULL/NORMAL comparison")
    args = parser.parse_args()
    print(
        f"# engine benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
        f"Python {platform.python_version()}, {platform.processor() or platform.machine()}"
    )
    durability_cost(min(args.messages, 1000))
    if args.durability_only:
        return
    bare = bare_library_rate(args.messages)
    rate, counts = engine_rate(args.messages, 4, 0.0)
    print(f"overhead: bare python-gsmmodem-new loop, 1 modem: {bare:.1f} msg/s")
    print(
        f"overhead: engine, 4 modems, zero delay: {rate:.1f} msg/s in all, {rate / 4:.1f} msg/s per modem "
        f"(states {dict(counts)})"
    )
    print(f"overhead: ratio engine per modem / bare loop = {rate / 4 / bare:.2f} (target >= 0.9)")
    print(f"overhead: ratio engine total / bare loop = {rate / bare:.2f}")
    if args.skip_scaling:
        return
    for modems in (1, 2, 4, 8):
        count = modems * 40
        rate, _ = engine_rate(count, modems, 0.5)
        ideal = modems * 2.0
        print(
            f"scaling: {modems} modem(s) at 0.5 s per send: {rate:.2f} msg/s, ideal {ideal:.1f}, "
            f"ratio {rate / ideal:.3f} (target >= 0.95 at 8)"
        )


if __name__ == "__main__":
    main()
