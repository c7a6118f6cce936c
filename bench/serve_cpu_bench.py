"""CPU per message of the engine process (issue 17), beside a bare library loop and gammu-smsd.

Run: `.venv/bin/python bench/serve_cpu_bench.py [--messages 300] [--send-delay 0.2] [--profile FILE]`.

One simulated modem in its own process, at `--send-delay` seconds per send (0.2 s: five messages a
second at most), the same texts for every peer, in one run:
- `desk-sms serve` (the engine process the window starts), a campaign of N messages, measured from
  the campaign's creation until every message is sent (and, with delivery reports, delivered);
  CPU is the serve process's own user + system time over that span (idle included);
- the bare python-gsmmodem-new loop (`sendSms` N times), CPU of this process over the loop;
- gammu-smsd (Debian's package, files backend) against the same kind of simulator on a
  pseudo-terminal, when installed; otherwise the run says why it was left out.
Prints the figures and the ratios against the bare loop and gammu-smsd of the same run. With
`--profile FILE`, py-spy (the dev extra) samples every thread of serve during the campaign and
writes collapsed stacks to FILE (the CPU figures of that run are then not comparable). Not part
of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psutil
from engine_bench import ledger_count, numbers, prepared_context, simulator_processes, wait
from gsmmodem.modem import GsmModem

from desk_sms.context import build_context
from desk_sms.services.outbox import Recipient

TEXT = "benchmark message"
REPORT_DELAY = "0.5"  # seconds from a send to its delivery report in the simulator


@dataclass(frozen=True)
class Figures:
    peer: str
    messages: int
    seconds: float
    cpu_seconds: float

    @property
    def rate(self) -> float:
        return self.messages / self.seconds

    @property
    def cpu_per_1000(self) -> float:
        return self.cpu_seconds * 1000 / self.messages

    def line(self) -> str:
        return (f"{self.peer}: {self.rate:.2f} msg/s, {self.cpu_per_1000:.2f} s CPU per 1,000 messages "
                f"({self.messages} in {self.seconds:.1f} s, {self.cpu_seconds:.2f} s CPU)")


def cpu_of(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def system_cpu_of(process: psutil.Process) -> float:
    return float(process.cpu_times().system)


def report_options(reports: bool) -> tuple[str, ...]:
    return ("--auto-status-reports", "--status-report-delay", REPORT_DELAY) if reports else ()


# -- desk-sms serve ---------------------------------------------------------------------------------

def serve_figures(count: int, delay: float, reports: bool, profile: Path | None = None) -> Figures:
    extra = report_options(reports)
    with tempfile.TemporaryDirectory() as root, simulator_processes(1, delay, Path(root), extra) as sims:
        data = Path(root) / "data"
        setup = prepared_context(str(data))
        port, imei, ledger = sims[0]
        setup.modems.add(port, name="sim0", min_interval=0.0, daily_limit=10_000, imei=imei)
        setup.close()
        with serve_process(data) as serve:
            context = build_context(str(data))
            wait(lambda: [m.state for m in context.modems.list()] == ["ready"], 120, pause=0.2)
            sampler = sample_stacks(serve.pid, profile) if profile is not None else None
            before, system_before = cpu_of(serve), system_cpu_of(serve)
            started = time.perf_counter()
            context.outbox.create_campaign("bench", [Recipient(n, TEXT) for n in numbers(count)])
            goal = "delivered" if reports else "sent"
            wait(lambda: context.outbox.counts_by_status().get(goal, 0) >= count, 1800, pause=0.2)
            elapsed, cpu = time.perf_counter() - started, cpu_of(serve) - before
            system = system_cpu_of(serve) - system_before
            if sampler is not None:
                sampler.send_signal(signal.SIGINT)  # py-spy writes what it sampled and ends
                sampler.wait(120)
            context.close()
        assert ledger_count(ledger) == count, "the simulator did not accept every message"
    label = "desk-sms serve, with delivery reports" if reports else "desk-sms serve, no delivery reports"
    return Figures(f"{label} (kernel {system * 1000 / count:.2f} ms of it per message)", count, elapsed, cpu)


@contextmanager
def serve_process(data: Path) -> Iterator[psutil.Process]:
    command = [sys.executable, "-m", "desk_sms", "--data-dir", str(data), "serve"]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield psutil.Process(process.pid)
    finally:
        process.terminate()
        process.wait(120)


def sample_stacks(pid: int, output: Path) -> subprocess.Popen[bytes]:
    """py-spy sampling `pid` into collapsed stacks: the thread holding the interpreter lock (Python CPU)."""
    py_spy = Path(sys.executable).with_name("py-spy")
    command = [str(py_spy), "record", "--pid", str(pid), "--format", "raw", "--rate", "500",
               "--output", str(output), "--nonblocking", "--gil"]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


# -- the bare library loop --------------------------------------------------------------------------

def bare_figures(count: int, delay: float) -> Figures:
    with tempfile.TemporaryDirectory() as folder, simulator_processes(1, delay, Path(folder)) as sims:
        modem = GsmModem(sims[0][0], 115200)
        modem.connect()
        try:
            me = psutil.Process()
            before, started = cpu_of(me), time.perf_counter()
            for number in numbers(count):
                modem.sendSms(number, TEXT)
            elapsed, cpu = time.perf_counter() - started, cpu_of(me) - before
        finally:
            modem.close()
        assert ledger_count(sims[0][2]) == count
    return Figures("bare python-gsmmodem-new loop", count, elapsed, cpu)


# -- gammu-smsd ------------------------------------------------------------------------------------

GAMMU_CONFIG = """[gammu]
device = {device}
connection = at

