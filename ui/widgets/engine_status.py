"""The sending engine's process in a few words, for the status bar.

The engine runs as its own process (`desk-sms serve`, desk_sms/engine_process.py). The window shows
whether it runs, runs elsewhere (started at sign-in, or by another window), or stopped unexpectedly
and is being started again; the tooltip says what that means for a message that was being sent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desk_sms.events import EngineProcessChanged
from ui.bridge import EngineBridge

TROUBLE_STYLE = "QLabel { color: #8c1d18; font-weight: 600; }"


def engine_status_text(event: EngineProcessChanged) -> str:
    if event.state == "restarting":
        text = QCoreApplication.translate(
            "EngineStatus", "The sending engine stopped unexpectedly; starting it again in {seconds} s"
        )
        return text.format(seconds=f"{event.retry_in:g}")
    if event.state == "running" and event.restarts:
        text = QCoreApplication.translate("EngineStatus", "Sending engine: running again (restarts: {count})")
        return text.format(count=event.restarts)
    texts = {
        "starting": QCoreApplication.translate("EngineStatus", "Sending engine: starting…"),
        "running": QCoreApplication.translate("EngineStatus", "Sending engine: running"),
        "elsewhere": QCoreApplication.translate("EngineStatus", "Sending engine: running ({where})"),
        "stopped": QCoreApplication.translate("EngineStatus", "Sending engine: stopped"),
    }
    return texts.get(event.state, texts["stopped"]).format(where=event.where)


def engine_status_tooltip(event: EngineProcessChanged) -> str:
    if event.state == "restarting" or event.restarts:
        return QCoreApplication.translate(
            "EngineStatus",
            "The engine sends and receives for this window in a process of its own. A message it was "
            "sending when it stopped shows as uncertain on the Sent page: check with the recipient "
            "before resending it.",
        )
    return QCoreApplication.translate(
        "EngineStatus", "The engine sends and receives for this window in a process of its own."
    )


class EngineStatus(QLabel):
    """Hidden until a window's engine process reports; red while it is being restarted."""

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engineStatus")
        self._event: EngineProcessChanged | None = None
        self.hide()
        bridge.engine_process_changed.connect(self.show_state)

    def show_state(self, event: EngineProcessChanged) -> None:
        self._event = event
        self._render()

    def _render(self) -> None:
        event = self._event
        if event is None:
            return
        self.setText(engine_status_text(event))
        self.setToolTip(engine_status_tooltip(event))
        self.setStyleSheet(TROUBLE_STYLE if event.state == "restarting" else "")
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
