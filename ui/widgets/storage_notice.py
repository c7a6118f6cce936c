"""Why sending is paused when the database cannot be written, for the Dashboard and the status bar.

The engine publishes `StorageStateChanged` when a full disk, a read-only or a vanished data folder
stops its writes, and again once they go through. The notice shows the first in plain words (with
the folder and the free space) and hides itself at the second: sending resumes by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desk_sms.events import StorageStateChanged
from desk_sms.wording import with_sizes
from ui.bridge import EngineBridge
from ui.counts import Counts

NOTICE_STYLE = (
    "QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #d9827b; border-radius: 6px; "
    "padding: 8px 12px; }"
)
SHORT_STYLE = "QLabel { color: #8c1d18; font-weight: 600; }"


def pause_text(event: StorageStateChanged) -> str:
    """The full sentence: what is wrong, where, and that sending resumes by itself."""
    texts = {
        "full": QCoreApplication.translate(
            "StorageNotice",
            "Sending is paused: the disk holding {folder} is full ({free} free). Free at least {needed} "
            "on it; sending resumes by itself. Nothing is lost.",
        ),
        "read_only": QCoreApplication.translate(
            "StorageNotice",
            "Sending is paused: the data folder {folder} has become read-only. Make it writable again; "
            "sending resumes by itself. Nothing is lost.",
        ),
        "gone": QCoreApplication.translate(
            "StorageNotice",
            "Sending is paused: the data folder {folder} is not there any more (a USB stick or network "
            "drive removed?). Connect it again; sending resumes by itself.",
        ),
    }
    template = texts.get(event.problem or "", texts["full"])
    sizes = with_sizes({"free_bytes": event.free_bytes, "needed_bytes": event.needed_bytes}, Counts().size)
    return template.format(folder=event.folder, **sizes)


def pause_short_text(event: StorageStateChanged) -> str:
    """A few words for the status bar (the full sentence is its tooltip)."""
    texts = {
        "full": QCoreApplication.translate("StorageNotice", "Sending paused: disk full"),
        "read_only": QCoreApplication.translate("StorageNotice", "Sending paused: data folder read-only"),
        "gone": QCoreApplication.translate("StorageNotice", "Sending paused: data folder missing"),
    }
    return texts.get(event.problem or "", texts["full"])


class StorageNotice(QLabel):
    """Hidden until the engine's writes stop; `short` for the status bar, else a banner."""

    def __init__(self, bridge: EngineBridge, short: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storageNoticeShort" if short else "storageNotice")
        self._short = short
        self._event: StorageStateChanged | None = None
        self.setWordWrap(not short)
        self.setStyleSheet(SHORT_STYLE if short else NOTICE_STYLE)
        self.hide()
        bridge.storage_state_changed.connect(self.show_state)

    def show_state(self, event: StorageStateChanged) -> None:
        self._event = event if event.problem is not None else None
        self._render()

    def _render(self) -> None:
        event = self._event
        if event is None:
            self.hide()
            return
        self.setText(pause_short_text(event) if self._short else pause_text(event))
        self.setToolTip(pause_text(event) if self._short else "")
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
