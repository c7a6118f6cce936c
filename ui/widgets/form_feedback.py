"""What every settings group does on Save: write its settings off the GUI thread and answer in one line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from desk_sms.services.settings import SettingsService
from ui.tasks import run_in_background


def show_feedback(label: QLabel, text: str, error: bool) -> None:
    """The group's answer: styled as a problem (formError) or as a quiet status (formStatus)."""
    label.setObjectName("formError" if error else "formStatus")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


def save_settings(
    owner: QWidget,
    settings: SettingsService,
    keys: Iterable[str],
    values: Mapping[str, Any],
    on_saved: Callable[[None], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Store `values[key]` for each key in the background; the core validates, checks the role, audits."""
    chosen = {key: values[key] for key in keys}

    def write() -> None:
        for key, value in chosen.items():
            settings.set(key, value)

    run_in_background(owner, write, on_saved, on_failed)
