"""The watched folder: files taken only once complete, imported with the saved mapping, moved to
done/ or failed/ with a report, never twice, and never half (a bad row writes nothing)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desk_sms.context import AppContext
from desk_sms.db.models import Appointment, AuditEntry, Contact
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.watched_folder import FolderWatcher

MAPPING = {"予約番号": "external_id", "氏名": "name", "電話": "phone", "日付": "date", "時間": "time",
           "場所": "place"}
HEADER = "予約番号,氏名,電話,日付,時間,場所\n"
TOMORROW = ("R-1,森 花子,090-5555-0001,2026/01/06,10:00,本院\n"
            "R-2,山田 太郎,080-1234-0002,2026/01/06,10:30,本院\n"
            "R-3,佐藤 次郎,070-2222-0003,2026/01/06,11:00,分院\n")


@pytest.fixture
def folder(context: AppContext, tmp_path: Path) -> Path:
    inbox = tmp_path / "exports"
    inbox.mkdir()
    context.settings.set("watch_folder", str(inbox))
    context.settings.set("watch_folder_mapping", MAPPING)
    return inbox


def count(context: AppContext, model: type[Appointment] | type[Contact]) -> int:
    with context.database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def look_twice(watcher: FolderWatcher) -> list[str]:
    """Two looks: the first sees the file, the second (nothing changed) takes it."""
    assert watcher.look() == []
    return [f"{o.name} → {o.folder}" for o in watcher.look()]


def test_an_export_is_imported_with_the_saved_mapping_and_filed_in_done(
    context: AppContext, folder: Path
) -> None:
    (folder / "予約_20260106.csv").write_text(HEADER + TOMORROW, encoding="utf-8-sig")
    watcher = FolderWatcher(context, folder)
    assert look_twice(watcher) == ["予約_20260106.csv → done"]
    assert not (folder / "予約_20260106.csv").exists()
    assert (folder / "done" / "予約_20260106.csv").exists()
    report = (folder / "done" / "予約_20260106.csv.report.txt").read_text(encoding="utf-8")
    assert "3 appointments added, 0 updated, 0 unchanged, 3 new contacts" in report
    with context.database.session_factory() as session:
        rows = session.execute(select(Appointment.external_id, Appointment.starts_at, Appointment.place)
                               .order_by(Appointment.external_id)).all()
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "import.watched_folder")).one()
    assert rows[0] == ("R-1", datetime(2026, 1, 6, 1, 0, tzinfo=UTC), "本院")  # 10:00 in Tokyo
    assert [row.external_id for row in rows] == ["R-1", "R-2", "R-3"]
    assert audit.user_name == "watched folder" and "予約_20260106.csv → done" in audit.detail


def test_a_file_still_being_written_is_not_read_half(context: AppContext, folder: Path) -> None:
    growing = folder / "export.csv"
    growing.write_text(HEADER + TOMORROW.splitlines(keepends=True)[0], encoding="utf-8")
    watcher = FolderWatcher(context, folder)
    assert watcher.look() == []  # seen for the first time
    with growing.open("a", encoding="utf-8") as more:  # the reservation system writes on
        more.write("".join(TOMORROW.splitlines(keepends=True)[1:]))
    assert watcher.look() == [] and count(context, Appointment) == 0  # changed since the last look
    assert [o.folder for o in watcher.look()] == ["done"]
    assert count(context, Appointment) == 3


def test_the_same_file_twice_imports_nothing_again_and_a_new_export_moves_an_appointment(
    context: AppContext, folder: Path
) -> None:
    watcher = FolderWatcher(context, folder)
    (folder / "a.csv").write_text(HEADER + TOMORROW, encoding="utf-8")
    look_twice(watcher)
    (folder / "a.csv").write_text(HEADER + TOMORROW, encoding="utf-8")  # dropped again
    assert look_twice(watcher) == ["a.csv → done"]
    again = (folder / "done" / "a-2.csv.report.txt").read_text(encoding="utf-8")
    assert "nothing was imported again" in again
    assert count(context, Appointment) == count(context, Contact) == 3
    moved = TOMORROW.replace("2026/01/06,10:30", "2026/01/06,15:30")  # R-2 moved to the afternoon
    (folder / "b.csv").write_text(HEADER + moved, encoding="utf-8")
    look_twice(watcher)
    report = (folder / "done" / "b.csv.report.txt").read_text(encoding="utf-8")
    assert "0 appointments added, 1 updated, 2 unchanged" in report
    with context.database.session_factory() as session:
        query = select(Appointment.starts_at).where(Appointment.external_id == "R-2")
        starts = session.scalars(query).one()
    assert starts == datetime(2026, 1, 6, 6, 30, tzinfo=UTC) and count(context, Appointment) == 3


def test_bad_rows_send_the_file_to_failed_with_a_report_and_nothing_written(
    context: AppContext, folder: Path
) -> None:
    bad = TOMORROW + "R-4,鈴木,090-9999-0004,来週のどこか,10:00,本院\nR-5,,12,2026/01/06,12:00,本院\n"
    (folder / "bad.csv").write_text(HEADER + bad, encoding="cp932")
    assert look_twice(FolderWatcher(context, folder)) == ["bad.csv → failed"]
    report = (folder / "failed" / "bad.csv.report.txt").read_text(encoding="utf-8")
    assert "nothing imported: 2 rows with problems" in report
    assert "row 5: the date or time cannot be read" in report and "row 6: no contact has" in report
    assert count(context, Appointment) == count(context, Contact) == 0


def test_a_mapping_that_does_not_fit_the_file_is_reported(context: AppContext, folder: Path) -> None:
    (folder / "other.csv").write_text(HEADER + TOMORROW, encoding="utf-8")
    renamed = {column: field for column, field in MAPPING.items() if field != "external_id"}
    context.settings.set("watch_folder_mapping", {**renamed, "受付番号": "external_id"})
    assert look_twice(FolderWatcher(context, folder)) == ["other.csv → failed"]
    assert "the file has no column '受付番号'" in (folder / "failed" / "other.csv.report.txt").read_text(
        encoding="utf-8")


def test_an_excel_export_and_a_known_patient(context: AppContext, folder: Path) -> None:
    contacts = ContactsService(context.database.session_factory)
    contacts.create(ContactDraft("森 花子", phones=("09055550001",)))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.strip().split(","))
    sheet.append(["R-1", "森 花子", "090-5555-0001", "2026/01/06", "10:00", "本院"])
    book.save(folder / "予約.xlsx")
    assert look_twice(FolderWatcher(context, folder)) == ["予約.xlsx → done"]
    assert count(context, Contact) == 1 and count(context, Appointment) == 1


def test_a_roster_folder_adds_contacts_or_nothing(context: AppContext, folder: Path) -> None:
    context.settings.set("watch_folder_kind", "contacts")
    context.settings.set("watch_folder_mapping", {"生徒名": "name", "連絡先": "phone"})
    watcher = FolderWatcher(context, folder)
    bad = "生徒名,連絡先\n山田,090-1234-0001\n佐藤,not a number\n"
    (folder / "bad.csv").write_text(bad, encoding="utf-8")
    assert look_twice(watcher) == ["bad.csv → failed"] and count(context, Contact) == 0
    assert "row 3:" in (folder / "failed" / "bad.csv.report.txt").read_text(encoding="utf-8")
    (folder / "roster.csv").write_text("生徒名,連絡先\n山田,090-1234-0001\n佐藤,090-1234-0002\n",
                                       encoding="utf-8")
    assert look_twice(watcher) == ["roster.csv → done"] and count(context, Contact) == 2
    with context.database.session_factory() as session:
        # Besides the settings above and each file's filing (`import.watched_folder`, for refusals
        # too), the one import is one entry.
        imports = session.execute(select(AuditEntry.user_name, AuditEntry.action)
                                  .where(AuditEntry.action.not_like("settings%"),
                                         AuditEntry.action != "import.watched_folder")).all()
    assert imports == [("watched folder", "import.contacts")]
