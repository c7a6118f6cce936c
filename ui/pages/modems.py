"""The Modems page: every modem with its state, signal, network, use of its daily limit, last problem.

Modems are added from a port scan, renamed, given a SIM PIN (masked, with the warning that a
wrong PIN costs one of three tries), limits, switched on or off, and removed. The table follows
the engine: a modem's state changes arrive through the bridge and reload the list off the GUI
thread. The engine runs in its own process (`desk-sms serve`): the page shows the state it stores,
and what it asks of the engine (scan the ports, try a new PIN, reconnect) goes through the engine
command table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_sms.domain.roles import Permission
from desk_sms.events import DataChanged
from desk_sms.services.modems import PortCandidate
from ui.counts import Counts
from ui.dialogs.modem_add import LimitsDialog, ModemAddDialog, PinDialog
from ui.errors import show_error
from ui.models.modems_model import (
    COMPUTER,
    LAST_ERROR,
    NAME,
    OPERATOR,
    PORT,
    SENT_24H,
    SIGNAL,
    STATE,
    ModemsTableModel,
    ModemView,
)
from ui.pages.deps import PageDeps
from ui.roles import RoleGate
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.modem_details import ModemDetails
from ui.widgets.modem_test_send import ModemTestDialog, ModemTestOutcomeLabel
from ui.widgets.signal_bars import SignalBarsDelegate
from ui.widgets.sim_question import SimQuestion
from ui.widgets.state_badge import StateBadgeDelegate

RELOAD_DELAY_MS = 250
READY_STATES = frozenset({"ready", "sending"})
COLUMN_WIDTHS = {NAME: 170, STATE: 120, SIGNAL: 70, OPERATOR: 130, SENT_24H: 110, LAST_ERROR: 330,
                 PORT: 150}
SHARED_COLUMN_WIDTHS = {**COLUMN_WIDTHS, NAME: 150, OPERATOR: 110, LAST_ERROR: 230, PORT: 120, COMPUTER: 120}
Scanner = Callable[[], list[PortCandidate]]


def modem_summary(modems: Sequence[ModemView]) -> str:
    """The status bar's modem text, e.g. "2 of 3 modems ready"."""
    if not modems:
        return QCoreApplication.translate("ModemsPage", "No modems")
    ready = sum(1 for modem in modems if modem.state in READY_STATES)
    return Counts().modems_ready(ready, len(modems))


