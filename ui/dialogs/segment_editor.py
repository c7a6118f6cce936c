"""The segment editor: a name, groups to pick from, "custom field = value" conditions, and a live
count of the contacts a send would reach.

The count runs off the GUI thread a moment after the last change (debounced), one at a time:
changes made while it runs start one more count when it ends. Refusals from the service (an
empty or taken name, a group deleted meanwhile, …) show under the form and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_sms.errors import UserError
from desk_sms.services.compose_recipients import SegmentFilter
from desk_sms.services.segments import SegmentChoices, SegmentCount, SegmentInfo, SegmentsService
from ui.errors import show_error, user_error_text
from ui.style import named
from ui.tasks import run_in_background

COUNT_DELAY_MS = 400  # typing pauses this long before the contacts are counted


class ConditionRow(QWidget):
    """One condition: a custom field (chosen from the existing ones) equals a value (typed or suggested).

    Signals:
        changed(): the field or the value changed.
        remove_requested(): the user asked to remove this row.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, field_values: Mapping[str, tuple[str, ...]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field_values = field_values
        self.field_choice = named(QComboBox(), "conditionField")
        self.field_choice.addItems(list(field_values))
        self.value_edit = named(QComboBox(), "conditionValue")
        self.value_edit.setEditable(True)
        self.value_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.remove_button = named(QPushButton(), "removeCondition")
        self.field_choice.currentTextChanged.connect(self._offer_values)
        self.value_edit.editTextChanged.connect(lambda _text: self.changed.emit())
        self.remove_button.clicked.connect(self.remove_requested.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field_choice, 2)
        row.addWidget(QLabel("="))
        row.addWidget(self.value_edit, 3)
        row.addWidget(self.remove_button)
        self._offer_values(self.field_choice.currentText())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.remove_button.setText(self.tr("Remove"))
        line_edit = self.value_edit.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Value"))

    def set_condition(self, field_name: str, value: str) -> None:
        if self.field_choice.findText(field_name) < 0:
            self.field_choice.addItem(field_name)  # a field deleted since: shown, and refused on save
        self.field_choice.setCurrentText(field_name)
        self.value_edit.setEditText(value)

    def condition(self) -> tuple[str, str]:
        return self.field_choice.currentText(), self.value_edit.currentText().strip()

    def _offer_values(self, field_name: str) -> None:
        typed = self.value_edit.currentText()
        self.value_edit.clear()
        self.value_edit.addItems(list(self._field_values.get(field_name, ())))
        self.value_edit.setEditText(typed)
        completer = QCompleter(self.value_edit.model(), self.value_edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 「組」 finds 「1年A組」
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.value_edit.setCompleter(completer)
        self.changed.emit()


class SegmentEditorDialog(QDialog):
    """Create a segment (no `segment_id`) or edit, rename and delete one.

    Signals:
        loaded(): groups, fields and the segment (when editing) are shown.
        counted(object): the count line shows this SegmentCount.
        saved(int): the segment was stored (its id); the dialog closes.
        deleted(int): the segment was deleted (its id); the dialog closes.
    """

    loaded = Signal()
    counted = Signal(object)
    saved = Signal(int)
    deleted = Signal(int)

    def __init__(
        self, segments: SegmentsService, segment_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "segmentEditor")
        self._segments = segments
        self._segment_id = segment_id
        self._stored_name = ""
        self._field_values: dict[str, tuple[str, ...]] = {}
        self._rows: list[ConditionRow] = []
        self._counting = False
        self._count_again = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._start_count)
        self._build()
        self.retranslate_ui()
        self._load()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.name_edit = named(QLineEdit(), "segmentName")
        self._name_label = QLabel()
        form = QFormLayout()
        form.addRow(self._name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._build_groups(), 1)
        layout.addWidget(self._build_conditions())
        self.count_label = named(QLabel(), "segmentCount")
        self.count_label.setWordWrap(True)
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.error_label = named(QLabel(), "formError")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addLayout(self._build_buttons())
        self.resize(560, 560)

    def _build_groups(self) -> QGroupBox:
        self._groups_box = QGroupBox()
        self.groups_list = named(QListWidget(), "segmentGroups")
        self.groups_list.itemChanged.connect(lambda _item: self._changed())
        self._groups_hint = named(QLabel(), "pageNote")
        self._groups_hint.setWordWrap(True)
        box = QVBoxLayout(self._groups_box)
        box.addWidget(self._groups_hint)
        box.addWidget(self.groups_list)
        return self._groups_box

    def _build_conditions(self) -> QGroupBox:
        self._conditions_box = QGroupBox()
        self._conditions_hint = named(QLabel(), "pageNote")
        self._conditions_hint.setWordWrap(True)
        self._rows_layout = QVBoxLayout()
        self.add_condition_button = named(QPushButton(), "addCondition")
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_condition_button)
        add_row.addStretch(1)
        box = QVBoxLayout(self._conditions_box)
        box.addWidget(self._conditions_hint)
        box.addLayout(self._rows_layout)
        box.addLayout(add_row)
        return self._conditions_box

    def _build_buttons(self) -> QHBoxLayout:
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel)
        self.save_button = named(buttons.button(standard.Save), "saveSegment")
        self.cancel_button = buttons.button(standard.Cancel)
        self.delete_button = named(QPushButton(), "deleteSegment")
        self.delete_button.setVisible(self._segment_id is not None)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)  # until the groups and fields are loaded
        row = QHBoxLayout()
        row.addWidget(self.delete_button)  # away from Save, so it is not hit by mistake
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    def retranslate_ui(self) -> None:
        editing = self._segment_id is not None
        self.setWindowTitle(self.tr("Edit segment") if editing else self.tr("New segment"))
        self._name_label.setText(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Grade 3 parents"))
        self._groups_box.setTitle(self.tr("Groups"))
        self._groups_hint.setText(self.tr("Contacts in any checked group. None checked: all contacts."))
        self._conditions_box.setTitle(self.tr("Conditions"))
        self.add_condition_button.setText(self.tr("Add condition"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setText(self.tr("Delete…"))
        self._show_conditions_hint()
        for row in self._rows:
            row.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "delete_button"):
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_conditions_hint(self) -> None:
        if self._field_values or self._rows:
            hint = self.tr("Only contacts whose field has exactly this value (every condition must hold).")
        else:
            hint = self.tr("Contacts have no custom fields yet: they come from imported columns "
                           "or the contact editor.")
        self._conditions_hint.setText(hint)
        self.add_condition_button.setEnabled(bool(self._field_values))

    # ----- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        segment_id = self._segment_id

        def load() -> tuple[SegmentChoices, SegmentInfo | None]:
            info = self._segments.get(segment_id) if segment_id is not None else None
            return self._segments.choices(), info

        self.count_label.setText(self.tr("Loading…"))
        run_in_background(self, load, self._show_loaded, self._load_failed)

    def _show_loaded(self, found: tuple[SegmentChoices, SegmentInfo | None]) -> None:
        choices, info = found
        self._field_values = dict(choices.field_values)
        wanted = set(info.filter.group_ids) if info else set()
        self._fill_groups(choices.groups, wanted)
        if info is not None:
            self._stored_name = info.name
            self.name_edit.setText(info.name)
            for field_name, value in info.filter.fields:
                self.add_condition().set_condition(field_name, value)
            if wanted - {group_id for group_id, _name in choices.groups}:
                self.error_label.setText(self.tr("A group of this segment was deleted; it is no longer part "
                                                 "of it. Save to keep the segment without it."))
        self._show_conditions_hint()
        self.save_button.setEnabled(True)
        self._start_count()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.count_label.clear()
        show_error(self, exc)
        self.reject()

    def _fill_groups(self, groups: tuple[tuple[int, str], ...], checked: set[int]) -> None:
        self.groups_list.blockSignals(True)
        self.groups_list.clear()
        for group_id, name in groups:
            item = QListWidgetItem(name, self.groups_list)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group_id in checked else Qt.CheckState.Unchecked)
        self.groups_list.blockSignals(False)

    # ----- editing --------------------------------------------------------------------------

    def add_condition(self) -> ConditionRow:
        row = ConditionRow(self._field_values)
        used = {existing.condition()[0] for existing in self._rows}
        unused = [name for name in self._field_values if name not in used]
        if unused:
            row.field_choice.setCurrentText(unused[0])  # one value per field: the next field is likelier
        row.changed.connect(self._changed)
        row.remove_requested.connect(lambda: self._remove_condition(row))
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self._changed()
        return row

    def _remove_condition(self, row: ConditionRow) -> None:
        self._rows.remove(row)
        row.deleteLater()
        self._changed()

    def condition_rows(self) -> list[ConditionRow]:
        return list(self._rows)

    def check_group(self, name: str, checked: bool = True) -> None:
        """Check or uncheck a group by name, as a user would."""
        for item in self.groups_list.findItems(name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def current_filter(self) -> SegmentFilter:
        groups = [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in map(self.groups_list.item, range(self.groups_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return SegmentFilter(tuple(groups), tuple(row.condition() for row in self._rows))

    def _changed(self) -> None:
        self._count_timer.start()

    # ----- counting -------------------------------------------------------------------------

    def _start_count(self) -> None:
        if self._counting:
            self._count_again = True
            return
        segment_filter = self.current_filter()
        if any(not value for _field, value in segment_filter.fields):
            self.count_label.setText(self.tr("Enter a value for every condition to see how many "
                                             "contacts match."))
            return
        self._counting = True
        self.count_label.setText(self.tr("Counting…"))
        run_in_background(self, lambda: self._segments.count(segment_filter), self._show_count,
                          self._count_failed)

    def _count_done(self) -> bool:
        """Whether this count is the last one needed (else the next one starts now)."""
        self._counting = False
        if self._count_again:
            self._count_again = False
            self._start_count()
            return False
        return True

    def _show_count(self, count: SegmentCount) -> None:
        if not self._count_done():
            return
        text = self.tr("%Ln contact(s) match.", "", count.recipients)
        left_out = count.opted_out + count.unusable
        if left_out:
            text += " " + self.tr("%Ln more left out (opted out, or no usable number).", "", left_out)
        self.count_label.setText(text)
        self.counted.emit(count)

    def _count_failed(self, exc: BaseException) -> None:
        if self._count_done():
            reason = user_error_text(exc) if isinstance(exc, UserError) else str(exc)
            text = self.tr("The contacts cannot be counted: {reason}")
            self.count_label.setText(text.format(reason=reason))

    # ----- saving and deleting --------------------------------------------------------------

    def save(self) -> None:
        name, segment_filter, segment_id = self.name_edit.text(), self.current_filter(), self._segment_id
        self.error_label.clear()

        def store() -> int:
            if segment_id is None:
                return self._segments.create(name, segment_filter)
            self._segments.update(segment_id, name, segment_filter)
            return segment_id

        self._run_change(store, self._saved)

    def _saved(self, segment_id: int) -> None:
        self.saved.emit(segment_id)
        self.accept()

    def delete(self) -> None:
        segment_id = self._segment_id
        if segment_id is None:
            return
        question = self.tr("Delete the segment “{name}”? No contact is deleted.").format(
            name=self._stored_name)
        answer = QMessageBox.question(self, self.tr("Delete segment"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._run_change(lambda: self._segments.delete(segment_id),
                             lambda _none: self._deleted(segment_id))

    def _deleted(self, segment_id: int) -> None:
        self.deleted.emit(segment_id)
        self.accept()

    def _run_change(self, change: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        run_in_background(self, change, on_done, self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        self.error_label.setText(self._refusal_text(exc))
        if exc.code == "segment.group_missing":
            self._reload_groups()
        if exc.code in ("segment.name_missing", "segment.name_taken"):
            self.name_edit.setFocus()

    def _refusal_text(self, exc: UserError) -> str:
        texts = {
            "segment.name_missing": self.tr("Please give the segment a name."),
            "segment.name_taken": self.tr("A segment named “{name}” already exists. "
                                          "Please choose another name."),
            "segment.group_missing": self.tr("A checked group was deleted meanwhile; the list of groups is "
                                             "updated. Check your choice and save again."),
            "segment.field_missing": self.tr("There is no custom field “{field}” any more. "
                                             "Remove that condition."),
            "segment.value_missing": self.tr("Enter a value for “{field}”, or remove that condition."),
            "segment.field_twice": self.tr("“{field}” has two conditions, but a contact has only one value "
                                           "for it. Keep one."),
            "segment.in_use": self.tr("Schedules send to this segment: {schedules}. Change them to another "
                                      "group or segment first."),
        }
        text = texts.get(exc.code)
        if text is None:
            return user_error_text(exc)
        return text.format(**{key: str(value) for key, value in exc.params.items()})

    def _reload_groups(self) -> None:
        checked = set(self.current_filter().group_ids)

        def show(choices: SegmentChoices) -> None:
            self._fill_groups(choices.groups, checked)
            self._changed()

        run_in_background(self, self._segments.choices, show)
