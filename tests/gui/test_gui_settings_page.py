"""Settings page: live language switch, business settings round-trip, validation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QTimeEdit
from pytestqt.qtbot import QtBot

from ui.pages.settings import SettingsPage
from ui.settings_store import UiSettings

pytestmark = pytest.mark.usefixtures("english")


def _settings_page(parts, qtbot: QtBot) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = parts.window.page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=5000)
    return page


def _sidebar_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    sidebar = window.findChild(QListWidget, "sidebar")
    return [sidebar.item(row).text() for row in range(sidebar.count())]


def test_switching_to_japanese_retranslates_the_window_live(make_window, qtbot: QtBot, gui_data_dir) -> None:
    parts = make_window()
    page = _settings_page(parts, qtbot)
    assert _sidebar_texts(parts.window)[:2] == ["Dashboard", "Contacts"]
    combo = page.findChild(QComboBox, "languageChoice")
    combo.setCurrentIndex(combo.findData("ja"))
    japanese = [
        "ダッシュボード",
        "連絡先",
        "作成",
        "スケジュール",
        "受信箱",
        "受信ルール",
        "送信済み",
        "モデム",
        "レポート",
        "設定",
    ]
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: _sidebar_texts(parts.window) == japanese, timeout=5000)
    assert page.findChild(QLabel, "pageTitle").text() == "設定"
    assert parts.window.findChild(QLabel, "modemSummary").text() == "モデム: エンジン未起動"
    assert UiSettings(gui_data_dir).language() == "ja"
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: _sidebar_texts(parts.window)[0] == "Dashboard", timeout=5000)


def test_system_choice_follows_a_japanese_os(make_window, gui_data_dir, system_locale) -> None:
    from PySide6.QtCore import QLocale

    system_locale(QLocale.Language.Japanese)
    UiSettings(gui_data_dir).set_language("system")
    parts = make_window()
    assert parts.translations.language == "ja"
    assert _sidebar_texts(parts.window)[0] == "ダッシュボード"


def test_business_settings_save_to_the_database_and_load_again(
    make_window, qtbot: QtBot, gui_context
) -> None:
    page = _settings_page(make_window(), qtbot)
    region = page.findChild(QComboBox, "defaultRegion")
    region.setCurrentIndex(region.findData("US"))
    page.findChild(QComboBox, "timezone").setCurrentText("Europe/London")
    page.findChild(QTimeEdit, "quietStart").setTime(QTime(22, 30))
    page.findChild(QTimeEdit, "quietEnd").setTime(QTime(7, 15))
    page.findChild(QCheckBox, "approvalRequired").setChecked(True)
    page.findChild(QLineEdit, "senderName").setText(" さくら塾 ")
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.findChild(type(page._save), "primaryButton").click()
    stored = gui_context.settings.all()
    assert stored["default_region"] == "US"
    assert stored["timezone"] == "Europe/London"
    assert (stored["quiet_hours_start"], stored["quiet_hours_end"]) == ("22:30", "07:15")
    assert stored["approval_required"] is True
    assert stored["sender_name"] == "さくら塾"
    reloaded = _settings_page(make_window(), qtbot)
    assert reloaded.form_values() == {
        "default_region": "US",
        "timezone": "Europe/London",
        "quiet_hours_start": "22:30",
        "quiet_hours_end": "07:15",
        "approval_required": True,
        "sender_name": "さくら塾",
    }


def test_unknown_time_zone_is_refused_and_nothing_is_written(make_window, qtbot: QtBot, gui_context) -> None:
    page = _settings_page(make_window(), qtbot)
    page.findChild(QComboBox, "timezone").setCurrentText("Mars/Olympus")
    page.findChild(QCheckBox, "approvalRequired").setChecked(True)
    page.save()
    feedback = page.findChild(QLabel, "formError")
    assert feedback is not None
    assert "Mars/Olympus" in feedback.text()
    assert gui_context.settings.get("timezone") == "Asia/Tokyo"
    assert gui_context.settings.get("approval_required") is False


def test_data_locations_are_shown_read_only(make_window, qtbot: QtBot, gui_context) -> None:
    page = _settings_page(make_window(), qtbot)
    data_dir = page.findChild(QLineEdit, "dataDir")
    database = page.findChild(QLineEdit, "databaseLocation")
    assert data_dir.isReadOnly() and database.isReadOnly()
    assert data_dir.text() == str(gui_context.paths.root)
    assert database.text().endswith("desk-sms.sqlite3")


def test_database_password_is_hidden() -> None:
    from ui.pages.settings import masked_database_url

    shown = masked_database_url("postgresql://desk:s3cret@db.local/desk_sms")
    assert "s3cret" not in shown
    assert "db.local/desk_sms" in shown
