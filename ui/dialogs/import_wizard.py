"""The roster import wizard: file and sheet → preview and mapping → check → import (and undo).

Every read of the file runs through `run_in_background` with a progress bar and
a Cancel button. Nothing is written before the user presses Import on the check
step; an import that is cancelled or fails is taken back as a whole by the core,
and a finished one can be undone from the last step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_sms.importing.readers import ReadWarning, ReadWarningCode
from desk_sms.importing.roster_import import (
    FileOverview,
    ImportOptions,
    ImportPreview,
    ImportResult,
    RosterImporter,
)
from desk_sms.importing.roster_rows import RowStatus
from ui.dialogs.import_pages import CheckStep, FileStep, ImportStep, MappingStep, problem_text, progress_bar
from ui.errors import show_error
from ui.style import named
from ui.tasks import run_in_background

T = TypeVar("T")
translate = QCoreApplication.translate
FILE_FILTER = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv"
FILE, MAPPING, CHECK, IMPORT = range(4)
BUTTON_MIN_WIDTH = 110


class ImportCancelled(Exception):
    """Raised inside a preview when the user pressed Cancel; never shown."""


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, so the bar updates through a queued signal."""

    moved = Signal(int, int)  # rows done, rows expected (-1 when unknown)

    def report(self, done: int, total: int | None) -> None:
        # WORKAROUND(PySide6 6.x): a None sent through a queued `object` argument
        # corrupts None's reference count ("deallocating None" at exit); send ints only.
        self.moved.emit(done, -1 if total is None else total)


