"""A coloured pill that shows a state (of a message or a modem), as a widget and as a table delegate.

The colour says the kind of state at a glance (green: done well, blue: in progress, amber: waiting
for a person, red: failed, grey: stopped); the text says which one, in the user's language. Models
hand the state key in `STATE_ROLE` and the translated text in `DisplayRole`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

STATE_ROLE = Qt.ItemDataRole.UserRole + 1

GOOD = ("#e3f2e5", "#1e6b2e")
ACTIVE = ("#e1eefa", "#1b5a94")
WAITING = ("#eef1f4", "#3c4a57")
ATTENTION = ("#fff1d6", "#8a5a00")
BAD = ("#fde3e1", "#a1231a")
MUTED = ("#eceff1", "#6b7b86")

# (background, text) per state key: message states (DESIGN §2) and modem states.
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "delivered": GOOD,
    "sent": GOOD,
    "ready": GOOD,
    "sending": ACTIVE,
    "connecting": ACTIVE,
    "queued": WAITING,
    "held": WAITING,
    "uncertain": ATTENTION,
    "expired": ATTENTION,
    "probable_opt_out": BAD,  # a reply that asks to stop, waiting for a person to confirm
    "pin_needed": ATTENTION,
    "different_sim": ATTENTION,
    "not_answering": BAD,
    "failed": BAD,
    "undeliverable": BAD,
    "error": BAD,
    "cancelled": MUTED,
    "skipped": MUTED,
    "disconnected": MUTED,
    "disabled": MUTED,
}
PADDING_X = 8
PADDING_Y = 2


def badge_colours(state: str) -> tuple[QColor, QColor]:
    background, text = BADGE_COLOURS.get(state, WAITING)
    return QColor(background), QColor(text)


def badge_size(metrics: QFontMetrics, text: str) -> QSize:
    return QSize(metrics.horizontalAdvance(text) + 2 * PADDING_X, metrics.height() + 2 * PADDING_Y)


def paint_badge(painter: QPainter, area: QRect, state: str, text: str) -> None:
    """Draw the pill left-aligned and vertically centred in `area`."""
    size = badge_size(painter.fontMetrics(), text)
    pill = QRect(area.left(), area.center().y() - size.height() // 2 + 1, size.width(), size.height())
    pill = pill.intersected(area)
    background, foreground = badge_colours(state)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    radius = pill.height() / 2
    painter.drawRoundedRect(pill, radius, radius)
    painter.setPen(foreground)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class StateBadge(QWidget):
    """A badge on its own (the Modems page's detail panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = ""
        self._text = ""

    def set_state(self, state: str, text: str) -> None:
        self._state, self._text = state, text
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def state(self) -> str:
        return self._state

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return badge_size(self.fontMetrics(), self._text or " ")

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._text:
            painter = QPainter(self)
            paint_badge(painter, self.rect(), self._state, self._text)
            painter.end()


class StateBadgeDelegate(QStyledItemDelegate):
    """Paints a table cell as a badge: state from `STATE_ROLE`, text from `DisplayRole`."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = index.data(STATE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not state or not text:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # The row's background and selection, without the text (the badge replaces it).
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        area = option.rect.adjusted(4, 0, -4, 0)
        paint_badge(painter, area, str(state), str(text))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        badge = badge_size(option.fontMetrics, text)
        return QSize(max(hint.width(), badge.width() + 8), max(hint.height(), badge.height() + 4))
