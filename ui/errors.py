"""One place that shows errors to the user (STYLE lesson 7).

A `UserError` becomes a translated sentence chosen by its stable `code`; anything
else is a bug and gets a dialog with the traceback and the recent log lines, so
the user can send them to whoever supports the desk.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_sms.errors import UserError
from desk_sms.logs import log_tail

log = logging.getLogger(__name__)

LOG_TAIL_LINES = 60


class _KeepMissing(dict[str, Any]):
    """Leaves an unknown `{placeholder}` visible instead of failing the whole message."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _templates() -> dict[str, str]:
    # Literal translate() calls, one per code, so pyside6-lupdate can collect them.
    return {
        "db.unreadable": QCoreApplication.translate(
            "Errors", "The database {path} cannot be opened: {reason}"
        ),
        "db.newer_version": QCoreApplication.translate(
            "Errors",
            "The database {path} was made by a newer version of desk-sms (schema {revision}).\n"
            "Please install the newer version. The file was left untouched.",
        ),
        "data_dir.unwritable": QCoreApplication.translate(
            "Errors", "The data folder {path} cannot be written: {reason}"
        ),
        "engine.busy": QCoreApplication.translate(
            "Errors", "Another desk-sms ({owner}) is already driving the modems on this database."
        ),
        "input.invalid": QCoreApplication.translate("Errors", "Please check your input: {detail}"),
        "not_found": QCoreApplication.translate("Errors", "{what} not found: {name}"),
    }


def user_error_text(exc: UserError) -> str:
    """The translated sentence for `exc`, or its English message when the code is not known here."""
    template = _templates().get(exc.code)
    if template is None:
        return exc.message
    return template.format_map(_KeepMissing(_stringified(exc.params)))


def _stringified(params: Mapping[str, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in params.items()}


def bug_details(exc: BaseException) -> str:
    """Traceback plus the recent log lines: what a bug report needs."""
    trace = "".join(traceback.format_exception(exc))
    return trace + "\n--- recent log ---\n" + "\n".join(log_tail(LOG_TAIL_LINES))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user what went wrong, in their language; bugs come with details to copy."""
    box = QMessageBox(parent)
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Errors", "desk-sms"))
        box.setText(user_error_text(exc))
    else:
        log.error("unexpected error shown to the user", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "desk-sms: unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "Errors",
                "Something went wrong inside desk-sms. This is a bug, not something you did.\n"
                "Please copy the details below and send them to your support contact.",
            )
        )
        box.setDetailedText(bug_details(exc))
    box.exec()
