"""Signal strength as 0-5 rising bars, as a widget and as a table delegate.

Models hand the number of bars (0-5) in `BARS_ROLE` and a readable text (with dBm when known)
in `DisplayRole`, which the delegate shows as the tooltip's stand-in for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

BARS_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_BARS = 5
ON_COLOUR = QColor("#1f6f8b")
WEAK_COLOUR = QColor("#c27c0e")  # one bar: still works, but worth a look
OFF_COLOUR = QColor("#d3dfe6")
BAR_GAP = 2
PREFERRED_SIZE = QSize(34, 18)


def paint_signal_bars(
    painter: QPainter, area: QRect, bars: int, enabled: bool = True, on_colour: QColor | None = None
) -> None:
    """Five bars of rising height inside `area` (kept at most PREFERRED_SIZE, left-aligned)."""
    bars = max(0, min(bars, MAX_BARS))
    width = min(area.width(), PREFERRED_SIZE.width())
    height = min(area.height() - 4, PREFERRED_SIZE.height())
    left, bottom = area.left(), area.center().y() + height / 2
    bar_width = (width - BAR_GAP * (MAX_BARS - 1)) / MAX_BARS
    on = on_colour or ((WEAK_COLOUR if bars == 1 else ON_COLOUR) if enabled else OFF_COLOUR.darker(130))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for number in range(MAX_BARS):
        bar_height = height * (number + 1) / MAX_BARS
        x = left + number * (bar_width + BAR_GAP)
        painter.setBrush(on if number < bars else OFF_COLOUR)
        painter.drawRoundedRect(QRectF(x, bottom - bar_height, bar_width, bar_height), 1.0, 1.0)
    painter.restore()


class SignalBars(QWidget):
    """The bars on their own (the Modems page's detail panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars = 0
        self.setMinimumSize(PREFERRED_SIZE)

    def bars(self) -> int:
        return self._bars

    def set_bars(self, bars: int, description: str = "") -> None:
        self._bars = max(0, min(bars, MAX_BARS))
        self.setToolTip(description)
        self.setAccessibleName(description)
        self.update()

    def sizeHint(self) -> QSize:
        return PREFERRED_SIZE

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_signal_bars(painter, self.rect(), self._bars, self.isEnabled())
        painter.end()


class SignalBarsDelegate(QStyledItemDelegate):
    """Paints a table cell as signal bars from `BARS_ROLE`."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        bars = index.data(BARS_ROLE)
        if bars is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # On the selection's own blue, lit bars are drawn white to stay visible.
        on = option.palette.highlightedText().color() if selected else None
        paint_signal_bars(painter, option.rect.adjusted(6, 0, -4, 0), int(bars), on_colour=on)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        width = max(hint.width(), PREFERRED_SIZE.width() + 12)
        return QSize(width, max(hint.height(), PREFERRED_SIZE.height()))
