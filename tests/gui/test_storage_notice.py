"""The Dashboard and the status bar say why sending is paused (a full disk), and clear it when it resumes."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeFleet
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from small_disk import small_disk
from write_faults import WriteFaults

from desk_sms.context import AppContext, build_context
from desk_sms.db.models import EngineLease
from desk_sms.engine.lease import ENGINE_LEASE
from desk_sms.events import StorageStateChanged
from ui.app import EXIT_FAILED, attach_engine, create_main_window, run_app
from ui.main_window import PAGE_FACTORIES, MainWindow
from ui.pages.dashboard import DashboardPage
from ui.settings_store import UiSettings

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000
FACTORIES = {**PAGE_FACTORIES, "dashboard": DashboardPage}
FOLDER = "/media/usb/desk-sms"


@pytest.fixture
def open_window(
    app: QApplication, gui_context: AppContext, gui_data_dir: Path, qtbot: QtBot
) -> Iterator[Callable[[str], MainWindow]]:
    opened = []

    def open_in(language: str) -> MainWindow:
        store = UiSettings(gui_data_dir)
        store.set_language(language)
        store.sync()
        parts = create_main_window(gui_context, factories=FACTORIES)
        opened.append(parts)
        qtbot.addWidget(parts.window)
        parts.window.resize(1280, 800)
        parts.window.show_page("dashboard")
        parts.window.show()
        return parts.window

    yield open_in
    assert QThreadPool.globalInstance().waitForDone(10_000)
    for parts in opened:
        parts.window.close()
        parts.close()
        parts.translations.uninstall()


def dashboard(window: MainWindow) -> DashboardPage:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def full_disk() -> StorageStateChanged:
    return StorageStateChanged("full", FOLDER, free_bytes=12_288, needed_bytes=17_000_000)


def test_a_pause_is_named_on_the_dashboard_and_in_the_status_bar_then_cleared(
    open_window: Callable[[str], MainWindow], gui_context: AppContext, qtbot: QtBot
) -> None:
    window = open_window("en")
    notice, short = dashboard(window).storage_notice, window.storage_notice
    assert not notice.isVisible() and not short.isVisible()
    gui_context.events.publish(full_disk())
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert notice.text() == (
        f"Sending is paused: the disk holding {FOLDER} is full (12 KB free). Free at least 16.2 MB on it; "
        "sending resumes by itself. Nothing is lost."
    )
    assert short.isVisible() and short.text() == "Sending paused: disk full"
    assert short.toolTip() == notice.text()
    gui_context.events.publish(StorageStateChanged(None, FOLDER))
    qtbot.waitUntil(lambda: not notice.isVisible() and not short.isVisible(), timeout=WAIT_MS)


def test_the_pause_speaks_japanese(
    open_window: Callable[[str], MainWindow], gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window("ja")
    notice = dashboard(window).storage_notice
    gui_context.events.publish(StorageStateChanged("gone", FOLDER))
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert "送信を一時停止" in notice.text() and FOLDER in notice.text()
    assert window.storage_notice.text() == "送信一時停止: データフォルダーが見つかりません"
    gui_context.events.publish(full_disk())
    qtbot.waitUntil(lambda: "空き 12 KB" in notice.text(), timeout=WAIT_MS)
    assert "16.2 MB" in notice.text()
    gui_context.events.publish(StorageStateChanged("full", FOLDER, free_bytes=0, needed_bytes=16 << 20))
    qtbot.waitUntil(lambda: "空き 0 バイト" in notice.text(), timeout=WAIT_MS)  # was "空き 0 bytes"
    assert "16 MB" in notice.text()
    qtbot.waitUntil(lambda: notice.heightForWidth(notice.width()) <= notice.height(), timeout=WAIT_MS)
    assert window.grab().save(str(tmp_path / "storage-notice-ja.png"))


def test_the_engine_in_the_window_pauses_visibly_and_resumes_by_itself(
    open_window: Callable[[str], MainWindow], gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.settings.set("quiet_hours_start", "00:00")
    gui_context.settings.set("quiet_hours_end", "00:00")
    fleet = FakeFleet(gui_context)
    script = fleet.add("A")
    script.gate = threading.Event()
    window = open_window("en")
    notice = dashboard(window).storage_notice
    faults = WriteFaults(gui_context.database.engine)
    engine = fleet.engine()
    assert engine.start()
    try:
        message = gui_context.outbox.enqueue("+819012345678", "明日は休講です")
        qtbot.waitUntil(lambda: gui_context.outbox.get(message).status == "sending", timeout=WAIT_MS)
        faults.on()  # the disk fills while the modem sends
        script.gate.set()
        qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
        assert "is full" in notice.text() and window.storage_notice.isVisible()
        faults.off()
        qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: gui_context.outbox.get(message).status == "sent", timeout=WAIT_MS)
    finally:
        faults.off()
        faults.remove()
        engine.stop(10)
    assert len(script.sent) == 1


def test_starting_the_window_on_a_full_disk_says_so_not_damaged(
    app: QApplication, tmp_path: Path, recorded_dialogs: list[QMessageBox], system_locale: Any
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk.mount_point / "data"
        build_context(str(data)).close()  # a database made while there was room
        disk.fill()
        assert run_app(data_dir=str(data)) == EXIT_FAILED
        system_locale(QLocale.Language.Japanese)
        assert run_app(data_dir=str(data)) == EXIT_FAILED
    english, japanese = (box.text() for box in recorded_dialogs)
    assert english.startswith(f"The disk holding {data} is full (") and "damaged" not in english
    assert "Free at least" in english
    assert japanese.startswith(f"{data} のあるディスクがいっぱいです(空き ")


def test_starting_the_window_on_a_read_only_data_folder_says_so(
    app: QApplication, tmp_path: Path, recorded_dialogs: list[QMessageBox], system_locale: Any
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk.mount_point / "data"
        # Made by another process: this one's log file would keep the disk busy (no read-only remount).
        command = [sys.executable, "-m", "desk_sms", "--data-dir", str(data), "info"]
        assert subprocess.run(command, capture_output=True).returncode == 0
        disk.remount("ro")
        try:
            assert run_app(data_dir=str(data)) == EXIT_FAILED
            system_locale(QLocale.Language.Japanese)
            assert run_app(data_dir=str(data)) == EXIT_FAILED
        finally:
            disk.remount("rw")
    english, japanese = (box.text() for box in recorded_dialogs)
    assert english.startswith(f"The data folder {data} is read-only (") and "free on its disk" in english
    assert "damaged" not in english
    assert japanese.startswith(f"データフォルダー {data} が読み取り専用です(ディスクの空き ")


def test_a_window_beside_another_engine_watches_the_folder_itself(
    app: QApplication, tmp_path: Path, qtbot: QtBot
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        context = build_context(str(disk.mount_point / "data"))
        with context.database.session() as session:  # `desk-sms serve` on another PC holds the modems
            # Alive for the whole test (its heartbeat is not renewed here): this window starts no engine.
            alive = datetime.now(UTC) + timedelta(days=1)
            lease = EngineLease(name=ENGINE_LEASE, owner="serve", host="other-pc", pid=42, heartbeat_at=alive)
            session.add(lease)
        parts = create_main_window(context, factories=FACTORIES)
        qtbot.addWidget(parts.window)
        parts.window.show_page("dashboard")
        parts.window.show()
        supervisor = attach_engine(context, parts)  # finds the other PC's engine: starts none
        try:
            notice = dashboard(parts.window).storage_notice
            disk.fill()
            qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
            assert f"the disk holding {context.paths.root} is full" in notice.text()
            disk.free_up()
            qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT_MS)
            assert supervisor.child is None
        finally:
            supervisor.stop_engine()
            assert QThreadPool.globalInstance().waitForDone(10_000)
            parts.window.close()
            parts.close()
            parts.translations.uninstall()
            context.close()


def test_the_windows_own_engine_pauses_on_a_full_disk_and_every_message_goes_out(
    app: QApplication, tmp_path: Path, qtbot: QtBot, recorded_dialogs: list[QMessageBox]
) -> None:
    """What a new user sees: the window's `desk-sms serve` (two demo modems) on a disk that fills up."""
    with small_disk(tmp_path / "disk", size_mb=16) as disk:
        context = build_context(str(disk.mount_point / "data"))
        context.settings.set("quiet_hours_start", "00:00")
        context.settings.set("quiet_hours_end", "00:00")
        context.users.choose_first_password(None)
        ids = [context.outbox.enqueue(f"+8190555{n:05d}", f"お知らせ {n}") for n in range(10)]
        parts = create_main_window(context, factories=FACTORIES)
        qtbot.addWidget(parts.window)
        parts.window.show_page("dashboard")
        parts.window.show()
        supervisor = attach_engine(context, parts, demo_modems=2)

        def statuses() -> list[str]:
            return [context.outbox.get(message_id).status for message_id in ids]

        try:
            notice = dashboard(parts.window).storage_notice
            qtbot.waitUntil(lambda: statuses().count("queued") <= 7, timeout=90_000)  # the engine sends
            disk.fill()
            qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
            assert parts.window.storage_notice.text() == "Sending paused: disk full"
            disk.free_up()
            qtbot.waitUntil(lambda: not notice.isVisible(), timeout=WAIT_MS)
            qtbot.waitUntil(lambda: set(statuses()) <= {"sent", "delivered"}, timeout=90_000)
            assert recorded_dialogs == []  # the notice said it all: no error dialog on the way
        finally:
            supervisor.stop_engine()
            assert QThreadPool.globalInstance().waitForDone(10_000)
            parts.window.close()
            parts.close()
            parts.translations.uninstall()
            context.close()
