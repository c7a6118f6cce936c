"""The import wizard: a Japanese roster from file to contacts and back (undo), bad files, drops, cancel."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_sms.context import AppContext
from desk_sms.db.models import AuditEntry, Contact
from desk_sms.importing.mapping import Field
from desk_sms.importing.roster_import import (
    ImportOptions,
    ImportPreview,
    ImportResult,
    Progress,
    RosterImporter,
)
from desk_sms.importing.roster_rows import RowStatus
from desk_sms.importing.roster_writer import BATCH_SIZE
from desk_sms.services.contacts import ContactDraft, ContactsService
from ui.dialogs.import_wizard import CHECK, FILE, IMPORT, MAPPING, ImportWizard
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.contacts import ContactsPage

pytestmark = [pytest.mark.timeout(120), pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
WAIT_MS = 30_000
DATA = Path(__file__).resolve().parents[1] / "data"
DOCS = Path(__file__).resolve().parents[2] / "docs"
KNOWN_NUMBER = "+819011112222"
PUPILS = [
    ("佐藤 花子", "サトウ ハナコ", "090-1111-2222", "3年A組", "吹奏楽部"),  # already a contact
    ("鈴木 一郎", "スズキ イチロウ", "０８０－３３３３－４４４４", "3年A組", "野球部"),
    ("高橋 美咲", "タカハシ ミサキ", "07055556666", "3年B組", ""),
    ("田中 翔", "タナカ ショウ", "080-3333-4444", "3年B組", "サッカー部"),  # same number as 鈴木
    ("伊藤 陽菜", "イトウ ヒナ", "03-1234-5678", "3年A組", "美術部"),  # a landline: no SMS
    ("渡辺 大輝", "ワタナベ ダイキ", 9077778888, "3年C組", "野球部"),  # lost its leading zero
]


def write_roster(path: Path) -> Path:
    """A class roster as offices make them: a title line above the header, then the pupils."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "3年名簿"
    sheet.append(["令和6年度 3年 保護者連絡先"])
    sheet.append([])
    sheet.append(["氏名", "フリガナ", "保護者携帯", "クラス", "部活"])
    for pupil in PUPILS:
        sheet.append(list(pupil))
    workbook.create_sheet("メモ").append(["担任: 山田先生"])
    workbook.save(path)
    return path


@pytest.fixture
def importer(gui_context: AppContext) -> Iterator[RosterImporter]:
    gui_context.settings.set("quiet_hours_start", "00:00")
    gui_context.settings.set("quiet_hours_end", "00:00")
    yield RosterImporter(gui_context.database.session_factory, gui_context.events, gui_context.clock)
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)  # no import left running


@pytest.fixture
def known_contact(gui_context: AppContext) -> int:
    service = ContactsService(gui_context.database.session_factory, gui_context.events, gui_context.clock)
    return service.create(ContactDraft(name="佐藤 はなこ", phones=("090-1111-2222",)))


@pytest.fixture
def wizard(app: QApplication, importer: RosterImporter, qtbot: QtBot) -> ImportWizard:
    dialog = ImportWizard(importer)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def live_contacts(context: AppContext) -> dict[str, str]:
    """Name by number of every contact not deleted."""
    service = ContactsService(context.database.session_factory, context.events, context.clock)
    return {phone.e164: details.name for details in service.iter_details() for phone in details.phones}


def open_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    with qtbot.waitSignal(wizard.overview_loaded, timeout=WAIT_MS):
        wizard.set_file(path)


def check_rows(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.preview_loaded, timeout=WAIT_MS):
        wizard.go_next()