class ModemsPage(QWidget):
    """The modems and what to do with them.

    Signals:
        modems_loaded(): the table shows the modems as stored now.
        modem_summary_changed(str): the status bar's modem text (for MainWindow.set_modem_summary).
    """

    modems_loaded = Signal()
    modem_summary_changed = Signal(str)

    def __init__(self, deps: PageDeps, parent: QWidget | None = None, scan: Scanner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_modems")
        self._context = deps.context
        self.scan: Scanner = scan or self._context.modems.scan_by_engine
        self.model = ModemsTableModel(self)
        self._build()
        self.retranslate_ui()
        self._connect(deps)
        self.reload()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        self._lead = named(QLabel(wordWrap=True), "pageNote")
        self.table = named(QTableView(), "modemsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATE, StateBadgeDelegate(self.table))
        self.table.setItemDelegateForColumn(SIGNAL, SignalBarsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Which computer drives a modem matters only when several desks share a database server.
        shared = self._context.database.dialect != "sqlite"
        self.table.setColumnHidden(COMPUTER, not shared)
        for number, width in (SHARED_COLUMN_WIDTHS if shared else COLUMN_WIDTHS).items():
            self.table.setColumnWidth(number, width)
        self.summary_label = named(QLabel(), "modemCount")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.addWidget(self._title)
        column.addWidget(self._lead)
        column.addLayout(self._build_actions())
        self.test_outcome = ModemTestOutcomeLabel(self._context.modem_tests)
        column.addWidget(self.test_outcome)
        column.addWidget(self.table, 1)
        self.sim_question = SimQuestion(self)
        column.addWidget(self.sim_question)
        self.details_panel = ModemDetails(self.model.signal_text)
        # The panel's parts under the names the page's tests and screenshots use.
        self.details = self.details_panel.values
        self.detail_name, self.detail_bars = self.details_panel.name_label, self.details_panel.bars
        self.detail_badge = self.details_panel.badge
        column.addWidget(self.details_panel)
        column.addWidget(self.summary_label)

    def _build_actions(self) -> QHBoxLayout:
        self.add_button = named(QPushButton(), "primaryButton")
        self.rename_button = named(QPushButton(), "renameModem")
        self.pin_button = named(QPushButton(), "setPin")
        self.limits_button = named(QPushButton(), "setLimits")
        self.enable_button = named(QPushButton(), "toggleModem")
        self.reconnect_button = named(QPushButton(), "reconnectModem")
        self.test_button = named(QPushButton(), "testSendModem")
        self.remove_button = named(QPushButton(), "removeModem")
        handlers: list[tuple[QPushButton, Callable[[], object]]] = [
            (self.add_button, self.open_add_dialog),
            (self.rename_button, self.rename_selected),
            (self.pin_button, self.set_pin_of_selected),
            (self.limits_button, self.set_limits_of_selected),
            (self.enable_button, self.toggle_selected),
            (self.reconnect_button, self.reconnect_selected),
            (self.test_button, self.open_test_dialog),
            (self.remove_button, self.remove_selected),
        ]
        row = QHBoxLayout()
        for button, handler in handlers:
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Modems"))
        self._lead.setText(self.tr(
            "Each USB modem sends through its own SIM. A modem is known by its IMEI, so it is "
            "found again when Windows gives it a new port; the SIM is the sender, and its daily "
            "limit follows it into another modem."))
        self.add_button.setText(self.tr("Add modem…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.pin_button.setText(self.tr("Set PIN…"))
        self.limits_button.setText(self.tr("Limits…"))
        self.remove_button.setText(self.tr("Remove…"))
        self.reconnect_button.setText(self.tr("Reconnect"))
        self.reconnect_button.setToolTip(self.tr("Ask the sending engine to connect to this modem again now"))
        self.test_button.setText(self.tr("Send a test message…"))
        self.details_panel.retranslate_ui()
        self._update_selection()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def _connect(self, deps: PageDeps) -> None:
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        deps.bridge.modem_state_changed.connect(lambda _event: self._reload_timer.start())
        deps.bridge.message_state_changed.connect(lambda _event: self._reload_timer.start())  # sent in 24 h
        deps.bridge.message_state_changed.connect(self.test_outcome.on_event)
        deps.bridge.data_changed.connect(self.test_outcome.on_event)
        deps.bridge.data_changed.connect(self._on_data_changed)
        self.role_gate = RoleGate(
            self._context.users, deps.bridge, Permission.MANAGE_MODEMS,
            [self.add_button, self.rename_button, self.pin_button, self.limits_button,
             self.enable_button, self.remove_button, self.reconnect_button, self.test_button],
            self,
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_selection())
        self.sim_question.use_as_new.connect(self.use_as_new_modem)
        self.sim_question.same_line.connect(self.same_line)
        self.model.modelReset.connect(self._update_selection)
        self.model.dataChanged.connect(lambda *_: self._update_selection())

    # ----- loading --------------------------------------------------------------------------

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic == "modems":
            self._reload_timer.start()

    def reload(self) -> None:
        modems = self._context.modems

        def load() -> list[ModemView]:
            return [ModemView(row) for row in modems.list()]

        run_in_background(self, load, self._show)

    def _show(self, views: list[ModemView]) -> None:
        selected = self.selected()
        self.model.set_modems(views)
        row = self.model.row_of_id(selected.id) if selected else None
        if row is not None and self.selected() is None:
            self.table.selectRow(row)
        self._update_selection()
        self.summary_label.setText(modem_summary(views))
        self.modem_summary_changed.emit(modem_summary(views))
        self.modems_loaded.emit()

    # ----- the selection --------------------------------------------------------------------

    def selected(self) -> ModemView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.modem_at(rows[0].row()) if rows else None

    def _update_selection(self) -> None:
        modem = self.selected()
        for button in (self.rename_button, self.pin_button, self.limits_button, self.enable_button,
                       self.remove_button, self.reconnect_button, self.test_button):
            button.setEnabled(modem is not None)
        enabled = modem is None or modem.row.enabled
        self.enable_button.setText(self.tr("Disable") if enabled else self.tr("Enable"))
        self.details_panel.show_modem(modem)
        self.sim_question.show_for(modem.row if modem is not None else None)

    # ----- actions --------------------------------------------------------------------------

    def use_as_new_modem(self, modem_id: int) -> None:
        """The SIM found on this modem's port becomes a modem of its own; the old record is switched off."""
        modems = self._context.modems
        run_in_background(self, lambda: modems.use_as_new_modem(modem_id), lambda _id: self.reload(),
                          lambda error: show_error(self, error))

    def same_line(self, modem_id: int) -> None:
        """The SIM found replaced the old one on the same line: carry on with it."""
        modems = self._context.modems
        run_in_background(self, lambda: modems.same_line(modem_id), lambda _none: self.reload(),
                          lambda error: show_error(self, error))

    def open_add_dialog(self) -> ModemAddDialog:
        dialog = ModemAddDialog(self._context.modems, self, scan=self.scan)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def rename_selected(self) -> None:
        modem = self.selected()
        if modem is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename modem"), self.tr("New name:"),
                                        text=modem.row.name)
        if ok and name.strip():
            self._update(modem.id, name=name.strip())

    def set_pin_of_selected(self) -> PinDialog | None:
        modem = self.selected()
        if modem is None:
            return None
        dialog = PinDialog(modem.row.name, modem.pin_attempts_left, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_pin(modem.id, dialog.pin()))
        dialog.open()
        return dialog

    def _set_pin(self, modem_id: int, pin: str) -> None:
        modems = self._context.modems

        def store_and_hand_over() -> None:
            modems.update(modem_id, pin=pin)
            modems.try_stored_pin(modem_id)  # the engine makes exactly one attempt with the new PIN

        run_in_background(self, store_and_hand_over, lambda _none: self.reload())

    def set_limits_of_selected(self) -> None:
        modem = self.selected()
        if modem is None:
            return
        dialog = LimitsDialog(modem.row.name, modem.row.daily_limit, modem.row.min_interval_seconds, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            limit, interval = dialog.values()
            self._update(modem.id, daily_limit=limit, min_interval_seconds=interval)

    def toggle_selected(self) -> None:
        modem = self.selected()
        if modem is not None:
            self._update(modem.id, enabled=not modem.row.enabled)

    def reconnect_selected(self) -> None:
        modem = self.selected()
        if modem is not None:
            modems = self._context.modems
            run_in_background(self, lambda: modems.reconnect(modem.id), lambda _none: None,
                              lambda error: show_error(self, error))

    def open_test_dialog(self) -> ModemTestDialog | None:
        modem = self.selected()
        if modem is None:
            return None
        name = modem.row.name
        dialog = ModemTestDialog(name, self._context.outbox.default_region, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.test_outcome.send(name, dialog.number(), dialog.text()))
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        modem = self.selected()
        if modem is None:
            return
        question = self.tr("Remove {name}? Its sent and received messages stay in the history.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove modem"),
                          question.format(name=modem.row.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            name, modems = modem.row.name, self._context.modems
            run_in_background(self, lambda: modems.remove(name), lambda _none: self.reload())

    def _update(self, modem_id: int, **changes: object) -> None:
        modems = self._context.modems
        run_in_background(self, lambda: modems.update(modem_id, **changes), lambda _none: self.reload())