[smsd]
service = files
inboxpath = {folder}/inbox/
outboxpath = {folder}/outbox/
sentsmspath = {folder}/sent/
errorsmspath = {folder}/error/
logfile = {folder}/smsd.log
debuglevel = 0
checksecurity = 0
checkbattery = 0
checksignal = 0
checknetwork = 0
hangupcalls = 0
statusfrequency = 0
commtimeout = 1
sendtimeout = 30
loopsleep = 0
deliveryreport = {report}
"""


def gammu_missing() -> str | None:
    """Why gammu-smsd cannot run here, or None."""
    missing = [tool for tool in ("gammu-smsd", "gammu-smsd-inject") if shutil.which(tool) is None]
    if missing:
        return f"{', '.join(missing)} not installed (Debian: apt-get install gammu-smsd)"
    return None


def gammu_figures(count: int, delay: float, reports: bool) -> Figures:
    extra = ("--transport", "pty", *report_options(reports))
    with tempfile.TemporaryDirectory() as root, simulator_processes(1, delay, Path(root), extra) as sims:
        folder = Path(root)
        for name in ("inbox", "outbox", "sent", "error"):
            (folder / name).mkdir()
        config = folder / "smsdrc"
        report = "sms" if reports else "no"
        settings = GAMMU_CONFIG.format(device=sims[0][0], folder=folder, report=report)
        config.write_text(settings, encoding="utf-8")
        for number in numbers(count):  # queued before the clock starts, as the campaign is for serve
            subprocess.run(["gammu-smsd-inject", "-c", str(config), "TEXT", number, "-text", TEXT],
                           check=True, capture_output=True)
        process = subprocess.Popen(["gammu-smsd", "-c", str(config)], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            smsd = psutil.Process(process.pid)
            started = time.perf_counter()
            wait(lambda: len(os.listdir(folder / "sent")) + len(os.listdir(folder / "error")) >= count,
                 1800, pause=0.2)
            elapsed, cpu = time.perf_counter() - started, cpu_of(smsd)
            errors = len(os.listdir(folder / "error"))
        finally:
            process.terminate()
            process.wait(60)
        assert errors == 0, f"gammu-smsd failed {errors} message(s): see {folder}/smsd.log"
    label = "gammu-smsd, with delivery reports requested" if reports else "gammu-smsd, no delivery reports"
    return Figures(label, count, elapsed, cpu)


def before_figures(tree: Path, count: int, delay: float, reports: bool) -> Figures:
    """The same serve measurement with the desk-sms of `tree` (its code first on the path)."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, str(Path(__file__).resolve()), "--messages", str(count),
               "--send-delay", str(delay), "--serve-only", "reports" if reports else "plain"]
    output = subprocess.run(command, env=environment, cwd=tree, check=True, capture_output=True, text=True)
    peer, messages, seconds, cpu = json.loads(output.stdout.strip().splitlines()[-1])
    return Figures(f"before ({tree.name}): {peer}", messages, seconds, cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--send-delay", type=float, default=0.2)
    parser.add_argument("--profile", type=Path, help="run serve under cProfile, statistics to this file")
    parser.add_argument("--reports", action="store_true", help="with --profile: with delivery reports")
    parser.add_argument("--skip-gammu", action="store_true")
    parser.add_argument(
        "--before-tree", type=Path, help="a desk-sms checkout before the change, measured in the same run"
    )
    parser.add_argument("--serve-only", choices=("plain", "reports"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    count, delay = args.messages, args.send_delay
    if args.serve_only is not None:  # one serve measurement, for --before-tree (see before_figures)
        found = serve_figures(count, delay, reports=args.serve_only == "reports")
        print(json.dumps([found.peer, found.messages, found.seconds, found.cpu_seconds]))
        return
    print(f"# serve CPU benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
          f"Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}, {count} messages, "
          f"{delay} s per send")
    if args.profile is not None:
        print(serve_figures(count, delay, reports=args.reports, profile=args.profile).line())
        return
    bare = bare_figures(count, delay)
    print(bare.line())
    figures = [serve_figures(count, delay, reports) for reports in (False, True)]
    for found in figures:
        print(found.line())
        print(f"  ratio CPU to the bare loop: {found.cpu_per_1000 / bare.cpu_per_1000:.2f}, "
              f"rate {found.rate / bare.rate:.2f}")
    if args.before_tree is not None:
        for reports, after in zip((False, True), figures, strict=True):
            before = before_figures(args.before_tree, count, delay, reports)
            print(before.line())
            print(f"  after / before: CPU {after.cpu_per_1000 / before.cpu_per_1000:.2f}, "
                  f"rate {after.rate / before.rate:.2f}; before / bare loop: CPU "
                  f"{before.cpu_per_1000 / bare.cpu_per_1000:.2f}")
    why_not = "left out by --skip-gammu" if args.skip_gammu else gammu_missing()
    if why_not is not None:
        print(f"gammu-smsd: skipped: {why_not}")
        return
    for reports, serve in zip((False, True), figures, strict=True):
        peer = gammu_figures(count, delay, reports)
        print(peer.line())
        print(f"  serve / gammu-smsd: CPU {serve.cpu_per_1000 / peer.cpu_per_1000:.2f}, "
              f"rate {serve.rate / peer.rate:.2f}")


if __name__ == "__main__":
    main()
