"""Per-PC UI state (window geometry, last page, language) in an INI file in the data dir.

Business settings shared by every desk live in the database (SettingsService);
only what belongs to this screen and this user is kept here (STYLE lesson 11).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

UI_SETTINGS_FILE = "ui-settings.ini"


class UiSettings:
    """Typed access to the few UI preferences; unknown or damaged values fall back to defaults."""

    def __init__(self, data_dir: Path) -> None:
        self._store = QSettings(str(data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def file_path(self) -> Path:
        return Path(self._store.fileName())

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def last_page(self) -> str | None:
        value = self._store.value("window/last_page")
        return value if isinstance(value, str) and value else None

    def set_last_page(self, key: str) -> None:
        self._store.setValue("window/last_page", key)

    def language(self) -> str:
        value = self._store.value("ui/language", "system")
        return value if isinstance(value, str) else "system"

    def set_language(self, choice: str) -> None:
        self._store.setValue("ui/language", choice)

    def sync(self) -> None:
        self._store.sync()
