"""Run a module or script, then write this process's peak memory (bytes) to $DESK_SMS_PEAK_FILE.

The kernel's ``ru_maxrss`` of a child includes the parent's memory at fork (pytest's,
hundreds of MB), so the child reads its own high-water mark, VmHWM, at exit.
Usage: python tests/corpus/measured.py (-m MODULE | SCRIPT) ARGS...
"""

from __future__ import annotations

import atexit
import os
import resource
import runpy
import sys
from pathlib import Path


def _peak_bytes() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
        return int(line.split()[1]) * 1024
    except (OSError, StopIteration):
        # Without /proc the rusage figure is an upper bound (it may include the parent's).
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _report() -> None:
    Path(os.environ["DESK_SMS_PEAK_FILE"]).write_text(str(_peak_bytes()), encoding="ascii")


if __name__ == "__main__":
    atexit.register(_report)
    if sys.argv[1] == "-m":
        sys.argv = sys.argv[2:]
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    else:
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")
