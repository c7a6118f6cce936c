"""Language choice and translator installation.

The user picks System, Japanese or English; "System" follows the OS locale
(Japanese when the system is Japanese, English otherwise). Installing new
translators makes Qt send a LanguageChange event to every widget, and each
widget's `retranslate_ui` rewrites its texts: the switch is live.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_sms.paths import resource

log = logging.getLogger(__name__)

SYSTEM = "system"
JAPANESE = "ja"
ENGLISH = "en"
CHOICES = (SYSTEM, JAPANESE, ENGLISH)


def resolve_language(choice: str, system_locale: QLocale | None = None) -> str:
    """The concrete language ("ja" or "en") for a user's choice."""
    if choice in (JAPANESE, ENGLISH):
        return choice
    locale = system_locale or QLocale.system()
    return JAPANESE if locale.language() == QLocale.Language.Japanese else ENGLISH


class Translations:
    """Owns the installed translators (the app's own and Qt's qtbase) and swaps them on demand."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._choice = SYSTEM
        self._language = ENGLISH

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def language(self) -> str:
        return self._language

    def apply(self, choice: str) -> str:
        """Install the translators for `choice`; returns the language now in use."""
        if choice not in CHOICES:
            log.info("unknown language choice %r, using the system language", choice)
            choice = SYSTEM
        language = resolve_language(choice)
        self._remove_installed()
        self._install(self._app_translator(language))
        self._install(self._qt_translator(language))
        QLocale.setDefault(
            QLocale(QLocale.Language.Japanese if language == JAPANESE else QLocale.Language.English)
        )
        self._choice, self._language = choice, language
        return language

    def uninstall(self) -> None:
        """Remove this object's translators (the app falls back to the English source texts)."""
        self._remove_installed()

    def _remove_installed(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def _install(self, translator: QTranslator | None) -> None:
        if translator is not None and self._app.installTranslator(translator):
            self._installed.append(translator)

    def _app_translator(self, language: str) -> QTranslator | None:
        path = resource(f"translations/desk_sms_{language}.qm")
        return self._load(path.name, str(path.parent))

    def _qt_translator(self, language: str) -> QTranslator | None:
        if language == ENGLISH:
            return None  # Qt's own texts are English already
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return self._load(f"qtbase_{language}", folder)

    def _load(self, name: str, folder: str) -> QTranslator | None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            return translator
        log.info("translation %s not found in %s", name, folder)
        return None
