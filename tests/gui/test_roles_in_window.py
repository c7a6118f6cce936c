"""The window and roles: the first-start choice, what an operator does not see, keywords in Settings,
a probable opt-out in the inbox with its one-click Opt out, and assignment by an administrator."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_sms.context import AppContext, build_context
from desk_sms.db.models import AuditEntry, OutboundMessage
from desk_sms.engine.inbox_pump import InboxPump
from desk_sms.services.settings import DEFAULT_OPT_OUT_CONFIRMATION
from desk_sms.services.users import Role
from modem.interface import InboundPart
from ui.dialogs.first_start import FirstStartDialog
from ui.main_window import MainWindow
from ui.models.inbox_model import ASSIGNEE, STATE
from ui.pages.inbox import InboxPage
from ui.pages.modems import ModemsPage
from ui.pages.settings import SettingsPage
from ui.widgets.state_badge import STATE_ROLE

pytestmark = [
    pytest.mark.timeout(90),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("english"),
]
WAIT_MS = 25_000
CUSTOMER = "+819012345678"


def actions(context: AppContext) -> list[tuple[str, str]]:
    with context.database.session_factory() as session:
        return [(e.user_name, e.action) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def signed_in_window(
    make_window: Any, qtbot: QtBot, name: str, context: AppContext | None = None
) -> MainWindow:
    """The window with `name` signed in (by itself when alone, else as if chosen in the dialog)."""
    window: MainWindow = make_window().window
    window.show()
    if context is not None:
        qtbot.waitUntil(lambda: window.user_indicator.label.text() == "Not signed in", timeout=WAIT_MS)
        context.users.sign_in(name)
    qtbot.waitUntil(lambda: window.user_indicator.label.text().startswith(f"User: {name}"), timeout=WAIT_MS)
    return window


def test_first_start_asks_for_a_password_before_anything_else(app: Any, tmp_path: Path, qtbot: QtBot) -> None:
    context = build_context(str(tmp_path / "fresh"))
    try:
        context.users.ensure_default_user()
        dialog = FirstStartDialog(context.users)
        qtbot.addWidget(dialog)
        dialog.password.setText("ab")
        dialog.choose()
        assert "at least 4" in dialog.error.text() and context.users.current is None
        dialog.password.setText("合言葉-2026")
        dialog.repeat.setText("合言葉-2025")
        dialog.choose()
        assert dialog.error.text() == "The two passwords differ." and not dialog.result()
        dialog.reject()  # Escape does not skip the question
        assert "Please choose" in dialog.error.text()
        dialog.repeat.setText("合言葉-2026")
        dialog.choose()
        assert dialog.result() and dialog.signed_in is not None and dialog.signed_in.has_password
        assert context.users.first_start_pending() is None
        assert ("admin", "user.first_password") in actions(context)
    finally:
        context.close()


def test_no_password_is_a_ticked_choice(app: Any, tmp_path: Path, qtbot: QtBot) -> None:
    context = build_context(str(tmp_path / "fresh"))
    try:
        context.users.ensure_default_user()
        dialog = FirstStartDialog(context.users)
        qtbot.addWidget(dialog)
        assert not dialog.no_password.isHidden(), "offered on a computer's own file"
        dialog.no_password.setChecked(True)
        assert not dialog.password.isEnabled()
        dialog.choose()
        assert dialog.result() and dialog.signed_in is not None and not dialog.signed_in.has_password
    finally:
        context.close()


def test_an_operator_sees_no_administrative_controls(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.users.create_user("suzuki", Role.OPERATOR)
    gui_context.users.set_password(gui_context.users.ensure_default_user().id, "boss")  # several users: asked
    window: MainWindow = make_window().window
    window.show()
    qtbot.waitUntil(lambda: window.user_indicator.label.text() == "Not signed in", timeout=WAIT_MS)
    gui_context.users.sign_in("suzuki")
    settings, modems = window.page("settings"), window.page("modems")
    assert isinstance(settings, SettingsPage) and isinstance(modems, ModemsPage)
    qtbot.waitUntil(lambda: settings.keywords.isHidden(), timeout=WAIT_MS)
    assert settings.backups.isHidden() and settings.database.isHidden()
    assert settings.api.isHidden() and settings.watch_folder.isHidden()
    assert not settings.findChild(type(settings._region), "defaultRegion").isEnabled()
    assert modems.add_button.isHidden() and modems.remove_button.isHidden()
    gui_context.users.sign_in("admin", "boss")
    qtbot.waitUntil(lambda: not settings.keywords.isHidden(), timeout=WAIT_MS)
    assert not modems.add_button.isHidden() and not settings.backups.isHidden()
    assert not settings.api.isHidden() and not settings.watch_folder.isHidden()


def test_keywords_are_edited_in_settings_and_audited(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    window = signed_in_window(make_window, qtbot, "admin")
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    group = settings.keywords
    qtbot.waitUntil(lambda: group.save_button.isEnabled(), timeout=WAIT_MS)
    assert group.confirmation.toPlainText() == DEFAULT_OPT_OUT_CONFIRMATION
    group.opt_out.setText("、 ")
    group.save()
    assert group.feedback.text() == "Each list needs at least one word."
    group.opt_out.setText("停止、やめて, STOP")
    group.send_confirmation.setChecked(False)
    with qtbot.waitSignal(group.saved, timeout=WAIT_MS):
        group.save()
    assert gui_context.settings.get("opt_out_keywords") == ["停止", "やめて", "STOP"]
    assert gui_context.settings.opt_out_confirmation() == ""
    changed = [a for u, a in actions(gui_context) if a == "settings.change" and u == "admin"]
    assert len(changed) == 2, "the two changed values, not the three unchanged ones"


def receive(context: AppContext, text: str) -> int:
    pump = InboxPump(context.database.session_factory, context.events, "JP", lambda: ["停止", "配信停止"])
    now = datetime.now(UTC)
    message_id = pump.store(None, InboundPart(sender=CUSTOMER, text=text, sent_at=now), now)
    assert message_id is not None
    return message_id


def show_inbox(window: MainWindow, qtbot: QtBot, count: int) -> InboxPage:
    window.show_page("inbox")
    page = window.page("inbox")
    assert isinstance(page, InboxPage)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == count and page.model.row_at(0) is not None, timeout=WAIT_MS
    )
    return page


def select_first(page: InboxPage) -> None:
    page.table.selectRow(0)


def test_a_probable_opt_out_is_flagged_and_opted_out_with_one_click(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    message = receive(gui_context, "配信停止でお願いします")
    window = signed_in_window(make_window, qtbot, "admin")
    page = show_inbox(window, qtbot, 1)
    index = page.model.index(0, STATE)
    assert page.model.data(index) == "Opt out?" and page.model.data(index, STATE_ROLE) == "probable_opt_out"
    assert not page.opt_out_button.isEnabled()
    select_first(page)
    assert page.opt_out_button.isEnabled()
    page.opt_out_selected_sender()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, STATE)) == "Opted out", timeout=WAIT_MS)
    assert gui_context.inbox.get(message).keyword == "opt_out"
    with gui_context.database.session_factory() as session:
        assert session.scalars(select(OutboundMessage.body)).all() == [DEFAULT_OPT_OUT_CONFIRMATION]
    assert ("admin", "contact.opt_out") in actions(gui_context)


def test_an_administrator_assigns_to_another_user_and_filters_by_assignee(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    receive(gui_context, "予約を変更したいです")
    suzuki = gui_context.users.create_user("鈴木", Role.OPERATOR)
    window = signed_in_window(make_window, qtbot, "admin", gui_context)
    page = show_inbox(window, qtbot, 1)
    bar = page.assignment
    qtbot.waitUntil(lambda: bar.assignee.findData(suzuki) >= 0, timeout=WAIT_MS)
    assert not bar.assign_button.isHidden()
    select_first(page)
    bar.assignee.setCurrentIndex(bar.assignee.findData(suzuki))
    bar.assign_button.click()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, ASSIGNEE)) == "鈴木", timeout=WAIT_MS)
    bar.filter.setCurrentIndex(bar.filter.findData(gui_context.users.current.id))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    bar.filter.setCurrentIndex(bar.filter.findData(suzuki))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert ("admin", "inbox.assign") in actions(gui_context)


def test_the_contact_list_filters_by_consent(make_window: Any, gui_context: AppContext, qtbot: QtBot) -> None:
    from desk_sms.services.contacts import ContactDraft, ContactsService
    from ui.pages.contacts import ContactsPage

    contacts = ContactsService(
        gui_context.database.session_factory, gui_context.events, users=gui_context.users
    )
    given = datetime(2026, 4, 1, tzinfo=UTC)
    contacts.create(ContactDraft("山田", phones=("09011110000",), consent_at=given, consent_source="申込書"))
    contacts.create(ContactDraft("田中", phones=("09022220000",)))
    window: MainWindow = make_window().window
    page = window.page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    assert page.consent_filter.itemText(1) == "With consent"
    page.consent_filter.setCurrentIndex(2)  # without consent
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    row = page.model.row_at(0)
    assert row is not None and row.name == "田中"


def test_the_sign_in_dialog_says_when_a_user_is_locked(
    app: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    from ui.dialogs.login import LoginDialog

    gui_context.users.create_user("sato", Role.OPERATOR, "right")
    dialog = LoginDialog(gui_context.users)
    qtbot.addWidget(dialog)
    dialog.user_choice.setCurrentIndex(dialog.user_choice.findText("sato"))
    for _ in range(5):
        dialog.password.setText("wrong")
        dialog.try_sign_in()
    assert dialog.error.text() == "sato is locked after 5 wrong passwords. Try again in 5 minutes."
    dialog.password.setText("right")
    dialog.try_sign_in()
    assert "locked" in dialog.error.text() and not dialog.result()
