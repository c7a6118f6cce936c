"""The Inbox page: every received message, searchable and filtered, coloured by how long it waits.

New messages arrive through the bridge: the table refreshes (once per burst), the unread count
goes to the sidebar badge and the tray, and a complete new message raises a desktop notification.
A double click (or Open) shows the conversation with that number, where the reply is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_sms.events import DataChanged, InboundReceived
from desk_sms.services.inbox import InboxFilter, InboxRow
from ui.dialogs.conversation import ConversationDialog
from ui.errors import show_error
from ui.models.inbox_model import (
    ASSIGNEE,
    MODEM,
    RECEIVED,
    RULE,
    SENDER,
    STATE,
    TEXT,
    InboxTableModel,
    sender_text,
)
from ui.pages.deps import PageDeps
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.inbox_assignment import AssignmentBar
from ui.widgets.state_badge import StateBadgeDelegate
from ui.widgets.tray_notifier import TrayNotifier

REFRESH_DELAY_MS = 300  # one refresh per burst of arrivals
SEARCH_DELAY_MS = 250
RECOLOUR_MS = 60_000  # waiting-time colours move on by themselves
COLUMN_WIDTHS = {STATE: 100, SENDER: 200, TEXT: 250, RECEIVED: 135, MODEM: 90, ASSIGNEE: 100, RULE: 140}
PERIOD_DAYS = (None, 1, 7, 30)  # the period filter's choices, in days back from now
NOTIFY_CHARS = 120


class InboxPage(QWidget):
    """Signals:
    badge_changed(int): the unread count (the main window shows it on the sidebar).
    conversation_opened(object): a ConversationDialog was opened (tests drive it).
    notified(str, str): a desktop notification was raised (title, text).
    """

    badge_changed = Signal(int)
    conversation_opened = Signal(object)
    notified = Signal(str, str)

    def __init__(
        self, deps: PageDeps, parent: QWidget | None = None, *, use_tray: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_inbox")
        self._context = deps.context
        self._inbox = deps.context.inbox
        self._bridge = deps.bridge
        self.current_user_id: int | None = None  # set once users can sign in (None: one desk)
        self.model = InboxTableModel(self._inbox, self._context.clock.now, self)
        self.tray = TrayNotifier(self, use_tray=use_tray)
        self._notified: set[int] = set()
        self._dialogs: list[ConversationDialog] = []
        self._build()
        self.retranslate_ui()
        self._connect(deps)
        self.refresh()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        self.search = named(QLineEdit(clearButtonEnabled=True), "inboxSearch")
        self.unhandled_only = named(QCheckBox(), "unhandledOnly")
        self.mine_only = named(QCheckBox(), "mineOnly")
        self.mine_only.setVisible(False)  # only with a signed-in user
        self.assignment = AssignmentBar(self._context.users, self._bridge, self)
        self.modem_filter = named(QComboBox(), "modemFilter")
        self.modem_filter.addItem("", None)
        self.period_filter = named(QComboBox(), "periodFilter")
        for days in PERIOD_DAYS:
            self.period_filter.addItem("", days)
        self.table = self._build_table()
        self.count_label = named(QLabel(), "inboxCount")
        self.message_label = named(QLabel(), "formStatus")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.unhandled_only, self.mine_only, self.assignment.filter, self.modem_filter,
                       self.period_filter):
            filters.addWidget(widget)
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.message_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.addWidget(self._title)
        column.addLayout(filters)
        column.addLayout(self._build_actions())
        column.addWidget(self.table, 1)
        column.addLayout(status)

    def _build_table(self) -> QTableView:
        table = named(QTableView(), "inboxTable")
        table.setModel(self.model)
        table.setItemDelegateForColumn(STATE, StateBadgeDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        return table

    def _build_actions(self) -> QHBoxLayout:
        self.open_button = named(QPushButton(), "primaryButton")
        self.handled_button = named(QPushButton(), "markHandled")
        self.unhandled_button = named(QPushButton(), "markUnhandled")
        self.assign_button = named(QPushButton(), "assignToMe")
        self.contact_button = named(QPushButton(), "addSenderAsContact")
        self.export_button = named(QPushButton(), "exportInbox")
        self.opt_out_button = named(QPushButton(), "optOutSender")
        self.opt_out_button.setEnabled(False)  # for a probable opt-out
        handlers = (
            (self.open_button, self.open_current),
            (self.handled_button, self.mark_selected_handled),
            (self.unhandled_button, self.mark_selected_unhandled),
            (self.assign_button, self.assign_selected_to_me),
            (self.contact_button, self.add_current_as_contact),
            (self.export_button, self._ask_export),
            (self.opt_out_button, self.opt_out_selected_sender),
        )
        row = QHBoxLayout()
        for button, handler in handlers:
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addWidget(self.assignment)  # "Assign to" and its button, for administrators
        row.addStretch(1)
        return row

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Inbox"))
        self.search.setPlaceholderText(self.tr("Search text, number or name"))
        self.unhandled_only.setText(self.tr("Unhandled only"))
        self.mine_only.setText(self.tr("Assigned to me"))
        self.modem_filter.setItemText(0, self.tr("All modems"))
        periods = (
            self.tr("Any time"),
            self.tr("Last 24 hours"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
        )
        for index, text in enumerate(periods):
            self.period_filter.setItemText(index, text)
        self.open_button.setText(self.tr("Open conversation"))
        self.handled_button.setText(self.tr("Mark handled"))
        self.unhandled_button.setText(self.tr("Mark unhandled"))
        self.assign_button.setText(self.tr("Assign to me"))
        self.contact_button.setText(self.tr("Add sender as contact"))
        self.export_button.setText(self.tr("Export…"))
        self.opt_out_button.setText(self.tr("Opt out"))
        self.opt_out_button.setToolTip(
            self.tr("The sender gets no more messages (and the opt-out confirmation)")
        )
        self._show_count(self.model.rowCount())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    # ----- wiring ---------------------------------------------------------------------------

    def _connect(self, deps: PageDeps) -> None:
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._recolour_timer = QTimer(self, interval=RECOLOUR_MS)
        self._recolour_timer.timeout.connect(self.table.viewport().update)
        self._recolour_timer.start()
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for box in (self.unhandled_only, self.mine_only):
            box.toggled.connect(lambda _on: self.apply_filter())
        for combo in (self.modem_filter, self.period_filter):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.assignment.filter_changed.connect(self.apply_filter)
        self.assignment.assign_requested.connect(self.assign_selected_to)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_opt_out())
        self.model.modelReset.connect(self._update_opt_out)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.model.reloaded.connect(self._show_count)
        self.model.refreshed.connect(self._load_unread)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.tray.activated.connect(self._bring_forward)
        deps.bridge.inbound_received.connect(self._on_inbound)
        deps.bridge.message_state_changed.connect(lambda _event: self._reload_conversations())
        deps.bridge.data_changed.connect(self._on_data_changed)

    def _on_inbound(self, event: InboundReceived) -> None:
        self._refresh_timer.start()
        self._reload_conversations()
        if event.message_id not in self._notified:
            inbox = self._inbox
            run_in_background(self, lambda: inbox.get(event.message_id), self._notify, lambda _exc: None)

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic in ("inbox", "contacts") or event.topic.startswith("modems"):
            self._refresh_timer.start()

    def _notify(self, row: InboxRow) -> None:
        if not row.complete or row.id in self._notified:
            return  # a multipart message is announced once, when its last part arrived
        self._notified.add(row.id)
        title, text = sender_text(row), row.text[:NOTIFY_CHARS]
        self.tray.notify(title, text)
        self.notified.emit(title, text)

    def _bring_forward(self) -> None:
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    # ----- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh()
        inbox = self._inbox
        run_in_background(self, inbox.modems, self._show_modems, lambda _exc: None)

    def current_filter(self) -> InboxFilter:
        days = self.period_filter.currentData()
        since = self._context.clock.now() - timedelta(days=days) if days else None
        mine = self.mine_only.isChecked() and self.current_user_id is not None
        return InboxFilter(
            search=self.search.text(),
            unhandled_only=self.unhandled_only.isChecked(),
            assignee_id=self.current_user_id if mine else self.assignment.chosen_assignee(),
            modem_id=self.modem_filter.currentData(),
            since=since,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def set_current_user(self, user_id: int | None) -> None:
        self.current_user_id = user_id
        self.mine_only.setVisible(user_id is not None)

    def _show_modems(self, modems: list[tuple[int, str]]) -> None:
        chosen = self.modem_filter.currentData()
        blocked = self.modem_filter.blockSignals(True)  # refilling is not a new choice
        while self.modem_filter.count() > 1:
            self.modem_filter.removeItem(1)
        for modem_id, name in modems:
            self.modem_filter.addItem(name, modem_id)
        self.modem_filter.setCurrentIndex(max(0, self.modem_filter.findData(chosen)))
        self.modem_filter.blockSignals(blocked)

    def _load_unread(self) -> None:
        self._show_count(self.model.rowCount())
        run_in_background(self, self._inbox.unread_count, self._show_unread, lambda _exc: None)

    def _show_unread(self, count: int) -> None:
        self.tray.set_unread(count)
        self.badge_changed.emit(count)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln message(s)", "", count))

    # ----- actions --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.ids_of_rows(rows)

    def open_current(self) -> ConversationDialog | None:
        ids = self.selected_ids()
        return self.open_conversation(ids[0]) if ids else None

    def open_conversation(self, message_id: int) -> ConversationDialog:
        dialog = ConversationDialog(self._context, message_id, self.current_user_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.replied.connect(lambda _id: self._refresh_timer.start())
        dialog.loaded.connect(self._refresh_timer.start)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self._dialogs.append(dialog)
        dialog.show()
        self.conversation_opened.emit(dialog)
        return dialog

    def _reload_conversations(self) -> None:
        for dialog in self._dialogs:  # open conversations show delivery states and new messages live
            dialog.schedule_reload()

    def _forget(self, dialog: ConversationDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    def mark_selected_handled(self) -> None:
        ids, inbox, user = self.selected_ids(), self._inbox, self.current_user_id
        self._write(lambda: inbox.mark_handled(ids, user), self.tr("Marked as handled."))

    def mark_selected_unhandled(self) -> None:
        ids, inbox = self.selected_ids(), self._inbox
        self._write(lambda: inbox.mark_unhandled(ids), self.tr("Marked as unhandled."))

    def assign_selected_to_me(self) -> None:
        """Take the selected messages as mine (everyone sees who has them); signed out: unassign."""
        ids, inbox, user = self.selected_ids(), self._inbox, self.current_user_id
        done = self.tr("Assigned to you.") if user is not None else self.tr("Unassigned.")
        self._write(lambda: inbox.assign(ids, user), done)

    def assign_selected_to(self, user_id: int | None) -> None:
        """An administrator gives the selected messages to any active user (or to nobody)."""
        ids, inbox = self.selected_ids(), self._inbox
        if ids:
            self._write(lambda: inbox.assign(ids, user_id), self.tr("Assigned."))

    def _update_opt_out(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if len(rows) == 1 else None
        self.opt_out_button.setEnabled(row is not None and row.probable_opt_out)

    def opt_out_selected_sender(self) -> None:
        ids, inbox = self.selected_ids(), self._inbox
        if len(ids) == 1:
            self._write(lambda: inbox.opt_out_sender(ids[0]), self.tr("The sender is opted out."))

    def add_current_as_contact(self) -> None:
        ids, inbox = self.selected_ids(), self._inbox
        if ids:
            self._write(lambda: inbox.create_contact(ids[0]), self.tr("The sender is now a contact."))

    def _write(self, change: Callable[[], object], done_text: str) -> None:
        def finished(_result: object) -> None:
            self.message_label.setText(done_text)
            self.refresh()

        run_in_background(self, change, finished, lambda exc: show_error(self, exc))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export inbox"), "inbox.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        inbox, where = self._inbox, self.model.filter

        def done(count: int) -> None:
            self.message_label.setText(self.tr("%Ln message(s) exported.", "", count))

        run_in_background(self, lambda: inbox.export(path, where), done)

    def close_conversations(self) -> None:
        for dialog in list(self._dialogs):
            dialog.close()
