"""The Sent page and its model: lazy rows, live engine updates, needs attention, actions, campaigns."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from desk_sms.context import AppContext
from desk_sms.db.models import Campaign, Contact, OutboundMessage
from desk_sms.engine.runtime import EngineRuntime, start_engine
from desk_sms.services.outbox import OutboxFilter, Recipient
from ui.main_window import DEFAULT_SIZE, MainWindow
from ui.models.outbox_model import (
    ERROR,
    RECIPIENT,
    SENT,
    STATE,
    OutboxTableModel,
    describe_error,
    error_code_of,
)
from ui.pages.sent import ATTENTION_TAB, SentPage, queue_summary
from ui.settings_store import UiSettings
from ui.widgets.state_badge import STATE_ROLE

pytestmark = [pytest.mark.timeout(60), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 15_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def add_messages(context: AppContext, rows: list[dict[str, Any]]) -> None:
    """Write outgoing messages straight to the database (states the engine would have set)."""
    defaults = {"body": "ご予約の確認です", "status": "queued", "created_at": NOW, "part_count": 1}
    with context.database.session() as session:
        session.execute(insert(OutboundMessage), [{**defaults, **row} for row in rows])


def settle() -> None:
    """Let background loads finish and deliver their results before a test's model goes away.

    A delivered result may start the next load (a page after a reload), so this repeats until a round
    of delivery leaves the pool idle; the timeout only guards against a hang.
    """
    pool = QThreadPool.globalInstance()
    while True:
        assert pool.waitForDone(WAIT_MS)
        QCoreApplication.processEvents()
        if pool.activeThreadCount() == 0:
            return


def number(n: int) -> str:
    return f"+81901{n:07d}"


def never_quiet(context: AppContext) -> None:
    context.users.sign_in("admin")  # settings are an administrator's, whenever the window signs in
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")


@pytest.fixture
def window(make_window: Any, english: None) -> MainWindow:
    built: MainWindow = make_window().window
    built.resize(1200, 760)
    built.show_page("sent")
    built.show()
    return built


@pytest.fixture
def page(window: MainWindow) -> SentPage:
    sent = window.page("sent")
    assert isinstance(sent, SentPage), "the Sent page is registered in the main window"
    return sent


@pytest.fixture
def runtime(gui_context: AppContext) -> Iterator[EngineRuntime]:
    never_quiet(gui_context)
    started = start_engine(gui_context, demo_modems=2, poll_interval=5.0)
    yield started
    started.stop()


def wait_ready(qtbot: QtBot, runtime: EngineRuntime, count: int = 2) -> None:
    qtbot.waitUntil(lambda: len(runtime.engine.pool.healthy_ids()) == count, timeout=WAIT_MS)


def wait_filled(qtbot: QtBot, page: SentPage, count: int) -> None:
    def filled() -> bool:
        rows = page.model.rowCount()
        return rows == count and all(page.model.row_at(row) is not None for row in range(rows))

    qtbot.waitUntil(filled, timeout=WAIT_MS)


def select_ids(page: SentPage, ids: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for message_id in ids:
        row = page.model.row_of_id(message_id)
        assert row is not None
        selection.select(page.model.index(row, 0), flags)


def cell(page: SentPage, message_id: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    row = page.model.row_of_id(message_id)
    return None if row is None else page.model.data(page.model.index(row, column), role)


def test_model_passes_qt_model_tester_and_loads_rows_lazily(
    gui_context: AppContext, qtbot: QtBot, qtmodeltester: Any
) -> None:
    add_messages(
        gui_context, [{"to_number": number(n), "status": "sent", "sent_at": NOW} for n in range(450)]
    )
    model = OutboxTableModel(gui_context.outbox, page_size=200)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS) as reloaded:
        model.reload()
    assert reloaded.args == [450]
    assert model.data(model.index(250, RECIPIENT)) is None  # not fetched yet: empty, never blocking
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS, check_params_cb=lambda page: page == 1):
        model.row_at(250)
    assert model.data(model.index(250, RECIPIENT)) == "090-1000-0199"  # newest first, national form
    assert model.data(model.index(250, STATE, QModelIndex()), STATE_ROLE) == "sent"
    assert model.data(model.index(250, SENT)) == NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS) as filtered:
        model.set_filter(OutboxFilter(statuses=("queued",)))
    assert filtered.args == [0]
    qtmodeltester.check(model, force_py=True)
    settle()


def test_live_refresh_reads_only_the_newest_ids(gui_context: AppContext, qtbot: QtBot) -> None:
    add_messages(gui_context, [{"to_number": number(n)} for n in range(300)])
    model = OutboxTableModel(gui_context.outbox, page_size=100)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.reload()
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        model.row_at(0)
    calls: list[int] = []
    read_ids = gui_context.outbox.ids
    gui_context.outbox.ids = lambda where, limit=1_000_000: (  # type: ignore[method-assign]
        calls.append(limit) or read_ids(where, limit)
    )
    gui_context.outbox.enqueue("090-1234-0001", "新しいメッセージ")
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS) as grown:
        model.refresh()
    assert grown.args == [301]
    assert calls == [2000]  # the head only, not every id again
    assert model.data(model.index(0, RECIPIENT)) == "090-1234-0001"  # its page came with the refresh
    assert model.data(model.index(1, RECIPIENT)) == "090-1000-0299"
    with qtbot.waitSignal(model.refreshed, timeout=WAIT_MS):
        model.set_filter(OutboxFilter(statuses=("queued",)))
        model.refresh()
    assert calls[-1] == 1_000_000  # a state filter can drop messages: every id is read again
    settle()


def test_errors_read_as_plain_sentences(gui_context: AppContext, english: None, app: Any) -> None:
    add_messages(
        gui_context,
        [
            {
                "to_number": number(1),
                "status": "failed",
                "error_code": "cms_42",
                "error_text": "+CMS ERROR: 42 (congestion) (gave up after 5 attempts)",
            },
            {"to_number": number(2), "status": "skipped", "error_text": "not a mobile number: 12"},
            {
                "to_number": number(3),
                "status": "uncertain",
                "error_text": "the modem did not confirm the send: no answer",
            },
        ],
    )
    rows = gui_context.outbox.list()
    by_number = {row.to: row for row in rows}
    congestion = by_number[number(1)]
    assert describe_error(error_code_of(congestion), congestion.error, congestion.status) == (
        "The network refused the message: congestion (error 42). Gave up after several attempts."
    )
    skipped = by_number[number(2)]
    assert error_code_of(skipped) == "invalid_number"
    assert (
        describe_error("invalid_number", skipped.error, "skipped") == "Not a mobile number; nothing was sent."
    )
    assert error_code_of(by_number[number(3)]) == "no_confirmation"
    assert describe_error("cms_27", "+CMS ERROR: 27 (destination out of service)", "queued") == (
        "The network refused the message for now (destination out of service); it will be tried again."
    )
    assert describe_error("something_new", "raw reason", "failed") == "raw reason"


def test_page_follows_the_engine_as_it_sends(
    page: SentPage, runtime: EngineRuntime, gui_context: AppContext, qtbot: QtBot
) -> None:
    wait_ready(qtbot, runtime)
    with gui_context.database.session() as session:
        contact = Contact(name="佐藤 花子", reading="サトウ ハナコ")
        session.add(contact)
        session.flush()
        contact_id = contact.id
    first = gui_context.outbox.enqueue("090-1111-2222", "明日10時のご予約を承りました", contact_id=contact_id)
    second = gui_context.outbox.enqueue("080-3333-4444", "Thank you for your visit")
    wait_filled(qtbot, page, 2)
    assert cell(page, first, RECIPIENT) == "佐藤 花子  090-1111-2222"
    page.table.selectRow(page.model.row_of_id(first) or 0)

    def both_sent() -> bool:
        return all(cell(page, i, STATE, STATE_ROLE) in ("sent", "delivered") for i in (first, second))

    qtbot.waitUntil(both_sent, timeout=WAIT_MS)
    assert cell(page, first, SENT)  # the sent time is shown
    assert page.selected_ids() == [first]  # live refreshes keep the selection
    third = gui_context.outbox.enqueue("070-5555-6666", "3通目")
    qtbot.waitUntil(lambda: page.model.row_of_id(third) == 0, timeout=WAIT_MS)
    assert page.selected_ids() == [first]  # a new message above did not move the selection


def test_needs_attention_lists_failed_and_uncertain_and_resends(
    page: SentPage, gui_context: AppContext, qtbot: QtBot
) -> None:
    add_messages(
        gui_context,
        [
            {"to_number": number(1), "status": "sent", "sent_at": NOW},
            {
                "to_number": number(2),
                "status": "failed",
                "error_code": "cms_1",
                "error_text": "+CMS ERROR: 1 (unassigned (unallocated) number)",
            },
            {
                "to_number": number(3),
                "status": "uncertain",
                "error_code": "no_confirmation",
                "error_text": "the modem did not confirm the send: timeout",
            },
        ],
    )
    page.refresh_all()
    qtbot.waitUntil(lambda: page.tabs.tabText(ATTENTION_TAB) == "Needs attention (2)", timeout=WAIT_MS)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.tabs.setCurrentIndex(ATTENTION_TAB)
    wait_filled(qtbot, page, 2)
    assert page.attention_note.isVisible()
    assert "duplicate" in page.attention_note.text()
    uncertain = next(
        i for i in page.model.ids_of_rows([0, 1]) if cell(page, i, STATE, STATE_ROLE) == "uncertain"
    )
    assert cell(page, uncertain, ERROR) == (
        "The modem did not confirm the send; the message may or may not have arrived."
    )
    select_ids(page, [uncertain])
    assert page.resend_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.action_done, timeout=WAIT_MS) as done:
        page.resend_button.click()
    assert done.args == ["1 message queued again."]
    wait_filled(qtbot, page, 1)  # the resent one no longer needs attention
    copies = gui_context.outbox.list(OutboxFilter(statuses=("queued",)))
    assert [(row.to, row.text) for row in copies] == [(number(3), "ご予約の確認です")]
    qtbot.waitUntil(lambda: page.tabs.tabText(ATTENTION_TAB) == "Needs attention (1)", timeout=WAIT_MS)


def test_cancel_hold_and_release_queued_messages(
    page: SentPage, gui_context: AppContext, qtbot: QtBot
) -> None:
    ids = [gui_context.outbox.enqueue(f"090-1234-{n:04d}", f"お知らせ {n}") for n in range(3)]
    wait_filled(qtbot, page, 3)
    select_ids(page, ids[:1])
    with qtbot.waitSignal(page.action_done, timeout=WAIT_MS) as done:
        page.cancel_button.click()
    assert done.args == ["1 message cancelled."]
    qtbot.waitUntil(lambda: cell(page, ids[0], STATE, STATE_ROLE) == "cancelled", timeout=WAIT_MS)
    assert gui_context.outbox.get(ids[0]).status == "cancelled"
    select_ids(page, ids[1:])
    assert page.hold_button.isEnabled() and not page.release_button.isEnabled()
    with qtbot.waitSignal(page.action_done, timeout=WAIT_MS):
        page.hold_button.click()
    qtbot.waitUntil(lambda: cell(page, ids[1], STATE) == "Held", timeout=WAIT_MS)
    assert [gui_context.outbox.get(i).held for i in ids[1:]] == [True, True]
    assert page.release_button.isEnabled()
    with qtbot.waitSignal(page.action_done, timeout=WAIT_MS):
        page.release_button.click()
    qtbot.waitUntil(lambda: cell(page, ids[2], STATE) == "Queued", timeout=WAIT_MS)
    assert page.selected_ids() == sorted(ids[1:], reverse=True)


def test_filters_by_state_and_date(page: SentPage, gui_context: AppContext, qtbot: QtBot) -> None:
    old = datetime.now(UTC) - timedelta(days=40)
    add_messages(
        gui_context,
        [
            {"to_number": number(1), "status": "sent", "created_at": old},
            {"to_number": number(2), "status": "sent", "created_at": datetime.now(UTC)},
            {"to_number": number(3), "status": "failed", "created_at": datetime.now(UTC)},
        ],
    )
    page.refresh_all()
    wait_filled(qtbot, page, 3)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.state_filter.setCurrentIndex(page.state_filter.findData("sent"))
    assert page.model.rowCount() == 2
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.dates_check.setChecked(True)  # the last seven days
    wait_filled(qtbot, page, 1)
    assert page.model.data(page.model.index(0, RECIPIENT)) == "090-1000-0002"
    assert page.count_label.text() == "1 message"


def choose_campaign(page: SentPage, qtbot: QtBot, name: str) -> None:
    qtbot.waitUntil(lambda: page.campaign_filter.findText(name) > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(page.progress.progress_shown, timeout=WAIT_MS):
        page.campaign_filter.setCurrentIndex(page.campaign_filter.findText(name))


def test_campaign_progress_numbers_pause_resume_cancel(
    page: SentPage, gui_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipients = [Recipient(f"090-2222-{n:04d}", "本日は臨時休業です") for n in range(8)]
    campaign_id = gui_context.outbox.create_campaign(
        "臨時休業のお知らせ", [*recipients, Recipient("12", "x")]
    )
    now = gui_context.clock.now()
    with gui_context.database.session() as session:
        ids = session.scalars(
            select(OutboundMessage.id)
            .where(OutboundMessage.campaign_id == campaign_id)
            .order_by(OutboundMessage.id)
        ).all()
        for offset, message_id in enumerate(ids[:3]):
            message = session.get(OutboundMessage, message_id)
            assert message is not None
            message.status, message.sent_at = "sent", now - timedelta(seconds=90 - 30 * offset)
    page.refresh_all()
    choose_campaign(page, qtbot, "臨時休業のお知らせ")
    progress = page.progress
    assert progress.isVisible()
    assert (progress.bar.value(), progress.bar.maximum()) == (4, 9)
    assert progress.bar.format() == "4 of 9"
    assert progress.counts_label.text() == "Queued 5 · Sent 3 · Skipped 1"
    assert progress.rate_label.text() == "2.0 per minute"
    assert progress.eta_label.text() == "No modem is ready: no estimate"  # no engine in this test
    wait_filled(qtbot, page, 9)  # the table shows only this campaign
    with qtbot.waitSignal(
        progress.progress_shown, timeout=WAIT_MS, check_params_cb=lambda shown: shown.status == "paused"
    ):
        progress.pause_button.click()
    assert progress.eta_label.text() == "Paused"
    assert progress.resume_button.isVisible() and not progress.pause_button.isVisible()
    with qtbot.waitSignal(
        progress.progress_shown, timeout=WAIT_MS, check_params_cb=lambda shown: shown.status == "running"
    ):
        progress.resume_button.click()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(
        progress.progress_shown, timeout=WAIT_MS, check_params_cb=lambda shown: shown.status == "cancelled"
    ):
        progress.cancel_button.click()
    assert progress.counts_label.text() == "Sent 3 · Cancelled 5 · Skipped 1"
    assert (progress.bar.value(), progress.bar.maximum()) == (9, 9)
    assert not progress.cancel_button.isEnabled()
    with gui_context.database.session() as session:
        assert session.get(Campaign, campaign_id).status == "cancelled"  # type: ignore[union-attr]


def test_show_campaign_selects_a_campaign_not_listed_yet(
    page: SentPage, gui_context: AppContext, qtbot: QtBot
) -> None:
    campaign_id = gui_context.outbox.create_campaign(
        "新しい一斉送信", [Recipient("090-1234-0009", "こんにちは")]
    )
    with qtbot.waitSignal(page.progress.progress_shown, timeout=WAIT_MS):
        page.show_campaign(campaign_id)
    assert page.campaign_filter.currentData() == campaign_id
    assert page.progress.isVisible()
    assert page.model.filter.campaign_id == campaign_id


def test_queue_summary_text(app: Any) -> None:
    assert (
        queue_summary({"queued": 12, "sending": 1, "sent": 40}, 2)
        == "12 waiting · 1 sending · 2 need attention"
    )
    assert queue_summary({}, 0) == "0 waiting · 0 sending"


def test_summary_reaches_the_page_signal(page: SentPage, gui_context: AppContext, qtbot: QtBot) -> None:
    with qtbot.waitSignal(
        page.queue_summary_changed, timeout=WAIT_MS, check_params_cb=lambda text: text.startswith("2 waiting")
    ):
        gui_context.outbox.enqueue("090-1234-0001", "a")
        gui_context.outbox.enqueue("090-1234-0002", "b")


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
    wait_ready(qtbot, runtime)
    names = ["佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 翔", "伊藤 結衣", "渡辺 蓮"]
    with gui_context.database.session() as session:
        contacts = [Contact(name=name) for name in names]
        session.add_all(contacts)
        session.flush()
        contact_ids = [contact.id for contact in contacts]
    add_messages(
        gui_context,
        [
            {
                "to_number": number(9001),
                "status": "failed",
                "error_code": "cms_1",
                "contact_id": contact_ids[4],
                "error_text": "+CMS ERROR: 1 (unassigned (unallocated) number)",
                "attempts": 1,
            },
            {
                "to_number": number(9002),
                "status": "uncertain",
                "error_code": "no_confirmation",
                "contact_id": contact_ids[5],
                "error_text": "the modem did not confirm the send",
                "attempts": 1,
            },
        ],
    )
    recipients = [
        Recipient(
            f"090-3000-{n:04d}",
            "【さくら歯科】明日は臨時休診です。ご迷惑をおかけします。",
            contact_ids[n % 4],
        )
        for n in range(12)
    ]
    gui_context.outbox.create_campaign("臨時休診のお知らせ", recipients)
    parts = make_window()
    window = parts.window
    window.resize(1280, 780)
    window.show_page("sent")
    window.show()
    page = window.page("sent")
    assert isinstance(page, SentPage)
    # The wiring the main window is asked to make (see SentPage.queue_summary_changed).
    page.queue_summary_changed.connect(window.set_queue_summary)
    modems_page = window.page("modems")
    modems_page.modem_summary_changed.connect(window.set_modem_summary)  # type: ignore[attr-defined]
    choose_campaign(page, qtbot, "臨時休診のお知らせ")
    qtbot.waitUntil(
        lambda: page.progress.progress is not None and page.progress.progress.done >= 4, timeout=WAIT_MS
    )
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.campaign_filter.setCurrentIndex(0)
    wait_filled(qtbot, page, 14)
    with qtbot.waitSignal(page.progress.progress_shown, timeout=WAIT_MS):  # listening before it can fire
        page.progress.show_campaign(page.campaign_filter.itemData(1), "臨時休診のお知らせ")
    shot = tmp_path / "screenshot-sent.png"
    assert window.grab().save(str(shot))
    DOCS.mkdir(exist_ok=True)
    shutil.copy(shot, DOCS / "screenshot-sent.png")
    assert page.tabs.tabText(0) == "すべてのメッセージ"
    assert page.progress.pause_button.text() == "一時停止"


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_header_is_whole_at_the_default_window_size(
    make_window: Any, gui_context: AppContext, gui_data_dir: Path, qtbot: QtBot, language: str
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language(language)
    store.sync()
    add_messages(gui_context, [{"to_number": number(1), "status": "failed", "attempts": 3}])
    window = make_window().window
    window.resize(DEFAULT_SIZE)
    window.show_page("sent")
    window.show()
    page = window.page("sent")
    assert isinstance(page, SentPage)
    wait_filled(qtbot, page, 1)
    header = page.table.horizontalHeader()
    cut = {page.model.headerData(column, Qt.Orientation.Horizontal): (header.sectionSize(column),
                                                                        header.sectionSizeHint(column))
           for column in range(page.model.columnCount())
           if header.sectionSize(column) < header.sectionSizeHint(column)}
    assert cut == {}  # "Attempts" was cut in English


def test_an_expired_message_is_shown_with_its_reason_and_can_be_resent(
    page: SentPage, gui_context: AppContext, qtbot: QtBot, tokyo_time: None
) -> None:
    add_messages(gui_context, [{"to_number": number(2), "status": "sent", "sent_at": NOW}, {
        "to_number": number(1), "status": "expired", "error_code": "expired",
        "expires_at": datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
        "error_text": "not sent: its send-late window ended at 2026-01-05T09:00:00+00:00",
    }])
    page.refresh_all()
    qtbot.waitUntil(lambda: page.tabs.tabText(ATTENTION_TAB) == "Needs attention (1)", timeout=WAIT_MS)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.tabs.setCurrentIndex(ATTENTION_TAB)
    wait_filled(qtbot, page, 1)
    (expired,) = page.model.ids_of_rows([0])
    assert cell(page, expired, STATE) == "Expired" and cell(page, expired, STATE, STATE_ROLE) == "expired"
    assert "An expired one was timed for later" in page.attention_note.text()  # the tab says what it is
    # The window's end in this PC's time (09:00 UTC is 18:00 in Japan), written as every time here.
    assert cell(page, expired, ERROR) == (
        "Not sent: its send-late window ended at 2026-01-05 18:00, before it could go out (the PC was off "
        "or no modem was ready)."
    )
    assert cell(page, expired, ERROR, Qt.ItemDataRole.ToolTipRole).endswith(
        "(not sent: its send-late window ended at 2026-01-05 18:00)")
    select_ids(page, [expired])
    assert page.resend_button.isEnabled()
