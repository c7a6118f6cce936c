"""The look: a font stack that renders Japanese, the stylesheet, and page icons."""

from __future__ import annotations

import logging
from typing import TypeVar

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desk_sms.paths import resource

log = logging.getLogger(__name__)

W = TypeVar("W", bound=QObject)

# In order of preference; the first ones are what Japanese Windows/macOS/Linux desks have.
JAPANESE_FONT_STACK = ("Noto Sans CJK JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Noto Sans JP")
BASE_POINT_SIZE = 10
# The page icons are drawn with this stroke colour; the selected variant swaps it for white.
MONOCHROME_STROKE = 'stroke="#3c4a57"'
SELECTED_STROKE = 'stroke="#ffffff"'
ICON_PIXMAP_SIZE = 48


def named(widget: W, name: str) -> W:
    """`widget` with an object name: the handle the stylesheet and the tests use."""
    widget.setObjectName(name)
    return widget


def available_font_stack() -> list[str]:
    """The preferred families that are installed here (Qt falls back per glyph down this list)."""
    installed = set(QFontDatabase.families())
    return [family for family in JAPANESE_FONT_STACK if family in installed]


def apply_look(app: QApplication) -> None:
    """Set the application font and stylesheet once at start-up."""
    font = QFont(app.font())
    families = available_font_stack()
    if families:
        font.setFamilies([*families, *font.families()])
    font.setPointSize(max(font.pointSize(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))


def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (an empty icon when the file is missing, logged).

    Monochrome icons also get a white variant for the selected state, so they stay
    visible on the sidebar's dark selection.
    """
    path = resource(f"icons/{name}.svg")
    if not path.is_file():
        log.info("icon %s not found", path)
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    if MONOCHROME_STROKE not in svg:
        return QIcon(str(path))
    # Pixmaps for both modes: Qt's SVG icon engine ignores an added Selected pixmap.
    result = QIcon()
    result.addPixmap(_render_svg(svg, ICON_PIXMAP_SIZE), QIcon.Mode.Normal)
    selected = svg.replace(MONOCHROME_STROKE, SELECTED_STROKE)
    result.addPixmap(_render_svg(selected, ICON_PIXMAP_SIZE), QIcon.Mode.Selected)
    return result


def _render_svg(svg: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter)
    painter.end()
    return pixmap
