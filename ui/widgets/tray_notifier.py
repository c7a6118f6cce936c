"""The tray icon: the unread count in its tooltip and a desktop notification per new message.

Many Linux desktops (and the offscreen platform the tests use) have no system tray; then the
notifier stays silent and remembers the last notification, so nothing depends on a tray existing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ui.style import icon

log = logging.getLogger(__name__)
NOTIFICATION_MS = 8000


class TrayNotifier(QObject):
    """Signals:
    activated(): the user clicked the tray icon or its notification (show the inbox).
    """

    activated = Signal()

    def __init__(self, parent: QObject | None = None, *, use_tray: bool | None = None) -> None:
        super().__init__(parent)
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self._tray: QSystemTrayIcon | None = None
        self.unread = 0
        self.last_notification: tuple[str, str] | None = None
        if available:
            self._tray = QSystemTrayIcon(icon("app"), self)
            self._tray.activated.connect(lambda _reason: self.activated.emit())
            self._tray.messageClicked.connect(self.activated.emit)
            self._tray.show()
        else:
            log.info("no system tray here: inbox notifications stay in the window")

    @property
    def has_tray(self) -> bool:
        return self._tray is not None

    @property
    def tray_icon(self) -> QSystemTrayIcon | None:
        """The one tray icon of the window (its menu is added by ui/tray.py), None without a tray."""
        return self._tray

    def set_unread(self, count: int) -> None:
        self.unread = count
        if self._tray is not None:
            self._tray.setToolTip(self.tr("desk-sms: %n unread message(s)", "", count))

    def notify(self, title: str, text: str) -> None:
        self.last_notification = (title, text)
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS)

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
