"""The Modems page and its model: live demo modems, add from a scan, PIN, limits, rename, enable, remove."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desk_sms.context import AppContext
from desk_sms.db.models import Modem, OutboundPart
from desk_sms.engine.identity import Identity, check_on_connect
from desk_sms.engine.runtime import EngineRuntime, start_engine
from desk_sms.services.modems import ModemRow
from modem import discovery
from modem.interface import ModemState, ModemStatus
from modem.simulator import SimulatedModem
from ui.dialogs.modem_add import LimitsDialog, PinDialog
from ui.main_window import MainWindow
from ui.models.modems_model import (
    LAST_ERROR,
    NAME,
    SENT_24H,
    SIGNAL,
    STATE,
    ModemsTableModel,
    ModemView,
    identity_note_in_words,
)
from ui.pages.modems import ModemsPage, modem_summary
from ui.settings_store import UiSettings
from ui.widgets.signal_bars import BARS_ROLE
from ui.widgets.state_badge import STATE_ROLE

pytestmark = [pytest.mark.timeout(60), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 15_000
DOCS = Path(__file__).resolve().parents[2] / "docs"


def modem_row(modem_id: int, name: str, **changes: Any) -> ModemRow:
    values: dict[str, Any] = {
        "id": modem_id,
        "name": name,
        "port": f"/dev/ttyUSB{modem_id}",
        "imei": f"35000000000000{modem_id}",
        "enabled": True,
        "state": "ready",
        "operator": "NTT DOCOMO",
        "signal_bars": 4,
        "daily_limit": 180,
        "min_interval_seconds": 3.0,
        "sent_24h": 12,
        "last_error": None,
        "last_seen_at": None,
        "has_pin": False,
    }
    values.update(changes)
    return ModemRow(**values)


@pytest.fixture
def window(make_window: Any, english: None) -> MainWindow:
    built: MainWindow = make_window().window
    built.resize(1200, 760)
    built.show_page("modems")
    built.show()
    return built


@pytest.fixture
def page(window: MainWindow) -> ModemsPage:
    modems = window.page("modems")
    assert isinstance(modems, ModemsPage), "the Modems page is registered in the main window"
    return modems


@pytest.fixture
def runtime(gui_context: AppContext) -> Iterator[EngineRuntime]:
    gui_context.users.sign_in("admin")  # settings are an administrator's, whenever the window signs in
    gui_context.settings.set("quiet_hours_start", "00:00")
    gui_context.settings.set("quiet_hours_end", "00:00")
    started = start_engine(gui_context, demo_modems=2, poll_interval=5.0)
    yield started
    started.stop()


@pytest.fixture
def engine_without_modems(gui_context: AppContext) -> Iterator[EngineRuntime]:
    """An engine with no modem: it answers the window's port scan (engine_commands)."""
    started = start_engine(gui_context, poll_interval=5.0)
    yield started
    started.stop()


@pytest.fixture
def simulator() -> Iterator[SimulatedModem]:
    sim = SimulatedModem("huawei", imei="356938035640001")
    sim.start()
    yield sim
    sim.stop()


def select_modem(qtbot: QtBot, page: ModemsPage, name: str) -> None:
    qtbot.waitUntil(lambda: name in [m.row.name for m in page.model.modems()], timeout=WAIT_MS)
    row = next(row for row, m in enumerate(page.model.modems()) if m.row.name == name)
    page.table.selectRow(row)


def add_stored(context: AppContext, name: str, **values: Any) -> int:
    with context.database.session() as session:
        modem = Modem(name=name, port=values.pop("port", "/dev/ttyUSB7"), **values)
        session.add(modem)
        session.flush()
        return modem.id


def test_model_passes_qt_model_tester(qtmodeltester: Any, app: Any, english: None) -> None:
    model = ModemsTableModel()
    live = ModemStatus(
        port="/dev/ttyUSB1", state=ModemState.SENDING, operator="SoftBank", signal_bars=3, signal_dbm=-81
    )
    model.set_modems(
        [
            ModemView(modem_row(1, "受付"), live),
            ModemView(modem_row(2, "予備", enabled=False, sent_24h=175)),
            ModemView(modem_row(3, "倉庫", state="pin_needed", last_error="the SIM card rejected the PIN")),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, STATE), STATE_ROLE) == "sending"  # live status wins
    assert model.data(model.index(0, SIGNAL), BARS_ROLE) == 3
    assert model.data(model.index(0, SIGNAL)) == "3 of 5 bars (-81 dBm)"
    assert model.data(model.index(1, STATE), STATE_ROLE) == "disabled"
    assert model.data(model.index(1, SENT_24H)) == "175 / 180"
    assert model.data(model.index(1, SENT_24H), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(2, STATE)) == "PIN needed"
    assert model.data(model.index(2, LAST_ERROR)).startswith("The SIM card refused the PIN.")
    model.set_modems([ModemView(modem_row(2, "予備"))])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1


