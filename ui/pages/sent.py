"""The Sent page: every outgoing message with its state, filters, needs-attention, campaign progress.

The table is an `OutboxTableModel` (ids first, rows on demand), so a million messages open at
once. The page follows the engine live: state changes arrive through the bridge and, gathered
for a moment, refresh the table without losing the selection or the scroll position. Actions
(resend, cancel, hold, release) go through the outbox service off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_sms.events import DataChanged
from desk_sms.services.estimates import ModemCapacity, capacities_from_modems
from desk_sms.services.outbox import NEEDS_ATTENTION, MessageStatus, OutboxFilter
from ui.counts import Counts
from ui.errors import show_error
from ui.models.outbox_model import (
    ATTEMPTS,
    CREATED,
    DELIVERED,
    ERROR,
    MODEM,
    PARTS,
    RECIPIENT,
    SENT,
    STATE,
    TEXT,
    OutboxTableModel,
    state_text,
)
from ui.pages.deps import PageDeps
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.campaign_progress import CampaignProgressPanel
from ui.widgets.state_badge import StateBadgeDelegate

REFRESH_DELAY_MS = 400  # one refresh per burst of state changes
ALL_TAB, ATTENTION_TAB = 0, 1
COLUMN_WIDTHS = {STATE: 100, RECIPIENT: 200, TEXT: 200, MODEM: 110, PARTS: 50, ATTEMPTS: 60,
                 ERROR: 300, CREATED: 125, SENT: 125, DELIVERED: 125}
FILTER_STATES = tuple(MessageStatus)
RESENDABLE = (*NEEDS_ATTENTION, MessageStatus.UNDELIVERABLE)


def queue_summary(counts: dict[str, int], needs_attention: int) -> str:
    """The status bar's queue text, e.g. "12 waiting · 1 sending · 2 need attention"."""
    waiting = counts.get(MessageStatus.QUEUED, 0)
    sending = counts.get(MessageStatus.SENDING, 0)
    text = QCoreApplication.translate("SentPage", "{waiting} waiting · {sending} sending").format(
        waiting=f"{waiting:,}", sending=f"{sending:,}")
    if needs_attention:
        text += " · " + Counts().need_attention(needs_attention)
    return text


