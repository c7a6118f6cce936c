"""The Reports page: sent, delivered, failed and answered messages per day, week or month, or per
modem, campaign or template; a bar chart with the numbers in a table beside it; export to .xlsx.

The audit log opens from here as a read-only dialog (`ui.pages.audit`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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

from desk_sms.services.reports import (
    Breakdown,
    Period,
    ReportRow,
    ReportsService,
    export_reports,
    totals,
)
from ui.pages.audit import AuditLogDialog
from ui.pages.deps import PageDeps
from ui.pages.sim_costs import SimCostsDialog
from ui.style import named
from ui.tasks import run_in_background

DEFAULT_DAYS = 14
SERIES_COLOURS = ("#1f6f8b", "#2e7d32", "#c62828", "#f9a825")


@dataclass(frozen=True)
class ReportRequest:
    """What the page shows: a range of local days and either a period or a breakdown."""

    first: date
    last: date
    period: Period | None  # None: a breakdown
    breakdown: Breakdown | None = None


class ReportsPage(QWidget):
    """Signals:
    report_loaded(object): the ReportRow list just shown.
    exported(int): rows written by an export.
    """

    report_loaded = Signal(object)
    exported = Signal(int)

    def __init__(self, deps: PageDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        context = deps.context
        self._context = context
        self.service = ReportsService(
            context.database.session_factory, context.clock, lambda: str(context.settings.get("timezone"))
        )
        self.rows: list[ReportRow] = []
        self._wanted: ReportRequest | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self._build()
        self.retranslate_ui()
        self._connect()
        self.refresh()

    # ----- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = named(QLabel(), "pageTitle")
        # Reports count days in the business time zone (Settings), so "today" is that zone's date too.
        business_today = self.service.today()
        today = QDate(business_today.year, business_today.month, business_today.day)
        self.from_date = named(QDateEdit(today.addDays(-(DEFAULT_DAYS - 1))), "reportFrom")
        self.to_date = named(QDateEdit(today), "reportTo")
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.view_choice = named(QComboBox(), "reportView")
        for value in (
            Period.DAY,
            Period.WEEK,
            Period.MONTH,
            Breakdown.MODEM,
            Breakdown.CAMPAIGN,
            Breakdown.TEMPLATE,
        ):
            self.view_choice.addItem("", value)
        self.export_button = named(QPushButton(), "primaryButton")
        self.audit_button = named(QPushButton(), "openAuditLog")
        self.sims_button = named(QPushButton(), "openSimCosts")
        self._to_label = QLabel("–")
        controls = QHBoxLayout()
        for widget in (self.from_date, self._to_label, self.to_date, self.view_choice):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.sims_button)
        controls.addWidget(self.audit_button)
        controls.addWidget(self.export_button)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # The chart's own legend does not draw under the offscreen platform; a label always does.
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = named(QChartView(self.chart), "reportChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(420)
        self.legend = named(QLabel(), "reportLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        chart_box = QWidget()
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_column.addWidget(self.chart_view, 1)
        chart_column.addWidget(self.legend)
        self.table = self._build_table()
        self.summary = named(QLabel(wordWrap=True), "reportSummary")
        self.message_label = named(QLabel(), "formStatus")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart_box)
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 560])
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 12)
        column.addWidget(self._title)
        column.addLayout(controls)
        column.addWidget(self.summary)
        column.addWidget(splitter, 1)
        column.addWidget(self.message_label)

    def _build_table(self) -> QTableWidget:
        table = named(QTableWidget(0, 7), "reportTable")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _connect(self) -> None:
        self.from_date.dateChanged.connect(lambda _d: self.refresh())
        self.to_date.dateChanged.connect(lambda _d: self.refresh())
        self.view_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self._ask_export)
        self.audit_button.clicked.connect(self.open_audit_log)
        self.sims_button.clicked.connect(self.open_sim_costs)

    # ----- texts ----------------------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self._key_header(),
            self.tr("Sent"),
            self.tr("Delivered"),
            self.tr("Failed"),
            self.tr("Answered"),
            self.tr("Delivery rate"),
            self.tr("Reply rate"),
        ]

    def _key_header(self) -> str:
        view = self.current_view()
        names: dict[Period | Breakdown, str] = {
            Breakdown.MODEM: self.tr("Modem"),
            Breakdown.CAMPAIGN: self.tr("Campaign"),
            Breakdown.TEMPLATE: self.tr("Template"),
        }
        return names.get(view, self.tr("From"))

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Reports"))
        names = (
            self.tr("Per day"),
            self.tr("Per week"),
            self.tr("Per month"),
            self.tr("Per modem"),
            self.tr("Per campaign"),
            self.tr("Per template"),
        )
        for index, text in enumerate(names):
            self.view_choice.setItemText(index, text)
        self.export_button.setText(self.tr("Export to Excel…"))
        self.audit_button.setText(self.tr("Audit log…"))
        self.sims_button.setText(self.tr("Parts and cost per SIM…"))
        self._show(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- loading --------------------------------------------------------------------------

    def request(self) -> ReportRequest:
        first, last = qdate_to_date(self.from_date.date()), qdate_to_date(self.to_date.date())
        first, last = min(first, last), max(first, last)
        view = self.current_view()
        if isinstance(view, Breakdown):
            return ReportRequest(first, last, None, view)
        return ReportRequest(first, last, view)

    def current_view(self) -> Period | Breakdown:
        # Qt hands item data back as plain str; the two enums have distinct values.
        value = str(self.view_choice.currentData())
        return Breakdown(value) if value in set(Breakdown) else Period(value)

    def refresh(self) -> None:
        wanted = self.request()
        self._wanted = wanted
        run_in_background(self, lambda: self._load(wanted), lambda rows: self._loaded(wanted, rows))

    def _load(self, wanted: ReportRequest) -> list[ReportRow]:
        if wanted.breakdown is not None:
            return self.service.by(wanted.breakdown, wanted.first, wanted.last)
        assert wanted.period is not None
        return self.service.by_period(wanted.period, wanted.first, wanted.last)

    def _loaded(self, wanted: ReportRequest, rows: list[ReportRow]) -> None:
        if wanted != self._wanted:
            return  # an older request answered after the user changed the view: not shown
        self.rows = rows
        self._show(rows)
        self.report_loaded.emit(rows)

    # ----- showing --------------------------------------------------------------------------

    def _label(self, key: str) -> str:
        return key or self.tr("(none)")

    def _show(self, rows: list[ReportRow]) -> None:
        self._fill_table(rows)
        self._fill_chart(rows)
        total = totals(rows)
        self.summary.setText(
            self.tr(
                "{sent:,} sent, {delivered:,} delivered ({delivery}), {failed:,} failed, "
                "{answered:,} answered ({reply}), {received:,} received."
            ).format(
                sent=total.sent,
                delivered=total.delivered,
                failed=total.failed,
                answered=total.answered,
                received=total.received,
                delivery=percent(total.delivery_rate),
                reply=percent(total.reply_rate),
            )
        )

    def _fill_table(self, rows: list[ReportRow]) -> None:
        self.table.setHorizontalHeaderLabels(self._headers())
        shown = [*rows, totals(rows, self.tr("Total"))] if rows else []
        self.table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            cells = (
                self._label(row.key),
                f"{row.sent:,}",
                f"{row.delivered:,}",
                f"{row.failed:,}",
                f"{row.answered:,}",
                percent(row.delivery_rate),
                percent(row.reply_rate),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)

    def _fill_chart(self, rows: list[ReportRow]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBarSeries()
        names = (self.tr("Sent"), self.tr("Delivered"), self.tr("Failed"), self.tr("Answered"))
        fields = ("sent", "delivered", "failed", "answered")
        self.legend.setText(
            "&nbsp;&nbsp;".join(
                f'<span style="color:{colour}">■</span> {html.escape(name)}'
                for name, colour in zip(names, SERIES_COLOURS, strict=True)
            )
        )
        for name, field, colour in zip(names, fields, SERIES_COLOURS, strict=True):
            bars = QBarSet(name)
            bars.setColor(QColor(colour))
            bars.append([float(getattr(row, field)) for row in rows])
            series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._short_label(row.key) for row in rows])
        font = categories.labelsFont()
        font.setPointSize(8)
        categories.setLabelsFont(font)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([1, *(row.sent + row.failed for row in rows)]))
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _short_label(self, key: str) -> str:
        view = self.current_view()
        if view is Period.DAY and len(key) == 10:
            return key[8:].lstrip("0")  # the day of the month: the range above gives the rest
        if view is Period.WEEK and len(key) == 10:
            return key[5:]
        if view is Period.MONTH:
            return key[:7]
        return self._label(key)

    # ----- export and audit -----------------------------------------------------------------

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), "desk-sms-report.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path) if path.lower().endswith(".xlsx") else Path(f"{path}.xlsx"))

    def export_to(self, path: Path) -> None:
        """Every view of the chosen range, one worksheet each."""
        wanted = self.request()
        sheets: dict[str, Callable[[], list[ReportRow]]] = {
            self.tr("Per day"): lambda: self.service.by_period(Period.DAY, wanted.first, wanted.last),
            self.tr("Per week"): lambda: self.service.by_period(Period.WEEK, wanted.first, wanted.last),
            self.tr("Per month"): lambda: self.service.by_period(Period.MONTH, wanted.first, wanted.last),
            self.tr("Per modem"): lambda: self.service.by(Breakdown.MODEM, wanted.first, wanted.last),
            self.tr("Per campaign"): lambda: self.service.by(Breakdown.CAMPAIGN, wanted.first, wanted.last),
            self.tr("Per template"): lambda: self.service.by(Breakdown.TEMPLATE, wanted.first, wanted.last),
        }

        def work() -> int:
            return export_reports(path, {title: load() for title, load in sheets.items()})

        def done(count: int) -> None:
            self.message_label.setText(self.tr("Exported to {path}.").format(path=path))
            self.exported.emit(count)

        run_in_background(self, work, done)

    def open_sim_costs(self) -> SimCostsDialog:
        """SMS parts each SIM sent, and what they cost, over the range chosen here."""
        wanted = self.request()
        dialog = SimCostsDialog(self._context, wanted.first, wanted.last, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_audit_log(self) -> AuditLogDialog:
        if self.audit_dialog is None:
            self.audit_dialog = AuditLogDialog(self._context, self)
        self.audit_dialog.show()
        self.audit_dialog.raise_()
        return self.audit_dialog


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.1%}"
