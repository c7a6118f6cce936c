"""The Modems page on a database server shared by several desks: which computer drives each modem."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_sms.context import AppContext, build_context
from desk_sms.engine.runtime import start_engine
from ui.models.modems_model import COMPUTER, PORT
from ui.pages.modems import ModemsPage

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def gui_context(gui_data_dir: Path, pg_url: str) -> Iterator[AppContext]:
    context = build_context(str(gui_data_dir), db_url=pg_url)
    yield context
    context.close()


def test_driven_by_shows_this_computer(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    runtime = start_engine(gui_context, demo_modems=2, poll_interval=5.0)
    try:
        window = make_window().window
        window.resize(1280, 800)
        window.show_page("modems")
        window.show()
        page = window.page("modems")
        assert isinstance(page, ModemsPage)
        here = socket.gethostname()
        qtbot.waitUntil(
            lambda: [m.row.driven_by for m in page.model.modems()] == [here, here], timeout=15_000
        )
        model = page.model
        assert not page.table.isColumnHidden(COMPUTER)
        assert model.headerData(COMPUTER, Qt.Orientation.Horizontal) == "Driven by"
        assert model.data(model.index(0, COMPUTER)) == here
        assert "drives it now" in model.data(model.index(0, PORT), Qt.ItemDataRole.ToolTipRole)
        # All columns fit a 1280-pixel window: nothing hidden behind a horizontal scroll bar.
        qtbot.waitUntil(lambda: not page.table.horizontalScrollBar().isVisible(), timeout=5_000)
        assert window.grab().save(str(tmp_path / "modems-shared.png"))
    finally:
        runtime.stop()
