"""Run a module or script, then write this process's peak memory and CPU time to $DESK_SMS_MEASURE_FILE.

The process measures itself at exit: the kernel's ``ru_maxrss`` of a child counts
the parent's memory at fork (pytest's, hundreds of MB), so it is no use from outside.
Writes JSON ``{"peak_bytes": …, "cpu_seconds": …}``.
Usage: python tests/corpus/measured.py (-m MODULE | SCRIPT) ARGS...
"""

from __future__ import annotations

import atexit
import json
import os
import runpy
import sys
from pathlib import Path

import psutil


def _peak_bytes() -> int:
    if sys.platform.startswith("linux"):
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
        return int(line.split()[1]) * 1024
    memory = psutil.Process().memory_info()
    # Windows keeps the peak working set; elsewhere the current size is the best we get.
    return int(getattr(memory, "peak_wset", memory.rss))


def _report() -> None:
    times = os.times()
    figures = {"peak_bytes": _peak_bytes(), "cpu_seconds": times.user + times.system}
    Path(os.environ["DESK_SMS_MEASURE_FILE"]).write_text(json.dumps(figures), encoding="ascii")


if __name__ == "__main__":
    atexit.register(_report)
    if sys.argv[1] == "-m":
        sys.argv = sys.argv[2:]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")
