"""Settings → Watched folder (administrators): the folder whose dropped CSV/Excel files the engine
imports, what they hold, and the saved column mapping (one "column = field" per line). The core
checks the folder and the mapping and audits each change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desk_sms.context import AppContext
from ui.style import named
from ui.tasks import run_in_background
from ui.widgets.form_feedback import SaveAnswers, save_settings, show_feedback

KEYS = ("watch_folder", "watch_folder_kind", "watch_folder_mapping")
KINDS = ("appointments", "contacts")
EXAMPLE_MAPPING = "予約番号 = external_id\n氏名 = name\n電話 = phone\n日付 = date"  # data, not prose


def mapping_of(text: str) -> dict[str, str] | None:
    """ "予約番号 = external_id" lines → {"予約番号": "external_id"}; None when a line has no "="."""
    mapping = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        column, sep, field = line.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            return None
        mapping[column.strip()] = field.strip()
    return mapping


class WatchFolderGroup(QGroupBox):
    """Signals:
    loaded(): the stored values are in the form.
    saved(): they were written (and audited by the core).
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "watchFolderGroup")
        self._context = context
        self.folder = named(QLineEdit(), "watchFolder")
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_folder)
        self.kind = named(QComboBox(), "watchFolderKind")
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.mapping = named(QPlainTextEdit(), "watchFolderMapping")
        self.mapping.setFixedHeight(110)
        self.hint = named(QLabel(), "pageNote")
        self.hint.setWordWrap(True)
        self.save_button = named(QPushButton(), "primaryButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.feedback = named(QLabel(), "formStatus")
        self.feedback.setWordWrap(True)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        form.addRow(self._labels[0], _row(self.folder, self.choose))
        form.addRow(self._labels[1], self.kind)
        form.addRow(self._labels[2], self.mapping)
        form.addRow(self.hint)
        form.addRow(_row(self.save_button, self.feedback, grow_first=False))
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Watched folder (administrators)"))
        self._labels[0].setText(self.tr("Folder:"))
        self._labels[1].setText(self.tr("Its files hold:"))
        self._labels[2].setText(self.tr("Columns:"))
        self.choose.setText(self.tr("Choose…"))
        self.kind.setItemText(0, self.tr("appointments"))
        self.kind.setItemText(1, self.tr("contacts"))
        self.folder.setPlaceholderText(self.tr("empty: no watched folder"))
        self.mapping.setPlaceholderText(EXAMPLE_MAPPING)
        self.hint.setText(self.tr(
            "The engine imports each CSV or Excel file dropped here once it is completely written, then "
            "moves it to done/ or failed/ with a report beside it. A file with a bad row imports nothing; "
            "the same file twice imports nothing again. One column per line: column = field. Fields for "
            "appointments: name, phone, date, time, place, notes, external_id (a reservation number: "
            "the appointment is updated when it comes again). Empty: columns are recognised by name."))
        self.save_button.setText(self.tr("Save watched folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        run_in_background(self, self._context.settings.all, self._show)

    def _show(self, values: dict[str, Any]) -> None:
        self.folder.setText(str(values["watch_folder"]))
        self.kind.setCurrentIndex(max(0, self.kind.findData(values["watch_folder_kind"])))
        self.mapping.setPlainText("\n".join(f"{column} = {field}"
                                            for column, field in values["watch_folder_mapping"].items()))
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Watched folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        mapping = mapping_of(self.mapping.toPlainText())
        if mapping is None:
            self._feedback(self.tr("Write each column as: column = field."), True)
            return
        values = {"watch_folder": self.folder.text().strip(), "watch_folder_kind": self.kind.currentData(),
                  "watch_folder_mapping": mapping}
        settings = self._context.settings
        answers = SaveAnswers(self.tr("Saved."), self.tr("Not saved."), self.saved.emit)
        save_settings(self, (self.save_button, self.feedback), settings, values, KEYS, answers)

    def _feedback(self, text: str, error: bool) -> None:
        show_feedback(self.feedback, text, error)


def _row(first: QWidget, second: QWidget, grow_first: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1 if grow_first else 0)
    layout.addWidget(second, 0 if grow_first else 1)
    return row
