"""Loaded at interpreter start when this folder is on PYTHONPATH: Python as Windows has it, for the modem.

`tty` and `pty` cannot be imported and `os.openpty` does not exist, so nothing can make a pseudo-terminal.
`termios` stays (pyserial's POSIX backend needs it here; on Windows pyserial uses its own backend).
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

BLOCKED = ("tty", "pty")


class NoPseudoTerminals(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname in BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked: as on Windows)", name=fullname)
        return None


for name in BLOCKED:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, NoPseudoTerminals())
if hasattr(os, "openpty"):
    del os.openpty