class SentPage(QWidget):
    """Every outgoing message; needs attention; campaign progress.

    Signals:
        queue_summary_changed(str): the status bar's queue text (for MainWindow.set_queue_summary).
        action_done(str): a resend/cancel/hold/release finished (the text shown under the table).
        campaigns_loaded(): the campaign filter lists the campaigns as stored now.
    """

    queue_summary_changed = Signal(str)
    action_done = Signal(str)
    campaigns_loaded = Signal()

    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_sent")
        self._context = deps.context
        self.model = OutboxTableModel(self._context.outbox, self)
        self._kept_selection: list[int] = []
        self._kept_top: int | None = None
        self._wanted_campaign: int | None = None  # asked for before the campaign list had it
        self._build()
        self.retranslate_ui()
        self._connect(deps)
        self.refresh_all()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        self.tabs = named(QTabBar(expanding=False, drawBase=False), "sentTabs")
        self.tabs.addTab("")
        self.tabs.addTab("")
        self.attention_note = named(QLabel(wordWrap=True), "pageNote")
        self.attention_note.setVisible(False)
        self.progress = CampaignProgressPanel(self._context, self._modem_capacities, self)
        self.table = self._build_table()
        self.count_label = named(QLabel(), "sentCount")
        self.message_label = named(QLabel(), "formStatus")
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.message_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.addWidget(self._title)
        column.addWidget(self.tabs)
        column.addLayout(self._build_filters())
        column.addWidget(self.progress)
        column.addWidget(self.attention_note)
        column.addLayout(self._build_actions())
        column.addWidget(self.table, 1)
        column.addLayout(status)

    def _build_table(self) -> QTableView:
        table = named(QTableView(), "sentTable")
        table.setModel(self.model)
        table.setItemDelegateForColumn(STATE, StateBadgeDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        return table

    def _build_filters(self) -> QHBoxLayout:
        self.state_filter = named(QComboBox(), "stateFilter")
        self.state_filter.addItem("", None)
        for state in FILTER_STATES:
            self.state_filter.addItem("", str(state))
        self.campaign_filter = named(QComboBox(), "campaignFilter")
        self.campaign_filter.setMinimumContentsLength(16)
        self.campaign_filter.addItem("", None)
        self.dates_check = named(QCheckBox(), "dateFilter")
        today = QDate.currentDate()
        self.from_date = QDateEdit(today.addDays(-7))
        self.to_date = QDateEdit(today)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self._to_label = QLabel("–")
        row = QHBoxLayout()
        for widget in (self.state_filter, self.campaign_filter, self.dates_check, self.from_date,
                       self._to_label, self.to_date):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_actions(self) -> QHBoxLayout:
        self.resend_button = named(QPushButton(), "primaryButton")
        self.cancel_button = named(QPushButton(), "cancelMessages")
        self.hold_button = named(QPushButton(), "holdMessages")
        self.release_button = named(QPushButton(), "releaseMessages")
        handlers: list[tuple[QPushButton, Callable[[], Any]]] = [
            (self.resend_button, self.resend_selected),
            (self.cancel_button, self.cancel_selected),
            (self.hold_button, self.hold_selected),
            (self.release_button, self.release_selected),
        ]
        row = QHBoxLayout()
        for button, handler in handlers:
            button.clicked.connect(handler)
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Sent"))
        self.tabs.setTabText(ALL_TAB, self.tr("All messages"))
        self.tabs.setTabText(ATTENTION_TAB, self.tr("Needs attention"))
        self.attention_note.setText(self.tr(
            "Failed, expired and uncertain messages. An expired one was timed for later and its "
            "send-late window ended before it could go. An uncertain one was taken by the modem without "
            "a confirmation, so it may or may not have reached the phone: desk-sms never resends it by "
            "itself, because a duplicate to a customer is worse than a delay. Check if you need to, "
            "then press Resend."))
        self.state_filter.setItemText(0, self.tr("All states"))
        for index, state in enumerate(FILTER_STATES, start=1):
            self.state_filter.setItemText(index, state_text(state))
        self.campaign_filter.setItemText(0, self.tr("All campaigns"))
        self.dates_check.setText(self.tr("Created from"))
        self.resend_button.setText(self.tr("Resend"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.hold_button.setText(self.tr("Hold"))
        self.release_button.setText(self.tr("Release"))
        self._show_count(self.model.rowCount())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self.fit_headers()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_headers()  # shown, the header has its final style and font
        super().showEvent(event)

    def fit_headers(self) -> None:
        """Widen each column too narrow for its header's text ("Attempts", a longer translation)."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            needed = header.sectionSizeHint(column)
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, needed)

    def _connect(self, deps: PageDeps) -> None:
        self.tabs.currentChanged.connect(lambda _tab: self.apply_filter())
        self.state_filter.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.campaign_filter.currentIndexChanged.connect(lambda _index: self._on_campaign_chosen())
        self.dates_check.toggled.connect(self._on_dates_toggled)
        self.from_date.dateChanged.connect(lambda _date: self.apply_filter())
        self.to_date.dateChanged.connect(lambda _date: self.apply_filter())
        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.reloaded.connect(self._restore_view)
        self.model.refreshed.connect(self._update_buttons)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_all)
        self.progress.status_changed.connect(lambda _status: self._refresh_timer.start())
        deps.bridge.message_state_changed.connect(lambda _event: self._refresh_timer.start())
        deps.bridge.data_changed.connect(self._on_data_changed)

    # ----- filtering ------------------------------------------------------------------------

    def current_filter(self) -> OutboxFilter:
        state = self.state_filter.currentData()
        since, until = self._date_range()
        return OutboxFilter(
            statuses=(state,) if state else (),
            campaign_id=self.campaign_filter.currentData(),
            since=since,
            until=until,
            needs_attention=self.tabs.currentIndex() == ATTENTION_TAB,
        )

    def _date_range(self) -> tuple[datetime | None, datetime | None]:
        if not self.dates_check.isChecked():
            return None, None
        first, last = self.from_date.date(), self.to_date.date()
        return _local_midnight(first), _local_midnight(last) + timedelta(days=1)

    def apply_filter(self) -> None:
        self.attention_note.setVisible(self.tabs.currentIndex() == ATTENTION_TAB)
        self.model.set_filter(self.current_filter())

    def _on_dates_toggled(self, checked: bool) -> None:
        self.from_date.setEnabled(checked)
        self.to_date.setEnabled(checked)
        self.apply_filter()

    def show_campaign(self, campaign_id: int) -> None:
        """Filter by this campaign and show its progress (the Compose page links here; a campaign
        just created may not be listed yet)."""
        self._wanted_campaign = campaign_id
        index = self.campaign_filter.findData(campaign_id)
        if index > 0:
            self._wanted_campaign = None
            self.campaign_filter.setCurrentIndex(index)
        else:
            self._load_campaigns()

    def _on_campaign_chosen(self) -> None:
        campaign_id = self.campaign_filter.currentData()
        name = self.campaign_filter.currentText() if campaign_id is not None else ""
        self.progress.show_campaign(campaign_id, name)
        self.apply_filter()

    # ----- live updates ---------------------------------------------------------------------

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic in ("outbox", "modems"):
            self._refresh_timer.start()

    def refresh_all(self) -> None:
        """Re-read the table, the campaigns, the progress and the queue summary."""
        self.model.refresh()
        self.progress.refresh()
        self._load_campaigns()
        self._load_summary()

    def _load_campaigns(self) -> None:
        run_in_background(self, self._context.outbox.campaigns, self._show_campaigns)

    def _show_campaigns(self, campaigns: list[tuple[int, str, str]]) -> None:
        current = self.campaign_filter.currentData()
        blocked = self.campaign_filter.blockSignals(True)  # refilling is not a new choice
        while self.campaign_filter.count() > 1:
            self.campaign_filter.removeItem(1)
        for campaign_id, name, _status in campaigns:
            self.campaign_filter.addItem(name, campaign_id)
        self.campaign_filter.setCurrentIndex(max(self.campaign_filter.findData(current), 0))
        self.campaign_filter.blockSignals(blocked)
        self.campaigns_loaded.emit()
        wanted, self._wanted_campaign = self._wanted_campaign, None
        if wanted is not None and self.campaign_filter.findData(wanted) > 0:
            self.campaign_filter.setCurrentIndex(self.campaign_filter.findData(wanted))

    def _load_summary(self) -> None:
        outbox = self._context.outbox

        def load() -> tuple[dict[str, int], int]:
            return outbox.counts_by_status(), len(outbox.ids(OutboxFilter(needs_attention=True)))

        run_in_background(self, load, self._show_summary)

    def _show_summary(self, found: tuple[dict[str, int], int]) -> None:
        counts, attention = found
        self.tabs.setTabText(ATTENTION_TAB, self.tr("Needs attention ({count})").format(count=attention)
                             if attention else self.tr("Needs attention"))
        self.queue_summary_changed.emit(queue_summary(counts, attention))

    def _remember_view(self) -> None:
        self._kept_selection = self.selected_ids()
        top_row = self.table.rowAt(0)
        self._kept_top = self.model.id_at(top_row) if top_row > 0 else None

    def _restore_view(self, count: int) -> None:
        self._show_count(count)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for message_id in self._kept_selection:
            row = self.model.row_of_id(message_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
        top = self.model.row_of_id(self._kept_top) if self._kept_top is not None else None
        if top is not None:  # the same message stays at the top while new ones arrive above
            self.table.scrollTo(self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_buttons()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln message(s)", "", count))

    # ----- the selection and actions --------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.ids_of_rows(rows)

    def _selected_with(self, states: tuple[str, ...]) -> list[int]:
        rows = (self.model.cached_row(message_id) for message_id in self.selected_ids())
        return [row.id for row in rows if row is not None and row.status in states]

    def _update_buttons(self) -> None:
        self.resend_button.setEnabled(bool(self._selected_with(RESENDABLE)))
        waiting = [self.model.cached_row(i) for i in self._selected_with((MessageStatus.QUEUED,))]
        self.cancel_button.setEnabled(bool(waiting))
        self.hold_button.setEnabled(any(row and not row.held for row in waiting))
        self.release_button.setEnabled(any(row and row.held for row in waiting))

    def resend_selected(self) -> None:
        ids, outbox = self._selected_with(RESENDABLE), self._context.outbox
        if ids:
            self._act(lambda: len([outbox.resend(message_id) for message_id in ids]),
                      lambda count: self.tr("%Ln message(s) queued again.", "", count))

    def cancel_selected(self) -> None:
        ids = self._selected_with((MessageStatus.QUEUED,))
        if ids:
            outbox = self._context.outbox
            self._act(lambda: outbox.cancel(ids),
                      lambda count: self.tr("%Ln message(s) cancelled.", "", count))

    def hold_selected(self) -> None:
        ids = self._selected_with((MessageStatus.QUEUED,))
        if ids:
            outbox = self._context.outbox
            self._act(lambda: outbox.hold(ids), lambda count: self.tr("%Ln message(s) held.", "", count))

    def release_selected(self) -> None:
        ids = self._selected_with((MessageStatus.QUEUED,))
        if ids:
            outbox = self._context.outbox
            self._act(lambda: outbox.release(ids),
                      lambda count: self.tr("%Ln message(s) released.", "", count))

    def _act(self, change: Callable[[], int], said: Callable[[int], str]) -> None:
        def done(count: int) -> None:
            text = said(count)
            self.message_label.setText(text)
            self.refresh_all()
            self.action_done.emit(text)

        run_in_background(self, change, done)

    # ----- estimates ------------------------------------------------------------------------

    def _modem_capacities(self) -> list[ModemCapacity]:
        """Runs off the GUI thread: from the stored modem rows (the engine runs in its own process)."""
        return capacities_from_modems(self._context.modems.list())


def _local_midnight(day: QDate) -> datetime:
    """The start of `day` on this PC's clock, as an aware datetime."""
    return datetime(day.year(), day.month(), day.day()).astimezone()
