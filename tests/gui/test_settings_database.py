"""The Database group on the Settings page: test a PostgreSQL server, then save it for the next start."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from postgres_server import PostgresServer
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desk_sms.context import AppContext
from desk_sms.db import location
from desk_sms.db.location import DatabaseState
from ui.pages.settings import SettingsPage
from ui.pages.settings_database import DatabaseGroup
from ui.settings_store import UiSettings

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
DOCS = Path(__file__).resolve().parents[2] / "docs"
WAIT_MS = 15_000


@pytest.fixture(autouse=True)
def no_url_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(location.DB_URL_ENV, raising=False)


def settings_page(make_window: Any, size: tuple[int, int] | None = None) -> SettingsPage:
    window = make_window().window
    if size:
        window.resize(*size)
        window.show()
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def fill_server(group: DatabaseGroup, server: PostgresServer, database: str, port: int | None = None) -> None:
    group.server_choice.click()
    group.host.setText(server.host)
    group.port.setValue(port or server.port)
    group.database.setText(database)
    group.user.setText(server.user)


def laid_out(widget: QWidget) -> bool:
    needed = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else -1
    return widget.height() >= max(needed, widget.minimumSizeHint().height())


def run_connection_test(group: DatabaseGroup, qtbot: QtBot) -> location.ConnectionCheck:
    with qtbot.waitSignal(group.checked, timeout=WAIT_MS) as finished:
        group.test_button.click()
    check = finished.args[0]
    assert isinstance(check, location.ConnectionCheck)
    return check


@pytest.mark.usefixtures("english")
def test_a_tested_server_is_saved_for_the_next_start(
    make_window: Any, gui_context: AppContext, postgres_server: PostgresServer, pg_url: str, qtbot: QtBot
) -> None:
    group = settings_page(make_window).database
    qtbot.waitUntil(lambda: not group.isHidden(), timeout=WAIT_MS)  # an administrator is signed in
    assert group.local_choice.isChecked()
    assert str(gui_context.database.sqlite_path) in group.in_use.text()
    assert not group.test_button.isEnabled()
    fill_server(group, postgres_server, str(make_url(pg_url).database))
    assert not group.use_button.isEnabled()  # not before a successful test
    check = run_connection_test(group, qtbot)
    assert check.state is DatabaseState.EMPTY
    assert "desk-sms will set it up" in group.result.text()
    assert "desk-sms db migrate-to postgresql+psycopg://" in group.result.text()
    assert group.use_button.isEnabled()
    with qtbot.waitSignal(group.saved, timeout=WAIT_MS):
        group.use_button.click()
    assert location.read_saved_url(gui_context.paths.root) == pg_url
    assert "next start" in group.result.text()
    assert gui_context.database.dialect == "sqlite"  # this process stays where it started


@pytest.mark.usefixtures("english")
def test_a_failed_test_shows_the_reason_and_saves_nothing(
    make_window: Any, gui_context: AppContext, postgres_server: PostgresServer, qtbot: QtBot
) -> None:
    group = settings_page(make_window).database
    fill_server(group, postgres_server, "no_such_database")
    assert run_connection_test(group, qtbot).state is DatabaseState.NO_SUCH_DATABASE
    assert group.result.text() == "The server has no database named no_such_database."
    assert group.result.objectName() == "formError"
    group.port.setValue(1)
    assert run_connection_test(group, qtbot).state is DatabaseState.UNREACHABLE
    assert "cannot be reached at 127.0.0.1, port 1" in group.result.text()
    assert not group.use_button.isEnabled()
    group.use_database()  # even when called directly, an untested server is not saved
    assert not location.location_file(gui_context.paths.root).exists()


@pytest.mark.usefixtures("english")
def test_editing_after_a_good_test_asks_for_a_new_test(
    make_window: Any, postgres_server: PostgresServer, pg_url: str, qtbot: QtBot
) -> None:
    group = settings_page(make_window).database
    fill_server(group, postgres_server, str(make_url(pg_url).database))
    assert run_connection_test(group, qtbot).state.usable
    group.tls.setChecked(True)
    assert not group.use_button.isEnabled() and group.result.text() == ""
    assert group.form_url() == pg_url + "?sslmode=require"


@pytest.mark.usefixtures("english")
def test_this_computer_again_forgets_the_saved_server(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    location.save_choice(gui_context.paths.root, "postgresql+psycopg://clerk:pw@db.example/desk")
    group = settings_page(make_window).database
    qtbot.waitUntil(lambda: not group.isHidden(), timeout=WAIT_MS)  # an administrator is signed in
    assert "started with --db" in group.override_note.text()  # the saved server is not the one in use
    assert group.local_choice.isChecked() and group.use_button.isEnabled()
    with qtbot.waitSignal(group.saved, timeout=WAIT_MS) as saved:
        group.use_button.click()
    assert saved.args == [None]
    assert not location.location_file(gui_context.paths.root).exists()


def test_screenshot_in_japanese(
    make_window: Any,
    gui_data_dir: Path,
    postgres_server: PostgresServer,
    pg_url: str,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language("ja")
    store.sync()
    page = settings_page(make_window, (1280, 800))
    group = page.database
    fill_server(group, postgres_server, str(make_url(pg_url).database))
    group.password.setText("secret")  # shown as dots; the test server does not ask for it
    assert run_connection_test(group, qtbot).state is DatabaseState.EMPTY
    assert group.test_button.text() != "Test connection"  # the page speaks Japanese
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(group.use_button, 0, 400)
    # The result's extra lines grow the page on a later pass of the event loop; shoot after it.
    content = scroll.widget()
    assert content is not None
    qtbot.waitUntil(lambda: laid_out(content) and laid_out(group.result))
    shot = tmp_path / "screenshot-settings-database.png"
    assert page.window().grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-settings-database.png")
