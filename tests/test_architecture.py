"""The layers hold: no Qt below ui/, and modem/ stands alone (STYLE.md lesson 1)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

IMPORT_ALL = """
import importlib, json, pkgutil, sys
names = []
for package_name in {packages!r}:
    package = importlib.import_module(package_name)
    names.append(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
        names.append(info.name)
loaded = sorted({{m.split(".")[0] for m in sys.modules}})
print(json.dumps({{"imported": names, "top_level": loaded}}))
"""


def import_everything(packages: list[str]) -> dict[str, list[str]]:
    code = IMPORT_ALL.format(packages=packages)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_core_and_modem_import_no_qt() -> None:
    report = import_everything(["desk_sms", "modem"])
    assert "desk_sms.cli" in report["imported"]
    assert "modem.interface" in report["imported"]
    assert "PySide6" not in report["top_level"]
    assert "shiboken6" not in report["top_level"]


def test_modem_imports_neither_core_nor_ui() -> None:
    report = import_everything(["modem"])
    assert "modem.interface" in report["imported"]
    assert "desk_sms" not in report["top_level"]
    assert "ui" not in report["top_level"]


def test_import_linter_layers_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
