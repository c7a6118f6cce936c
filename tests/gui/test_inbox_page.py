"""Inbox page, conversation view and the SMS counter, driven through pytest-qt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_sms.context import AppContext
from desk_sms.db.models import Modem, OutboundMessage
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.engine.runtime import EngineRuntime, start_engine
from modem.interface import InboundPart
from modem.sms_text import Encoding
from ui.dialogs.conversation import ConversationDialog
from ui.main_window import MainWindow
from ui.models.inbox_model import DAY_COLOUR, HOUR_COLOUR, STATE, TEXT, InboxTableModel
from ui.pages.inbox import InboxPage
from ui.settings_store import UiSettings
from ui.widgets.sms_counter import SmsCounter

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 25_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
CUSTOMER = "+819012345678"


def add_modem(context: AppContext, name: str) -> int:
    with context.database.session_factory.begin() as session:
        modem = Modem(name=name, port=f"/dev/{name}")
        session.add(modem)
        session.flush()
        return modem.id


def receive(context: AppContext, sender: str, text: str, age: timedelta, modem_id: int | None = None) -> int:
    """A message stored by the engine's own pump, as if it arrived `age` ago."""
    when = datetime.now(UTC) - age
    pump = InboxPump(context.database.session_factory, context.events, "JP", lambda: ["配信停止", "STOP"])
    message_id = pump.store(modem_id, InboundPart(sender=sender, text=text, sent_at=when), when)
    assert message_id is not None
    return message_id


def show_inbox(make_window: Any, size: tuple[int, int] = (1200, 760)) -> tuple[MainWindow, InboxPage]:
    window: MainWindow = make_window().window
    window.resize(*size)
    window.show_page("inbox")
    window.show()
    page = window.page("inbox")
    assert isinstance(page, InboxPage), "the Inbox page is registered in the main window"
    return window, page


def wait_filled(qtbot: QtBot, page: InboxPage, count: int) -> None:
    def filled() -> bool:
        rows = page.model.rowCount()
        return rows == count and all(page.model.row_at(row) is not None for row in range(rows))

    qtbot.waitUntil(filled, timeout=WAIT_MS)


def select_id(page: InboxPage, message_id: int) -> None:
    row = page.model.row_of_id(message_id)
    assert row is not None
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.model.index(row, 0), flags)


def cell(page: InboxPage, message_id: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    row = page.model.row_of_id(message_id)
    return None if row is None else page.model.data(page.model.index(row, column), role)


def open_dialog(page: InboxPage, qtbot: QtBot, message_id: int) -> ConversationDialog:
    with qtbot.waitSignal(page.conversation_opened, timeout=WAIT_MS) as opened:
        select_id(page, message_id)
        page.open_current()
    dialog: ConversationDialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.thread_view.count() > 0, timeout=WAIT_MS)
    return dialog


@pytest.fixture
def runtime(gui_context: AppContext) -> Iterator[EngineRuntime]:
    gui_context.settings.set("quiet_hours_start", "00:00")
    gui_context.settings.set("quiet_hours_end", "00:00")
    started = start_engine(gui_context, demo_modems=1, poll_interval=5.0, demo_send_delay=0.0)
    yield started
    started.stop()


# ----- the counter ------------------------------------------------------------------------------


def test_counter_counts_gsm7_and_ucs2_parts(qtbot: QtBot) -> None:
    counter = SmsCounter()
    qtbot.addWidget(counter)
    assert counter.part_count() == 0
    counter.set_text("a" * 160)
    assert (counter.encoding(), counter.part_count(), counter.character_count()) == (Encoding.GSM7, 1, 160)
    with qtbot.waitSignal(counter.changed, timeout=20_000) as blocker:
        counter.set_text("a" * 161)
    assert blocker.args == [2]
    counter.set_text("あ" * 71)
    assert (counter.encoding(), counter.part_count()) == (Encoding.UCS2, 2)
    assert "71" in counter.summary() and "UCS-2" in counter.summary()


