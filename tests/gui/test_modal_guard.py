"""The guard that keeps modal dialogs from hanging the test run (tests/gui/modal_guard.py)."""

from __future__ import annotations

import pytest
from modal_guard import ModalGuard
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.errors import show_error
from ui.tasks import run_in_background

ORIGINAL_EXEC = QMessageBox.exec


def fail_in_background() -> None:
    raise RuntimeError("the background job broke")


def test_a_background_failure_s_bug_dialog_returns_at_once_and_fails_the_test(
    app: QApplication, qtbot: QtBot, modal_guard: ModalGuard
) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    run_in_background(widget, fail_in_background, lambda _none: None, lambda error: show_error(widget, error))
    qtbot.waitUntil(lambda: len(modal_guard.blocked) == 1, timeout=10_000)  # shown, and it returned
    assert modal_guard.blocked[0].startswith("QMessageBox ")
    assert "the background job broke" in modal_guard.blocked[0]
    with pytest.raises(pytest.fail.Exception, match="a modal dialog would have blocked the test run"):
        modal_guard.check()
    modal_guard.blocked.clear()  # this test expected it


def test_static_helpers_return_as_cancelled_and_are_named(app: QApplication, modal_guard: ModalGuard) -> None:
    assert QMessageBox.critical(None, "Oops", "Disk full") == QMessageBox.StandardButton.Cancel
    assert QInputDialog.getText(None, "Rename modem", "New name:") == ("", False)
    assert modal_guard.blocked == ["QMessageBox.critical('Oops', 'Disk full')",
                                   "QInputDialog.getText('Rename modem', 'New name:')"]
    modal_guard.blocked.clear()


def test_a_test_that_records_its_dialogs_itself_wins_over_the_guard(
    app: QApplication, recorded_dialogs: list[QMessageBox], modal_guard: ModalGuard
) -> None:
    show_error(None, RuntimeError("expected here"))
    assert [box for box in recorded_dialogs if "expected here" in box.detailedText()]
    assert modal_guard.blocked == []


@pytest.mark.modal_dialogs
def test_the_marker_leaves_dialogs_alone(modal_guard: ModalGuard) -> None:
    assert QMessageBox.exec is ORIGINAL_EXEC
