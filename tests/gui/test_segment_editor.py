"""The segment editor from Compose's recipient picker: create with a live count, edit, delete;
bad input shows a message and stores nothing; in Japanese nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk_sms.context import AppContext
from desk_sms.services.compose import ComposeService
from desk_sms.services.compose_recipients import SegmentFilter, SourceKind
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService
from desk_sms.services.segments import SegmentsService
from ui.dialogs.segment_editor import SegmentEditorDialog
from ui.i18n import Translations
from ui.widgets.recipient_picker import RecipientPicker

pytestmark = [pytest.mark.timeout(90), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000


@pytest.fixture
def school(gui_context: AppContext) -> None:
    """1年A組: three in 学年 1 (one opted out) and one in 学年 2; 1年B組: one in 学年 2."""
    factory = gui_context.database.session_factory
    groups = GroupsService(factory)
    class_a, class_b = groups.create_group("1年A組"), groups.create_group("1年B組")
    contacts = ContactsService(factory)
    pupils = [("山田 太郎", class_a, "1"), ("佐藤 次郎", class_a, "1"), ("加藤 三郎", class_a, "1"),
              ("鈴木 四郎", class_a, "2"), ("中村 七海", class_b, "2")]
    for n, (name, group, grade) in enumerate(pupils):
        draft = ContactDraft(name, phones=(f"090-4444-000{n}",), group_ids=(group,), fields={"学年": grade})
        contact_id = contacts.create(draft)
        if name == "加藤 三郎":
            contacts.set_opt_out([contact_id], True, "STOP")


@pytest.fixture
def segments(gui_context: AppContext) -> SegmentsService:
    return SegmentsService.from_context(gui_context)


@pytest.fixture
def picker(
    app: QApplication, gui_context: AppContext, school: None, segments: SegmentsService, qtbot: QtBot
) -> Iterator[RecipientPicker]:
    built = RecipientPicker(ContactsService(gui_context.database.session_factory), segments=segments)
    qtbot.addWidget(built)
    built.set_choices(ComposeService.from_context(gui_context).source_choices())
    built.resize(640, 220)
    built.show()
    built.choose(SourceKind.SEGMENT)
    yield built
    # Counts still running must end before the context (and its database) closes.
    assert QThreadPool.globalInstance().waitForDone(5000)


def open_editor(picker: RecipientPicker, qtbot: QtBot, button: QAbstractButton) -> SegmentEditorDialog:
    before = set(picker.findChildren(SegmentEditorDialog))
    button.click()
    opened = [d for d in picker.findChildren(SegmentEditorDialog) if d not in before and d.isVisible()]
    assert len(opened) == 1
    qtbot.waitUntil(lambda: opened[0].save_button.isEnabled(), timeout=WAIT_MS)
    return opened[0]


def wait_count(dialog: SegmentEditorDialog, qtbot: QtBot, text: str) -> None:
    qtbot.waitUntil(lambda: dialog.count_label.text() == text, timeout=WAIT_MS)


def test_a_segment_is_made_counted_saved_edited_and_deleted_from_the_picker(
    picker: RecipientPicker, segments: SegmentsService, gui_context: AppContext, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert picker.new_segment_button.isVisible() and not picker.edit_segment_button.isEnabled()
    dialog = open_editor(picker, qtbot, picker.new_segment_button)
    wait_count(dialog, qtbot, "4 contacts match. 1 more left out (opted out, or no usable number).")

    dialog.name_edit.setText("1年A組の1年生")
    dialog.check_group("1年A組")
    row = dialog.add_condition()
    row.field_choice.setCurrentText("学年")
    assert [row.value_edit.itemText(i) for i in range(row.value_edit.count())] == ["1", "2"]
    row.value_edit.setEditText("1")
    wait_count(dialog, qtbot, "2 contacts match. 1 more left out (opted out, or no usable number).")
    with qtbot.waitSignal(picker.segments_reloaded, timeout=WAIT_MS):
        dialog.save_button.click()
    assert picker.source_value.currentText() == "1年A組の1年生" and picker.edit_segment_button.isEnabled()
    segment_id = picker.source_value.currentData()
    class_a = GroupsService(gui_context.database.session_factory).find_by_name("1年A組").id
    assert segments.get(segment_id).filter == SegmentFilter((class_a,), (("学年", "1"),))

    dialog = open_editor(picker, qtbot, picker.edit_segment_button)
    assert dialog.name_edit.text() == "1年A組の1年生"
    assert [r.condition() for r in dialog.condition_rows()] == [("学年", "1")]
    dialog.name_edit.setText("1年A組")
    dialog.condition_rows()[0].remove_button.click()
    wait_count(dialog, qtbot, "3 contacts match. 1 more left out (opted out, or no usable number).")
    with qtbot.waitSignal(picker.segments_reloaded, timeout=WAIT_MS):
        dialog.save_button.click()
    assert picker.source_value.currentText() == "1年A組"
    assert segments.get(segment_id).filter.fields == ()

    dialog = open_editor(picker, qtbot, picker.edit_segment_button)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(picker.segments_reloaded, timeout=WAIT_MS):
        dialog.delete_button.click()
    assert picker.source_value.count() == 0 and not picker.edit_segment_button.isEnabled()
    assert segments.list_segments() == []


def test_an_empty_or_taken_name_shows_a_message_and_stores_nothing(
    picker: RecipientPicker, segments: SegmentsService, qtbot: QtBot
) -> None:
    segments.create("既存", SegmentFilter())
    dialog = open_editor(picker, qtbot, picker.new_segment_button)
    row = dialog.add_condition()
    row.value_edit.setEditText("2")

    dialog.name_edit.setText("  ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.text() == "Please give the segment a name.", timeout=WAIT_MS)
    dialog.name_edit.setText("既存")
    dialog.save_button.click()
    taken = "A segment named “既存” already exists. Please choose another name."
    qtbot.waitUntil(lambda: dialog.error_label.text() == taken, timeout=WAIT_MS)

    assert dialog.isVisible() and dialog.name_edit.text() == "既存" and row.condition() == ("学年", "2")
    assert [(s.name, s.filter) for s in segments.list_segments()] == [("既存", SegmentFilter())]


def test_a_condition_without_a_value_is_not_counted_and_not_saved(
    picker: RecipientPicker, segments: SegmentsService, qtbot: QtBot
) -> None:
    dialog = open_editor(picker, qtbot, picker.new_segment_button)
    dialog.name_edit.setText("学年")
    dialog.add_condition()
    wait_count(dialog, qtbot, "Enter a value for every condition to see how many contacts match.")
    dialog.save_button.click()
    missing = "Enter a value for “学年”, or remove that condition."
    qtbot.waitUntil(lambda: dialog.error_label.text() == missing, timeout=WAIT_MS)
    assert segments.list_segments() == []


def test_declining_the_confirmation_keeps_the_segment(
    picker: RecipientPicker, segments: SegmentsService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    segment_id = segments.create("1年B組", SegmentFilter())
    dialog = SegmentEditorDialog(segments, segment_id, picker)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    asked: list[str] = []

    def decline(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    dialog.delete_button.click()
    assert asked == ["Delete the segment “1年B組”? No contact is deleted."]
    assert segments.get(segment_id).name == "1年B組"


def cut_off(root: QWidget) -> list[str]:
    """Texts of visible buttons and one-line labels narrower than they need to be."""
    widgets: list[QAbstractButton | QLabel] = [*root.findChildren(QAbstractButton)]
    widgets += root.findChildren(QLabel)
    return [
        w.text() for w in widgets
        if w.isVisible() and w.text() and not (isinstance(w, QLabel) and w.wordWrap())
        and w.width() < w.sizeHint().width()
    ]


def test_the_editor_and_the_picker_fit_in_japanese(
    app: QApplication, picker: RecipientPicker, segments: SegmentsService, qtbot: QtBot, tmp_path: Path
) -> None:
    segment_id = segments.create("1年A組 保護者（学年1）", SegmentFilter((), (("学年", "1"),)))
    translations = Translations(app)
    translations.apply("ja")
    try:
        qtbot.waitUntil(lambda: picker.title() == "宛先", timeout=WAIT_MS)
        with qtbot.waitSignal(picker.segments_reloaded, timeout=WAIT_MS):
            picker._reload_segments(segment_id)
        dialog = picker.open_segment_editor(segment_id)
        assert dialog is not None
        counted = "該当する連絡先: 2件。"  # the count, translated
        qtbot.waitUntil(lambda: dialog.count_label.text().startswith(counted), timeout=WAIT_MS)
        assert picker.grab().save(str(tmp_path / "segment-picker-ja.png"))
        assert dialog.grab().save(str(tmp_path / "segment-editor-ja.png"))
        assert cut_off(picker) == [] and cut_off(dialog) == []
    finally:
        translations.uninstall()
