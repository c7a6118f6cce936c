"""The main window: every page reachable by sidebar and Ctrl+N, screenshots, status bar, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import PAGES

pytestmark = pytest.mark.usefixtures("english")


def test_every_page_reachable_by_sidebar_and_shortcut(make_window, qtbot: QtBot, tmp_path: Path) -> None:
    parts = make_window()
    window, sidebar = parts.window, parts.window.findChild(type(parts.window._sidebar), "sidebar")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for row, spec in enumerate(PAGES):
        rect = sidebar.visualItemRect(sidebar.item(row))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == spec.key
        shot = tmp_path / f"page-{spec.key}.png"
        assert window.grab().save(str(shot))
        assert shot.stat().st_size > 0
    for row, spec in reversed(list(enumerate(PAGES))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{row + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key
