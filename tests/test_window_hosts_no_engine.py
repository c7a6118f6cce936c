"""The window never hosts the engine (issue 17): no module under ui/ starts an engine, a modem worker
or a simulator, nor imports the modules that do. The engine runs as `desk-sms serve`, started by
desk_sms/engine_process.py as a process of its own.

Read from the source (every import and every called name), so a lazy import inside a function is
caught as well as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What ui/ may import from the engine and modem packages: pure helpers that start nothing.
ALLOWED_MODULES = {"desk_sms.engine.identity", "modem.interface", "modem.errors", "modem.sms_text"}
WATCHED_PACKAGES = ("desk_sms.engine", "modem")
# What starts threads that drive modems or imitate them.
FORBIDDEN_CALLS = {
    "start_engine", "Engine", "ModemPool", "ModemWorker", "GsmDriver", "DemoModems", "SimulatedModem",
    "Dispatcher", "InboxPump", "Scheduler", "start_daily_backup",
}


def imported_modules(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def called_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name):
                names.add(function.id)
            elif isinstance(function, ast.Attribute):
                names.add(function.attr)
    return names


def engine_starts(source: str) -> list[str]:
    """What in `source` starts (or imports what starts) an engine, a modem worker or a simulator."""
    tree = ast.parse(source)
    problems = []
    for module in sorted(imported_modules(tree)):
        watched = any(module == p or module.startswith(p + ".") for p in WATCHED_PACKAGES)
        parent_allowed = any(module == a or module.startswith(a + ".") for a in ALLOWED_MODULES)
        if watched and not parent_allowed and module not in WATCHED_PACKAGES:
            problems.append(f"imports {module}")
    problems += [f"calls {name}()" for name in sorted(called_names(tree) & FORBIDDEN_CALLS)]
    return problems


def test_no_module_under_ui_starts_an_engine_a_modem_worker_or_a_simulator() -> None:
    sources = sorted((ROOT / "ui").rglob("*.py"))
    assert len(sources) > 40  # the whole window, not an empty folder
    found = {
        str(path.relative_to(ROOT)): problems
        for path in sources
        if (problems := engine_starts(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_scan_catches_each_way_of_starting_one() -> None:
    assert engine_starts("from desk_sms.engine.runtime import start_engine") == [
        "imports desk_sms.engine.runtime", "imports desk_sms.engine.runtime.start_engine",
    ]
    lazy = "def f():\n    from modem.simulator import SimulatedModem\n    SimulatedModem()"
    assert engine_starts(lazy) == [
        "imports modem.simulator", "imports modem.simulator.SimulatedModem", "calls SimulatedModem()",
    ]
    assert engine_starts("import modem.worker") == ["imports modem.worker"]
    assert engine_starts("from desk_sms.engine import demo") == ["imports desk_sms.engine.demo"]
    assert engine_starts("x.start_engine(context)") == ["calls start_engine()"]
    assert engine_starts("from desk_sms.engine.identity import Identity\nfrom modem.interface import X") == []
