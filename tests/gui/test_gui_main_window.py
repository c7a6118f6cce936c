"""The main window: every page reachable by sidebar and Ctrl+N, screenshots, status bar, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
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
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{(row + 1) % 10}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key


def test_geometry_and_last_page_are_restored_on_a_second_window(make_window, qtbot: QtBot) -> None:
    first = make_window().window
    first.show()
    first.resize(780, 590)  # fits the offscreen screen (800x800): Qt clamps restored geometry to it
    first.show_page("inbox")
    first.close()
    second = make_window().window
    assert second.size().width() == 780
    assert second.size().height() == 590
    assert second.current_page_key() == "inbox"


def test_status_bar_summaries_show_what_the_engine_reports(make_window) -> None:
    window = make_window().window
    modem_label = window.findChild(QLabel, "modemSummary")
    queue_label = window.findChild(QLabel, "queueSummary")
    assert modem_label.text() == "Modems: engine not started"
    window.set_modem_summary("2 modems ready")
    window.set_queue_summary("14 waiting")
    window.retranslate_ui()  # a language change must not overwrite the engine's texts
    assert modem_label.text() == "2 modems ready"
    assert queue_label.text() == "14 waiting"


def test_unknown_last_page_falls_back_to_the_dashboard(make_window, gui_data_dir: Path) -> None:
    from ui.settings_store import UiSettings

    UiSettings(gui_data_dir).set_last_page("no-such-page")
    assert make_window().window.current_page_key() == "dashboard"


def test_a_page_factory_replaces_its_placeholder(app, gui_context) -> None:
    from ui.app import create_main_window
    from ui.main_window import PAGE_FACTORIES
    from ui.pages.placeholder import PlaceholderPage

    marker = QLabel("the real contacts page")
    # Every page is built now: leave one out to see the placeholder it falls back to.
    built = {key: factory for key, factory in PAGE_FACTORIES.items() if key != "reports"}
    factories = {**built, "contacts": lambda deps: marker}
    parts = create_main_window(gui_context, factories=factories)
    try:
        assert parts.window.page("contacts") is marker
        assert isinstance(parts.window.page("reports"), PlaceholderPage)
    finally:
        parts.window.close()
        parts.close()
        parts.translations.uninstall()


def test_inbox_mine_filter_follows_the_signed_in_user(make_window, qtbot: QtBot) -> None:
    from ui.pages.inbox import InboxPage

    parts = make_window()
    inbox = parts.window.page("inbox")
    assert isinstance(inbox, InboxPage)
    users = parts.window._deps.context.users  # the context every page got
    qtbot.waitUntil(lambda: users.current is not None, timeout=20_000)  # the default admin signs in at start
    qtbot.waitUntil(lambda: inbox.current_user_id == users.current.id, timeout=20_000)
    assert not inbox.mine_only.isHidden()