def test_japanese_roster_mapping_update_commit_and_undo(
    wizard: ImportWizard, gui_context: AppContext, known_contact: int, qtbot: QtBot, tmp_path: Path
) -> None:
    open_file(qtbot, wizard, write_roster(tmp_path / "名簿.xlsx"))
    assert wizard.file_step.sheet_combo.currentText() == "3年名簿"
    assert wizard.overview is not None and wizard.overview.header_row == 3
    wizard.go_next()
    assert wizard.step == MAPPING
    # Suggested from the Japanese headers; the unknown 部活 is kept as a custom field.
    assert wizard.mapping_step.chosen_fields() == [Field.NAME, Field.READING, Field.PHONE, Field.GROUP,
                                                   Field.CUSTOM]
    assert wizard.mapping_step.table.item(1, 0).text() == "佐藤 花子"
    check_rows(qtbot, wizard)
    assert wizard.step == CHECK and wizard.preview is not None
    counts = wizard.preview.counts
    assert (counts[RowStatus.NEW], counts[RowStatus.EXISTS], counts[RowStatus.DUPLICATE],
            counts[RowStatus.INVALID]) == (3, 1, 1, 1)
    assert wizard.check_step.summary.text() == (  # each count with its own plural form
        "6 rows read: 3 new contacts, 1 already in your contacts, 1 duplicate within the file, 1 invalid.")
    problems = wizard.check_step.problems
    listed = {
        problems.item(line, 0).text(): problems.item(line, 2).text() for line in range(problems.rowCount())
    }
    assert "Same number as row 5." in listed["7"] and "not a mobile number" in listed["8"]
    assert live_contacts(gui_context) == {KNOWN_NUMBER: "佐藤 はなこ"}  # nothing written yet

    wizard.check_step.existing_combo.setCurrentIndex(1)  # the known number: update that contact
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT_MS) as finished:
        wizard.go_next()
        # Cancel would not take updates back: the wizard says so while it works.
        assert "contacts already updated stay updated" in wizard.import_step.status.text()
    result: ImportResult = finished.args[0]
    assert (result.imported, result.updated, result.skipped, result.invalid) == (3, 1, 1, 1)
    assert wizard.import_step.result.text() == "3 contacts added, 1 updated, 1 skipped, 1 invalid."
    assert wizard.step == IMPORT and wizard.import_step.undo_button.isVisible()
    contacts = live_contacts(gui_context)
    assert contacts[KNOWN_NUMBER] == "佐藤 花子"
    assert contacts["+818033334444"] == "鈴木 一郎" and contacts["+819077778888"] == "渡辺 大輝"
    assert len(contacts) == 4

    with qtbot.waitSignal(wizard.import_undone, timeout=WAIT_MS) as undone:
        wizard.import_step.undo_button.click()
    assert undone.args == [3]
    # The three new contacts are gone; the update of the known one is kept.
    assert live_contacts(gui_context) == {KNOWN_NUMBER: "佐藤 花子"}
    assert wizard.cancel_button.text() == "Close"


