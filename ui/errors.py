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

from desk_sms.domain.roles import Permission
from desk_sms.errors import UserError
from desk_sms.logs import log_tail
from desk_sms.wording import with_sizes
from ui.counts import Counts

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
        "db.unreachable": QCoreApplication.translate(
            "Errors", "The database server {url} cannot be reached: {reason}"
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
        "engine.not_answering": QCoreApplication.translate(
            "Errors",
            "The sending engine did not answer within {seconds} seconds. It may be starting or stopped: "
            "see the status bar, then try again.",
        ),
        "engine.command_failed": QCoreApplication.translate(
            "Errors", "The sending engine could not do it: {detail}"
        ),
        "input.invalid": QCoreApplication.translate("Errors", "Please check your input: {detail}"),
        "modem.cannot_test": QCoreApplication.translate(
            "Errors", "{name} cannot send now ({state}). Send the test once it shows Ready."
        ),
        **_storage_templates(),
        "not_found": QCoreApplication.translate("Errors", "{what} not found: {name}"),
        "rules.name_taken": QCoreApplication.translate("Errors", "A rule named {name} exists already."),
        "rules.no_action": QCoreApplication.translate(
            "Errors", "The rule {name} does nothing: choose an answer, an assignee, a group, a tag or "
            "“Mark handled”."),
        "users.not_allowed": QCoreApplication.translate(
            "Errors", "Only an administrator may do this ({action}). Ask an administrator to sign in."
        ),
        "users.wrong_password": QCoreApplication.translate("Errors", "Wrong password for {name}."),
        "users.locked": QCoreApplication.translate(
            "Errors", "{name} is locked after {attempts} wrong passwords. Try again in {minutes}."
        ),
        "users.password_required_on_server": QCoreApplication.translate(
            "Errors", "On a shared database server every user needs a password."
        ),
        "settings.invalid": QCoreApplication.translate("Errors", "The setting {key} was not saved: {reason}"),
        "api_key.name_taken": QCoreApplication.translate(
            "Errors", "An API key named {name} exists already (revoked keys keep their names)."
        ),
        "api_key.scope": QCoreApplication.translate("Errors", "Unknown scope {scope}."),
        **_import_templates(),
        **_outbox_templates(),
    }


def _outbox_templates() -> dict[str, str]:
    """The outgoing pipeline's rules (desk_sms.outbox.rules)."""
    return {
        "outbox.empty": QCoreApplication.translate("Errors", "The message is empty."),
        "template.missing_values": QCoreApplication.translate(
            "Errors", "The recipient has no value for {fields}: fill it in or write the text without it."
        ),
        "outbox.too_long": QCoreApplication.translate(
            "Errors",
            "The message is {length} characters; at most {limit} characters can be sent as one message.",
        ),
        "outbox.too_many_parts": QCoreApplication.translate(
            "Errors", "The message needs {parts} SMS parts; at most {limit} are allowed per message."
        ),
        "outbox.unknown_placeholder": QCoreApplication.translate(
            "Errors", "Unknown placeholder {names}: nothing was sent. Write {{{{ and }}}} for literal braces."
        ),
        "outbox.urgent_campaign": QCoreApplication.translate(
            "Errors", "Only an administrator may send a campaign as urgent."
        ),
        "outbox.ad_no_sender_name": QCoreApplication.translate(
            "Errors", "An advertising message must name its sender: set the sender name in Settings first."
        ),
        "outbox.ad_without_sender": QCoreApplication.translate(
            "Errors", "An advertising message must name its sender: add {sender} to the text."
        ),
        "outbox.ad_without_stop": QCoreApplication.translate(
            "Errors",
            "An advertising message must say how to stop receiving it, e.g. 配信停止は「{keyword}」と返信.",
        ),
        "outbox.window_over": QCoreApplication.translate(
            "Errors", "{at} is past and its send-late window ended at {until}: nothing was sent; choose a "
            "later time."
        ),
        "outbox.late_window": QCoreApplication.translate(
            "Errors", "{text} is not a send-late window; write minutes or hours, e.g. 30m or 2h."
        ),
    }


def _storage_templates() -> dict[str, str]:
    """A full disk, a read-only or a vanished data folder (desk_sms.storage): never "damaged"."""
    return {
        "storage.full": QCoreApplication.translate(
            "Errors",
            "The disk holding {folder} is full ({free} free): desk-sms cannot save anything there.\n"
            "Free at least {needed} on that disk, then start desk-sms again. "
            "Nothing was lost and the database is intact.",
        ),
        "storage.read_only": QCoreApplication.translate(
            "Errors",
            "The data folder {folder} is read-only ({free} free on its disk): desk-sms cannot save "
            "anything there.\nMake it writable again, or start desk-sms with another data folder.",
        ),
        "storage.gone": QCoreApplication.translate(
            "Errors",
            "The data folder {folder} is not there any more (a USB stick or network drive that was "
            "removed?).\nConnect it again and start desk-sms; nothing was lost.",
        ),
        "backups.no_space": QCoreApplication.translate(
            "Errors",
            "No backup was made: the disk holding {folder} has {free} free and a backup needs about "
            "{needed}. Free some space there.",
        ),
    }


