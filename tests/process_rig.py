"""Separate processes, as in the field: simulator processes with ledgers, and `desk-sms serve` engines.

Children never write into a pipe nobody reads (a full pipe stalls a process): simulators write
nowhere, engines into a file whose tail a failed assertion can show.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVE_OUTPUT = "serve-stderr.txt"


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, poll: float = 0.1) -> None:
    pause, waited = threading.Event(), 0.0
    while not predicate():
        assert waited < timeout, f"timed out waiting for {what}"
        pause.wait(poll)
        waited += poll


def start_simulator(folder: Path, index: int, imei: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
    """A simulated modem in its own process; returns it, the file naming its port, and its ledger."""
    port_file, ledger = folder / f"sim{index}.port", folder / f"sim{index}.ledger"
    process = subprocess.Popen(
        [sys.executable, "-m", "modem.simulator", "--port-file", str(port_file), "--ledger-file", str(ledger),
         "--imei", imei, "--imsi", f"4401091{index:08d}", "--send-delay", "0.02", "--seed", str(index)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(port_file.exists, 20, "the simulator's port file")
    return process, port_file, ledger


def start_serve(data_dir: Path, *global_options: str, serve_options: tuple[str, ...] = ()
                ) -> subprocess.Popen[bytes]:
    """`desk-sms serve` on `data_dir` (with `serve_options`), its stderr appended to a file there."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / SERVE_OUTPUT).open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "desk_sms", "--data-dir", str(data_dir), *global_options, "serve",
             *serve_options],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def serve_output(data_dir: Path) -> str:
    path = data_dir / SERVE_OUTPUT
    return path.read_text(encoding="utf-8", errors="replace")[-3000:] if path.exists() else ""


def ledger_texts(paths: list[Path]) -> Counter[str]:
    """How many times the simulators' networks accepted each text."""
    texts: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            texts[json.loads(line)["text"]] += 1
    return texts