def local_file_of(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local file a drag carries, if any."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return next((path for path in files if path.is_file()), None)


class ImportWizard(QDialog):
    """Import contacts from a roster, one step at a time.

    Signals:
        overview_loaded(): the file's sheets, header and suggested mapping are shown.
        preview_loaded(): the check step shows what the import would do.
        import_finished(object): the `ImportResult` of a commit (also when cancelled).
        import_undone(int): the finished import was undone; how many contacts were removed.
        errors_saved(str): the invalid rows were written to the file named.
        task_failed(object): a background step raised (shown to the user already).
    """

    overview_loaded = Signal()
    preview_loaded = Signal()
    import_finished = Signal(object)
    import_undone = Signal(int)
    errors_saved = Signal(str)
    task_failed = Signal(object)

    def __init__(
        self, importer: RosterImporter, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.importer = importer
        self.setObjectName("importWizard")
        self.setAcceptDrops(True)
        self.resize(900, 600)
        self.path: Path | None = None
        self.overview: FileOverview | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._cancel = threading.Event()
        self._busy = False
        self._generation = 0  # results of a superseded job are dropped
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._show_progress)
        self._build()
        self._connect()
        self.retranslate_ui()
        self._show_step(FILE)
        if path is not None:
            self.set_file(path)

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = named(QLabel(), "pageTitle")
        self.file_step, self.mapping_step = FileStep(), MappingStep()
        self.check_step, self.import_step = CheckStep(), ImportStep()
        self.steps = named(QStackedWidget(), "importSteps")
        for step in (self.file_step, self.mapping_step, self.check_step, self.import_step):
            self.steps.addWidget(step)
        self.progress = progress_bar()
        self.back_button = named(QPushButton(), "importBack")
        self.next_button = named(QPushButton(), "primaryButton")
        self.cancel_button = named(QPushButton(), "importCancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        for button in (self.back_button, self.next_button, self.cancel_button):
            button.setMinimumWidth(BUTTON_MIN_WIDTH)  # "取り込む" must fit the styled padding
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.file_step.browse_button.clicked.connect(self.choose_file)
        self.file_step.path_edit.editingFinished.connect(self._on_path_typed)
        self.file_step.sheet_combo.currentTextChanged.connect(self._on_sheet_chosen)
        self.check_step.save_button.clicked.connect(self.save_errors)
        self.import_step.undo_button.clicked.connect(self.undo_import)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import contacts"))
        for step in (self.file_step, self.mapping_step, self.check_step, self.import_step):
            step.retranslate()
        self.back_button.setText(self.tr("Back"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- steps ----------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        titles = [
            self.tr("1. Choose the file"),
            self.tr("2. Preview and columns"),
            self.tr("3. Check"),
            self.tr("4. Import"),
        ]
        self.title.setText(titles[step])
        self._update_buttons()

    def _update_buttons(self) -> None:
        step, busy, finished = self.step, self._busy, self.import_result is not None
        ready = {FILE: self.overview is not None, MAPPING: True, CHECK: self.preview is not None}
        self.next_button.setText(self.tr("Import") if step == CHECK else self.tr("Next"))
        self.next_button.setVisible(step != IMPORT)
        self.next_button.setEnabled(not busy and ready.get(step, False))
        self.back_button.setVisible(step not in (FILE, IMPORT))
        self.back_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Close") if finished and not busy else self.tr("Cancel"))

    def go_next(self) -> None:
        if self._busy:
            return
        if self.step == FILE and self.overview is not None:
            self._show_step(MAPPING)
        elif self.step == MAPPING:
            self.load_preview()
        elif self.step == CHECK and self.preview is not None:
            self.start_import()

    def go_back(self) -> None:
        if not self._busy and self.step in (MAPPING, CHECK):
            self._show_step(self.step - 1)

    # ----- step 1: the file -----------------------------------------------------------------

    def choose_file(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster"), "", self.tr("Rosters ({patterns})").format(patterns=FILE_FILTER)
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Read `path`'s sheets, header and suggested mapping (in the background)."""
        if self._busy or self.step == IMPORT:
            return
        self.path, self.overview, self.preview = path, None, None
        self.file_step.path_edit.setText(str(path))
        self.file_step.sheet_combo.clear()
        self._show_step(FILE)
        self._load_overview(None)

    def _on_path_typed(self) -> None:
        text = self.file_step.path_edit.text().strip()
        if text and Path(text) != self.path:
            self.set_file(Path(text))

    def _on_sheet_chosen(self, sheet: str) -> None:
        if sheet and self.overview is not None and sheet != self.overview.sheet and not self._busy:
            self._load_overview(sheet)

    def _load_overview(self, sheet: str | None) -> None:
        path, options = self.path, ImportOptions(sheet=sheet)
        assert path is not None
        self.file_step.file_info.setText(self.tr("Reading {name}…").format(name=path.name))
        self._run(lambda: self.importer.inspect(path, options), self._on_overview, show_progress=False)

    def _on_overview(self, overview: FileOverview) -> None:
        self.overview, self.preview = overview, None
        self.file_step.show_overview(overview)
        self.mapping_step.show_overview(overview)
        self._update_buttons()
        self.overview_loaded.emit()

    # ----- step 2 → 3: check every row ------------------------------------------------------

    def options(self) -> ImportOptions:
        """What the user chose so far, as the core's import options."""
        assert self.overview is not None
        return ImportOptions(
            sheet=self.overview.sheet,
            header_row=self.overview.header_row or 0,
            overrides=self.mapping_step.overrides(),
            update_existing=self.check_step.update_existing,
        )

    def load_preview(self) -> None:
        path, options, cancel, relay = self.path, self.options(), self._cancel, self._relay
        assert path is not None

        def progress(done: int, total: int | None) -> None:
            if cancel.is_set():
                raise ImportCancelled
            relay.report(done, total)

        self._run(lambda: self.importer.preview(path, options, progress), self._on_preview)

    def _on_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.check_step.show_preview(preview, [warning_text(w) for w in preview.warnings])
        self._show_step(CHECK)
        self.preview_loaded.emit()

    def save_errors(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save invalid rows"), "invalid_rows.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path:
            self.save_errors_to(Path(path))

    def save_errors_to(self, path: Path) -> None:
        """Write the invalid rows (row number, reasons, the row itself) to fix and import again."""
        preview = self.preview
        assert preview is not None
        invalid = [row for row in preview.problem_rows if row.status is RowStatus.INVALID]

        def write() -> str:
            self.importer.save_invalid_rows(path, preview.headers, invalid, describe=problem_text)
            return str(path)

        run_in_background(self, write, self.errors_saved.emit)

    # ----- step 4: import, undo -------------------------------------------------------------

    def start_import(self) -> None:
        path, options, cancel, relay = self.path, self.options(), self._cancel, self._relay
        assert path is not None
        self.import_step.show_running(updating=options.update_existing)
        self._show_step(IMPORT)
        self._run(
            lambda: self.importer.commit(path, options, relay.report, cancel),
            self._on_imported,
            on_failure_step=CHECK,
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.import_step.show_result(result)
        self._update_buttons()
        self.import_finished.emit(result)

    def undo_import(self) -> None:
        if self.import_result is None or self._busy:
            return
        batch_id = self.import_result.batch_id
        self._run(lambda: self.importer.undo(batch_id), self._on_undone, show_progress=False)

    def _on_undone(self, count: int) -> None:
        self.import_step.show_undone(count)
        self.import_undone.emit(count)

    # ----- background work with progress and Cancel -----------------------------------------

    def _run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        show_progress: bool = True,
        on_failure_step: int | None = None,
    ) -> None:
        self._generation += 1
        generation = self._generation
        self._cancel.clear()
        self._set_busy(True, show_progress)

        def succeeded(result: T) -> None:
            if generation == self._generation:
                self._set_busy(False)
                done(result)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if on_failure_step is not None:
                self._show_step(on_failure_step)
            if not isinstance(exc, ImportCancelled):
                show_error(self, exc)
            self.task_failed.emit(exc)

        run_in_background(self, work, succeeded, failed)

    def _set_busy(self, busy: bool, show_progress: bool = True) -> None:
        self._busy = busy
        self.progress.setVisible(busy and show_progress)
        self.progress.setRange(0, 0)  # "working" until the first count arrives
        self.file_step.setEnabled(not busy)
        self.mapping_step.setEnabled(not busy)
        self.check_step.setEnabled(not busy)
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, max(total, done))
            self.progress.setValue(done)
        self.progress.setFormat(self.tr("%Ln row(s)", "", done))

    def cancel_work(self) -> None:
        """Ask the running step to stop; an import in progress is then taken back."""
        self._cancel.set()
        self.cancel_button.setEnabled(True)

    @property
    def busy(self) -> bool:
        return self._busy

    def _on_cancel_clicked(self) -> None:
        if self._busy:
            self.cancel_work()
        else:
            self.reject()

    def reject(self) -> None:
        if self._busy:
            self.cancel_work()  # close once the worker has stopped and undone its part
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            self.cancel_work()
            event.ignore()
            return
        super().closeEvent(event)

    # ----- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._busy and self.step != IMPORT and local_file_of(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = local_file_of(event)
        if path is not None:
            event.acceptProposedAction()
            self.set_file(path)


def warning_text(warning: ReadWarning) -> str:
    """A read warning as a sentence for the user."""
    if warning.code == ReadWarningCode.CELL_TRUNCATED:
        return translate("Import", "Row {row}: a cell of {length} characters was cut to 1,000.").format(
            row=warning.row, length=f"{warning.params.get('length', 0):,}"
        )
    if warning.code == ReadWarningCode.MERGED_CELLS_FILLED:
        ranges = ", ".join(warning.params.get("ranges", []))
        return translate("Import", "Merged cells {ranges}: each row gets the merged value.").format(
            ranges=ranges
        )
    if warning.code == ReadWarningCode.FORMULAS_WITHOUT_VALUES:
        return translate(
            "Import",
            "Formulas have no saved results (the file was not saved by Excel): those cells are empty.",
        )
    if warning.code == ReadWarningCode.CSV_WITH_SPREADSHEET_NAME:
        return translate("Import", "This file is CSV text with a spreadsheet's name; it was read as CSV.")
    if warning.code == ReadWarningCode.FAR_CELLS_IGNORED:
        return _far_cells_text(warning.params.get("cells", []), int(warning.params.get("count", 0)))
    return warning.code


def _far_cells_text(cells: list[str], count: int) -> str:
    listed = ", ".join(cells)
    if count > len(cells):
        more = f"{count - len(cells):,}"
        listed = translate("Import", "{cells} and {more} more").format(cells=listed, more=more)
    return translate("Import", "Cells far from the table ({cells}) hold values; they were ignored.").format(
        cells=listed
    )