def test_counter_flags_text_over_ten_parts(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    counter = SmsCounter(parent)
    counter.set_text("あ" * 670)
    assert not counter.is_too_long()
    counter.set_text("あ" * 671)
    assert counter.is_too_long() and counter.part_count() == 11
    counter.set_max_parts(12)  # Settings → max parts per message
    assert not counter.is_too_long()
    counter.set_max_parts(3)
    assert counter.is_too_long()


# ----- the page ---------------------------------------------------------------------------------


def test_model_passes_qt_model_tester(gui_context: AppContext, qtbot: QtBot, qtmodeltester: Any) -> None:
    for i in range(3):
        receive(gui_context, f"+8190555500{i:02d}", f"msg {i}", timedelta(minutes=i))
    model = InboxTableModel(gui_context.inbox, gui_context.clock.now)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.refresh()
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=WAIT_MS)
    qtmodeltester.check(model, force_py=True)
    # Page fetches the tester started must end before the model goes away with the test.
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_rows_are_coloured_by_waiting_time_and_badge_counts_unread(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    fresh = receive(gui_context, "+819011110001", "fresh", timedelta(minutes=5))
    hour = receive(gui_context, "+819011110002", "over an hour", timedelta(hours=2))
    day = receive(gui_context, "+819011110003", "over a day", timedelta(days=2))
    handled = receive(gui_context, "+819011110004", "old but handled", timedelta(days=3))
    gui_context.inbox.mark_handled([handled])
    window, page = show_inbox(make_window)
    wait_filled(qtbot, page, 4)
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(page, fresh, TEXT, background) is None
    assert cell(page, hour, TEXT, background).color() == HOUR_COLOUR
    assert cell(page, day, TEXT, background).color() == DAY_COLOUR
    assert cell(page, handled, TEXT, background) is None
    assert cell(page, handled, STATE) == "Handled"
    qtbot.waitUntil(lambda: window.badge("inbox") == 3, timeout=WAIT_MS)
    assert "(3)" in window.findChild(QWidget, "sidebar").item(4).text()  # type: ignore[union-attr]


def test_search_and_filters(make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot) -> None:
    modem = add_modem(gui_context, "受付")
    booking = receive(gui_context, "+819011110001", "予約を変更したいです", timedelta(days=3), modem)
    thanks = receive(gui_context, "+819011110002", "ありがとうございました", timedelta(minutes=3))
    _, page = show_inbox(make_window)
    wait_filled(qtbot, page, 2)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.search.setText("予約")
    assert page.model.ids_of_rows([0]) == [booking]
    page.search.clear()
    wait_filled(qtbot, page, 2)
    qtbot.waitUntil(lambda: page.modem_filter.findText("受付") > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.modem_filter.setCurrentIndex(page.modem_filter.findText("受付"))
    assert page.model.rowCount() == 1
    page.modem_filter.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.period_filter.setCurrentIndex(1)  # last 24 hours
    assert page.model.ids_of_rows([0]) == [thanks] and page.model.rowCount() == 1
    page.period_filter.setCurrentIndex(0)
    wait_filled(qtbot, page, 2)
    select_id(page, thanks)
    page.mark_selected_handled()
    qtbot.waitUntil(lambda: cell(page, thanks, STATE) == "Handled", timeout=WAIT_MS)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.unhandled_only.setChecked(True)
    assert page.model.ids_of_rows(list(range(page.model.rowCount()))) == [booking]


def test_new_message_raises_a_notification_once(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    window, page = show_inbox(make_window)
    with qtbot.waitSignal(page.notified, timeout=WAIT_MS) as raised:
        receive(gui_context, CUSTOMER, "明日伺います", timedelta(0))
    assert raised.args[1] == "明日伺います"
    assert page.tray.last_notification is not None
    qtbot.waitUntil(lambda: window.badge("inbox") == 1, timeout=WAIT_MS)
    wait_filled(qtbot, page, 1)


def test_reply_from_the_conversation_view_leaves_through_the_same_modem(
    make_window: Any, english: None, gui_context: AppContext, runtime: EngineRuntime, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: len(runtime.engine.pool.healthy_ids()) == 1, timeout=WAIT_MS)
    (modem_id,) = runtime.engine.pool.healthy_ids()
    first = receive(gui_context, CUSTOMER, "予約できますか？", timedelta(minutes=2), modem_id)
    _, page = show_inbox(make_window)
    wait_filled(qtbot, page, 1)
    dialog = open_dialog(page, qtbot, first)
    assert not dialog.contact_button.isHidden()  # an unknown sender
    with qtbot.waitSignal(dialog.claim_changed, timeout=WAIT_MS) as claimed:
        qtbot.keyClicks(
            dialog.reply_box, "OK "
        )  # QTest types Latin keys only; the rest as an input method would
    dialog.reply_box.insertPlainText("はい、10時に空きがあります")
    assert claimed.args == [True] and gui_context.inbox.claim_holder(CUSTOMER) is not None
    assert "UCS-2" in dialog.counter.summary()
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=WAIT_MS)
    dialog.urgent.setChecked(True)  # an operator may mark one reply urgent
    with qtbot.waitSignal(dialog.replied, timeout=WAIT_MS) as replied:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    reply_id = replied.args[0]
    assert not dialog.urgent.isChecked()  # the next reply starts ordinary
    qtbot.waitUntil(lambda: gui_context.outbox.get(reply_id).status == "sent", timeout=WAIT_MS)
    with gui_context.database.session_factory() as session:
        reply = session.get(OutboundMessage, reply_id)
        assert reply is not None
        assert (reply.modem_id, reply.reply_to_id, reply.to_number) == (modem_id, first, CUSTOMER)
        assert reply.urgent
    assert gui_context.inbox.get(first).status == "handled"
    assert gui_context.inbox.claim_holder(CUSTOMER) is None
    assert runtime.demo is not None
    sent = [m for sim in runtime.demo.simulators for m in sim.ledger.messages()]
    assert [(m.number, m.text) for m in sent] == [(CUSTOMER, "OK はい、10時に空きがあります")]
    qtbot.waitUntil(lambda: dialog.thread_view.count() == 2, timeout=WAIT_MS)
    assert dialog.thread_view.item(1).data(Qt.ItemDataRole.UserRole)[:2] == (False, reply_id)
    # The delivery state follows the engine while the conversation is open.
    qtbot.waitUntil(
        lambda: dialog.thread_view.item(1).data(Qt.ItemDataRole.UserRole)[2] in ("sent", "delivered"),
        timeout=WAIT_MS,
    )
    modem_name = gui_context.outbox.get(reply_id).modem
    assert modem_name and f"from {modem_name}" in dialog.thread_view.item(1).text()  # the number it left from
    dialog.close()


def test_another_desk_replying_is_shown_and_blocks_a_double_reply(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    message = receive(gui_context, CUSTOMER, "至急お願いします", timedelta(minutes=1))
    assert gui_context.inbox.claim(CUSTOMER, None).granted  # the other desk started typing
    _, page = show_inbox(make_window)
    wait_filled(qtbot, page, 1)
    dialog = open_dialog(page, qtbot, message)
    qtbot.waitUntil(lambda: not dialog.claim_label.isHidden(), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.claim_changed, timeout=WAIT_MS) as claimed:
        qtbot.keyClicks(dialog.reply_box, "hello")
    assert claimed.args == [False] and not dialog.send_button.isEnabled()
    with qtbot.waitSignal(dialog.claim_changed, timeout=WAIT_MS) as taken:
        qtbot.mouseClick(dialog.take_over_button, Qt.MouseButton.LeftButton)
    assert taken.args == [True]
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=WAIT_MS)
    dialog.close()  # closing without a reply gives the conversation back
    qtbot.waitUntil(lambda: gui_context.inbox.claim_holder(CUSTOMER) is None, timeout=WAIT_MS)
    with gui_context.database.session_factory() as session:
        assert session.scalar(select(OutboundMessage.id)) is None


def test_add_sender_as_contact_from_the_page(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    message = receive(gui_context, CUSTOMER, "初めまして", timedelta(minutes=1))
    _, page = show_inbox(make_window)
    wait_filled(qtbot, page, 1)
    select_id(page, message)
    page.add_current_as_contact()
    qtbot.waitUntil(lambda: gui_context.inbox.get(message).contact_id is not None, timeout=WAIT_MS)


def test_assign_to_me_shows_who_has_the_message(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    from ui.models.inbox_model import ASSIGNEE

    message = receive(gui_context, CUSTOMER, "担当をお願いします", timedelta(minutes=1))
    _, page = show_inbox(make_window)
    wait_filled(qtbot, page, 1)
    user = gui_context.users.sign_in_default()
    assert user is not None
    page.set_current_user(user.id)
    select_id(page, message)
    page.assign_selected_to_me()
    qtbot.waitUntil(lambda: cell(page, message, ASSIGNEE) == user.name, timeout=WAIT_MS)
    assert gui_context.inbox.get(message).assignee_id == user.id


def test_screenshot_in_japanese(
    make_window: Any, gui_context: AppContext, gui_data_dir: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language("ja")
    store.sync()
    front, back = add_modem(gui_context, "受付"), add_modem(gui_context, "予約")
    samples = [
        ("+819011112222", "明日の10時の予約を11時に変更できますか？", timedelta(minutes=4), front),
        ("+818033334444", "ありがとうございました。また伺います。", timedelta(minutes=40), back),
        ("+819055556666", "駐車場はありますか", timedelta(hours=3), front),
        ("+817077778888", "配信停止", timedelta(hours=5), back),
        ("+819099990000", "先日の件、まだお返事をいただいていません。", timedelta(days=2), front),
    ]
    ids = [receive(gui_context, *sample) for sample in samples]
    gui_context.inbox.create_contact(ids[0], "佐藤 花子")
    gui_context.inbox.create_contact(ids[1], "鈴木 一郎")
    gui_context.inbox.mark_handled([ids[1]])
    window, page = show_inbox(make_window, (1280, 780))
    wait_filled(qtbot, page, 5)
    qtbot.waitUntil(lambda: window.badge("inbox") == 4, timeout=WAIT_MS)
    assert page.unhandled_only.text() != "Unhandled only"  # the page speaks Japanese
    user = window.user_indicator.label  # signed in off the GUI thread: wait until laid out in full
    qtbot.waitUntil(lambda: user.text().endswith("）") or user.text().endswith(")"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: user.width() >= user.sizeHint().width(), timeout=WAIT_MS)
    shot = tmp_path / "screenshot-inbox.png"
    assert window.grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-inbox.png")


def test_a_claimed_conversation_shows_a_short_badge_and_who_in_the_tooltip(app) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desk_sms.services.inbox import InboxRow
    from ui.models.inbox_model import handler_text, status_text

    row = InboxRow(1, "+819011112222", "hello", datetime.now(UTC), None, None, None, None, "unhandled", True,
                   None, False, None, being_handled=True, handled_by="佐藤")
    assert status_text(row) == "Being handled"  # fits the state column
    assert handler_text(row) == "Being handled by 佐藤"