def test_invalid_rows_saved_as_a_workbook_to_fix(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    open_file(qtbot, wizard, write_roster(tmp_path / "名簿.xlsx"))
    wizard.go_next()
    check_rows(qtbot, wizard)
    target = tmp_path / "直す行.xlsx"
    with qtbot.waitSignal(wizard.errors_saved, timeout=WAIT_MS):
        wizard.check_step.save_button.isEnabled() and wizard.save_errors_to(target)
    rows = list(load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("row", "status", "problems") and rows[0][3:5] == ("氏名", "フリガナ")
    assert [(row[0], row[1], row[3]) for row in rows[1:]] == [(8, "invalid", "伊藤 陽菜")]
    assert "not a mobile number" in str(rows[1][2])


def test_a_changed_mapping_is_what_gets_imported(
    wizard: ImportWizard, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    open_file(qtbot, wizard, write_roster(tmp_path / "名簿.xlsx"))
    wizard.go_next()
    club = wizard.mapping_step.combos[4]
    club.setCurrentIndex(club.findData(Field.IGNORE.value))
    check_rows(qtbot, wizard)
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT_MS):
        wizard.go_next()
    service = ContactsService(gui_context.database.session_factory, gui_context.events, gui_context.clock)
    assert all(not details.fields for details in service.iter_details())


@pytest.mark.parametrize(
    ("name", "expected"),
    [("encrypted.xlsx", "protected by a password"), ("truncated.xlsx", "damaged"),
     ("image_named.xlsx", "not a spreadsheet"), ("empty_lo.xlsx", "is empty")],
)
def test_a_bad_file_is_explained_and_the_wizard_stays_on_step_one(
    wizard: ImportWizard, recorded_dialogs: list[QMessageBox], qtbot: QtBot, name: str, expected: str
) -> None:
    with qtbot.waitSignal(wizard.task_failed, timeout=WAIT_MS):
        wizard.set_file(DATA / name)
    assert len(recorded_dialogs) == 1 and expected in recorded_dialogs[0].text()
    assert wizard.step == FILE and not wizard.next_button.isEnabled()


def test_mixed_encodings_at_the_start_are_refused_on_step_one(
    wizard: ImportWizard, recorded_dialogs: list[QMessageBox], qtbot: QtBot
) -> None:
    with qtbot.waitSignal(wizard.task_failed, timeout=WAIT_MS):
        wizard.set_file(DATA / "mixed_utf8_cp932.csv")
    assert "mixes text encodings" in recorded_dialogs[0].text()


def test_mixed_encodings_found_while_checking_write_nothing(
    wizard: ImportWizard, gui_context: AppContext, recorded_dialogs: list[QMessageBox], qtbot: QtBot,
    tmp_path: Path,
) -> None:
    roster = tmp_path / "pasted.csv"
    utf8_part = "".join(f"生徒{i},090{10000000 + i:08d}\n" for i in range(70_000)).encode()
    roster.write_bytes("氏名,携帯\n".encode() + utf8_part + "佐藤,080-1111-2222\n".encode("cp932"))
    open_file(qtbot, wizard, roster)
    wizard.go_next()
    with qtbot.waitSignal(wizard.task_failed, timeout=WAIT_MS):
        wizard.go_next()
    assert "mixes text encodings" in recorded_dialogs[0].text() and "70002" in recorded_dialogs[0].text()
    assert wizard.step == MAPPING and live_contacts(gui_context) == {}


class HeldImporter(RosterImporter):
    """Holds the check's worker right after its first progress report until the test releases it,
    so Cancel is pressed while the check is surely running, however fast the machine is."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.reported = threading.Event()
        self.release = threading.Event()

    def preview(
        self, path: str | Path, options: ImportOptions | None = None, progress: Progress | None = None
    ) -> ImportPreview:
        assert options is not None and progress is not None

        def held(done: int, total: int | None) -> None:
            progress(done, total)
            if not self.reported.is_set():
                self.reported.set()
                assert self.release.wait(WAIT_MS / 1000)

        return super().preview(path, options, held)


@pytest.fixture
def held_importer(gui_context: AppContext) -> Iterator[HeldImporter]:
    importer = HeldImporter(gui_context.database.session_factory, gui_context.events, gui_context.clock)
    yield importer
    importer.release.set()
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)


@pytest.fixture
def held_wizard(app: QApplication, held_importer: HeldImporter, qtbot: QtBot) -> ImportWizard:
    dialog = ImportWizard(held_importer)
    qtbot.addWidget(dialog)  # pytest-qt keeps only a weak reference: the fixture holds the dialog
    dialog.show()
    return dialog


def test_cancel_while_checking_a_big_file(
    held_wizard: ImportWizard, held_importer: HeldImporter, gui_context: AppContext, qtbot: QtBot,
    tmp_path: Path,
) -> None:
    wizard, importer = held_wizard, held_importer
    roster = tmp_path / "big.csv"
    with roster.open("w", encoding="utf-8") as stream:
        stream.write("氏名,携帯\n")
        stream.writelines(f"生徒{i},090{10000000 + i:08d}\n" for i in range(2 * BATCH_SIZE))
    open_file(qtbot, wizard, roster)
    wizard.go_next()
    with qtbot.waitSignal(wizard.task_failed, timeout=WAIT_MS):
        wizard.go_next()
        qtbot.waitUntil(lambda: f"{BATCH_SIZE:,}" in wizard.progress.format(), timeout=WAIT_MS)
        assert wizard.busy and wizard.progress.isVisible()
        wizard.cancel_button.click()
        importer.release.set()
    assert wizard.step == MAPPING and wizard.preview is None and not wizard.busy
    assert live_contacts(gui_context) == {}


def test_a_file_dropped_on_the_contacts_page_opens_the_wizard_and_imports_it(
    make_window: Any, english: None, gui_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = make_window().window
    page = window.findChild(ContactsPage)
    assert page is not None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write_roster(tmp_path / "名簿.xlsx")))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    wizard = page.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.overview is not None, timeout=WAIT_MS)
    assert wizard.file_step.sheet_combo.currentText() == "3年名簿"
    wizard.go_next()
    check_rows(qtbot, wizard)
    with qtbot.waitSignal(wizard.import_finished, timeout=WAIT_MS):
        wizard.go_next()
    # One import, one audit entry: the one the audit page's "Imports" filter finds.
    with gui_context.database.session_factory() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action.not_like("user.%")))
        assert actions.all() == ["import.contacts"]
    wizard.close()


def test_screenshots_of_every_step_in_japanese(
    app: QApplication, wizard: ImportWizard, gui_context: AppContext, known_contact: int,
    qtbot: QtBot, tmp_path: Path,
) -> None:
    translations = Translations(app)
    translations.apply("ja")
    try:
        # The open wizard follows the language switch.
        qtbot.waitUntil(lambda: wizard.next_button.text() == "次へ", timeout=WAIT_MS)
        wizard.resize(960, 620)
        shots = [tmp_path / f"screenshot-import-{n}.png" for n in range(1, 5)]
        open_file(qtbot, wizard, write_roster(tmp_path / "名簿.xlsx"))
        assert wizard.grab().save(str(shots[0]))
        wizard.go_next()
        assert wizard.mapping_step.combos[0].currentText() == "名前"
        assert wizard.grab().save(str(shots[1]))
        check_rows(qtbot, wizard)
        assert wizard.check_step.summary.text() == (
            "6 行を読み込みました: 新規 3 件、登録済み 1 件、ファイル内の重複 1 件、エラー 1 件。")
        wizard.check_step.existing_combo.setCurrentIndex(1)
        assert wizard.grab().save(str(shots[2]))
        with qtbot.waitSignal(wizard.import_finished, timeout=WAIT_MS):
            wizard.go_next()
        assert wizard.grab().save(str(shots[3]))
        DOCS.mkdir(exist_ok=True)
        for shot in shots:
            shutil.copy(shot, DOCS / shot.name)
        with gui_context.database.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(Contact)) == 4
    finally:
        translations.uninstall()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xef\xbb\xbf", "odd.csv has no rows"),
        ("氏名,携帯\n".encode(), "odd.csv has no rows below the header"),
        (b"name,phone," + b"x" * 1_200_000, "larger than 1 MB"),
    ],
)
def test_odd_files_are_explained_by_name_on_step_one(
    wizard: ImportWizard, recorded_dialogs: list[QMessageBox], qtbot: QtBot, tmp_path: Path,
    content: bytes, expected: str,
) -> None:
    roster = tmp_path / "odd.csv"
    roster.write_bytes(content)
    with qtbot.waitSignal(wizard.task_failed, timeout=WAIT_MS):
        wizard.set_file(roster)
    assert len(recorded_dialogs) == 1 and expected in recorded_dialogs[0].text()
    assert wizard.step == FILE and not wizard.next_button.isEnabled()


def test_a_stray_value_in_the_last_cell_is_a_warning_in_the_check_step(
    app: QApplication, wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    roster = write_roster(tmp_path / "名簿.xlsx")
    workbook = load_workbook(roster)
    workbook["3年名簿"]["XFD1048576"] = "残り"
    workbook.save(roster)
    open_file(qtbot, wizard, roster)
    wizard.go_next()
    check_rows(qtbot, wizard)
    assert wizard.check_step.warnings.text() == (
        "Cells far from the table (XFD1048576) hold values; they were ignored."
    )
    translations = Translations(app)
    translations.apply("ja")
    try:
        qtbot.waitUntil(lambda: wizard.next_button.text() == "取り込む", timeout=WAIT_MS)
        wizard.go_back()
        check_rows(qtbot, wizard)
        assert wizard.check_step.warnings.text() == (
            "表から遠く離れたセル（XFD1048576）に値があります。これらは無視しました。"
        )
        wizard.resize(960, 620)
        assert wizard.grab().save(str(tmp_path / "far-cells-ja.png"))
    finally:
        translations.uninstall()
