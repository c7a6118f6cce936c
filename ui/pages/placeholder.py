"""An honest page for a feature that is not built yet: what will be here, and what brings it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.style import named

# Texts are source strings in the "Pages" translation context (see ui.main_window.PAGES).
CONTEXT = "Pages"


class PlaceholderPage(QWidget):
    """Title, a sentence about the coming feature, and where it comes from. No fake data."""

    def __init__(self, title: str, summary: str, coming_with: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = (title, summary, coming_with)
        self._title = named(QLabel(), "pageTitle")
        self._summary = named(QLabel(), "pageLead")
        self._coming_with = named(QLabel(), "pageNote")
        self._not_yet = named(QLabel(), "pageNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        for label in (self._title, self._summary, self._not_yet, self._coming_with):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, summary, coming_with = (QCoreApplication.translate(CONTEXT, text) for text in self._sources)
        self._title.setText(title)
        self._summary.setText(summary)
        self._not_yet.setText(self.tr("This page is not built yet."))
        self._coming_with.setText(coming_with)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
