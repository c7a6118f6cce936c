"""The Users group on the Settings page: administrators manage users, operators only look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from desk_sms.context import AppContext
from desk_sms.services.users import Role, UserInfo
from ui.dialogs.login import LoginDialog
from ui.pages.settings import SettingsPage
from ui.pages.settings_users import NAME, STATUS, UserFormDialog, UsersGroup
from ui.settings_store import UiSettings

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 15_000


def answer_with(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Message boxes answer `button` instead of blocking; the texts they showed are returned."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(button)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def open_settings(window: Any, qtbot: QtBot, gui_context: AppContext) -> UsersGroup:
    """The Users group, `admin` signed in by itself (the only user), then an operator `suzuki` added."""
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    users = gui_context.users
    qtbot.waitUntil(lambda: users.current is not None, timeout=WAIT_MS)
    users.create_user("suzuki", Role.OPERATOR, "pw")
    qtbot.waitUntil(lambda: len(page.users.users()) == 2, timeout=WAIT_MS)
    return page.users


@pytest.fixture
def admin_view(
    make_window: Any, english: None, qtbot: QtBot, gui_context: AppContext
) -> tuple[Any, UsersGroup]:
    window = make_window().window
    return window, open_settings(window, qtbot, gui_context)


def user(gui_context: AppContext, name: str) -> UserInfo:
    return next(u for u in gui_context.users.list_users() if u.name == name)


def cell(group: UsersGroup, name: str, column: int) -> str:
    rows = range(group.table.rowCount())
    return next(_text(group, row, column) for row in rows if _text(group, row, NAME) == name)


def _text(group: UsersGroup, row: int, column: int) -> str:
    item = group.table.item(row, column)
    return item.text() if item is not None else ""


def test_an_administrator_deactivates_an_operator_after_confirming(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, group = admin_view
    suzuki = user(gui_context, "suzuki")
    group.select_user(suzuki.id)
    assert group.active_button.isEnabled() and group.active_button.text() == "Deactivate…"
    answer_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    group.active_button.click()
    assert user(gui_context, "suzuki").active and group.feedback.text() == "", "Cancel changes nothing"
    answers = answer_with(monkeypatch, QMessageBox.StandardButton.Yes)
    group.active_button.click()
    assert "Deactivate suzuki?" in answers[0] and "can no longer sign in" in answers[0]
    qtbot.waitUntil(lambda: cell(group, "suzuki", STATUS) == "deactivated", timeout=WAIT_MS)
    assert not user(gui_context, "suzuki").active
    assert group.feedback.text() == "suzuki was deactivated."
    assert group.selected() == user(gui_context, "suzuki"), "the selection survives the reload"
    assert group.active_button.text() == "Reactivate"
    assert gui_context.users.audit_log()[0].action == "user.deactivate"


def test_the_signed_in_administrator_is_not_deactivated(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, group = admin_view
    answers = answer_with(monkeypatch, QMessageBox.StandardButton.Yes)
    group.select_user(user(gui_context, "admin").id)
    group.active_button.click()
    assert answers == [], "refused before asking"
    assert group.feedback.text().startswith("You are signed in as admin.")
    assert user(gui_context, "admin").active


def test_renaming_the_signed_in_user_updates_the_status_bar(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, qtbot: QtBot
) -> None:
    window, group = admin_view
    group.select_user(user(gui_context, "admin").id)
    dialog = group.ask_rename()
    assert isinstance(dialog, UserFormDialog) and dialog.name_edit.text() == "admin"
    dialog.name_edit.setText(" suzuki ")
    dialog.try_accept()
    assert dialog.isVisible() and dialog.name_edit.text() == " suzuki ", "stays open, keeps what was typed"
    assert "already a user named “suzuki”" in dialog.error.text()
    dialog.name_edit.setText("  ")
    dialog.try_accept()
    assert dialog.error.text() == "Enter a name."
    dialog.name_edit.setText("院長")
    dialog.try_accept()
    status_bar = window.user_indicator.label
    qtbot.waitUntil(lambda: status_bar.text() == "User: 院長 (administrator)", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "院長" in [u.name for u in group.users()], timeout=WAIT_MS)
    assert group.feedback.text() == "admin is now called 院長."


def test_an_administrator_resets_a_password(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, qtbot: QtBot
) -> None:
    _, group = admin_view
    group.select_user(user(gui_context, "suzuki").id)
    dialog = group.ask_password()
    assert dialog is not None
    dialog.password_edit.setText("new-pw")
    dialog.repeat_edit.setText("new-pq")
    dialog.try_accept()
    assert dialog.isVisible() and "differ" in dialog.error.text()
    dialog.repeat_edit.setText("new-pw")
    dialog.try_accept()
    qtbot.waitUntil(lambda: group.feedback.text() == "The password of suzuki was changed.", timeout=WAIT_MS)
    users = gui_context.users
    assert users.sign_in("suzuki", "new-pw").name == "suzuki"


def test_adding_a_user_and_the_last_administrator_refusal(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, qtbot: QtBot
) -> None:
    _, group = admin_view
    dialog = group.ask_add()
    dialog.name_edit.setText("田中")
    dialog.role_choice.setCurrentIndex(dialog.role_choice.findData(Role.ADMINISTRATOR))
    dialog.try_accept()
    qtbot.waitUntil(lambda: "田中" in [u.name for u in group.users()], timeout=WAIT_MS)
    tanaka = user(gui_context, "田中")
    assert tanaka.is_admin and not tanaka.has_password
    gui_context.users.deactivate_user(tanaka.id)  # admin is the only active administrator again
    group.select_user(user(gui_context, "admin").id)
    role_dialog = group.ask_role()
    assert role_dialog is not None and role_dialog.chosen_role() is Role.ADMINISTRATOR
    role_dialog.role_choice.setCurrentIndex(role_dialog.role_choice.findData(Role.OPERATOR))
    role_dialog.try_accept()
    qtbot.waitUntil(lambda: "only active administrator" in group.feedback.text(), timeout=WAIT_MS)
    assert group.feedback.objectName() == "formError"
    assert user(gui_context, "admin").is_admin


def test_an_operator_sees_the_list_read_only(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, qtbot: QtBot
) -> None:
    _, group = admin_view
    assert group.note.isHidden(), "no note for an administrator"
    gui_context.users.sign_in("suzuki", "pw")
    qtbot.waitUntil(lambda: not group.note.isHidden(), timeout=WAIT_MS)
    group.select_user(user(gui_context, "admin").id)
    assert group.selected() is not None
    assert not any(button.isEnabled() for button in group.findChildren(QPushButton))
    assert "Only an administrator" in group.note.text()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_screenshot_scrolled_to_users(
    make_window: Any, gui_context: AppContext, gui_data_dir: Path, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language(language)
    store.sync()
    window = make_window().window
    window.resize(1280, 800)
    window.show()
    group = open_settings(window, qtbot, gui_context)
    gui_context.users.create_user("受付 山田", Role.OPERATOR)
    qtbot.waitUntil(lambda: len(group.users()) == 3, timeout=WAIT_MS)
    group.select_user(user(gui_context, "suzuki").id)
    scroll = window.page("settings").findChild(QScrollArea)
    scroll.ensureWidgetVisible(group.feedback, 0, 40)
    qtbot.waitUntil(lambda: group.table.isVisible() and not group.table.visibleRegion().isEmpty())
    for button in group.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is cut"
    shot = tmp_path / f"settings-users-{language}.png"
    assert window.grab().save(str(shot))


def test_the_sign_in_dialog_drops_a_user_deactivated_meanwhile(
    admin_view: tuple[Any, UsersGroup], gui_context: AppContext, qtbot: QtBot
) -> None:
    window, _ = admin_view
    login = LoginDialog(gui_context.users, window)
    qtbot.addWidget(login)
    login.user_choice.setCurrentIndex(login.user_choice.findText("suzuki"))
    gui_context.users.deactivate_user(user(gui_context, "suzuki").id)  # e.g. at another desk
    login.password.setText("pw")
    login.try_sign_in()
    assert login.error.text() == "This user can no longer sign in. The list was updated."
    assert login.user_choice.findText("suzuki") == -1 and login.result() != LoginDialog.DialogCode.Accepted
    assert gui_context.users.current is not None and gui_context.users.current.name == "admin"
