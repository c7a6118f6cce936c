"""The Contacts page and its model: lazy rows, filter as you type, sort, delete/undo, groups, opt-out."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desk_sms.context import AppContext, build_context
from desk_sms.db.models import Contact, ContactGroup, ContactPhone, Group, InboundMessage, OutboundMessage
from desk_sms.services.contacts import ContactsService
from ui.main_window import MainWindow
from ui.models.contacts_model import GROUPS, NAME, OPTED_OUT, PHONE, READING, ContactsTableModel
from ui.pages.contacts import ContactsPage

# The offscreen platform says so whenever a dialog is shown; nothing to do with this code.
pytestmark = [pytest.mark.usefixtures("english"), pytest.mark.timeout(60),
              pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 10_000

FAMILY = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
          ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
          ("小林", "コバヤシ"), ("加藤", "カトウ")]
GIVEN = [("太郎", "タロウ"), ("花子", "ハナコ"), ("翔", "ショウ"), ("陽菜", "ヒナ"), ("蓮", "レン"),
         ("結衣", "ユイ"), ("大翔", "ヒロト"), ("美咲", "ミサキ")]
GROUP_NAMES = ["中1A", "中2B", "中3A", "英語コース", "夏期講習"]


def fill_contacts(context: AppContext, count: int, seed: int = 7) -> None:
    """`count` Japanese contacts with numbers and groups, written in one transaction."""
    rnd = random.Random(seed)
    contacts, phones, members = [], [], []
    for number in range(count):
        (family, family_kana), (given, given_kana) = rnd.choice(FAMILY), rnd.choice(GIVEN)
        opted_out = datetime(2026, 2, 1, tzinfo=UTC) if number % 23 == 0 else None
        reading = f"{family_kana} {given_kana}"
        contacts.append({"id": number + 1, "name": f"{family} {given}", "reading": reading,
                         "opted_out_at": opted_out})
        phones.append({"contact_id": number + 1, "e164": f"+8190{number:08d}", "raw": f"090{number:08d}"})
        members.append({"contact_id": number + 1, "group_id": number % len(GROUP_NAMES) + 1})
    with context.database.session() as session:
        session.execute(insert(Group), [{"id": i + 1, "name": name} for i, name in enumerate(GROUP_NAMES)])
        for model, rows in ((Contact, contacts), (ContactPhone, phones), (ContactGroup, members)):
            session.execute(insert(model), rows)


@pytest.fixture(scope="module")
def filled_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory holding 1,000 contacts, built once; each test works on its own copy."""
    root = tmp_path_factory.mktemp("contacts") / "data"
    context = build_context(str(root))
    fill_contacts(context, 1000)
    context.close()
    return root


@pytest.fixture
def gui_data_dir(filled_data_dir: Path, tmp_path: Path) -> Path:
    """Overrides the shell's fixture: the window opens on a copy of the filled database."""
    copy = tmp_path / "data"
    shutil.copytree(filled_data_dir, copy)
    return copy


@pytest.fixture
def page(make_window: Any, qtbot: QtBot) -> ContactsPage:
    window: MainWindow = make_window().window
    window.resize(1100, 720)
    contacts_page = window.findChild(ContactsPage)
    assert contacts_page is not None, "the Contacts page is registered in the main window"
    qtbot.waitUntil(lambda: contacts_page.model.rowCount() == 1000, timeout=WAIT_MS)
    window.show_page("contacts")
    window.show()
    return contacts_page


def wait_rows(qtbot: QtBot, model: ContactsTableModel, row: int = 0) -> None:
    qtbot.waitUntil(lambda: model.row_at(row) is not None, timeout=WAIT_MS)


def names(model: ContactsTableModel, rows: range) -> list[str]:
    return [model.data(model.index(row, NAME)) for row in rows]


def type_filter(qtbot: QtBot, page: ContactsPage, text: str) -> None:
    """Type `text` one character at a time (QTest.keyClicks cannot type Japanese)."""
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.filter_edit.clear()
        for character in text:
            page.filter_edit.insert(character)


