"""The steps of the import wizard: file, preview and mapping, check, import.

Each step is a plain widget that shows what the wizard hands it; the wizard
(`ui.dialogs.import_wizard`) owns the flow and the background work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.importing.mapping import Field, MapOverride, Mapping
from desk_sms.importing.roster_import import FileOverview, ImportPreview, ImportResult
from desk_sms.importing.roster_rows import AnalysedRow, ProblemCode, RowProblem, RowStatus
from ui.style import named

SHOWN_PROBLEM_ROWS = 1_000  # the rest go to the saved workbook; a table of 200k rows helps nobody
MAPPING_ROW = 0
MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH = 140, 320


translate = QCoreApplication.translate  # lupdate collects translate("Import", "…") calls


def field_names() -> dict[Field, str]:
    return {
        Field.NAME: translate("Import", "Name"),
        Field.READING: translate("Import", "Reading (kana)"),
        Field.PHONE: translate("Import", "Phone number"),
        Field.GROUP: translate("Import", "Group"),
        Field.NOTES: translate("Import", "Notes"),
        Field.CONSENT_DATE: translate("Import", "Consent date"),
        Field.CONSENT_SOURCE: translate("Import", "Consent source"),
        Field.CUSTOM: translate("Import", "Custom field"),
        Field.IGNORE: translate("Import", "Do not import"),
    }


def status_names() -> dict[RowStatus, str]:
    return {
        RowStatus.NEW: translate("Import", "new"),
        RowStatus.UPDATE: translate("Import", "updates a contact"),
        RowStatus.EXISTS: translate("Import", "already a contact"),
        RowStatus.DUPLICATE: translate("Import", "duplicate in the file"),
        RowStatus.INVALID: translate("Import", "invalid"),
    }


def problem_text(problem: RowProblem) -> str:
    """One problem of a row as a sentence for the user."""
    phone_errors = {
        "empty": translate("Import", "empty"),
        "not_a_number": translate("Import", "not a number"),
        "exponent_notation": translate("Import", "shown as 9.01E+09 by Excel: the digits are lost"),
        "too_short": translate("Import", "too short"),
        "too_long": translate("Import", "too long"),
        "invalid_country_code": translate("Import", "unknown country code"),
        "invalid": translate("Import", "no such number"),
        "not_mobile": translate("Import", "not a mobile number (cannot receive SMS)"),
    }
    texts = {
        ProblemCode.NAME_MISSING: translate("Import", "The name is empty."),
        ProblemCode.PHONE_MISSING: translate("Import", "There is no phone number."),
        ProblemCode.PHONE_INVALID: translate("Import", "{column} {value}: {reason}"),
        ProblemCode.DUPLICATE_IN_FILE: translate("Import", "Same number as row {detail}."),
        ProblemCode.EXISTS: translate("Import", "The number belongs to a contact already."),
        ProblemCode.CONSENT_DATE_UNREADABLE: translate("Import", "The consent date {value} cannot be read."),
        ProblemCode.CONSENT_DATE_ASSUMED: translate("Import", "Consent without a date: today is recorded."),
        ProblemCode.VALUE_TRUNCATED: translate("Import", "{column} was cut to {detail} characters."),
    }
    template = texts.get(problem.code, problem.code)
    reason = phone_errors.get(problem.detail, problem.detail)
    return template.format(column=problem.column, value=problem.value, detail=problem.detail, reason=reason)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class FileStep(QWidget):
    """Step 1: choose a file (button or drop) and a sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = named(QLabel(wordWrap=True), "pageLead")
        self.path_edit = named(QLineEdit(), "importPath")
        self.browse_button = named(QPushButton(), "browseImportFile")
        self.drop_label = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "importDropZone")
        self.drop_label.setMinimumHeight(120)
        self.drop_label.setStyleSheet("QLabel { border: 2px dashed #9fb4c2; border-radius: 8px; }")
        self.sheet_combo = named(QComboBox(), "importSheet")
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setMinimumContentsLength(20)
        self.file_info = named(QLabel(wordWrap=True), "pageNote")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.file_label, self.sheet_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.file_label, row)
        self.form.addRow(self.sheet_label, self.sheet_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.drop_label)
        layout.addLayout(self.form)
        layout.addWidget(self.file_info)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.lead.setText(
            translate("Import", "Choose a roster: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or CSV.")
        )
        self.browse_button.setText(translate("Import", "Choose file…"))
        self.drop_label.setText(translate("Import", "Or drop the file here"))
        self.file_label.setText(translate("Import", "File:"))
        self.sheet_label.setText(translate("Import", "Sheet:"))

    def show_overview(self, overview: FileOverview) -> None:
        blocked = self.sheet_combo.blockSignals(True)  # filling is not a new choice
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(overview.sheets))
        self.sheet_combo.setCurrentText(overview.sheet or "")
        self.sheet_combo.setEnabled(len(overview.sheets) > 1)
        self.sheet_combo.blockSignals(blocked)
        header = (
            translate("Import", "Header in row {row}.").format(row=overview.header_row)
            if overview.header_row
            else translate("Import", "No header row: columns are named by letter.")
        )
        self.file_info.setText(f"{overview.file_name} — {header}")