def test_summary_counts_ready_modems(app: Any, english: None) -> None:
    views = [
        ModemView(modem_row(1, "a")),
        ModemView(modem_row(2, "b", state="error")),
        ModemView(modem_row(3, "c", state="sending")),
    ]
    assert modem_summary(views) == "2 of 3 modems ready"
    assert modem_summary([]) == "No modems"


def test_shows_two_demo_modems_ready_with_bars(
    page: ModemsPage, runtime: EngineRuntime, qtbot: QtBot
) -> None:

    def both_ready() -> bool:
        modems = page.model.modems()
        return len(modems) == 2 and all(m.state == "ready" and m.bars > 0 for m in modems)

    qtbot.waitUntil(both_ready, timeout=WAIT_MS)
    assert [page.model.data(page.model.index(row, NAME)) for row in range(2)] == [
        "Demo modem 1",
        "Demo modem 2",
    ]
    assert page.model.data(page.model.index(0, STATE)) == "Ready"
    assert page.summary_label.text() == "2 of 2 modems ready"
    page.table.selectRow(0)
    assert page.detail_bars.bars() == page.model.modem_at(0).bars
    assert page.detail_badge.state() == "ready"
    assert page.details["sent"].text() == "0 of 180 SMS parts"
    assert page.details["network"].text() == page.model.modem_at(0).operator