def select_rows(page: ContactsPage, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().clearSelection()
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_model_passes_qt_model_tester_and_loads_rows_lazily(
    tmp_path: Path, qtbot: QtBot, qtmodeltester: Any
) -> None:
    context = build_context(str(tmp_path / "model"))
    fill_contacts(context, 450)
    service = ContactsService(context.database.session_factory)
    model = ContactsTableModel(service, page_size=200)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS) as reloaded:
        model.reload()
    assert reloaded.args == [450]
    assert model.data(model.index(250, NAME)) is None  # not fetched yet: empty, never blocking
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS, check_params_cb=lambda page: page == 1):
        model.row_at(250)
    assert model.data(model.index(250, NAME))
    assert model.data(model.index(250, PHONE)).startswith("090-")
    assert model.data(model.index(0, 0, QModelIndex()), Qt.ItemDataRole.UserRole) == model.id_at(0)
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.sort(PHONE, Qt.SortOrder.DescendingOrder)
    wait_rows(qtbot, model)
    assert model.data(model.index(0, PHONE)) == "090-0000-0449"
    qtmodeltester.check(model, force_py=True)
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    context.close()


def test_typing_filters_after_a_pause_with_one_query(page: ContactsPage, qtbot: QtBot) -> None:
    calls: list[str] = []
    search = page.contacts.search_ids
    page.contacts.search_ids = (  # type: ignore[method-assign]
        lambda query="", *rest: calls.append(query) or search(query, *rest)
    )
    type_filter(qtbot, page, "さとう")
    assert calls == ["さとう"]  # three keystrokes (and a clear), one query
    wait_rows(qtbot, page.model)
    assert page.model.rowCount() > 0
    assert all(name.startswith("佐藤") for name in names(page.model, range(page.model.rowCount())))
    type_filter(qtbot, page, "090-0000-0042")
    assert page.model.rowCount() == 1
    type_filter(qtbot, page, "英語")
    assert page.model.rowCount() == 200  # every fifth contact is in 英語コース
    assert page.count_label.text() == "200 contacts"


def test_group_filter_and_sorting_by_header(page: ContactsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: page.group_filter.count() == len(GROUP_NAMES) + 1, timeout=WAIT_MS)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.group_filter.setCurrentIndex(page.group_filter.findText("中3A (200)"))
    assert page.model.rowCount() == 200
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.table.horizontalHeader().setSortIndicator(READING, Qt.SortOrder.DescendingOrder)
    wait_rows(qtbot, page.model)
    readings = [page.model.data(page.model.index(row, READING)) for row in range(200)]
    assert readings == sorted(readings, reverse=True)
    assert page.model.data(page.model.index(0, GROUPS)) == "中3A"


def test_delete_then_undo(page: ContactsPage, qtbot: QtBot) -> None:
    wait_rows(qtbot, page.model)
    doomed = [page.model.id_at(row) for row in (0, 1, 2)]
    select_rows(page, [0, 1, 2])
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.delete_button.click()
    assert page.model.rowCount() == 997
    assert page.undo_button.isVisible()
    assert page.message_label.text() == "3 contacts deleted."
    assert all(page.model.row_of_id(contact_id) is None for contact_id in doomed)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.undo_button.click()
    assert page.model.rowCount() == 1000
    assert not page.undo_button.isVisible()
    assert [page.model.id_at(row) for row in (0, 1, 2)] == doomed


def test_opt_out_toggle_asks_for_a_reason(
    page: ContactsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("電話で依頼", True))
    type_filter(qtbot, page, "090-0000-0001")
    wait_rows(qtbot, page.model)
    select_rows(page, [0])
    contact_id = page.model.id_at(0)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.opt_out_button.click()
    wait_rows(qtbot, page.model)
    assert page.model.data(page.model.index(0, OPTED_OUT)) == "Opted out"
    assert page.contacts.get(contact_id).opt_out_reason == "電話で依頼"
    select_rows(page, [0])
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.opt_out_button.click()  # all selected are out: opt back in, no question
    assert page.contacts.get(contact_id).opted_out_at is None