class MappingStep(QWidget):
    """Step 2: the first rows as the file has them, with the field each column goes to on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = named(QLabel(wordWrap=True), "pageLead")
        self.table = named(QTableWidget(), "importMapping")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.note = named(QLabel(wordWrap=True), "pageNote")
        self.combos: list[QComboBox] = []
        self._mapping: Mapping | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def retranslate(self) -> None:
        self.lead.setText(
            translate(
                "Import",
                "Check what each column holds. Suggestions come from the headers; change any of them. "
                "Columns set to “Custom field” are kept under their header's name (usable in templates).",
            )
        )
        self.note.setText(
            translate(
                "Import", "Only the first rows are shown. Nothing is written until you confirm the import."
            )
        )
        if self._mapping is not None:
            self.table.setVerticalHeaderItem(MAPPING_ROW, QTableWidgetItem(translate("Import", "Import as")))

    def show_overview(self, overview: FileOverview) -> None:
        self._mapping = overview.mapping
        columns = overview.mapping.columns
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(1 + len(overview.sample))
        self.table.setHorizontalHeaderLabels([f"{c.letter}  {c.header}".rstrip() for c in columns])
        self.table.setVerticalHeaderLabels(
            [translate("Import", "Import as"), *(str(n) for n in range(1, len(overview.sample) + 1))]
        )
        self.combos = [self._field_combo(column.field) for column in columns]
        for index, combo in enumerate(self.combos):
            self.table.setCellWidget(MAPPING_ROW, index, combo)
        for row, values in enumerate(overview.sample, start=1):
            for index, value in enumerate(values[: len(columns)]):
                self.table.setItem(row, index, _item(value))
        self.table.resizeColumnsToContents()
        for index in range(len(columns)):  # room for the field names, no giant columns
            width = self.table.columnWidth(index)
            self.table.setColumnWidth(index, min(max(width + 16, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH))

    def _field_combo(self, chosen: Field) -> QComboBox:
        combo = named(QComboBox(), "importField")
        for field, text in field_names().items():
            combo.addItem(text, field.value)
        combo.setCurrentIndex(combo.findData(chosen.value))
        return combo

    def overrides(self) -> tuple[MapOverride, ...]:
        """The user's choice for every column, by letter (headers may repeat or be empty)."""
        if self._mapping is None:
            return ()
        return tuple(
            MapOverride(column.letter, Field(combo.currentData()), _custom_name(column.header, column.letter))
            if Field(combo.currentData()) is Field.CUSTOM
            else MapOverride(column.letter, Field(combo.currentData()))
            for column, combo in zip(self._mapping.columns, self.combos, strict=True)
        )

    def chosen_fields(self) -> list[Field]:
        return [Field(combo.currentData()) for combo in self.combos]


def _custom_name(header: str, letter: str) -> str:
    return header.strip() or translate("Import", "Column {letter}").format(letter=letter)


