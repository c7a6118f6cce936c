"""What every settings group does on Save: write its settings off the GUI thread and answer in one line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desk_sms.services.settings import SettingsService
from ui.errors import show_error
from ui.tasks import run_in_background


def show_feedback(label: QLabel, text: str, error: bool) -> None:
    """The group's answer: styled as a problem (formError) or as a quiet status (formStatus)."""
    label.setObjectName("formError" if error else "formStatus")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)


@dataclass(frozen=True)
class SaveAnswers:
    """The group's own (translated) words after a save, and what it does once saved."""

    saved: str
    not_saved: str
    after_saving: Callable[[], None]


def save_settings(
    owner: QWidget,
    controls: tuple[QPushButton, QLabel],
    settings: SettingsService,
    values: Mapping[str, Any],
    keys: Iterable[str],
    answers: SaveAnswers,
) -> None:
    """Store `values[key]` for each key in the background (the core validates, checks the role, audits);
    Save is disabled meanwhile, and the label answers."""
    button, label = controls
    chosen = {key: values[key] for key in keys}
    button.setEnabled(False)

    def write() -> None:
        for key, value in chosen.items():
            settings.set(key, value)

    def saved(_result: None) -> None:
        button.setEnabled(True)
        show_feedback(label, answers.saved, False)
        answers.after_saving()

    def failed(exc: BaseException) -> None:
        button.setEnabled(True)
        show_feedback(label, answers.not_saved, True)
        show_error(owner, exc)

    run_in_background(owner, write, saved, failed)
