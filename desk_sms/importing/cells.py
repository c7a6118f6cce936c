"""Cell values as text, the warnings a read can produce, and filling merged cells.

Shared by every format in `readers`: whatever type a spreadsheet stored, the
import sees the text a person would have typed.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from openpyxl.utils.cell import get_column_letter

if TYPE_CHECKING:
    from desk_sms.importing.xlsx_sheet import CellRange

# A roster is a table near the top left. A filled cell right of this column, or
# below a gap of this many empty rows, is a stray value left over the years:
# it is ignored with a warning, and never makes a reader allocate the space up to it.
MAX_COLUMNS = 1_000
FAR_ROW_GAP = 10_000
_FAR_CELLS_LISTED = 10


class ReadWarningCode:
    """Codes of `ReadWarning` (the import preview shows them)."""

    CELL_TRUNCATED = "cell_truncated"
    MERGED_CELLS_FILLED = "merged_cells_filled"
    FORMULAS_WITHOUT_VALUES = "formulas_without_values"
    CSV_WITH_SPREADSHEET_NAME = "csv_with_spreadsheet_name"
    FAR_CELLS_IGNORED = "far_cells_ignored"  # params: cells (the first ten), count


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """Something the user should know about the file, though it could be read."""

    code: str
    row: int | None = None
    column: int | None = None
    params: dict[str, Any] = field(default_factory=dict)


class FarCells:
    """Counts the stray cells far from the table, and names the first few."""

    def __init__(self) -> None:
        self.count = 0
        self.cells: list[str] = []

    def note(self, row: int, column: int, count: int = 1) -> None:
        """``count`` cells from ``column`` rightwards (a repeated ODS cell) are far away."""
        self.count += count
        if len(self.cells) < _FAR_CELLS_LISTED:
            # Letters end at ZZZ (18,278); a CSV row can be wider.
            ref = f"{get_column_letter(column)}{row}" if column <= 18_278 else f"R{row}C{column}"
            self.cells.append(ref)

    def warning(self) -> ReadWarning | None:
        if not self.count:
            return None
        return ReadWarning(
            ReadWarningCode.FAR_CELLS_IGNORED, params={"cells": list(self.cells), "count": self.count}
        )


def cell_text(value: object) -> str:
    """A cell value as the text a person would type for it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float | Decimal):
        return _number_text(value)
    if isinstance(value, dt.datetime):
        return _datetime_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    return str(value)


def _number_text(value: float | Decimal) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    if value == value.to_integral_value() if isinstance(value, Decimal) else value.is_integer():
        return str(int(value))
    return str(value)


def _datetime_text(value: dt.datetime) -> str:
    if value.time() == dt.time(0, 0):
        return value.date().isoformat()
    return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")


class MergeFiller:
    """Copies the value of a merged block spanning several rows down into each row.

    A roster often merges the class column over all its pupils; only the top
    cell holds the value. Merges within one row (titles) are left alone.
    """

    def __init__(self, merges: list[CellRange], warnings: list[ReadWarning]) -> None:
        self._pending = sorted((m for m in merges if m.max_row > m.min_row), key=lambda m: m.min_row)
        self._active: dict[CellRange, str] = {}
        if self._pending:
            refs = [m.ref for m in self._pending]
            warnings.append(
                ReadWarning(
                    ReadWarningCode.MERGED_CELLS_FILLED,
                    params={"count": len(refs), "ranges": refs[:10]},
                )
            )

    def fill(self, number: int, values: list[str]) -> list[str]:
        while self._pending and self._pending[0].min_row <= number:
            merge = self._pending.pop(0)
            if merge.min_row == number and merge.min_col <= len(values):
                self._active[merge] = values[merge.min_col - 1]
        for merge, value in list(self._active.items()):
            if number > merge.max_row:
                del self._active[merge]
            elif number > merge.min_row:
                values = _set_cell(values, merge.min_col, value)
        return values


def _set_cell(values: list[str], column: int, value: str) -> list[str]:
    if len(values) < column:
        values = values + [""] * (column - len(values))
    if not values[column - 1]:
        values[column - 1] = value
    return values
