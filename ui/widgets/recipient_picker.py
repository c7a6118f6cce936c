"""Where the Compose page's recipients come from: one contact, a group, a saved segment, pasted
numbers or the contacts of an import, several of them added to one list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.services.compose_recipients import RecipientSource, SourceChoices, SourceKind
from desk_sms.services.contacts import ContactsService
from ui.style import named
from ui.tasks import run_in_background


class RecipientPicker(QGroupBox):
    """Signals:
    sources_changed(): a source was added or removed.
    """

    sources_changed = Signal()

    def __init__(self, contacts: ContactsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "recipientPicker")
        self._contacts = contacts
        self._choices = SourceChoices((), (), ())
        self._sources: list[RecipientSource] = []
        self.source_kind = named(QComboBox(), "sourceKind")
        for kind in SourceKind:
            self.source_kind.addItem("", kind)
        self.source_kind.currentIndexChanged.connect(lambda _index: self._fill_values())
        self.source_value = named(QComboBox(), "sourceValue")
        self.numbers_edit = named(QPlainTextEdit(), "pastedNumbers")
        self.numbers_edit.setMaximumHeight(80)
        self.add_button = named(QPushButton(), "addSource")
        self.add_button.clicked.connect(self.add_current)
        self.sources_list = named(QListWidget(), "sourcesList")
        self.sources_list.setMaximumHeight(90)
        self.remove_button = named(QPushButton(), "removeSource")
        self.remove_button.clicked.connect(self._remove_selected)
        self.message = named(QLabel(), "formStatus")
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        pick = QHBoxLayout()
        pick.addWidget(self.source_kind)
        pick.addWidget(self.source_value, 1)
        pick.addWidget(self.add_button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.sources_list, 1)
        chosen.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addLayout(pick)
        box.addWidget(self.numbers_edit)
        box.addLayout(chosen)
        box.addWidget(self.message)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recipients"))
        kinds = {
            SourceKind.CONTACT: self.tr("One contact"), SourceKind.GROUP: self.tr("Group"),
            SourceKind.SEGMENT: self.tr("Saved segment"), SourceKind.NUMBERS: self.tr("Pasted numbers"),
            SourceKind.IMPORT: self.tr("Contacts of an import"),
        }
        for row in range(self.source_kind.count()):
            self.source_kind.setItemText(row, kinds[SourceKind(self.source_kind.itemData(row))])
        self.numbers_edit.setPlaceholderText(self.tr("One number per line, or separated by commas"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self._fill_values()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- public API -----------------------------------------------------------------------

    def sources(self) -> list[RecipientSource]:
        return list(self._sources)

    def set_choices(self, choices: SourceChoices) -> None:
        self._choices = choices
        self._fill_values()

    def current_kind(self) -> SourceKind:
        return SourceKind(self.source_kind.currentData())  # Qt hands the enum back as a str

    def choose(self, kind: SourceKind, label: str = "") -> None:
        """Select a kind and (by its label) a value, as a user would."""
        self.source_kind.setCurrentIndex(self.source_kind.findData(kind))
        if label:
            self.source_value.setCurrentIndex(self.source_value.findText(label))

    def add_source(self, source: RecipientSource, label: str) -> None:
        self._sources.append(source)
        self.sources_list.addItem(label)
        self.message.clear()
        self.sources_changed.emit()

    def add_current(self) -> None:
        kind = self.current_kind()
        if kind is SourceKind.NUMBERS:
            self._add_pasted(self.numbers_edit.toPlainText().strip())
        elif kind is SourceKind.CONTACT:
            self._add_contact(self.source_value.currentText().strip())
        elif self.source_value.currentData() is not None:
            label = f"{self.source_kind.currentText()}: {self.source_value.currentText()}"
            self.add_source(RecipientSource(kind, int(self.source_value.currentData())), label)

    # ----- internals ------------------------------------------------------------------------

    def _fill_values(self) -> None:
        kind = self.current_kind()
        pairs = {
            SourceKind.GROUP: self._choices.groups, SourceKind.SEGMENT: self._choices.segments,
            SourceKind.IMPORT: self._choices.imports,
        }.get(kind, ())
        self.source_value.clear()
        self.source_value.setEditable(kind is SourceKind.CONTACT)
        for value, label in pairs:
            self.source_value.addItem(label, value)
        line_edit = self.source_value.lineEdit()
        if kind is SourceKind.CONTACT and line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Name or number"))
        self.source_value.setVisible(kind is not SourceKind.NUMBERS)
        self.numbers_edit.setVisible(kind is SourceKind.NUMBERS)

    def _add_pasted(self, text: str) -> None:
        if not text:
            return
        count = len([line for line in text.splitlines() if line.strip()])
        label = self.tr("Pasted numbers ({count} lines)").format(count=count)
        self.add_source(RecipientSource(SourceKind.NUMBERS, text), label)
        self.numbers_edit.clear()

    def _add_contact(self, query: str) -> None:
        if not query:
            return

        def find() -> tuple[int, str] | None:
            rows = self._contacts.rows(self._contacts.search_ids(query)[:1])
            return (rows[0].id, f"{rows[0].name} {rows[0].phone_national}") if rows else None

        run_in_background(self, find, self._add_found_contact)

    def _add_found_contact(self, found: tuple[int, str] | None) -> None:
        if found is None:
            self.message.setText(self.tr("No contact matches."))
            return
        self.add_source(RecipientSource(SourceKind.CONTACT, found[0]), found[1])

    def _remove_selected(self) -> None:
        row = self.sources_list.currentRow()
        if 0 <= row < len(self._sources):
            del self._sources[row]
            self.sources_list.takeItem(row)
            self.sources_changed.emit()
