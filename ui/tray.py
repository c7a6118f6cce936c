"""The tray icon: bring the window back, or quit desk-sms completely (the window and its engine).

Closing the window leaves the engine process sending when Settings says *keep sending when the
window is closed*; *Quit desk-sms completely* is the way to stop both. Stopping the engine waits
for the message in hand, so it runs off the GUI thread and the application quits afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from ui.style import icon
from ui.tasks import run_in_background

log = logging.getLogger(__name__)


class SystemTray(QObject):
    """Signals:
    engine_stopped(): the engine process stopped after *Quit desk-sms completely*; the app quits next.
    """

    engine_stopped = Signal()

    def __init__(
        self, window: QMainWindow, stop_engine: Callable[[], None], tray_icon: QSystemTrayIcon | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._stop_engine = stop_engine
        self.quit_app: Callable[[], None] = QCoreApplication.quit
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction("")
        self.open_action.triggered.connect(self._bring_back)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        self.quit_action.setObjectName("quitCompletely")
        self.quit_action.triggered.connect(self.quit_completely)
        # One icon per window: the Inbox's notifier icon when there is one (it keeps its tooltip).
        self._own_icon = tray_icon is None
        self.icon = tray_icon or QSystemTrayIcon(icon("app"), window)
        self.icon.setContextMenu(self.menu)
        if self._own_icon:
            self.icon.activated.connect(lambda _reason: self._bring_back())
        self.retranslate_ui()
        self.menu.installEventFilter(self)
        if self._own_icon and QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def retranslate_ui(self) -> None:
        self.open_action.setText(self.tr("Open desk-sms"))
        self.quit_action.setText(self.tr("Quit desk-sms completely"))
        if self._own_icon:
            self.icon.setToolTip(self.tr("desk-sms"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def quit_completely(self) -> None:
        """Stop the engine process (finishing the message in hand), then quit the application."""
        self.quit_action.setEnabled(False)
        self.quit_action.setText(self.tr("Stopping the sending engine…"))
        run_in_background(self, self._stop_engine, self._stopped, self._stop_failed)

    def hide(self) -> None:
        self.icon.hide()

    def _stopped(self, _result: object) -> None:
        self.engine_stopped.emit()
        self.quit_app()

    def _stop_failed(self, exc: BaseException) -> None:
        log.error("could not stop the engine process: %s", exc)
        self._stopped(None)

    def _bring_back(self) -> None:
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
