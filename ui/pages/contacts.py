"""The Contacts page: a filter-as-you-type table of every contact, and what to do with a selection.

The table is a `ContactsTableModel` (ids first, rows on demand), so 100,000 contacts open
at once. Every change goes through the contacts and groups services off the GUI thread;
the page reloads when the core says contacts or groups changed (from this desk or another
part of the app). A deletion can be undone from the message bar under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_sms.events import DataChanged
from desk_sms.importing.roster_import import RosterImporter
from desk_sms.services.contacts import ContactsService, DeleteToken
from desk_sms.services.groups import GroupInfo, GroupsService
from ui.dialogs.contact_editor import ContactDialog
from ui.dialogs.groups import GroupsDialog, choose_group
from ui.dialogs.import_wizard import ImportWizard, local_file_of
from ui.errors import show_error
from ui.models.contacts_model import GROUPS, NAME, OPTED_OUT, PHONE, READING, ContactsTableModel
from ui.pages.deps import PageDeps
from ui.style import named
from ui.tasks import run_in_background

RELOAD_TOPICS = frozenset({"contacts", "groups"})
COLUMN_WIDTHS = {NAME: 180, READING: 180, PHONE: 140, GROUPS: 200, OPTED_OUT: 90}


class ContactsPage(QWidget):
    """Contacts: filter, sort, add, edit, delete with undo, groups, opt-out, export.

    Signals:
        groups_loaded(): the group filter lists the groups as stored now.
        exported(str): contacts were written to the file named.
    """

    groups_loaded = Signal()
    exported = Signal(str)

    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        context = deps.context
        factory = context.database.session_factory
        settings = context.settings
        self.contacts = ContactsService(
            factory, context.events, context.clock, region=lambda: str(settings.get("default_region")),
            users=context.users,
        )
        self.groups = GroupsService(factory, context.events, context.users)
        self._context = context  # the import wizard builds its importer with the region at that moment
        self.setAcceptDrops(True)  # a roster dropped on the page opens the import wizard
        self.model = ContactsTableModel(self.contacts, self)
        self._undo_token: DeleteToken | None = None
        self._selected_before_reload: list[int] = []
        self._groups_requested = False
        self.model.reload()  # first, so the query runs while the widgets are built
        self._build()
        self._add_shortcuts()
        self.retranslate_ui()
        self._connect(deps)  # the group list loads after the first rows: they are what the user waits for

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        self.filter_edit = named(QLineEdit(clearButtonEnabled=True), "contactFilter")
        self.group_filter = named(QComboBox(), "groupFilter")
        self.group_filter.setMinimumContentsLength(14)
        self.consent_filter = named(QComboBox(), "consentFilter")
        for consent in (None, True, False):
            self.consent_filter.addItem("", consent)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.group_filter)
        filters.addWidget(self.consent_filter)
        self.table = self._build_table()
        self.count_label = named(QLabel(), "contactCount")
        self.message_label = named(QLabel(), "formStatus")
        self.undo_button = named(QPushButton(), "undoDelete")
        self.undo_button.setVisible(False)
        status = QHBoxLayout()
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.message_label)
        status.addWidget(self.undo_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.addWidget(self._title)
        column.addLayout(filters)
        column.addLayout(self._build_actions())
        column.addWidget(self.table, 1)
        column.addLayout(status)

    def _build_table(self) -> QTableView:
        table = named(QTableView(), "contactsTable")
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(READING, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # applies the indicator's order, which the model already has
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        table.doubleClicked.connect(lambda index: self.open_contact(self.model.id_at(index.row())))
        return table

    def _add_shortcuts(self) -> None:
        keys: list[tuple[QKeySequence, QWidget, Callable[[], Any]]] = [
            (QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.table, self._edit_current),
            (QKeySequence(QKeySequence.StandardKey.Find), self, self.filter_edit.setFocus),
        ]
        for sequence, owner, handler in keys:
            shortcut = QShortcut(sequence, owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)

    def _build_actions(self) -> QHBoxLayout:
        self.add_button = named(QPushButton(), "primaryButton")
        self.edit_button = named(QPushButton(), "editContact")
        self.delete_button = named(QPushButton(), "deleteContacts")
        self.add_to_group_button = named(QPushButton(), "addToGroup")
        self.opt_out_button = named(QPushButton(), "toggleOptOut")
        self.groups_button = named(QPushButton(), "manageGroups")
        self.export_button = named(QPushButton(), "exportContacts")
        self.import_button = named(QPushButton(), "importContacts")
        handlers: list[tuple[QPushButton, Callable[[], Any]]] = [
            (self.add_button, lambda: self.open_contact(None)),
            (self.edit_button, self._edit_current),
            (self.delete_button, self.delete_selected),
            (self.add_to_group_button, self.add_selected_to_group),
            (self.opt_out_button, self.toggle_opt_out),
            (self.groups_button, self.manage_groups),
            (self.export_button, self.export),
            (self.import_button, lambda: self.open_import_wizard(None)),
        ]
        row = QHBoxLayout()
        for button, handler in handlers:
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Contacts"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, reading, number, group or field…"))
        self.add_button.setText(self.tr("Add contact"))
        self.edit_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete"))
        self.add_to_group_button.setText(self.tr("Add to group…"))
        self.opt_out_button.setText(self.tr("Opt out / in…"))
        self.groups_button.setText(self.tr("Groups…"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.undo_button.setText(self.tr("Undo"))
        if self.group_filter.count():
            self.group_filter.setItemText(0, self.tr("All groups"))
        for index, text in enumerate(
            (self.tr("With or without consent"), self.tr("With consent"), self.tr("Without consent"))
        ):
            self.consent_filter.setItemText(index, text)
        self._show_count(self.model.rowCount())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        super().changeEvent(event)

    def _connect(self, deps: PageDeps) -> None:
        self.filter_edit.textChanged.connect(self.model.set_query)
        self.group_filter.currentIndexChanged.connect(self._on_group_chosen)
        self.consent_filter.currentIndexChanged.connect(
            lambda index: self.model.set_consent(self.consent_filter.itemData(index))
        )
        self.undo_button.clicked.connect(self.undo_delete)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self._reload_timer = QTimer(self, singleShot=True, interval=100)  # one reload per burst of changes
        self._reload_timer.timeout.connect(self._reload_all)
        deps.bridge.data_changed.connect(self._on_data_changed)

    # ----- reacting to changes --------------------------------------------------------------

    def _on_data_changed(self, event: DataChanged) -> None:
        if event.topic in RELOAD_TOPICS:
            self._reload_timer.start()

    def _reload_all(self) -> None:
        self._groups_requested = False  # reloaded with the rows, as at start
        self.model.reload()
        # After an import, build the search texts now rather than on the first keystroke.
        run_in_background(self, self.contacts.refresh_search_texts, lambda _count: None)

    def _remember_selection(self) -> None:
        self._selected_before_reload = self.selected_ids()

    def _on_reloaded(self, count: int) -> None:
        self._show_count(count)
        if not self._groups_requested:
            self._groups_requested = True
            self._load_groups()
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for contact_id in self._selected_before_reload:
            row = self.model.row_of_id(contact_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln contact(s)", "", count))

    def _load_groups(self) -> None:
        run_in_background(self, self.groups.list_groups, self._show_groups)

    def _show_groups(self, groups: list[GroupInfo]) -> None:
        current = self.group_filter.currentData()
        blocked = self.group_filter.blockSignals(True)  # refilling is not a new choice
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for group in groups:
            self.group_filter.addItem(f"{group.name} ({group.member_count})", group.id)
        self.group_filter.setCurrentIndex(max(self.group_filter.findData(current), 0))
        self.group_filter.blockSignals(blocked)
        self.groups_loaded.emit()

    def _on_group_chosen(self, index: int) -> None:
        self.model.set_group(self.group_filter.itemData(index))

    # ----- the selection --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.ids_of_rows(rows)

    def _edit_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_contact(ids[0])

    def open_contact(self, contact_id: int | None) -> ContactDialog:
        """The contact's page (details + message history); None opens an empty one to add."""
        dialog = ContactDialog(self.contacts, self.groups, contact_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            run_in_background(self, lambda: self.contacts.delete_contacts(ids), self._on_deleted)

    def _on_deleted(self, token: DeleteToken) -> None:
        self._undo_token = token
        self.message_label.setText(
            self.tr("%Ln contact(s) deleted.", "", len(token.ids)))
        self.undo_button.setVisible(True)

    def undo_delete(self) -> None:
        token, self._undo_token = self._undo_token, None
        self.undo_button.setVisible(False)
        if token is not None:
            run_in_background(self, lambda: self.contacts.undo(token), self._on_restored)

    def _on_restored(self, count: int) -> None:
        self.message_label.setText(
            self.tr("%Ln contact(s) restored.", "", count))

    def add_selected_to_group(self) -> None:
        ids = self.selected_ids()
        if ids:
            run_in_background(self, self.groups.list_groups, lambda groups: self._ask_group(ids, groups))

    def _ask_group(self, ids: list[int], groups: list[GroupInfo]) -> None:
        group_id, new_name = choose_group(self, groups)
        if group_id is None and not new_name:
            return
        service = self.groups

        def add() -> int:
            target = group_id if group_id is not None else service.create_group(new_name)
            return service.add_members(target, ids)

        run_in_background(self, add, self._on_added_to_group)

    def _on_added_to_group(self, added: int) -> None:
        self.message_label.setText(self.tr("%Ln contact(s) added to the group.", "", added))

    def toggle_opt_out(self) -> None:
        """Opt the selection out (asking for the reason), or back in when all of it is out."""
        selected_rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        ids = self.model.ids_of_rows(sorted(selected_rows))
        if not ids:
            return
        if all((row := self.model.row_at(number)) is not None and row.opted_out for number in selected_rows):
            self._write(lambda: self.contacts.set_opt_out(ids, False), self.tr("Opted back in."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Opt out"), self.tr("Reason (optional):"))
        if ok:
            self._write(lambda: self.contacts.set_opt_out(ids, True, reason), self.tr("Opted out."))

    def _write(self, change: Callable[[], Any], done_text: str) -> None:
        run_in_background(self, change, lambda _result: self.message_label.setText(done_text))

    def manage_groups(self) -> GroupsDialog:
        dialog = GroupsDialog(self.groups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), "contacts.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write every contact (not only the filtered ones) to `path`, off the GUI thread."""

        def write() -> str:
            self.contacts.export(path)  # audited there, with the row count
            return str(path)

        run_in_background(self, write, self._on_exported)

    def _on_exported(self, path: str) -> None:
        self.message_label.setText(self.tr("Exported to {path}").format(path=path))
        self.exported.emit(path)

    # ----- import -------------------------------------------------------------------------

    def open_import_wizard(self, path: Path | None) -> ImportWizard:
        """The import wizard, optionally on a file already chosen (dropped on the page)."""
        context = self._context
        importer = RosterImporter(
            context.database.session_factory, context.events, context.clock,
            region=str(context.settings.get("default_region")), users=context.users,
        )
        wizard = ImportWizard(importer, self, path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_file_of(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = local_file_of(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_import_wizard(path)
