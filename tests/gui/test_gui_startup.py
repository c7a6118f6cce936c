"""Start-up: single-instance guard and the dialogs for data the app cannot use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_sms.context import build_context
from ui.app import EXIT_FAILED, EXIT_OK, run_app
from ui.single_instance import SingleInstanceGuard, instance_key


@pytest.fixture
def guard_key(tmp_path: Path) -> str:
    return instance_key(tmp_path / "guarded")


def test_second_guard_on_the_same_key_asks_the_first_to_raise(app, qtbot: QtBot, guard_key: str) -> None:
    first = SingleInstanceGuard(guard_key)
    second = SingleInstanceGuard(guard_key)
    try:
        assert first.acquire() is True
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.acquire() is False
    finally:
        first.release()
        second.release()


def test_guards_on_different_data_dirs_do_not_collide(app, tmp_path: Path) -> None:
    one = SingleInstanceGuard(instance_key(tmp_path / "one"))
    two = SingleInstanceGuard(instance_key(tmp_path / "two"))
    try:
        assert one.acquire() is True
        assert two.acquire() is True
    finally:
        one.release()
        two.release()


def test_the_key_does_not_depend_on_how_the_path_is_written(tmp_path: Path) -> None:
    assert instance_key(tmp_path / "data") == instance_key(tmp_path / "x" / ".." / "data")


def test_a_released_guard_lets_the_next_launch_run(app, guard_key: str) -> None:
    first = SingleInstanceGuard(guard_key)
    assert first.acquire() is True
    first.release()
    again = SingleInstanceGuard(guard_key)
    try:
        assert again.acquire() is True
    finally:
        again.release()


def test_second_launch_on_a_running_data_dir_raises_the_first_and_exits_0(
    app, qtbot: QtBot, tmp_path: Path, recorded_dialogs
) -> None:
    data_dir = tmp_path / "shared"
    running = SingleInstanceGuard(instance_key(data_dir))
    try:
        assert running.acquire()
        with qtbot.waitSignal(running.raise_requested, timeout=5000):
            assert run_app(data_dir=str(data_dir)) == EXIT_OK
    finally:
        running.release()
    assert recorded_dialogs == []
    assert not data_dir.exists()  # the second launch did not touch the data dir


def _assert_refused(recorded_dialogs: list[QMessageBox], *fragments: str) -> None:
    (box,) = recorded_dialogs
    assert box.icon() == QMessageBox.Icon.Warning
    for fragment in fragments:
        assert fragment in box.text()


def test_unwritable_data_dir_shows_a_dialog_and_exits_1(
    app, tmp_path: Path, recorded_dialogs, system_locale
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the data folder should be\n")
    before = blocker.read_bytes()
    assert run_app(data_dir=str(blocker / "data")) == EXIT_FAILED
    _assert_refused(recorded_dialogs, "cannot be written", str(blocker / "data"))
    assert blocker.read_bytes() == before


def test_corrupt_database_shows_a_dialog_and_exits_1(
    app, tmp_path: Path, recorded_dialogs, system_locale
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "desk-sms.sqlite3"
    database.write_bytes(b"this is not a database at all" * 200)
    before = database.read_bytes()
    assert run_app(data_dir=str(data_dir)) == EXIT_FAILED
    _assert_refused(recorded_dialogs, "cannot be opened", "desk-sms.sqlite3")
    assert database.read_bytes() == before


def _database_from_a_newer_version(data_dir: Path) -> Path:
    context = build_context(str(data_dir))
    database = context.paths.database
    context.close()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    connection.close()
    return database


def test_database_from_a_newer_version_is_refused_untouched(
    app, tmp_path: Path, recorded_dialogs, system_locale
) -> None:
    database = _database_from_a_newer_version(tmp_path / "data")
    before = database.read_bytes()
    assert run_app(data_dir=str(tmp_path / "data")) == EXIT_FAILED
    _assert_refused(recorded_dialogs, "newer version of desk-sms", "f00d_from_the_future")
    assert database.read_bytes() == before


def test_start_up_errors_speak_japanese_on_a_japanese_system(
    app, tmp_path: Path, recorded_dialogs, system_locale
) -> None:
    system_locale(QLocale.Language.Japanese)
    database = _database_from_a_newer_version(tmp_path / "data")
    assert run_app(data_dir=str(tmp_path / "data")) == EXIT_FAILED
    _assert_refused(recorded_dialogs, "新しいバージョン", "f00d_from_the_future")
    assert database.exists()


def test_a_bug_during_start_up_shows_the_bug_dialog_and_exits_1(
    app, tmp_path: Path, recorded_dialogs, system_locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_build(*_args: object) -> None:
        raise ZeroDivisionError("a bug while building the context")

    monkeypatch.setattr("ui.app.build_context", broken_build)
    assert run_app(data_dir=str(tmp_path / "data")) == EXIT_FAILED
    (box,) = recorded_dialogs
    assert box.icon() == QMessageBox.Icon.Critical
    assert "ZeroDivisionError: a bug while building the context" in box.detailedText()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform has no stacking
def test_run_app_shows_the_window_answers_a_second_launch_and_exits_0(
    app, tmp_path: Path, recorded_dialogs, system_locale
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    data_dir = tmp_path / "data"
    seen: dict[str, object] = {}
    answered = build_context(str(data_dir))  # a desk whose first-start question was answered before
    answered.users.choose_first_password(None)
    answered.settings.set("keep_sending_when_closed", False)  # closing the window stops its engine
    answered.close()

    def main_window() -> MainWindow:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return window

    def second_launch_then_close() -> None:
        window = main_window()
        window.showMinimized()
        seen["second launch exit code"] = run_app(data_dir=str(data_dir))
        # The raise request arrives through the event loop: close as soon as the window is back.
        poll.timeout.connect(lambda: close_when_raised(window))
        poll.start(20)

    def close_when_raised(window: MainWindow) -> None:
        if not window.isMinimized():
            poll.stop()
            seen["raised"] = True
            window.close()

    poll = QTimer()
    QTimer.singleShot(0, second_launch_then_close)
    safety_net = QTimer()  # never hang the suite; stopped afterwards so it cannot fire into later tests
    safety_net.setSingleShot(True)
    safety_net.timeout.connect(lambda: app.exit(99))
    safety_net.start(90_000)  # a hang guard, not a speed limit: start-up on a busy machine takes its time
    try:
        assert run_app(data_dir=str(data_dir)) == EXIT_OK
    finally:
        safety_net.stop()
    assert seen == {"second launch exit code": EXIT_OK, "raised": True}
    assert recorded_dialogs == []
    assert (data_dir / "ui-settings.ini").is_file()


def test_a_page_that_fails_to_build_shows_the_bug_dialog_and_exits_1(
    app, tmp_path: Path, recorded_dialogs, system_locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import main_window

    def broken_page(_deps: object) -> None:
        raise KeyError("a page bug")

    monkeypatch.setitem(main_window.PAGE_FACTORIES, "settings", broken_page)
    assert run_app(data_dir=str(tmp_path / "data")) == EXIT_FAILED
    (box,) = recorded_dialogs
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError: 'a page bug'" in box.detailedText()


def test_an_unreachable_server_offers_try_again_this_computer_s_file_or_quit(
    app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk_sms.db import location
    from ui import app as app_module

    data_dir = tmp_path / "desk"
    data_dir.mkdir()
    location.save_choice(data_dir, "postgresql+psycopg://desk_sms:secret@127.0.0.1:1/desk_sms")
    asked: list[str] = []

    def answer(exc: Exception) -> str:
        asked.append(str(exc))
        return [app_module.TRY_AGAIN, app_module.USE_LOCAL_FILE][len(asked) - 1]

    monkeypatch.setattr(app_module, "ask_about_unreachable_server", answer)
    context = app_module._build_context_or_explain(str(data_dir), None)
    assert context is not None
    try:
        assert len(asked) == 2 and "cannot be reached" in asked[0] and "secret" not in asked[0]
        assert context.database.dialect == "sqlite"  # this computer's own file, this time only
        assert location.read_saved_url(data_dir) is not None  # the saved choice is kept for next time
    finally:
        context.close()

    monkeypatch.setattr(app_module, "ask_about_unreachable_server", lambda exc: app_module.QUIT)
    assert app_module._build_context_or_explain(str(data_dir), None) is None


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: a dialog's exec()
@pytest.mark.modal_dialogs  # it answers the dialog itself, from a timer
def test_the_unreachable_server_dialog_reads_well(app, tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    from desk_sms.errors import DatabaseUnreachable
    from ui import app as app_module

    shown_url = "postgresql+psycopg://desk_sms:***@192.168.1.10/desk_sms"
    error = DatabaseUnreachable(url=shown_url, reason="timeout")
    seen: list[QMessageBox] = []

    def look_and_quit() -> None:
        box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box)
        box.grab().save(str(tmp_path / "unreachable.png"))
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    QTimer.singleShot(300, look_and_quit)
    assert app_module.ask_about_unreachable_server(error) == app_module.QUIT
    assert seen and len(seen[0].buttons()) == 3
    assert (tmp_path / "unreachable.png").stat().st_size > 0