def _import_templates() -> dict[str, str]:
    """The roster import's codes (desk_sms.importing.ImportFileCode)."""
    return {
        "import.file_not_found": QCoreApplication.translate("Errors", "File not found: {file}"),
        "import.file_empty": QCoreApplication.translate("Errors", "The file {file} is empty."),
        "import.file_corrupt": QCoreApplication.translate(
            "Errors", "The file {file} is damaged and cannot be read."
        ),
        "import.file_encrypted": QCoreApplication.translate(
            "Errors", "The file {file} is protected by a password. Save it without a password and try again."
        ),
        "import.not_a_spreadsheet": QCoreApplication.translate(
            "Errors", "The file {file} is not a spreadsheet (xlsx, xls, ods) or a CSV file."
        ),
        "import.sheet_not_found": QCoreApplication.translate("Errors", "There is no sheet named {sheet}."),
        "import.sheet_empty": QCoreApplication.translate("Errors", "The sheet {sheet} of {file} is empty."),
        "import.all_sheets_hidden": QCoreApplication.translate(
            "Errors", "Every sheet of {file} is hidden. Show the sheet to import in Excel and try again."
        ),
        "import.no_rows": QCoreApplication.translate(
            "Errors", "The file {file} has no rows (it holds no text)."
        ),
        "import.no_rows_below_header": QCoreApplication.translate(
            "Errors", "The file {file} has no rows below the header: there is nothing to import."
        ),
        "import.value_too_large": QCoreApplication.translate(
            "Errors",
            "The file {file} holds one cell, comment or line larger than {limit}. "
            "No roster has one, so the file is not read.",
        ),
        "import.file_too_large": QCoreApplication.translate(
            "Errors", "The file {file} holds more than a roster can ({detail}). Split it into parts."
        ),
        "import.too_many_rows": QCoreApplication.translate(
            "Errors", "The file {file} has more than {limit} rows. Split it and import the parts one by one."
        ),
        "import.encoding_unknown": QCoreApplication.translate(
            "Errors", "The text encoding of {file} cannot be recognised. Save it from Excel as CSV (UTF-8)."
        ),
        "import.encoding_mixed": QCoreApplication.translate(
            "Errors",
            "The file {file} mixes text encodings (UTF-8 and Shift_JIS) from line {line}. "
            "Open it in Excel and save it again as one CSV file.",
        ),
        "import.unsupported_export_format": QCoreApplication.translate(
            "Errors", "Cannot save as {suffix}: use .xlsx or .csv."
        ),
        "import.export_failed": QCoreApplication.translate(
            "Errors", "Cannot write {file}: {reason} (is it open in another program?)"
        ),
        "import.unknown_column": QCoreApplication.translate(
            "Errors", "There is no column {column} in the file."
        ),
        "import.no_phone_column": QCoreApplication.translate(
            "Errors", "No column holds phone numbers. Choose “Phone number” for the column that has them."
        ),
        "import.header_row_not_found": QCoreApplication.translate(
            "Errors", "Row {row} cannot be the header: it is empty or too far down."
        ),
        "import.already_undone": QCoreApplication.translate("Errors", "This import was already undone."),
    }


def _permission_names() -> dict[str, str]:
    """What an operator was refused, in the user's language (desk_sms.domain.roles.Permission)."""
    return {
        Permission.CHANGE_SETTINGS.value: QCoreApplication.translate("Errors", "changing settings"),
        Permission.MANAGE_MODEMS.value: QCoreApplication.translate("Errors", "managing modems"),
        Permission.MANAGE_USERS.value: QCoreApplication.translate("Errors", "managing users"),
        Permission.BACKUP.value: QCoreApplication.translate("Errors", "making a backup"),
        Permission.RESTORE.value: QCoreApplication.translate("Errors", "restoring a backup"),
        Permission.MOVE_DATABASE.value: QCoreApplication.translate("Errors", "moving the database"),
        Permission.APPROVE.value: QCoreApplication.translate("Errors", "approving a campaign"),
        Permission.DELETE_SCHEDULED.value: QCoreApplication.translate(
            "Errors", "deleting what a schedule uses"
        ),
        Permission.ASSIGN_OTHERS.value: QCoreApplication.translate(
            "Errors", "assigning a conversation to someone else"
        ),
        Permission.MANAGE_API.value: QCoreApplication.translate("Errors", "managing the API and its keys"),
        Permission.MANAGE_RULES.value: QCoreApplication.translate(
            "Errors", "changing the rules for incoming messages"
        ),
    }


def user_error_text(exc: UserError) -> str:
    """The translated sentence for `exc`, or its English message when the code is not known here."""
    template = _templates().get(exc.code)
    if template is None:
        return exc.message
    params = _stringified(with_sizes(exc.params, Counts().size))
    if "state_code" in params:  # a modem's state, said as the Modems page says it
        from ui.models.modems_model import modem_state_text

        params["state"] = modem_state_text(params["state_code"])
    if "action" in params:
        params["action"] = _permission_names().get(params["action"], params["action"])
    _say_counts(exc.code, params)
    return template.format_map(_KeepMissing(params))


def _say_counts(code: str, params: dict[str, str]) -> None:
    """Counts that can be 1 become whole phrases, each in its language's plural form."""
    if code == "users.locked" and params.get("minutes", "").isdigit():
        params["minutes"] = Counts().minutes(int(params["minutes"]))
    if code == "outbox.too_many_parts" and params.get("limit", "").isdigit():
        params["limit"] = Counts().sms_parts(int(params["limit"]))


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
