"""Rules → Polls: send a new poll; a poll's tally as a bar chart, who answered what (non-responders
too), Excel export. Everything goes through `PollsService` in the background.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.domain.phones import format_national
from desk_sms.errors import UserError
from desk_sms.services.polls import PollResults, PollRow
from ui.dialogs.poll_editor import PollEditor
from ui.errors import show_error, user_error_text
from ui.style import named
from ui.tasks import run_in_background

BAR_COLOUR = "#3b7dd8"
TIME_FORMAT = "%m-%d %H:%M"


class PollResultsView(QWidget):
    """Signals:
    shown(): a poll's results are on screen.
    exported(int): the rows written by an export.
    """

    shown = Signal()
    exported = Signal(int)
    sent = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "pollResults")
        self._polls = context.polls
        self._rules = context.rules
        self.new_button = named(QPushButton(), "newPoll")
        self.new_button.clicked.connect(self.open_editor)
        self.results: PollResults | None = None
        self._newest_next = False
        self.choice = named(QComboBox(), "pollChoice")
        self.choice.setMinimumContentsLength(24)
        self.choice.currentIndexChanged.connect(self._show_selected)
        self.export_button = named(QPushButton(), "primaryButton")
        self.export_button.clicked.connect(self._ask_export)
        self.question = named(QLabel(), "pollQuestion")
        self.question.setWordWrap(True)
        self.summary = named(QLabel(), "pollSummary")
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = named(QChartView(self.chart), "pollChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(380)
        self.table = named(QTableWidget(0, 5), "pollTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = named(QLabel(), "pageNote")
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.choice, 1)
        controls.addWidget(self.new_button)
        controls.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.empty)
        layout.addWidget(self.question)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("Export to Excel…"))
        self.new_button.setText(self.tr("New poll…"))
        self.empty.setText(
            self.tr("No polls yet: “New poll…” sends a question with numbered answers to a group."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Contact"), self.tr("Answer"), self.tr("Replied"), self.tr("Reply")])
        if self.results is not None:
            self._show(self.results)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        run_in_background(self, self._polls.polls, self._show_polls, lambda exc: show_error(self, exc))

    def _show_polls(self, polls: list[tuple[int, str, datetime]]) -> None:
        current = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for poll_id, name, _closes in polls:
            self.choice.addItem(name, poll_id)
        # The newest poll (first) when one was just sent, else the one shown before.
        self.choice.setCurrentIndex(max(self.choice.findData(current), 0) if not self._newest_next else 0)
        self._newest_next = False
        self.choice.blockSignals(False)
        self.empty.setVisible(not polls)
        self.export_button.setEnabled(bool(polls))
        self._show_selected()

    def _show_selected(self) -> None:
        poll_id = self.choice.currentData()
        if poll_id is not None:
            run_in_background(self, lambda: self._polls.results(poll_id), self._show,
                              lambda exc: show_error(self, exc))

    def _show(self, results: PollResults) -> None:
        self.results = results
        closes = results.closes_at.astimezone().strftime(TIME_FORMAT)
        self.question.setText(self.tr("{question} (replies count until {time})").format(
            question=results.question, time=closes))
        counts = {state: len(results.with_state(state)) for state in ("answered", "invalid", "late", "none")}
        self.summary.setText(self.tr(
            "{answered} answered · {invalid} not a valid answer · {late} late · {none} no reply").format(
            **counts))
        self._fill_chart(results)
        self._fill_table(results)
        self.shown.emit()

    def _fill_chart(self, results: PollResults) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Answers"))
        bars.setColor(QColor(BAR_COLOUR))
        bars.append([float(count) for count in reversed(results.counts)])  # answer 1 on top
        bars.setLabelColor(QColor("#202020"))
        # Horizontal bars: the answers' words get the whole left side, never cut to "1: 1…".
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{n}: {label}" for n, label in enumerate(results.answers, start=1)][::-1])
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([1, *results.counts]))
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _fill_table(self, results: PollResults) -> None:
        self.table.setRowCount(len(results.rows))
        for index, row in enumerate(results.rows):
            cells = (format_national(row.number), row.contact, self._answer_text(row, results),
                     row.replied_at.astimezone().strftime(TIME_FORMAT) if row.replied_at else "", row.reply)
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _answer_text(self, row: PollRow, results: PollResults) -> str:
        if row.state == "answered" and row.answer is not None:
            return f"{row.answer}: {results.answers[row.answer - 1]}"
        states = {"invalid": self.tr("not valid"), "late": self.tr("late (not counted)"),
                  "none": self.tr("no reply")}
        return states.get(row.state, row.state)

    def open_editor(self) -> None:
        run_in_background(self, self._rules.choices, lambda choices: self._show_editor(choices.groups),
                          lambda exc: show_error(self, exc))

    def _show_editor(self, groups: tuple[str, ...]) -> None:
        editor = PollEditor(groups, self)
        editor.send_requested.connect(lambda: self.send(editor))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def send(self, editor: PollEditor) -> None:
        draft, polls = editor.draft(), self._polls
        run_in_background(self, lambda: polls.create(draft), lambda poll_id: self._sent(editor, poll_id),
                          lambda exc: self._refused(editor, exc))

    def _sent(self, editor: PollEditor, poll_id: int) -> None:
        editor.accept()
        self._newest_next = True
        self.reload()
        self.sent.emit(poll_id)

    def _refused(self, editor: PollEditor, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            editor.show_problem(user_error_text(exc))  # the form keeps what was typed
        else:
            show_error(editor, exc)

    def _ask_export(self) -> None:
        if self.results is None:
            return
        title, default_name = self.tr("Export poll results"), f"{self.results.name}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, title, default_name, self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx"))

    def export_to(self, path: Path) -> None:
        if self.results is None:
            return
        poll_id, polls = self.results.id, self._polls
        run_in_background(self, lambda: polls.export(poll_id, path), self.exported.emit,
                          lambda exc: show_error(self, exc))
