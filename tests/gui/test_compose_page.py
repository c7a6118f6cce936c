"""The Compose page: a campaign to a group through the GUI over simulated modems, the preview,
UCS-2 characters and their replacement, template problems while editing, approval, the current user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, update

from desk_sms.context import AppContext
from desk_sms.db.models import Contact, Modem, OutboundMessage, OutboundPart
from desk_sms.engine.runtime import EngineRuntime, start_engine
from desk_sms.services.compose import AWAITING_APPROVAL
from desk_sms.services.compose_recipients import SourceKind
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.templates import TemplatesService
from modem.sms_text import Encoding
from ui.dialogs.login import LoginDialog
from ui.dialogs.template_editor import TemplateEditorDialog
from ui.main_window import MainWindow
from ui.pages.compose import ComposePage
from ui.pages.sent import SentPage
from ui.settings_store import UiSettings

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
JAPANESE = "{保護者名}様\n{name}さんの三者面談は{date}午後4時からです。ご都合が悪い場合はご返信ください。"


@pytest.fixture
def school(gui_context: AppContext) -> int:
    """Group 2年B組: two pupils with 保護者名 and one who opted out."""
    gui_context.settings.set("quiet_hours_start", "00:00")
    gui_context.settings.set("quiet_hours_end", "00:00")
    factory = gui_context.database.session_factory
    group_id = GroupsService(factory).create_group("2年B組")
    contacts = ContactsService(factory)
    pupils = [("高橋 結衣", "高橋 真理"), ("伊藤 蓮", "伊藤 健"), ("渡辺 陽", "渡辺 舞")]
    for n, (name, parent) in enumerate(pupils):
        phones = (f"090-3333-000{n}",)
        draft = ContactDraft(name, phones=phones, group_ids=(group_id,), fields={"保護者名": parent})
        contact_id = contacts.create(draft)
    contacts.set_opt_out([contact_id], True, "STOP")
    return group_id


@pytest.fixture
def window(
    make_window: Any, english: None, school: int, qtbot: QtBot, recorded_dialogs: list[Any]
) -> MainWindow:
    built: MainWindow = make_window().window
    built.resize(1280, 820)
    built.show_page("compose")
    built.show()
    qtbot.waitUntil(lambda: built.user_indicator.label.text().startswith("User: admin"), timeout=WAIT_MS)
    return built


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> ComposePage:
    compose = window.page("compose")
    assert isinstance(compose, ComposePage), "the Compose page is registered in the main window"
    with qtbot.waitSignal(compose.choices_loaded, timeout=WAIT_MS):
        compose.reload_choices()
    return compose


@pytest.fixture
def runtime(gui_context: AppContext) -> Iterator[EngineRuntime]:
    started = start_engine(gui_context, demo_modems=2, poll_interval=5.0, demo_send_delay=0.1,
                           demo_min_interval=0.1)
    yield started
    started.stop()


def add_group(page: ComposePage, qtbot: QtBot) -> None:
    page.recipients.choose(SourceKind.GROUP, "2年B組")
    with qtbot.waitSignal(page.candidates_loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.recipients.add_button, Qt.MouseButton.LeftButton)


def review(page: ComposePage, qtbot: QtBot) -> Any:
    with qtbot.waitSignal(page.plan_ready, timeout=WAIT_MS) as ready:
        qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    return ready.args[0]


def test_a_campaign_to_a_group_is_composed_and_sent_over_simulated_modems(
    page: ComposePage, window: MainWindow, gui_context: AppContext, runtime: EngineRuntime, qtbot: QtBot
) -> None:
    add_group(page, qtbot)
    page.editor.set_text("{name}さん、明日の授業は10時からです。")
    assert page.preview.bubble_texts() == ["高橋 結衣さん、明日の授業は10時からです。"]
    assert page.editor.counter.encoding() is Encoding.UCS2
    page.campaign_name.setText("授業連絡")
    plan = review(page, qtbot)
    assert len(plan.messages) == 2 and plan.total_parts == 2
    summary = page.summary.toPlainText()
    assert "opted out" in summary and "渡辺 陽" in summary
    with qtbot.waitSignal(page.campaign_created, timeout=WAIT_MS) as created:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    campaign_id = created.args[0]
    def gone_out() -> int:
        counts = gui_context.outbox.counts_by_status(campaign_id)
        return counts.get("sent", 0) + counts.get("delivered", 0)

    qtbot.waitUntil(lambda: gone_out() == 2, timeout=60_000)
    sent_texts = sorted(row.text for row in gui_context.outbox.list())
    assert sent_texts == [f"{name}さん、明日の授業は10時からです。" for name in ("伊藤 蓮", "高橋 結衣")]
    page.result_label.linkActivated.emit(f"campaign:{campaign_id}")
    sent = window.page("sent")
    assert isinstance(sent, SentPage)
    qtbot.waitUntil(lambda: sent.campaign_filter.currentData() == campaign_id, timeout=WAIT_MS)
    assert window.current_page_key() == "sent"


def test_missing_values_are_skipped_or_filled_with_a_fallback(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot
) -> None:
    ContactsService(gui_context.database.session_factory).create(
        ContactDraft("小林 空", phones=("090-3333-0009",), group_ids=(1,))
    )
    add_group(page, qtbot)
    page.editor.set_text("{保護者名}様")
    assert [e.reason for e in review(page, qtbot).excluded].count("missing_field") == 1
    page.missing_fallback.setChecked(True)
    page.fallback_edit.setText("保護者")
    page.preview_choice.setCurrentIndex(page.preview_choice.findText("小林 空 +819033330009"))
    assert page.preview.bubble_texts() == ["保護者様"]
    assert sorted(m.text for m in review(page, qtbot).messages) == ["伊藤 健様", "保護者様", "高橋 真理様"]


def test_characters_forcing_ucs2_are_shown_and_replaced_in_one_click(page: ComposePage, qtbot: QtBot) -> None:
    page.editor.set_text("\u201cSale\u201d today \u2013 come by")
    assert page.editor.counter.encoding() is Encoding.UCS2
    assert "\u201c" in page.editor.ucs2_label.text()
    assert page.editor.replace_button.isVisibleTo(page)
    qtbot.mouseClick(page.editor.replace_button, Qt.MouseButton.LeftButton)
    assert page.editor.text() == '"Sale" today - come by'
    assert page.editor.counter.encoding() is Encoding.GSM7 and page.editor.ucs2_label.text() == ""


def test_an_unknown_placeholder_is_shown_while_editing(page: ComposePage, qtbot: QtBot) -> None:
    page.editor.set_text("{name}さん {担任}より")
    assert "Unknown placeholder {担任}" in page.editor.problems_label.text()
    dialog = TemplateEditorDialog(page.templates, page)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.reload()
    dialog.name_edit.setText("面談")
    dialog.body_edit.setPlainText("{name.__class__}")
    assert "not allowed" in dialog.problems.text() and not dialog.save_button.isEnabled()
    dialog.body_edit.setPlainText(JAPANESE)
    assert dialog.problems.text() == "" and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    assert TemplatesService(page.templates._session_factory).find_by_name("面談").body == JAPANESE


def test_an_operators_campaign_waits_for_an_administrator(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.settings.set("approval_required", True)
    users = gui_context.users
    users.create_user("clerk", "operator")
    users.set_password(users.ensure_default_user().id, "boss-pw")
    users.sign_in("clerk")
    add_group(page, qtbot)
    page.editor.set_text("{name}さん、休校のお知らせです。")
    review(page, qtbot)
    assert "administrator must approve" in page.summary.toPlainText()
    with qtbot.waitSignal(page.campaign_created, timeout=WAIT_MS) as created:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    campaign_id = created.args[0]
    panel = page.approvals
    qtbot.waitUntil(lambda: any(c.id == campaign_id for c in panel.campaigns()), timeout=WAIT_MS)
    panel.select_campaign(campaign_id)
    assert panel.selected() is not None and panel.selected().status == AWAITING_APPROVAL
    assert not panel.approve_button.isEnabled(), "an operator cannot approve"
    login = LoginDialog(users, page)
    qtbot.addWidget(login)
    login.user_choice.setCurrentIndex(login.user_choice.findText("admin"))
    login.password.setText("wrong")
    login.try_sign_in()
    assert login.error.text() and users.current is not None and users.current.name == "clerk"
    login.password.setText("boss-pw")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):  # the panel follows the user change
        login.try_sign_in()
    assert users.current is not None and users.current.name == "admin"
    admin_login = LoginDialog(users, page)  # an administrator adds a user from the same dialog
    qtbot.addWidget(admin_login)
    admin_login.new_name.setText("suzuki")
    admin_login.new_password.setText("pw")
    admin_login.add_user()
    assert admin_login.user_choice.findText("suzuki") >= 0
    assert [(u.name, u.role.value, u.has_password) for u in users.list_users() if u.name == "suzuki"] == [
        ("suzuki", "operator", True)
    ]
    panel.select_campaign(campaign_id)
    assert panel.approve_button.isEnabled()
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    approved = lambda: any(c.id == campaign_id and c.approved_by for c in panel.campaigns())  # noqa: E731
    qtbot.waitUntil(approved, timeout=WAIT_MS)
    panel.select_campaign(campaign_id)
    row = panel.table.currentRow()
    assert [panel.table.item(row, c).text() for c in range(3)] == [panel.selected().name, "sending", "clerk"]
    assert panel.table.item(row, 3).text() == "admin" and panel.table.item(row, 4).text()


def test_screenshot_of_compose_with_a_japanese_message_and_its_preview(
    page: ComposePage, window: MainWindow, qtbot: QtBot
) -> None:
    add_group(page, qtbot)
    page.editor.set_text(JAPANESE)
    page.campaign_name.setText("三者面談のご案内")
    review(page, qtbot)
    assert page.preview.bubble_texts()[0].startswith("高橋 真理様")
    DOCS.mkdir(exist_ok=True)
    assert window.grab().save(str(DOCS / "screenshot-compose.png"))


def test_with_several_users_the_window_asks_who_signs_in(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.users.create_user("yamamoto", "administrator", "pw")
    gui_context.users.create_user("clerk", "operator")
    window: MainWindow = make_window().window
    window.show()

    def asking() -> LoginDialog | None:
        found = window.findChild(LoginDialog)
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: asking() is not None, timeout=WAIT_MS)
    assert window.user_indicator.label.text() == "Not signed in"
    dialog = asking()
    assert dialog is not None
    dialog.user_choice.setCurrentIndex(dialog.user_choice.findText("clerk"))
    dialog.try_sign_in()
    qtbot.waitUntil(lambda: window.user_indicator.label.text() == "User: clerk (operator)", timeout=WAIT_MS)
    assert not dialog.new_name.isEnabled(), "only administrators add users"


def test_recipients_from_a_contact_search_and_pasted_numbers(page: ComposePage, qtbot: QtBot) -> None:
    picker = page.recipients
    picker.choose(SourceKind.CONTACT)
    picker.source_value.setEditText("伊藤")
    with qtbot.waitSignal(page.candidates_loaded, timeout=WAIT_MS):
        picker.add_current()
    picker.choose(SourceKind.NUMBERS)
    picker.numbers_edit.setPlainText("090-3333-0001\n080-1234-5678")
    with qtbot.waitSignal(page.candidates_loaded, timeout=WAIT_MS):
        picker.add_current()
    assert [picker.sources_list.item(row).text() for row in range(2)] == [
        "伊藤 蓮 090-3333-0001", "Pasted numbers (2 lines)",
    ]
    page.editor.set_text("{name}様")
    plan = review(page, qtbot)
    assert [(m.number, m.text) for m in plan.messages] == [("+819033330001", "伊藤 蓮様")]
    assert [(e.number, e.reason) for e in plan.excluded] == [
        ("090-3333-0001", "duplicate"), ("080-1234-5678", "missing_field"),
    ]


def test_saved_segments_can_be_made_from_compose(page: ComposePage) -> None:
    picker = page.recipients
    picker.choose(SourceKind.SEGMENT)
    assert picker.new_segment_button.isVisibleTo(picker) and picker.edit_segment_button.isVisibleTo(picker)
    picker.choose(SourceKind.GROUP)
    assert not picker.new_segment_button.isVisibleTo(picker)


def test_an_urgent_campaign_at_a_time_keeps_its_send_late_window(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot
) -> None:
    from desk_sms.db.models import OutboundMessage

    add_group(page, qtbot)
    page.editor.set_text("{name}さん、本日は休校です。")
    page.send_at.setChecked(True)
    page.late_within.setCurrentIndex(page.late_within.findData(30))
    page.urgent.setChecked(True)
    review(page, qtbot)
    assert page.urgent.isEnabled()  # the signed-in administrator may
    with qtbot.waitSignal(page.campaign_created, timeout=WAIT_MS) as created:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    with gui_context.database.session_factory() as session:
        rows = session.query(OutboundMessage).filter_by(campaign_id=created.args[0]).all()
        windows = {(m.urgent, m.expires_at - m.not_before) for m in rows if m.not_before and m.expires_at}
    assert len(rows) == 2 and windows == {(True, timedelta(minutes=30))}


def test_a_time_whose_send_late_window_has_ended_is_refused_and_nothing_is_stored(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot, recorded_dialogs: list[Any]
) -> None:
    add_group(page, qtbot)
    page.editor.set_text("{name}さん、明日の授業は10時からです。")
    page.send_at.setChecked(True)
    page.when_edit.setDateTime(page.when_edit.dateTime().addSecs(-3 * 3600))  # typed yesterday's hour
    page.late_within.setCurrentIndex(page.late_within.findData(30))
    review(page, qtbot)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(recorded_dialogs) == 1, timeout=WAIT_MS)
    assert "send-late window ended at" in recorded_dialogs[0].text()
    assert gui_context.outbox.list() == []


def test_an_operator_cannot_mark_a_campaign_urgent(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.users.create_user("clerk", "operator")
    gui_context.users.set_password(gui_context.users.ensure_default_user().id, "boss-pw")
    gui_context.users.sign_in("clerk")
    add_group(page, qtbot)
    page.editor.set_text("{name}さん")
    review(page, qtbot)
    assert not page.urgent.isEnabled()


# A maximised window on a 1366×768 screen: the taskbar (40 px) and the title bar (about 30) taken off.
LAPTOP = (1366, 768 - 40 - 30)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_first_start_is_maximised_and_send_is_in_sight_at_1366x768(
    make_window: Any, gui_data_dir: Path, school: int, qtbot: QtBot, language: str
) -> None:
    store = UiSettings(gui_data_dir)
    store.set_language(language)
    store.sync()
    window: MainWindow = make_window().window
    assert window.first_start  # no saved geometry yet
    window.show_first_time()
    assert window.isMaximized()
    window.showNormal()
    window.resize(*LAPTOP)
    window.show_page("compose")
    window.show()
    compose = window.page("compose")
    assert isinstance(compose, ComposePage)
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == LAPTOP, "the window's minimum size is larger than the screen"
    with qtbot.waitSignal(compose.choices_loaded, timeout=WAIT_MS):
        compose.reload_choices()
    add_group(compose, qtbot)
    compose.editor.set_text(JAPANESE)
    review(compose, qtbot)  # the plan's summary takes its room in the form too
    counter = compose.editor.counter.findChild(QLabel, "smsCounterLabel")
    assert counter.width() >= counter.sizeHint().width(), "the SMS counter is cut off"
    for button in (compose.review_button, compose.send_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.isVisible() and window.rect().contains(corner), button.objectName()
        assert not button.visibleRegion().isEmpty(), "not scrolled out of sight"
    window.grab().save(f"/tmp/compose-1366-{language}.png")


def test_review_says_when_a_sim_at_its_limit_sends_again(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot
) -> None:
    modem_id = gui_context.modems.add("/dev/ttyUSB0", name="受付", daily_limit=1)
    sent_at = datetime.now(UTC) - timedelta(hours=2)
    with gui_context.database.session() as session:
        ready = update(Modem).where(Modem.id == modem_id).values(state="ready", imsi="440101111111111")
        session.execute(ready)
        message_id = session.execute(
            insert(OutboundMessage).values(to_number="+819012345678", body="x", status="sent")
        ).inserted_primary_key[0]
        session.execute(
            insert(OutboundPart).values(
                message_id=message_id, seq=1, modem_id=modem_id, imsi="440101111111111", submitted_at=sent_at
            )
        )
    add_group(page, qtbot)
    page.editor.set_text("明日は休講です")
    plan = review(page, qtbot)
    frees = (sent_at + timedelta(hours=24)).astimezone(ZoneInfo(str(gui_context.settings.get("timezone"))))
    assert f"sending resumes at {frees:%H:%M}" in page.summary.toPlainText()
    assert plan.estimate.resume_at == frees


def test_advertising_warns_until_the_text_names_the_sender_and_how_to_stop(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Only 伊藤 agreed to advertising: Review leaves the others out, and Send waits for a lawful text."""
    with gui_context.database.session_factory.begin() as session:
        session.execute(update(Contact).where(Contact.name == "伊藤 蓮")
                        .values(consent_at=datetime(2026, 4, 1, tzinfo=UTC), consent_source="入塾申込書"))
    gui_context.settings.set("sender_name", "さくら塾")
    with qtbot.waitSignal(page.choices_loaded, timeout=WAIT_MS):
        page.reload_choices()
    add_group(page, qtbot)
    page.purpose.setCurrentIndex(page.purpose.findData("advertising"))
    page.editor.set_text("{name}さん、冬期講習のご案内です。")
    assert page.advertising_warning.isVisible()
    assert "add さくら塾 to the text" in page.advertising_warning.text()
    plan = review(page, qtbot)
    assert [m.name for m in plan.messages] == ["伊藤 蓮"]
    summary = page.summary.toPlainText()
    assert "no consent to advertising" in summary and "高橋 結衣" in summary
    assert not page.send_button.isEnabled(), "nothing goes out without the sender's name"
    page.findChild(QScrollArea).ensureWidgetVisible(page.summary)
    page.window().grab().save(str(tmp_path / "compose-advertising.png"))
    page.editor.set_text("さくら塾です。{name}さん、冬期講習のご案内です。")
    assert "how to stop" in page.advertising_warning.text()
    page.editor.set_text("さくら塾です。{name}さん、冬期講習のご案内です。配信停止は「停止」と返信してください。")
    assert not page.advertising_warning.isVisible()
    review(page, qtbot)
    assert page.send_button.isEnabled()


def test_every_exclusion_reason_has_a_text(app: Any) -> None:
    from desk_sms.services.compose import ExclusionReason
    from ui.pages.compose_summary import reason_text

    assert all(reason_text(reason) for reason in ExclusionReason)


def test_the_counter_warns_at_the_parts_limit_of_the_settings(
    page: ComposePage, gui_context: AppContext, qtbot: QtBot
) -> None:
    three_parts = "あ" * 201  # 3 UCS-2 parts (67 characters each)
    page.editor.set_text(three_parts)
    assert page.editor.counter.part_count() == 3 and not page.editor.counter.is_too_long()
    gui_context.settings.set("max_parts_per_message", 2)
    with qtbot.waitSignal(page.choices_loaded, timeout=WAIT_MS):
        page.reload_choices()
    assert page.editor.counter.is_too_long()  # the same limit the send is refused by
    assert "2 part" in page.editor.counter.findChild(QLabel, "smsCounterLabel").toolTip()
