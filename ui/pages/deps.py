"""What a page may use: handed down by the main window, never fetched from a global (STYLE lesson 12)."""

from __future__ import annotations

from dataclasses import dataclass

from desk_sms.context import AppContext
from ui.bridge import EngineBridge
from ui.i18n import Translations
from ui.settings_store import UiSettings


@dataclass(frozen=True)
class PageDeps:
    """Attributes:
    context: the core's composition root (services, events, clock, paths).
    bridge: core events as GUI-thread Qt signals.
    ui_settings: per-PC UI preferences.
    translations: the live language switch.
    """

    context: AppContext
    bridge: EngineBridge
    ui_settings: UiSettings
    translations: Translations