class CheckStep(QWidget):
    """Step 3: what the import would do, the rows with problems, and what to do with known numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = named(QLabel(wordWrap=True), "pageLead")
        self.existing_label = QLabel()
        self.existing_combo = named(QComboBox(), "importExisting")
        self.existing_combo.addItems(["", ""])
        self.existing_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.warnings = named(QLabel(wordWrap=True), "formError")
        self.problems = named(QTableWidget(0, 4), "importProblems")
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 150)
        self.problems.setColumnWidth(2, 430)
        self.more_label = named(QLabel(), "pageNote")
        self.save_button = named(QPushButton(), "saveImportErrors")
        existing = QHBoxLayout()
        existing.addWidget(self.existing_label)
        existing.addWidget(self.existing_combo)
        existing.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.more_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(existing)
        layout.addWidget(self.warnings)
        layout.addWidget(self.problems, 1)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.existing_label.setText(translate("Import", "Numbers that are already contacts:"))
        self.existing_combo.setItemText(0, translate("Import", "Skip those rows"))
        self.existing_combo.setItemText(1, translate("Import", "Update those contacts"))
        self.problems.setHorizontalHeaderLabels(
            [
                translate("Import", "Row"),
                translate("Import", "Status"),
                translate("Import", "Reason"),
                translate("Import", "Row values"),
            ]
        )
        self.save_button.setText(translate("Import", "Save invalid rows…"))

    @property
    def update_existing(self) -> bool:
        return self.existing_combo.currentIndex() == 1

    def show_preview(self, preview: ImportPreview, warnings: list[str]) -> None:
        counts = preview.counts
        # One clause per count, so that each takes its own plural form.
        self.summary.setText(
            translate("Import", "{rows}: {new}, {existing}, {duplicates}, {invalid}.").format(
                rows=self.tr("%Ln row(s) read", "", preview.rows_read),
                new=self.tr("%Ln new contact(s)", "", counts[RowStatus.NEW]),
                existing=self.tr("%Ln already in your contacts", "",
                                   counts[RowStatus.EXISTS] + counts[RowStatus.UPDATE]),
                duplicates=self.tr("%Ln duplicate(s) within the file", "",
                                     counts[RowStatus.DUPLICATE]),
                invalid=self.tr("%Ln invalid", "", counts[RowStatus.INVALID]),
            )
        )
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._fill_problems(preview.problem_rows)
        self.save_button.setEnabled(counts[RowStatus.INVALID] > 0)

    def _fill_problems(self, rows: tuple[AnalysedRow, ...]) -> None:
        shown = rows[:SHOWN_PROBLEM_ROWS]
        names = status_names()
        self.problems.setRowCount(len(shown))
        for line, row in enumerate(shown):
            reasons = " / ".join(problem_text(problem) for problem in row.problems)
            values = ", ".join(value for value in row.values if value)
            for column, text in enumerate((str(row.number), names[row.status], reasons, values)):
                item = _item(text)
                item.setToolTip(text)  # a long reason or row is read whole on hover
                self.problems.setItem(line, column, item)
        hidden = len(rows) - len(shown)
        self.more_label.setText(
            self.tr("%Ln more row(s) are in the saved file.", "", hidden)
            if hidden > 0
            else ""
        )


class ImportStep(QWidget):
    """Step 4: progress of the import, then its result and the way to undo it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = named(QLabel(wordWrap=True), "pageLead")
        self.result = named(QLabel(wordWrap=True), "formStatus")
        self.undo_button = named(QPushButton(), "undoImport")
        self.undo_button.setVisible(False)
        undo = QHBoxLayout()
        undo.addWidget(self.undo_button)
        undo.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addLayout(undo)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.undo_button.setText(translate("Import", "Undo this import"))

    def show_running(self, updating: bool = False) -> None:
        if updating:  # updates are not taken back
            text = translate(
                "Import",
                "Importing… The whole file is checked first. You can cancel: the contacts added are "
                "taken back, contacts already updated stay updated.",
            )
        else:
            text = translate("Import", "Importing… You can cancel: nothing of this import is kept then.")
        self.status.setText(text)
        self.result.clear()
        self.undo_button.setVisible(False)

    def show_result(self, result: ImportResult) -> None:
        if result.cancelled:
            self.status.setText(translate("Import", "The import was cancelled; no contact was added."))
            return
        self.status.setText(translate("Import", "The import is finished."))
        self.result.setText(
            translate("Import", "{imported}, {updated}, {skipped}, {invalid}.").format(
                imported=self.tr("%Ln contact(s) added", "", result.imported),
                updated=self.tr("%Ln updated", "", result.updated),
                skipped=self.tr("%Ln skipped", "", result.skipped),
                invalid=self.tr("%Ln invalid", "", result.invalid),
            )
        )
        self.undo_button.setVisible(result.imported > 0)

    def show_undone(self, count: int) -> None:
        self.undo_button.setVisible(False)
        self.result.setText(
            self.tr("Import undone: %Ln contact(s) removed.", "", count)
        )


def progress_bar() -> QProgressBar:
    bar = named(QProgressBar(), "importProgress")
    bar.setVisible(False)
    bar.setTextVisible(True)
    return bar
