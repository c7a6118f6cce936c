"""The Modems page over a real engine on simulated modems: the PIN tries left and the signal in dBm
come from the database, and a test message goes out through the chosen modem with its outcome shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sim_rig import SimRig

from desk_sms.change_watch import ChangeWatcher
from desk_sms.context import AppContext
from ui.main_window import MainWindow
from ui.models.modems_model import SIGNAL
from ui.pages.modems import ModemsPage
from ui.settings_store import UiSettings
from ui.widgets.modem_test_send import ModemTestDialog

pytestmark = [pytest.mark.timeout(90)]
WAIT_MS = 30_000
TO = "090-1234-5678"


@pytest.fixture
def rig(gui_context: AppContext) -> Iterator[SimRig]:
    gui_context.users.sign_in("admin")
    made = SimRig(gui_context, poll_interval=1.0)
    made.add_sim("受付", signal_rssi=17, auto_status_reports=True)  # AT+CSQ 17: -79 dBm
    made.add_sim("倉庫", pin="1234")
    made.context.modems.update(made.context.modems.find("倉庫").id, pin="9999")  # wrong: one try spent
    made.start_engine(healthy=1)
    # As in a window (ui/app.attach_engine): what the engine records reaches the pages as events.
    watcher = ChangeWatcher(gui_context.database.session_factory, gui_context.events, interval=0.5)
    watcher.start()
    yield made
    watcher.stop()
    made.stop()


def open_page(make_window: Any, width: int = 1200) -> ModemsPage:
    window: MainWindow = make_window().window
    window.resize(width, 780)
    window.show_page("modems")
    window.show()
    page = window.page("modems")
    assert isinstance(page, ModemsPage)
    return page


def select(qtbot: QtBot, page: ModemsPage, name: str, ready: Any = lambda view: True) -> None:
    def shown() -> bool:
        page.reload()
        return any(m.row.name == name and ready(m) for m in page.model.modems())

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    page.table.selectRow(next(row for row, m in enumerate(page.model.modems()) if m.row.name == name))


def test_pin_tries_and_signal_dbm_come_from_the_engine(
    make_window: Any, english: None, rig: SimRig, qtbot: QtBot
) -> None:
    page = open_page(make_window)
    select(qtbot, page, "倉庫", lambda view: view.pin_attempts_left == 2)
    assert page.details["tries"].text() == "2"
    assert page.details["problem"].text().endswith("2 tries left.")
    select(qtbot, page, "受付", lambda view: view.signal_dbm == -79)
    assert page.details["signal"].text().endswith("(-79 dBm)")
    row = page.model.row_of_id(page.model.modems()[0].id)
    assert row is not None and "(-79 dBm)" in page.model.data(page.model.index(row, SIGNAL))


def send_test(qtbot: QtBot, page: ModemsPage, number: str, text: str | None = None) -> ModemTestDialog:
    page.test_button.click()
    dialog = page.findChild(ModemTestDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.number_edit.setText(number)
    if text is not None:
        dialog.text_edit.setText(text)
    return dialog


def test_a_test_message_goes_through_the_chosen_modem_and_its_outcome_is_shown(
    make_window: Any, english: None, rig: SimRig, qtbot: QtBot, tmp_path: Path
) -> None:
    page = open_page(make_window)
    select(qtbot, page, "受付")
    dialog = send_test(qtbot, page, "12")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.error_label.text() == "12 is not a mobile number."
    assert dialog.text_edit.text() == "Test message from desk-sms (受付)."
    dialog.number_edit.setText(TO)
    assert ok.isEnabled() and dialog.error_label.text() == ""
    assert dialog.grab().save(str(tmp_path / "test-dialog-en.png"))
    with qtbot.waitSignal(page.test_outcome.outcome_shown, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == "delivered"):
        ok.click()
    sim = rig.sims["受付"]
    expected = [("+819012345678", "Test message from desk-sms (受付).")]
    assert [(m.number, m.text) for m in sim.ledger.messages()] == expected
    assert rig.sims["倉庫"].ledger.count == 0
    shown = page.test_outcome.text()
    assert "Test message to 090-1234-5678 through 受付:" in shown and "Delivered" in shown
    assert "delivered at" in shown
    assert page.window().grab().save(str(tmp_path / "modems-test-en.png"))

    sim.inject_cms_error(21)  # refused by the network: permanent
    dialog = send_test(qtbot, page, TO, "once more")
    with qtbot.waitSignal(page.test_outcome.outcome_shown, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == "failed"):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Failed" in page.test_outcome.text()
    assert "short message transfer rejected (error 21)" in page.test_outcome.text()


def test_a_modem_that_cannot_send_refuses_the_test_and_queues_nothing(
    make_window: Any, english: None, rig: SimRig, qtbot: QtBot, recorded_dialogs: list[QMessageBox]
) -> None:
    page = open_page(make_window)
    select(qtbot, page, "倉庫", lambda view: view.state == "pin_needed")
    dialog = send_test(qtbot, page, TO)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(recorded_dialogs) == 1, timeout=WAIT_MS)
    refusal = "倉庫 cannot send now (PIN needed). Send the test once it shows Ready."
    assert recorded_dialogs[0].text() == refusal
    assert not page.test_outcome.isVisible()
    assert rig.context.outbox.counts_by_status() == {}


def test_screenshots_in_japanese(
    make_window: Any, gui_data_dir: Path, rig: SimRig, qtbot: QtBot, tmp_path: Path
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language("ja")
    store.sync()
    page = open_page(make_window, 1280)
    select(qtbot, page, "倉庫", lambda view: view.pin_attempts_left == 2)
    badge = page.detail_badge
    qtbot.waitUntil(lambda: badge.width() >= badge.sizeHint().width(), timeout=WAIT_MS)  # laid out
    assert page.details["tries"].text() == "2"
    assert page.window().grab().save(str(tmp_path / "modems-pin-ja.png"))
    select(qtbot, page, "受付")
    dialog = send_test(qtbot, page, TO)
    assert dialog.text_edit.text() != "Test message from desk-sms (受付)."  # the Japanese default
    assert dialog.grab().save(str(tmp_path / "test-dialog-ja.png"))
    with qtbot.waitSignal(page.test_outcome.outcome_shown, timeout=WAIT_MS,
                          check_params_cb=lambda state: state == "delivered"):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.window().grab().save(str(tmp_path / "modems-test-ja.png"))
