"""Roster import end to end on a real migrated SQLite database: preview, commit, dedupe, undo."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.context import AppContext
from desk_sms.db.models import (
    AuditEntry,
    Contact,
    ContactFieldValue,
    ContactGroup,
    ContactPhone,
    CustomField,
    Group,
    ImportBatch,
)
from desk_sms.errors import NotFound
from desk_sms.events import DataChanged
from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.exporting import export_rows
from desk_sms.importing.mapping import Field, parse_map_option
from desk_sms.importing.roster_import import ErrorsFile, ImportOptions, RosterImporter, write_error_workbook
from desk_sms.importing.roster_rows import ProblemCode, RowStatus, parse_consent_date

DATA = Path(__file__).resolve().parents[2] / "data"
JST = timezone(timedelta(hours=9))


@pytest.fixture
def factory(context: AppContext) -> sessionmaker[Session]:
    return context.database.session_factory


@pytest.fixture
def importer(context: AppContext) -> RosterImporter:
    return RosterImporter(context.database.session_factory, context.events, context.clock, timezone=JST)


def _write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _live_numbers(factory: sessionmaker[Session]) -> dict[str, str]:
    statement = (
        select(ContactPhone.e164, Contact.name)
        .join(Contact, Contact.id == ContactPhone.contact_id)
        .where(Contact.deleted_at.is_(None))
    )
    with factory() as session:
        return {e164: name for e164, name in session.execute(statement)}


def test_overview_finds_sheets_header_and_mapping(importer: RosterImporter) -> None:
    overview = importer.inspect(DATA / "roster_lo.xlsx")
    assert overview.sheets == ("名簿", "メモ")
    assert (overview.sheet, overview.header_row) == ("名簿", 1)
    assert overview.headers[:3] == ("氏名", "フリガナ", "電話番号")
    fields = [column.field for column in overview.mapping.columns]
    assert fields == [Field.NAME, Field.READING, Field.PHONE, Field.GROUP, Field.NOTES, Field.CONSENT_DATE]
    assert overview.sample[0][0] == "山田 太郎"


@pytest.mark.parametrize("name", ["roster_lo.xlsx", "roster_lo.xls", "roster_cp932.csv"])
def test_preview_of_the_sample_roster_writes_nothing(
    importer: RosterImporter, factory: sessionmaker[Session], name: str
) -> None:
    preview = importer.preview(DATA / name)
    assert preview.rows_read == 5
    assert preview.counts[RowStatus.NEW] == 4
    assert preview.counts[RowStatus.INVALID] == 1
    (invalid,) = [row for row in preview.problem_rows if row.status == RowStatus.INVALID]
    assert invalid.number == 5
    assert [(p.code, p.detail) for p in invalid.problems] == [(ProblemCode.PHONE_INVALID, "not_mobile")]
    assert _live_numbers(factory) == {}


def test_commit_writes_contacts_groups_and_batch(
    importer: RosterImporter, factory: sessionmaker[Session], context: AppContext
) -> None:
    events: list[object] = []
    context.events.subscribe(events.append)
    result = importer.commit(DATA / "roster_lo.xlsx")
    assert (result.imported, result.invalid, result.skipped, result.cancelled) == (4, 1, 0, False)
    assert _live_numbers(factory) == {
        "+819012345678": "山田 太郎",
        "+818011112222": "佐藤 花子",
        "+817033334444": "髙橋 一郎",
        "+819055556666": "田中 三奈",
    }
    with factory() as session:
        yamada = session.scalars(select(Contact).where(Contact.name == "山田 太郎")).one()
        assert (yamada.reading, yamada.notes) == ("ヤマダ タロウ", "兄弟あり")
        assert yamada.consent_at == datetime(2024, 3, 31, 15, 0, tzinfo=UTC)  # 4/1 00:00 JST
        assert yamada.consent_source is None
        assert yamada.import_batch_id == result.batch_id
        groups = {
            contact: group
            for contact, group in session.execute(
                select(Contact.name, Group.name)
                .join(ContactGroup, ContactGroup.contact_id == Contact.id)
                .join(Group, Group.id == ContactGroup.group_id)
            )
        }
        assert groups["佐藤 花子"] == "1年A組"  # from the merged cell
        assert session.scalar(select(func.count(Group.id))) == 3
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert (batch.file_name, batch.rows_read, batch.imported, batch.invalid) == (
            "roster_lo.xlsx",
            5,
            4,
            1,
        )
        assert session.scalars(select(AuditEntry.action)).all() == ["import.contacts"]
    assert DataChanged("contacts") in events


def test_second_import_skips_known_numbers_or_updates_them(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    importer.commit(DATA / "roster_lo.xlsx")
    again = importer.commit(DATA / "roster_cp932.csv")
    assert (again.imported, again.skipped, again.invalid) == (0, 4, 1)
    changed = _write_csv(
        tmp_path / "changed.csv",
        ["氏名,携帯,クラス,担任", "山田 太郎(改),090-1234-5678,2年A組,佐藤先生"],
    )
    updated = importer.commit(changed, ImportOptions(update_existing=True))
    assert (updated.imported, updated.updated) == (0, 1)
    with factory() as session:
        yamada = session.scalars(
            select(Contact).join(ContactPhone).where(ContactPhone.e164 == "+819012345678")
        ).one()
        assert (yamada.name, yamada.notes) == ("山田 太郎(改)", "兄弟あり")  # notes kept
        groups = session.scalars(
            select(Group.name).join(ContactGroup).where(ContactGroup.contact_id == yamada.id)
        ).all()
        assert sorted(groups) == ["1年A組", "2年A組"]
        value = session.scalar(
            select(ContactFieldValue.value)
            .join(CustomField)
            .where(ContactFieldValue.contact_id == yamada.id, CustomField.name == "担任")
        )
        assert value == "佐藤先生"


def test_duplicates_within_the_file(importer: RosterImporter, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "dupes.csv",
        ["氏名,電話", "山田,090-1234-5678", "山田(兄),０９０１２３４５６７８", "佐藤,9012345679"],
    )
    preview = importer.preview(path)
    assert preview.counts[RowStatus.NEW] == 2
    (duplicate,) = preview.problem_rows
    assert (duplicate.number, duplicate.status) == (3, RowStatus.DUPLICATE)
    assert (duplicate.problems[0].code, duplicate.problems[0].detail) == (ProblemCode.DUPLICATE_IN_FILE, "2")


def test_undo_takes_back_exactly_that_import(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    earlier = importer.commit(_write_csv(tmp_path / "a.csv", ["氏名,電話", "前からいる,080-9999-0000"]))
    result = importer.commit(DATA / "roster_lo.xlsx")
    assert importer.undo(result.batch_id) == 4
    assert _live_numbers(factory) == {"+818099990000": "前からいる"}
    with pytest.raises(ImportFileError) as caught:
        importer.undo(result.batch_id)
    assert caught.value.code == ImportFileCode.ALREADY_UNDONE
    with pytest.raises(NotFound):
        importer.undo(9999)
    assert importer.commit(DATA / "roster_lo.xlsx").imported == 4  # undone numbers are free again
    assert earlier.imported == 1


def test_cancel_between_batches_leaves_nothing(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    lines = ["氏名,電話"] + [f"生徒{i},090{i:08d}" for i in range(10_000_000, 10_001_200)]
    path = _write_csv(tmp_path / "big.csv", lines)
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int | None) -> None:
        seen.append(done)
        cancel.set()

    result = importer.commit(path, progress=progress, cancel=cancel)
    assert result.cancelled
    assert seen[0] == 500
    assert _live_numbers(factory) == {}
    with factory() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None and batch.undone_at is not None


def test_error_in_the_middle_of_the_file_leaves_nothing(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    lines = ["氏名,電話"] + [f"生徒{i},090{i:08d}" for i in range(10_000_000, 10_001_200)]
    path = _write_csv(tmp_path / "big.csv", lines)
    with pytest.raises(ImportFileError) as caught:
        # Close enough to the limit to pass the early count: refused after two batches were written.
        importer.commit(path, ImportOptions(max_rows=1150))
    assert caught.value.code == ImportFileCode.TOO_MANY_ROWS
    assert _live_numbers(factory) == {}


def _names(factory: sessionmaker[Session], column: object) -> list[str]:
    with factory() as session:
        return sorted(session.scalars(select(column)).all())  # type: ignore[call-overload]


def test_an_import_taken_back_leaves_no_group_or_field_it_created(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    importer.commit(DATA / "roster_lo.xlsx")
    groups, fields = _names(factory, Group.name), _names(factory, CustomField.name)
    people = [f"生徒{i},090{i:08d},新しい組,陸上部" for i in range(10_000_000, 10_001_200)]
    path = _write_csv(tmp_path / "big.csv", ["氏名,電話,クラス,部活", *people])
    with pytest.raises(ImportFileError):
        importer.commit(path, ImportOptions(max_rows=1150))  # refused after two batches were written
    cancel = threading.Event()
    cancelled = importer.commit(path, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert cancelled.cancelled
    assert (_names(factory, Group.name), _names(factory, CustomField.name)) == (groups, fields)
    assert len(_live_numbers(factory)) == 4  # the first import's


def test_a_contact_updated_before_a_cancel_keeps_its_new_group(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    importer.commit(DATA / "roster_lo.xlsx")
    people = [f"生徒{i},090{i:08d},新しい組" for i in range(10_000_000, 10_001_200)]
    path = _write_csv(tmp_path / "big.csv", ["氏名,電話,クラス", "山田 太郎,090-1234-5678,新しい組", *people])
    cancel = threading.Event()

    def cancel_once_writing(done: int, total: int | None) -> None:
        if total is not None:  # the check counts without a total; this is the first written batch
            cancel.set()

    result = importer.commit(path, ImportOptions(update_existing=True), cancel_once_writing, cancel)
    assert result.cancelled
    assert "新しい組" in _names(factory, Group.name)  # 山田 (updated, live) is in it


@pytest.mark.parametrize("title_rows", [[], ["4月の名簿", ""]])
def test_the_header_and_titles_do_not_count_against_the_row_limit(
    importer: RosterImporter, tmp_path: Path, title_rows: list[str]
) -> None:
    people = ["山田,090-1234-5678", "佐藤,080-1111-2222", "髙橋,070-3333-4444"]
    path = _write_csv(tmp_path / "three.csv", [*title_rows, "氏名,電話番号", *people])
    assert importer.commit(path, ImportOptions(max_rows=3)).imported == 3
    more = _write_csv(tmp_path / "four.csv", ["氏名,電話番号", *people, "鈴木,090-5555-6666"])
    with pytest.raises(ImportFileError) as caught:
        importer.commit(more, ImportOptions(max_rows=3))
    assert caught.value.code == ImportFileCode.TOO_MANY_ROWS
    assert caught.value.message == "The file four.csv has more than 3 rows; split it and import the parts."


def _batches(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(ImportBatch)) or 0


def test_a_header_only_file_says_so_and_creates_no_batch(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    path = _write_csv(tmp_path / "header.csv", ["氏名,電話番号"])
    for attempt in (importer.inspect, importer.preview, importer.commit):
        with pytest.raises(ImportFileError) as caught:
            attempt(path)
        assert caught.value.message == "The file header.csv has no rows below the header; nothing to import."
    assert _batches(factory) == 0


def test_the_errors_file_is_written_before_the_import_is_final(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "errors.xlsx"
    out.parent.mkdir()
    result = importer.commit(DATA / "roster_lo.xlsx", errors_to=ErrorsFile(out))
    assert result.errors_file is not None and result.errors_file.rows == 1
    assert len(list(load_workbook(out, read_only=True).worksheets[0].iter_rows())) == 2
    assert len(_live_numbers(factory)) == 4
    assert [p.name for p in out.parent.iterdir()] == ["errors.xlsx"]  # no temporary left
    with factory() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-1] == "export.invalid_rows"  # personal data leaving desk-sms


def _yamada_notes(factory: sessionmaker[Session]) -> str | None:
    with factory() as session:
        statement = select(Contact.notes).join(ContactPhone).where(ContactPhone.e164 == "+819012345678")
        return session.scalar(statement)


def _update_roster(tmp_path: Path, tail: list[str]) -> Path:
    """Updates 山田 in its first batch, then 600 new people, then ``tail``."""
    people = [f"生徒{i},090{i:08d},新" for i in range(20_000_000, 20_000_600)]
    lines = ["氏名,電話番号,備考", "山田 太郎,090-1234-5678,新しい備考", *people, *tail]
    return _write_csv(tmp_path / "update.csv", lines)


@pytest.mark.parametrize("update_existing", [False, True])
def test_an_errors_file_that_cannot_be_written_changes_nothing(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path, update_existing: bool
) -> None:
    importer.commit(DATA / "roster_lo.xlsx")
    path = _update_roster(tmp_path, ["悪い,12,x"])
    (tmp_path / "folder.xlsx").mkdir()
    for target in (tmp_path / "missing" / "errors.xlsx", tmp_path / "folder.xlsx"):
        with pytest.raises(ImportFileError) as caught:
            options = ImportOptions(update_existing=update_existing)
            importer.commit(path, options, errors_to=ErrorsFile(target))
        assert caught.value.code == ImportFileCode.EXPORT_FAILED
    assert _yamada_notes(factory) == "兄弟あり"  # the update was never written
    assert len(_live_numbers(factory)) == 4
    assert _batches(factory) == 1  # the first import's only


def test_an_update_that_fails_part_way_through_the_file_changes_nothing(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    importer.commit(DATA / "roster_lo.xlsx")
    path = _update_roster(tmp_path, ["最後,090-9999-8888," + "長" * (1 << 20)])  # a line over 1 MB at the end
    with pytest.raises(ImportFileError) as caught:
        importer.commit(path, ImportOptions(update_existing=True))
    assert caught.value.code == ImportFileCode.VALUE_TOO_LARGE
    assert _yamada_notes(factory) == "兄弟あり"
    assert (len(_live_numbers(factory)), _batches(factory)) == (4, 1)


def test_a_checked_commit_counts_rows_then_fills_the_bar_and_can_be_cancelled_before_writing(
    importer: RosterImporter, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    importer.commit(DATA / "roster_lo.xlsx")
    path = _update_roster(tmp_path, [])
    calls: list[tuple[int, int | None]] = []
    result = importer.commit(
        path, ImportOptions(update_existing=True), progress=lambda done, total: calls.append((done, total))
    )
    assert (result.imported, result.updated) == (600, 1)
    assert calls == [(500, None), (601, None), (500, 601), (601, 601)]  # checked (counted), then written
    cancel = threading.Event()
    cancel.set()
    again = _update_roster(tmp_path, ["新人,090-7777-6666,x"])
    out = tmp_path / "out" / "errors.xlsx"
    out.parent.mkdir()
    cancelled = importer.commit(
        again, ImportOptions(update_existing=True), cancel=cancel, errors_to=ErrorsFile(out)
    )
    assert cancelled.cancelled and _batches(factory) == 2  # no batch for the cancelled one
    assert list(out.parent.iterdir()) == []  # neither the errors file nor its temporary


def test_no_phone_column_then_fixed_with_a_map_option(importer: RosterImporter, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "odd.csv", ["氏名,連番,番号欄", "山田,1,", "佐藤,2,"])
    with pytest.raises(ImportFileError) as caught:
        importer.preview(path)
    assert caught.value.code == ImportFileCode.NO_PHONE_COLUMN
    options = ImportOptions(overrides=(parse_map_option("番号欄=phone"),))
    preview = importer.preview(path, options)
    assert preview.counts[RowStatus.INVALID] == 2
    assert {p.code for row in preview.problem_rows for p in row.problems} == {ProblemCode.PHONE_MISSING}


def test_title_rows_and_headerless_files(importer: RosterImporter, tmp_path: Path) -> None:
    titled = _write_csv(
        tmp_path / "titled.csv",
        ["2024年度 生徒名簿,,", "作成日,2024-04-01,", "生徒名,保護者携帯,学年", "山田,090-1234-5678,3年"],
    )
    overview = importer.inspect(titled)
    assert (overview.header_row, overview.headers) == (3, ("生徒名", "保護者携帯", "学年"))
    assert importer.preview(titled).counts[RowStatus.NEW] == 1
    bare = _write_csv(tmp_path / "bare.csv", ["090-1234-5678,山田", "080-1111-2222,佐藤"])
    overview = importer.inspect(bare)
    assert (overview.header_row, overview.headers) == (None, ("A", "B"))
    preview = importer.preview(bare, ImportOptions(overrides=(parse_map_option("B=name"),)))
    assert preview.counts[RowStatus.NEW] == 2
    assert preview.first_rows[0].candidate is not None
    assert preview.first_rows[0].candidate.name == "山田"


def test_contacts_without_a_name_column_are_named_by_number(importer: RosterImporter, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "numbers.csv", ["携帯", "09012345678"])
    row = importer.preview(path).first_rows[0]
    assert row.candidate is not None and row.candidate.name == "090-1234-5678"


def test_our_own_export_imports_back(importer: RosterImporter, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    export_rows(path, ["name", "phones"], [["山田", "+819012345678"]])
    row = importer.preview(path).first_rows[0]
    assert row.status == RowStatus.NEW
    assert row.candidate is not None and row.candidate.phones[0][0] == "+819012345678"


def test_a_bad_second_number_is_only_a_warning(importer: RosterImporter, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "two.csv", ["氏名,父携帯,母携帯,同意", "山田,090-1234-5678,03-1111-2222,○"])
    (row,) = importer.preview(path).first_rows
    assert row.status == RowStatus.NEW
    assert row.candidate is not None
    assert row.candidate.phones == (("+819012345678", "090-1234-5678", "父携帯"),)
    assert row.candidate.consent_at is not None
    codes = [(p.code, p.is_error) for p in row.problems]
    assert codes == [(ProblemCode.PHONE_INVALID, False), (ProblemCode.CONSENT_DATE_ASSUMED, False)]


def test_error_workbook_lists_problem_rows(importer: RosterImporter, tmp_path: Path) -> None:
    preview = importer.preview(DATA / "roster_lo.xlsx")
    out = tmp_path / "errors.xlsx"
    assert write_error_workbook(out, preview.headers, preview.problem_rows).rows == 1
    sheet = load_workbook(out)["errors"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:4] == ["row", "status", "problems", "氏名"]
    assert rows[1][:5] == [
        5,
        "invalid",
        "row.phone_invalid 電話番号 03-1234-5678 not_mobile",
        "鈴木 次郎",
        "スズキ ジロウ",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-04-01", datetime(2024, 4, 1, tzinfo=JST)),
        ("2024/4/1", datetime(2024, 4, 1, tzinfo=JST)),
        ("２０２４年４月１日", datetime(2024, 4, 1, tzinfo=JST)),
        ("2024-04-01 09:30", datetime(2024, 4, 1, 9, 30, tzinfo=JST)),
        ("2024.04.01", datetime(2024, 4, 1, tzinfo=JST)),
        ("2024-02-30", None),
        ("昨年", None),
    ],
)
def test_parse_consent_date(text: str, expected: datetime | None) -> None:
    assert parse_consent_date(text, JST) == expected


def test_progress_ends_with_the_real_total(importer: RosterImporter) -> None:
    calls: list[tuple[int, int | None]] = []
    importer.preview(DATA / "roster_lo.xlsx", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(5, 5)]
