"""Reports → "Parts and cost per SIM": SMS parts each SIM sent per day or month, with its cost.

A SIM's price per part is set here (on the modem entry that holds the SIM); the month's cost is
parts × price. The table exports as CSV (UTF-8 with BOM, for Excel) or as an Excel workbook.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_sms.context import AppContext
from desk_sms.services.reports import Period
from desk_sms.services.sim_costs import SimCostsService, SimPartsRow
from ui.errors import show_error
from ui.style import named
from ui.tasks import run_in_background

MAX_PRICE = 1000.0


class SimCostsDialog(QDialog):
    """Signals:
    loaded(object): the SimPartsRow list just shown.
    exported(int): rows written by an export.
    """

    loaded = Signal(object)
    exported = Signal(int)

    def __init__(self, context: AppContext, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simCostsDialog")
        self.setWindowTitle(self.tr("Parts and cost per SIM"))
        self.resize(820, 480)
        self._context = context
        timezone = context.settings.get
        self.service = SimCostsService(context.database.session_factory, lambda: str(timezone("timezone")))
        self.first, self.last = first, last
        self.rows: list[SimPartsRow] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.range_label = named(QLabel(), "simCostsRange")
        self.period_choice = named(QComboBox(), "simCostsPeriod")
        self.period_choice.addItem(self.tr("Per day"), Period.DAY)
        self.period_choice.addItem(self.tr("Per month"), Period.MONTH)
        self.period_choice.setCurrentIndex(1)
        self.price_button = named(QPushButton(self.tr("Price per part…")), "setPartPrice")
        self.csv_button = named(QPushButton(self.tr("Export CSV…")), "exportSimCsv")
        self.excel_button = named(QPushButton(self.tr("Export to Excel…")), "exportSimXlsx")
        controls = QHBoxLayout()
        for widget in (self.range_label, self.period_choice):
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in (self.price_button, self.csv_button, self.excel_button):
            controls.addWidget(button)
        self.table = named(QTableWidget(0, 6), "simCostsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the modem
        self.table.setHorizontalHeaderLabels([
            self.tr("From"), self.tr("Modem"), self.tr("SIM (IMSI)"), self.tr("Parts"),
            self.tr("Price per part"), self.tr("Cost"),
        ])
        self.summary = named(QLabel(wordWrap=True), "simCostsSummary")
        column = QVBoxLayout(self)
        column.addLayout(controls)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        self.period_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.price_button.clicked.connect(self.ask_price)
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.excel_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def period(self) -> Period:
        return Period(str(self.period_choice.currentData()))

    def refresh(self) -> None:
        self.range_label.setText(f"{self.first:%Y-%m-%d} – {self.last:%Y-%m-%d}")
        service, period, first, last = self.service, self.period(), self.first, self.last
        run_in_background(self, lambda: service.parts_per_sim(period, first, last), self._show)

    def _show(self, rows: list[SimPartsRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                row.period[:7] if self.period() is Period.MONTH else row.period,
                row.modem or self.tr("(none)"),
                row.sim or self.tr("(not recorded)"),
                f"{row.parts:,}",
                "–" if row.price_per_part is None else f"{row.price_per_part:g}",
                "–" if row.cost is None else f"{row.cost:,.2f}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        costs = [row.cost for row in rows if row.cost is not None]
        parts = sum(row.parts for row in rows)
        text = self.tr("%Ln part(s) in total, costing {cost} where a price is set.", "", parts)
        self.summary.setText(text.format(cost=f"{sum(costs):,.2f}"))
        self._update_buttons()
        self.loaded.emit(rows)

    def selected(self) -> SimPartsRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.price_button.setEnabled(row is not None and row.modem_id is not None)

    def ask_price(self) -> None:
        row = self.selected()
        if row is None or row.modem_id is None:
            return
        price, ok = QInputDialog.getDouble(
            self, self.tr("Price per part"), self.tr("What one SMS part costs on {modem}'s SIM:").format(
                modem=row.modem), row.price_per_part or 0.0, 0.0, MAX_PRICE, 2)
        if ok:
            self.set_price(row.modem_id, price)

    def set_price(self, modem_id: int, price: float | None) -> None:
        modems = self._context.modems
        run_in_background(self, lambda: modems.update(modem_id, price_per_part=price),
                          lambda _none: self.refresh(), lambda error: show_error(self, error))

    def _ask_export(self, suffix: str) -> None:
        title, default_name = self.tr("Export parts per SIM"), f"desk-sms-parts-per-sim.{suffix}"
        if suffix == "csv":
            path, _filter = QFileDialog.getSaveFileName(
                self, title, default_name, self.tr("CSV file (*.csv)"))
        else:
            path, _filter = QFileDialog.getSaveFileName(
                self, title, default_name, self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path) if path.lower().endswith(f".{suffix}") else Path(f"{path}.{suffix}"))

    def export_to(self, path: Path) -> None:
        rows, service = list(self.rows), self.service
        run_in_background(self, lambda: service.export(path, rows), self.exported.emit,
                          lambda error: show_error(self, error))
