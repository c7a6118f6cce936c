"""The Rules page: rules added and refused through the editor, read-only for an operator, business hours,
a poll's chart and table (with a screenshot for the README), and the inbox naming the rule."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from desk_sms.context import AppContext
from desk_sms.engine.engine import inbox_pump_for
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.polls import PollDraft
from desk_sms.services.rules import RuleDraft
from desk_sms.services.users import Role
from modem.interface import InboundPart
from ui.dialogs.poll_editor import PollEditor
from ui.dialogs.rule_editor import RuleEditor
from ui.main_window import MainWindow
from ui.models.inbox_model import RULE
from ui.pages.inbox import InboxPage
from ui.pages.rules import NAME, THEN, WHEN, RulesPage

pytestmark = [
    pytest.mark.timeout(90),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]
WAIT_MS = 25_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
PARENTS = [f"+81905555{n:04d}" for n in range(20)]


def open_rules(make_window: Any, qtbot: QtBot) -> tuple[MainWindow, RulesPage]:
    window: MainWindow = make_window().window
    window.resize(1280, 800)
    window.show()
    window.show_page("rules")
    page = window.page("rules")
    assert isinstance(page, RulesPage)
    users = page._context.users
    qtbot.waitUntil(lambda: users.current is not None and page.gate.allowed, timeout=WAIT_MS)
    return window, page


def cell(page: RulesPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    return item.text() if item is not None else ""


def receive(context: AppContext, sender: str, text: str) -> None:
    pump = inbox_pump_for(context.database.session_factory, context.events, context.settings)
    now = datetime.now(UTC)
    assert pump.store(None, InboundPart(sender=sender, text=text, sent_at=now), now) is not None


@pytest.mark.usefixtures("english")
def test_an_administrator_adds_a_rule_and_a_refused_one_keeps_its_form(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.rules.add(RuleDraft("夜間", outside_hours=True, reply_text="本日の受付は終了しました"))
    _window, page = open_rules(make_window, qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    assert cell(page, 0, WHEN) == "outside business hours"
    assert cell(page, 0, THEN) == "answer “本日の受付は終了しました”"
    assert not page.add_button.isHidden() and page.read_only_note.isHidden()
    page.open_editor(None)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "editor", None), RuleEditor), timeout=WAIT_MS)
    editor = page.editor
    editor.name.setText("夜間")
    editor.keywords.setText("予約、YOYAKU")
    editor.first_word.setChecked(True)
    editor.tag.setText("予約")
    editor.save_requested.emit()
    qtbot.waitUntil(lambda: editor.error.text() != "", timeout=WAIT_MS)
    assert editor.error.text() == "A rule named 夜間 exists already."
    assert editor.keywords.text() == "予約、YOYAKU" and editor.isVisible()
    editor.name.setText("予約")
    editor.enabled.setChecked(False)
    with qtbot.waitSignal(editor.finished, timeout=WAIT_MS), qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        editor.save_requested.emit()  # stored, then the dialog closes (and is deleted)
    assert [rule.name for rule in gui_context.rules.list()] == ["夜間", "予約"]
    assert cell(page, 1, NAME) == "予約 (off)"
    assert cell(page, 1, WHEN) == "the reply is or starts with 予約, YOYAKU"
    assert not gui_context.rules.get("予約").draft.enabled
    page.table.selectRow(1)
    page.move_selected(-1)
    qtbot.waitUntil(lambda: cell(page, 0, NAME) == "予約 (off)", timeout=WAIT_MS)
    assert [rule.name for rule in gui_context.rules.list()] == ["予約", "夜間"]


@pytest.mark.usefixtures("english")
def test_an_operator_sees_the_rules_but_cannot_change_them(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.rules.add(RuleDraft("予約", keywords=("予約",), tag="予約"))
    gui_context.users.create_user("suzuki", Role.OPERATOR)
    gui_context.users.set_password(gui_context.users.ensure_default_user().id, "boss")
    window: MainWindow = make_window().window
    window.show()
    qtbot.waitUntil(lambda: window.user_indicator.label.text() == "Not signed in", timeout=WAIT_MS)
    gui_context.users.sign_in("suzuki")
    page = window.page("rules")
    assert isinstance(page, RulesPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.add_button.isHidden(), timeout=WAIT_MS)
    assert not page.read_only_note.isHidden() and page.remove_button.isHidden()
    assert page.hours.days["mon"].isReadOnly() and page.hours.save_button.isHidden()


@pytest.mark.usefixtures("english")
def test_business_hours_are_saved_and_a_bad_one_is_refused(
    make_window: Any, gui_context: AppContext, qtbot: QtBot, recorded_dialogs: list[Any]
) -> None:
    _window, page = open_rules(make_window, qtbot)
    form = page.hours
    qtbot.waitUntil(lambda: form.save_button.isEnabled(), timeout=WAIT_MS)
    assert form.days["mon"].text() == "09:00-18:00" and form.days["sun"].text() == ""
    assert f"{datetime.now(UTC).year + 1}-01-01" in form.holidays.text()  # New Year's Day, next year
    form.days["sat"].setText("18:00-09:00")
    form.save()
    qtbot.waitUntil(lambda: form.feedback.text() == "Not saved.", timeout=WAIT_MS)
    assert "sat: 18:00-09:00" in recorded_dialogs[-1].text()
    form.days["sat"].setText("9:00-12:00")
    form.closed.setPlainText("2026-08-13\n2026-08-14")
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.save()
    assert gui_context.settings.get("business_hours")["sat"] == "09:00-12:00"
    assert gui_context.settings.get("closed_dates") == ["2026-08-13", "2026-08-14"]


def make_poll(context: AppContext) -> int:
    poll = context.polls.create(PollDraft(
        "面談希望日", "面談希望日を1〜3で返信してください", ("12/5(火)", "12/6(水)", "12/7(木)"),
        numbers=tuple(PARENTS), window=timedelta(days=3), invalid_reply="1〜3の数字でご返信ください"))
    answers = ["1"] * 6 + ["２"] * 7 + ["3です"] * 4 + ["わかりません"]
    for number, text in zip(PARENTS, answers, strict=False):
        receive(context, number, text)
    return poll


@pytest.mark.parametrize("language", ["en", "ja"])
def test_poll_results_chart_table_and_export(
    make_window: Any, gui_context: AppContext, gui_data_dir: Path, qtbot: QtBot, tmp_path: Path,
    language: str,
) -> None:
    from ui.settings_store import UiSettings

    store = UiSettings(gui_data_dir)
    store.set_language(language)
    store.sync()
    poll = make_poll(gui_context)
    window, page = open_rules(make_window, qtbot)
    page.tabs.setCurrentWidget(page.polls)
    view = page.polls
    qtbot.waitUntil(lambda: view.results is not None and view.results.id == poll, timeout=WAIT_MS)
    bars = view.chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [4.0, 7.0, 6.0]  # answer 1 at the top
    assert view.table.rowCount() == 20
    expected = "17 answered · 1 not a valid answer · 0 late · 2 no reply" if language == "en" else \
        "回答17件・無効1件・期限後0件・未回答2件"
    assert view.summary.text() == expected
    # The chart lays its axes out on a later paint: wait until the answers' labels push the bars right,
    # and until the status bar shows the user whole.
    qtbot.waitUntil(lambda: view.chart.plotArea().left() > 40, timeout=WAIT_MS)
    label = window.user_indicator.label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width(), timeout=WAIT_MS)
    shot = tmp_path / f"screenshot-poll-results-{language}.png"
    assert window.grab().save(str(shot))
    if language == "en":
        DOCS.mkdir(exist_ok=True)
        shutil.copy(shot, DOCS / "screenshot-poll-results.png")
    path = tmp_path / "poll.xlsx"
    with qtbot.waitSignal(view.exported, timeout=WAIT_MS) as written:
        view.export_to(path)
    assert written.args == [20]
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.max_row == 21


@pytest.mark.usefixtures("english")
def test_the_inbox_shows_which_rule_acted_and_what_it_did(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    gui_context.rules.add(RuleDraft("予約", keywords=("予約",), first_word=True, tag="予約",
                                    mark_handled=True))
    receive(gui_context, "+819012345678", "予約 来週")
    window, _page = open_rules(make_window, qtbot)
    window.show_page("inbox")
    inbox = window.page("inbox")
    assert isinstance(inbox, InboxPage)
    model = inbox.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0) is not None, timeout=WAIT_MS)
    index = model.index(0, RULE)
    assert model.data(index) == "予約 · 予約"
    assert model.data(index, 3) == "tagged 予約; marked handled"  # ToolTipRole


@pytest.mark.usefixtures("english")
def test_a_poll_is_sent_from_the_window_and_a_bad_one_keeps_its_form(
    make_window: Any, gui_context: AppContext, qtbot: QtBot
) -> None:
    groups = GroupsService(gui_context.database.session_factory, gui_context.events, gui_context.users)
    contacts = ContactsService(gui_context.database.session_factory)
    members = [contacts.create(ContactDraft(f"保護者{i}", phones=(PARENTS[i],))) for i in range(3)]
    groups.add_members(groups.create_group("中3"), members)
    _window, page = open_rules(make_window, qtbot)
    page.tabs.setCurrentWidget(page.polls)
    view = page.polls
    qtbot.waitUntil(lambda: not view.empty.isHidden(), timeout=WAIT_MS)
    view.open_editor()
    qtbot.waitUntil(lambda: isinstance(getattr(view, "editor", None), PollEditor), timeout=WAIT_MS)
    editor = view.editor
    editor.name.setText("面談")
    editor.question.setPlainText("面談希望日を返信してください")
    editor.answers.setPlainText("12/5(火)\n")
    assert editor.preview.text() == "面談希望日を返信してください\n1: 12/5(火)"
    editor.send_requested.emit()
    qtbot.waitUntil(lambda: editor.error.text() != "", timeout=WAIT_MS)
    assert "2 to 9 answers" in editor.error.text() and editor.isVisible()
    editor.answers.setPlainText("12/5(火)\n12/6(水)")
    assert editor.group.currentData() == "中3"
    with qtbot.waitSignal(editor.finished, timeout=WAIT_MS), qtbot.waitSignal(view.sent, timeout=WAIT_MS):
        editor.send_requested.emit()
    qtbot.waitUntil(lambda: view.results is not None and len(view.results.rows) == 3, timeout=WAIT_MS)
    assert view.summary.text() == "0 answered · 0 not a valid answer · 0 late · 3 no reply"
    assert gui_context.outbox.counts_by_status() == {"queued": 3}