def test_add_a_modem_from_a_scan(
    page: ModemsPage,
    engine_without_modems: EngineRuntime,
    simulator: SimulatedModem,
    gui_context: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ports = [
        discovery.PortInfo(simulator.port, "Simulated Huawei", 0x12D1, 0x1001, "Huawei", "Huawei"),
        discovery.PortInfo("/dev/does-not-exist-0", "Bluetooth serial", None, None, None, None),
    ]
    monkeypatch.setattr(discovery, "list_serial_ports", lambda: ports)
    dialog = page.open_add_dialog()
    with qtbot.waitSignal(dialog.scan_finished, timeout=WAIT_MS) as scanned:
        pass
    assert [c.answers_at for c in scanned.args[0]] == [True, False]
    assert dialog.ports.count() == 2
    assert dialog.chosen() is not None and dialog.chosen().device == simulator.port  # type: ignore[union-attr]
    assert not dialog.ports.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # the silent port cannot be picked
    assert "IMEI 356938035640001" in dialog.ports.item(0).text()
    dialog.name_edit.setText("受付の modem")
    dialog.pin_edit.setText("12")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.error_label.text() == "A SIM PIN is 4 to 8 digits."
    dialog.pin_edit.clear()
    assert ok.isEnabled()
    with qtbot.waitSignal(
        page.modems_loaded, timeout=WAIT_MS, check_params_cb=lambda: page.model.rowCount() == 1
    ):
        ok.click()
    stored = gui_context.modems.find("受付の modem")
    assert (stored.port, stored.imei, stored.has_pin) == (simulator.port, "356938035640001", False)
    assert (stored.imsi, stored.own_number) == (simulator.imsi, "+819011112222")  # the SIM it was added with


def test_set_pin_is_validated_and_masked(page: ModemsPage, gui_context: AppContext, qtbot: QtBot) -> None:
    add_stored(
        gui_context, "倉庫", state="pin_needed", last_error="the SIM card rejected the PIN (2 attempts left)"
    )
    page.reload()
    select_modem(qtbot, page, "倉庫")
    dialog = page.set_pin_of_selected()
    assert isinstance(dialog, PinDialog)
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert "three" in dialog.warning_label.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for bad in ("", "12", "12a4", "12 34", "١٢٣٤"):
        dialog.pin_edit.setText(bad)
        assert not ok.isEnabled(), bad
    dialog.pin_edit.setText("123456789")
    assert dialog.pin_edit.text() == "12345678"  # at most 8 characters can be typed
    dialog.pin_edit.setText("４３２１")  # full-width, as a Japanese input method types it
    assert ok.isEnabled() and dialog.error_label.text() == ""
    assert dialog.pin() == "4321"
    with qtbot.waitSignal(page.modems_loaded, timeout=WAIT_MS):
        ok.click()
    assert gui_context.modems.find("倉庫").has_pin
    assert PinDialog("倉庫", 2).attempts_label.text() == "Tries left on this SIM: 2"


def test_rename_limits_disable_and_remove(
    page: ModemsPage, gui_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_stored(gui_context, "予備")
    page.reload()
    select_modem(qtbot, page, "予備")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("予備2", True))
    with qtbot.waitSignal(page.modems_loaded, timeout=WAIT_MS):
        page.rename_button.click()
    assert gui_context.modems.find("予備2")
    assert page.selected() is not None and page.selected().row.name == "予備2"  # type: ignore[union-attr]

    def accept_limits(dialog: LimitsDialog) -> int:
        dialog.fields.daily_limit.setValue(120)
        dialog.fields.min_interval.setValue(5.5)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(LimitsDialog, "exec", accept_limits)
    with qtbot.waitSignal(page.modems_loaded, timeout=WAIT_MS):
        page.limits_button.click()
    row = gui_context.modems.find("予備2")
    assert (row.daily_limit, row.min_interval_seconds) == (120, 5.5)
    assert page.enable_button.text() == "Disable"
    with qtbot.waitSignal(page.modems_loaded, timeout=WAIT_MS):
        page.enable_button.click()
    assert not gui_context.modems.find("予備2").enabled
    assert page.enable_button.text() == "Enable"
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignal(page.modems_loaded, timeout=WAIT_MS):
        page.remove_button.click()
    assert asked and "予備2" in asked[0]
    assert page.model.rowCount() == 0
    assert gui_context.modems.list() == []


def test_screenshot_in_japanese(
    make_window: Any,
    gui_context: AppContext,
    gui_data_dir: Path,
    runtime: EngineRuntime,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language("ja")
    store.sync()
    add_stored(
        gui_context,
        "倉庫の modem",
        state="pin_needed",
        operator="SoftBank",
        last_error="the SIM card rejected the PIN (2 attempts left)",
        imei="356938035649999",
    )
    window = make_window().window
    window.resize(1280, 780)
    window.show_page("modems")
    window.show()
    page = window.page("modems")
    assert isinstance(page, ModemsPage)
    # The wiring the main window is asked to make (see ModemsPage.modem_summary_changed).
    page.modem_summary_changed.connect(window.set_modem_summary)
    sent_page = window.page("sent")
    sent_page.queue_summary_changed.connect(window.set_queue_summary)  # type: ignore[attr-defined]
    for number in range(3):
        gui_context.outbox.enqueue(f"090-1234-{number:04d}", "ご来店ありがとうございました")

    def settled() -> bool:
        modems = page.model.modems()
        return (
            len(modems) == 3
            and sum(m.state == "ready" and m.bars > 0 for m in modems) == 2
            and sum(m.row.sent_24h for m in modems) == 3
        )

    qtbot.waitUntil(settled, timeout=WAIT_MS)
    select_modem(qtbot, page, "Demo modem 1")
    badge = page.detail_badge
    qtbot.waitUntil(lambda: badge.width() >= badge.sizeHint().width(), timeout=WAIT_MS)  # laid out
    queue = window.statusBar().findChild(QLabel, "queueSummary")
    qtbot.waitUntil(lambda: queue.text().startswith("送信待ち 0"), timeout=WAIT_MS)
    shot = tmp_path / "screenshot-modems.png"
    assert window.grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-modems.png")
    assert page.add_button.text() == "モデムを追加…"
    assert page.model.data(page.model.index(0, STATE)) == "準備完了"


def different_sim_modem(context: AppContext) -> int:
    found = Identity(imei="861234567890123", imsi="440209999999999", own_number="+818022220000")
    return add_stored(
        context,
        "受付",
        state="different_sim",
        imei="356938035641001",
        imsi="440101111111111",
        own_number="+819011110000",
        found_identity=found.to_json(),
        last_error="expected SIM 440101111111111 in modem IMEI 356938035641001, found SIM 440209999999999",
        last_error_at=context.clock.now(),
    )


def test_another_sim_asks_what_it_is_and_same_line_takes_it(
    page: ModemsPage, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    modem_id = different_sim_modem(gui_context)
    page.reload()
    select_modem(qtbot, page, "受付")
    question = page.sim_question
    qtbot.waitUntil(question.isVisible, timeout=WAIT_MS)
    assert "440209999999999" in question.text.text() and "440101111111111" in question.text.text()
    assert page.model.data(page.model.index(0, STATE)) == "Different SIM"
    assert "nothing is sent until you decide" in page.model.data(page.model.index(0, LAST_ERROR))
    assert page.details["sim"].text() == "440101111111111"
    label, badge = question.text, page.detail_badge

    def laid_out() -> bool:  # the whole question shows, the badge at its full width
        whole_text = label.height() >= label.heightForWidth(label.width())
        return whole_text and badge.width() >= badge.sizeHint().width()

    qtbot.waitUntil(laid_out, timeout=WAIT_MS)
    assert page.window().grab().save(str(tmp_path / "different-sim.png"))
    question.same_button.click()
    qtbot.waitUntil(lambda: gui_context.modems.find("受付").found is None, timeout=WAIT_MS)
    row = gui_context.modems.find("受付")
    assert (row.id, row.imsi, row.imei) == (modem_id, "440209999999999", "861234567890123")
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=WAIT_MS)
    assert "SIM replaced" in page.details["change"].text()


def test_use_as_new_modem_adds_one_and_switches_the_old_off(
    page: ModemsPage, gui_context: AppContext, qtbot: QtBot
) -> None:
    different_sim_modem(gui_context)
    page.reload()
    select_modem(qtbot, page, "受付")
    qtbot.waitUntil(page.sim_question.isVisible, timeout=WAIT_MS)
    page.sim_question.new_button.click()
    qtbot.waitUntil(lambda: len(gui_context.modems.list()) == 2, timeout=WAIT_MS)
    old, new = gui_context.modems.list()
    assert not old.enabled and old.found is None
    assert (new.imsi, new.own_number, new.port) == ("440209999999999", "+818022220000", old.port)


def test_identity_notes_from_the_core_are_said_in_words(
    gui_context: AppContext, app: Any, english: None
) -> None:
    modems = gui_context.modems
    moved_id = modems.add(
        "/dev/a", name="A", identity=Identity(imei="356938035641001", imsi="440101111111111")
    )
    with gui_context.database.session_factory.begin() as session:
        check_on_connect(
            session, moved_id, Identity("356938035641003", "440101111111111"), gui_context.clock.now()
        )
    replaced_id = different_sim_modem(gui_context)
    modems.same_line(replaced_id)
    off_id = modems.add("/dev/c", name="C", identity=Identity(imei="356938035641009", imsi="440103333333333"))
    with gui_context.database.session_factory.begin() as session:
        check_on_connect(
            session, off_id, Identity("356938035641010", "440104444444444"), gui_context.clock.now()
        )
    new_id = modems.use_as_new_modem(off_id)
    rows = {row.id: row for row in modems.list()}
    assert identity_note_in_words(rows[moved_id].identity_note) == (
        "SIM 440101111111111 moved from modem IMEI 356938035641001 to 356938035641003; its count carries on."
    )
    assert identity_note_in_words(rows[replaced_id].identity_note) == (
        "SIM replaced on the same line: 440101111111111 → 440209999999999."
    )
    assert identity_note_in_words(rows[off_id].identity_note) == (
        f"Switched off: another SIM on its port was added as {rows[new_id].name}."
    )


def test_a_sim_refused_before_its_pin_is_described_by_its_card(page: ModemsPage) -> None:
    locked = Identity(imei="356938035641001", iccid="8981200002222222222")
    assert page.sim_question.describe(locked) == (
        "SIM card 8981200002222222222 (number unknown) in modem IMEI 356938035641001"
    )


def test_a_silent_modem_and_a_full_sim_say_so_with_their_times(
    page: ModemsPage, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    now = gui_context.clock.now()
    silent_since = now - timedelta(minutes=3)
    add_stored(gui_context, "窓口", state="not_answering", last_error_at=silent_since,
               last_error="the modem has not answered for 12 seconds")
    full = add_stored(
        gui_context, "受付", state="ready", daily_limit=2, imsi="440101111111111", port="/dev/ttyUSB8"
    )
    message_id = gui_context.outbox.enqueue("+819012345678", "x" * 200)  # two parts, the whole limit
    first_part = now - timedelta(hours=5)
    with gui_context.database.session() as session:
        session.execute(insert(OutboundPart), [
            {"message_id": message_id, "seq": seq, "modem_id": full, "imsi": "440101111111111",
             "submitted_at": first_part + timedelta(minutes=seq)}
            for seq in (1, 2)
        ])
    page.reload()
    select_modem(qtbot, page, "窓口")
    qtbot.waitUntil(lambda: page.details["problem"].text() != "—", timeout=WAIT_MS)
    assert page.model.data(page.model.index(0, STATE)) == "Not answering"
    stamp = f"{silent_since.astimezone():%m-%d %H:%M}"
    assert page.model.data(page.model.index(0, LAST_ERROR)) == (
        f"{stamp} — The modem stopped answering. If it stays so, unplug it and plug it in again."
    )
    assert page.details["frees"].text() == "now (under its daily limit)"
    select_modem(qtbot, page, "受付")
    frees = first_part + timedelta(hours=24, minutes=1)  # its first part leaves the 24 hours then
    expected = f"at {frees.astimezone():%m-%d %H:%M} (daily limit reached)"
    qtbot.waitUntil(lambda: page.details["frees"].text() == expected, timeout=WAIT_MS)
    assert page.model.data(page.model.index(1, SENT_24H)) == "2 / 2"
    badge = page.detail_badge
    qtbot.waitUntil(lambda: badge.width() >= badge.sizeHint().width(), timeout=WAIT_MS)  # laid out
    assert page.window().grab().save(str(tmp_path / "silent-and-full.png"))


def test_ports_traded_after_a_reshuffle_are_said_in_words(app: Any, english: None) -> None:
    assert identity_note_in_words("SIM found on port COM4 (was COM3)") == (
        "Its SIM answered on port COM4 (it was on COM3)."
    )
    assert identity_note_in_words("port COM4 holds the SIM of 倉庫: looks on COM3 now") == (
        "Port COM4 now holds the SIM of 倉庫: looking on port COM3."
    )


def test_a_settled_sim_question_is_kept_as_a_past_problem(
    page: ModemsPage, gui_context: AppContext, qtbot: QtBot
) -> None:
    at = gui_context.clock.now()
    refused = "expected SIM 440101111111111 in modem IMEI 356938035641001, found SIM 440209999999999"
    add_stored(gui_context, "受付", state="ready", last_error_at=at, last_error=refused)
    page.reload()
    select_modem(qtbot, page, "受付")
    assert page.model.data(page.model.index(0, LAST_ERROR)) == (
        f"{at.astimezone():%m-%d %H:%M} — Another SIM or modem answered on this port."
    )


def test_a_sim_that_does_not_tell_its_number_gets_the_one_typed_in(
    page: ModemsPage,
    engine_without_modems: EngineRuntime,
    gui_context: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    silent = SimulatedModem("huawei", imei="356938035640002", own_number="")  # AT+CNUM gives no number
    silent.start()
    try:
        ports = [discovery.PortInfo(silent.port, "Simulated Huawei", 0x12D1, 0x1001, "Huawei", "Huawei")]
        monkeypatch.setattr(discovery, "list_serial_ports", lambda: ports)
        dialog = page.open_add_dialog()
        with qtbot.waitSignal(dialog.scan_finished, timeout=WAIT_MS):
            pass
        assert dialog.chosen() is not None and dialog.number_edit.text() == ""
        dialog.name_edit.setText("窓口")
        dialog.number_edit.setText("窓口の番号")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: "is not a phone number" in dialog.error_label.text(), timeout=WAIT_MS)
        assert gui_context.modems.list() == []  # nothing added
        dialog.number_edit.setText("０９０-１１１１-２２２２")  # full-width, as a Japanese input method types
        with qtbot.waitSignal(dialog.added, timeout=WAIT_MS):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert gui_context.modems.find("窓口").own_number == "09011112222"
    finally:
        silent.stop()