def test_add_selection_to_a_new_group(
    page: ContactsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.pages.contacts.choose_group", lambda parent, groups: (None, "修学旅行"))
    wait_rows(qtbot, page.model)
    select_rows(page, [0, 1])
    chosen = [page.model.id_at(0), page.model.id_at(1)]
    with qtbot.waitSignal(page.groups_loaded, timeout=WAIT_MS):
        page.add_to_group_button.click()
    assert page.message_label.text() == "2 contacts added to the group."
    assert page.group_filter.findText("修学旅行 (2)") > 0
    assert sorted(page.selected_ids()) == sorted(chosen)  # the selection survives the reload
    type_filter(qtbot, page, "修学")
    assert sorted(page.model.id_at(row) for row in range(2)) == sorted(chosen)


def test_contact_page_edits_and_shows_history_newest_first(
    page: ContactsPage, gui_context: AppContext, qtbot: QtBot
) -> None:
    wait_rows(qtbot, page.model)
    contact_id = page.model.id_at(0)
    with gui_context.database.session() as session:
        session.add(OutboundMessage(contact_id=contact_id, to_number="+819000000000", body="明日は休講です",
                                    status="delivered", created_at=datetime(2026, 3, 1, tzinfo=UTC)))
        session.add(InboundMessage(contact_id=contact_id, sender="+819000000000", body="了解しました",
                                   received_at=datetime(2026, 3, 2, tzinfo=UTC)))
    dialog = page.open_contact(contact_id)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass  # the contact loads off the GUI thread; its result arrives through the event loop
    history = dialog.history_table
    texts = [history.item(row, 4).text() for row in range(history.rowCount())]
    assert texts == ["了解しました", "明日は休講です"]
    assert history.item(0, 1).text() == "Received"
    dialog.name_edit.setText("山田 太郎")
    dialog.reading_edit.setText("アアア")  # sorts first
    dialog.phones_edit.setPlainText("090-1111-2222\n080-3333-4444")
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        dialog.save()
    wait_rows(qtbot, page.model)
    assert page.model.data(page.model.index(0, NAME)) == "山田 太郎"
    assert page.model.data(page.model.index(0, PHONE)) == "090-1111-2222"


def test_contact_editor_keeps_the_dialog_open_on_a_bad_number(page: ContactsPage, qtbot: QtBot) -> None:
    dialog = page.open_contact(None)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass
    dialog.name_edit.setText("新規 さん")
    dialog.phones_edit.setPlainText("03-1234-5678")
    dialog.save()
    qtbot.waitUntil(lambda: "not a mobile number" in dialog._problem.text(), timeout=WAIT_MS)
    assert dialog.isVisible()


def test_screenshot_with_japanese_contacts(page: ContactsPage, qtbot: QtBot, tmp_path: Path) -> None:
    wait_rows(qtbot, page.model)
    page.table.scrollToTop()
    qtbot.waitUntil(lambda: page.model.row_at(20) is not None, timeout=WAIT_MS)
    target = tmp_path / "contacts_page.png"
    assert page.window().grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_export_writes_every_contact_to_xlsx(page: ContactsPage, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "名簿.xlsx"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        page.export_to(target)
    sheet = openpyxl.load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1001
    assert rows[0][:5] == ("id", "name", "reading", "phones", "groups")
    assert page.message_label.text() == f"Exported to {target}"


def test_opening_the_page_costs_one_search(
    make_window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    searches: list[tuple[Any, ...]] = []
    original = ContactsService.search_ids

    def counting(self: ContactsService, *args: Any) -> list[int]:
        searches.append(args)
        return original(self, *args)

    monkeypatch.setattr(ContactsService, "search_ids", counting)
    contacts_page = make_window().window.findChild(ContactsPage)
    with qtbot.waitSignal(contacts_page.groups_loaded, timeout=WAIT_MS):
        pass  # groups load after the first rows
    assert contacts_page.model.rowCount() == 1000
    assert len(searches) == 1


def test_delete_key_deletes_the_selection(page: ContactsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None, timeout=WAIT_MS)
    page.window().activateWindow()
    page.table.setFocus()
    select_rows(page, [5])
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 999


def test_groups_dialog_creates_renames_and_deletes(
    page: ContactsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([("春期講習", True), ("春期講習（中3）", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog = page.manage_groups()
    with qtbot.waitSignal(dialog.refreshed, timeout=WAIT_MS):
        pass
    assert dialog.group_list.count() == len(GROUP_NAMES)

    def texts() -> list[str]:
        return [dialog.group_list.item(row).text() for row in range(dialog.group_list.count())]

    with qtbot.waitSignal(dialog.refreshed, timeout=WAIT_MS):
        dialog.new_group()
    assert "春期講習  (0 contacts)" in texts()
    dialog.group_list.setCurrentRow(texts().index("春期講習  (0 contacts)"))
    with qtbot.waitSignal(dialog.refreshed, timeout=WAIT_MS):
        dialog.rename_selected()
    assert "春期講習（中3）  (0 contacts)" in texts()
    dialog.group_list.setCurrentRow(texts().index("中1A  (200 contacts)"))
    with qtbot.waitSignal(dialog.refreshed, timeout=WAIT_MS):
        dialog.delete_selected()
    assert not any(text.startswith("中1A") for text in texts())
    qtbot.waitUntil(lambda: page.group_filter.findText("春期講習（中3） (0)") > 0, timeout=WAIT_MS)
    assert page.group_filter.findText("中1A (200)") == -1  # the page followed the change
