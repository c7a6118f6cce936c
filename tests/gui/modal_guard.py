"""No modal dialog may hang the test run.

A dialog shown with `exec()` (or a static helper such as `QMessageBox.critical`) waits in a nested
event loop for a click nobody makes offscreen: a test that fails while a background task still
runs could leave the bug dialog of that task's failure blocking pytest-qt's teardown, and the run
would hang without a word. Under the guard such a dialog records itself and returns at once, as
if cancelled, and the test fails naming it. A test that means to answer a dialog patches it first
(`recorded_dialogs`, or its own `monkeypatch` of the dialog's `exec`), which wins over the guard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6 import QtWidgets
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

CANCELLED: dict[tuple[type, str], object] = {
    (QMessageBox, "critical"): QMessageBox.StandardButton.Cancel,
    (QMessageBox, "warning"): QMessageBox.StandardButton.Cancel,
    (QMessageBox, "information"): QMessageBox.StandardButton.Cancel,
    (QMessageBox, "question"): QMessageBox.StandardButton.Cancel,
    (QMessageBox, "about"): None,
    (QInputDialog, "getText"): ("", False),
    (QInputDialog, "getInt"): (0, False),
    (QInputDialog, "getDouble"): (0.0, False),
    (QInputDialog, "getItem"): ("", False),
    (QInputDialog, "getMultiLineText"): ("", False),
    (QFileDialog, "getOpenFileName"): ("", ""),
    (QFileDialog, "getSaveFileName"): ("", ""),
    (QFileDialog, "getExistingDirectory"): "",
}


def dialog_classes_with_exec() -> list[type[QDialog]]:
    """QDialog and the Qt dialogs that bring an `exec` of their own (QMessageBox's overrides QDialog's)."""
    found: list[type[QDialog]] = [QDialog]
    for value in vars(QtWidgets).values():
        if isinstance(value, type) and issubclass(value, QDialog) and "exec" in vars(value):
            found.append(value)
    return found


def describe(dialog: QDialog) -> str:
    """The dialog in one line; a bug dialog with the exception it reports (its details' last line)."""
    text = dialog.text().replace("\n", " ") if isinstance(dialog, QMessageBox) else ""
    if isinstance(dialog, QMessageBox) and dialog.detailedText():
        trace = dialog.detailedText().split("--- recent log ---")[0].strip().splitlines()
        text += f" [{trace[-1]}]" if trace else ""
    return f"{type(dialog).__name__} {dialog.windowTitle()!r}" + (f": {text}" if text else "")


class ModalGuard:
    """Attributes:
    blocked: what would have blocked the run, in words (one entry per dialog).
    """

    def __init__(self) -> None:
        self.blocked: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def exec_(dialog: QDialog) -> int:  # a plain function, so it binds to the dialog
            return self._exec(dialog)

        for cls in dict.fromkeys(dialog_classes_with_exec()):
            monkeypatch.setattr(cls, "exec", exec_)
        for (cls, name), cancelled in CANCELLED.items():
            monkeypatch.setattr(cls, name, staticmethod(self._helper(f"{cls.__name__}.{name}", cancelled)))

    def _exec(self, dialog: QDialog) -> int:
        self.blocked.append(describe(dialog))
        return int(QDialog.DialogCode.Rejected)

    def _helper(self, name: str, cancelled: object) -> Callable[..., object]:
        def record(*args: Any, **kwargs: Any) -> object:
            words = [str(a) for a in args[1:3] if isinstance(a, str)]  # (parent, title, text, …)
            self.blocked.append(f"{name}({', '.join(repr(w) for w in words)})")
            return cancelled

        return record

    def check(self) -> None:
        if self.blocked:
            shown = "; ".join(self.blocked)
            pytest.fail(f"a modal dialog would have blocked the test run: {shown}", pytrace=False)
