"""Settings → Other programs: the API on/off, address (with a warning when open to the network),
port, and API keys made (shown once) and revoked by an administrator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_sms.context import AppContext
from desk_sms.services.api_keys import ApiKeysService
from ui.pages.settings import SettingsPage
from ui.pages.settings_api import STATE, ApiGroup
from ui.pages.settings_watch import WatchFolderGroup
from ui.settings_store import UiSettings

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 15_000


def api_group(make_window: Any, qtbot: QtBot, gui_context: AppContext) -> ApiGroup:
    window = make_window().window
    window.resize(1280, 900)
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: gui_context.users.current is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.api.save_button.isEnabled(), timeout=WAIT_MS)
    return page.api


def keys(gui_context: AppContext) -> ApiKeysService:
    return ApiKeysService(gui_context.database.session_factory, gui_context.users, gui_context.clock)


def test_the_api_settings_are_saved_and_another_address_warns(
    make_window: Any, english: None, qtbot: QtBot, gui_context: AppContext
) -> None:
    group = api_group(make_window, qtbot, gui_context)
    assert not group.enabled.isChecked() and group.host.text() == "127.0.0.1" and group.port.value() == 8765
    assert group.warning.isHidden()
    group.enabled.setChecked(True)
    group.host.setText("0.0.0.0")
    assert not group.warning.isHidden() and "other computers" in group.warning.text()
    group.port.setValue(9001)
    with qtbot.waitSignal(group.saved, timeout=WAIT_MS):
        group.save_button.click()
    settings = gui_context.settings
    assert (settings.get("api_enabled"), settings.get("api_host"), settings.get("api_port")) == (
        True, "0.0.0.0", 9001)
    group.host.setText("my-pc")
    assert "Type an IP address" in group.warning.text() and not group.warning.isHidden()
    group.save_button.click()
    assert group.feedback.text() == "Not saved." and settings.get("api_host") == "0.0.0.0"


def test_a_key_is_shown_once_then_revoked(
    make_window: Any, english: None, qtbot: QtBot, gui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = api_group(make_window, qtbot, gui_context)
    group.key_name.setText("予約システム")
    group.scopes["send"].setChecked(True)
    group.scopes["appointments"].setChecked(True)
    with qtbot.waitSignal(group.keys_changed, timeout=WAIT_MS):
        group.create_button.click()
    key = group.new_key.text()
    assert key.startswith("dsk_") and "shown only this once" in group.new_key_note.text()
    found = keys(gui_context).authenticate(key)
    assert found is not None and found.scopes == ("send", "appointments")
    assert group.table.rowCount() == 1 and group.table.item(0, STATE).text() == "active"
    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or yes)
    group.table.selectRow(0)
    with qtbot.waitSignal(group.keys_changed, timeout=WAIT_MS):
        group.revoke_button.click()
    assert asked and "予約システム" in asked[0]
    assert keys(gui_context).authenticate(key) is None
    assert group.table.item(0, STATE).text() == "revoked"


def test_a_key_without_a_scope_is_refused_with_a_message(
    make_window: Any, english: None, qtbot: QtBot, gui_context: AppContext,
    recorded_dialogs: list[QMessageBox],
) -> None:
    group = api_group(make_window, qtbot, gui_context)
    group.key_name.setText("kiosk")
    group.create_button.click()
    qtbot.waitUntil(lambda: bool(recorded_dialogs), timeout=WAIT_MS)
    assert "at least one scope" in recorded_dialogs[0].text()
    assert keys(gui_context).list() == [] and group.new_key.text() == ""


@pytest.mark.parametrize("language", ["en", "ja"])
def test_render_the_group(
    make_window: Any, qtbot: QtBot, gui_context: AppContext, gui_data_dir: Path, language: str
) -> None:
    gui_data_dir.mkdir(parents=True, exist_ok=True)
    store = UiSettings(gui_data_dir)
    store.set_language(language)
    store.sync()
    keys(gui_context).create("予約システム", ["send", "appointments"])
    group = api_group(make_window, qtbot, gui_context)
    group.host.setText("0.0.0.0")
    qtbot.waitUntil(lambda: group.table.rowCount() == 1, timeout=WAIT_MS)
    group.window().show()
    group.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(group)  # the page's scroll area
    assert group.grab().save(f"/tmp/settings-api-{language}.png")
    if language == "ja":
        assert group.title() != "Other programs: HTTP API (administrators)"


def watch_group(make_window: Any, qtbot: QtBot, gui_context: AppContext) -> WatchFolderGroup:
    window = make_window().window
    window.resize(1280, 900)
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.watch_folder.save_button.isEnabled(), timeout=WAIT_MS)
    return page.watch_folder


def test_the_watched_folder_and_its_mapping_are_saved(
    make_window: Any, english: None, qtbot: QtBot, gui_context: AppContext, tmp_path: Path,
    recorded_dialogs: list[QMessageBox],
) -> None:
    group = watch_group(make_window, qtbot, gui_context)
    group.folder.setText(str(tmp_path))
    group.mapping.setPlainText("予約番号 = external_id\n\n氏名=name\n")
    with qtbot.waitSignal(group.saved, timeout=WAIT_MS):
        group.save_button.click()
    assert gui_context.settings.get("watch_folder") == str(tmp_path)
    assert gui_context.settings.get("watch_folder_mapping") == {"予約番号": "external_id", "氏名": "name"}
    group.mapping.setPlainText("予約番号 external_id")
    group.save_button.click()
    assert "column = field" in group.feedback.text()
    group.mapping.setPlainText("")
    group.folder.setText(str(tmp_path / "missing"))
    group.save_button.click()
    qtbot.waitUntil(lambda: bool(recorded_dialogs), timeout=WAIT_MS)
    assert "there is no folder" in recorded_dialogs[0].text()
    assert gui_context.settings.get("watch_folder") == str(tmp_path)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_render_the_watched_folder_group(
    make_window: Any, qtbot: QtBot, gui_context: AppContext, gui_data_dir: Path, language: str
) -> None:
    gui_data_dir.mkdir(parents=True, exist_ok=True)
    store = UiSettings(gui_data_dir)
    store.set_language(language)
    store.sync()
    gui_context.settings.set("watch_folder", str(gui_data_dir))
    gui_context.settings.set("watch_folder_mapping", {"予約番号": "external_id", "氏名": "name"})
    group = watch_group(make_window, qtbot, gui_context)
    group.window().show()
    assert group.mapping.toPlainText() == "予約番号 = external_id\n氏名 = name"
    assert group.grab().save(f"/tmp/settings-watch-{language}.png")
