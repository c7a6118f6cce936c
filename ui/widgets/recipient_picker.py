"""Where the Compose page's recipients come from: one contact, a group, a saved segment, pasted
numbers or the contacts of an import, several of them added to one list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
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
from desk_sms.services.segments import SegmentInfo, SegmentsService
from ui.dialogs.segment_editor import SegmentEditorDialog
from ui.style import named
from ui.tasks import run_in_background


class RecipientPicker(QGroupBox):
    """With `segments`, saved segments can be created and edited from here ("New segment…", "Edit…").

    Signals:
    sources_changed(): a source was added or removed.
    segments_reloaded(): the saved segments are listed as stored now (after the editor saved or deleted).
    """

    sources_changed = Signal()
    segments_reloaded = Signal()

    def __init__(
        self,
        contacts: ContactsService,
        parent: QWidget | None = None,
        segments: SegmentsService | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "recipientPicker")
        self._contacts = contacts
        self._segments = segments
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
        self.new_segment_button = named(QPushButton(), "newSegment")
        self.new_segment_button.clicked.connect(lambda: self.open_segment_editor(None))
        self.edit_segment_button = named(QPushButton(), "editSegment")
        self.edit_segment_button.clicked.connect(self._edit_current_segment)
        self.source_value.currentIndexChanged.connect(lambda _index: self._show_segment_buttons())
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
        # On a row of their own: beside the choice they would squeeze long segment names.
        self._segment_row = QWidget()
        segment_buttons = QHBoxLayout(self._segment_row)
        segment_buttons.setContentsMargins(0, 0, 0, 0)
        segment_buttons.addWidget(self.new_segment_button)
        segment_buttons.addWidget(self.edit_segment_button)
        segment_buttons.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.sources_list, 1)
        chosen.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addLayout(pick)
        box.addWidget(self._segment_row)
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
        self.new_segment_button.setText(self.tr("New segment…"))
        self.edit_segment_button.setText(self.tr("Edit…"))
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
        self._show_segment_buttons()

    # ----- saved segments -------------------------------------------------------------------

    def open_segment_editor(self, segment_id: int | None) -> SegmentEditorDialog | None:
        """Open the editor on a segment (None: a new one); the list follows what it saves or deletes."""
        if self._segments is None:
            return None
        dialog = SegmentEditorDialog(self._segments, segment_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._reload_segments)
        dialog.deleted.connect(lambda _id: self._reload_segments(None))
        dialog.open()
        return dialog

    def _edit_current_segment(self) -> None:
        if self.current_kind() is SourceKind.SEGMENT and self.source_value.currentData() is not None:
            self.open_segment_editor(int(self.source_value.currentData()))

    def _show_segment_buttons(self) -> None:
        offered = self._segments is not None and self.current_kind() is SourceKind.SEGMENT
        self._segment_row.setVisible(offered)
        self.edit_segment_button.setEnabled(self.source_value.currentData() is not None)

    def _reload_segments(self, select_id: int | None) -> None:
        segments = self._segments
        if segments is None:
            return

        def show(infos: list[SegmentInfo]) -> None:
            self._choices = replace(self._choices, segments=tuple((info.id, info.name) for info in infos))
            self._fill_values()
            if select_id is not None and self.current_kind() is SourceKind.SEGMENT:
                self.source_value.setCurrentIndex(self.source_value.findData(select_id))
            self.segments_reloaded.emit()

        run_in_background(self, segments.list_segments, show)

    def _add_pasted(self, text: str) -> None:
        if not text:
            return
        count = len([line for line in text.splitlines() if line.strip()])
        label = self.tr("Pasted numbers (%Ln line(s))", "", count)
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
