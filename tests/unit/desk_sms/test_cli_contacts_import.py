"""`desk-sms contacts import FILE` on real rosters: summaries, dry runs, error files, bad input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desk_sms.cli import main
from desk_sms.context import build_context
from desk_sms.db.models import Contact, ContactPhone, ImportBatch

DATA = Path(__file__).resolve().parents[2] / "data"
SUMMARY_KEYS = {"rows_read", "imported", "updated", "skipped", "invalid"}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run_cli(data_dir: Path, *args: str | Path) -> int:
    return main(["--data-dir", str(data_dir), "contacts", "import", *map(str, args)])


def table_counts(data_dir: Path) -> dict[str, int]:
    """Every row in the tables an import writes, soft-deleted ones included."""
    context = build_context(str(data_dir))
    try:
        with context.database.session_factory() as session:
            return {
                model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Contact, ContactPhone, ImportBatch)
            }
    finally:
        context.close()


def summary(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list) and len(rows) == 1
    result: dict[str, object] = rows[0]
    return result


@pytest.fixture
def seeded(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """A database that already holds the sample roster's contacts."""
    assert run_cli(data_dir, DATA / "roster_lo.xlsx") == 0
    capsys.readouterr()
    yield data_dir


def test_json_summary_of_a_real_workbook(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(data_dir, DATA / "roster_lo.xlsx", "--json") == 0
    result = summary(capsys)
    assert result.keys() >= SUMMARY_KEYS
    # Five pupils: four good numbers, one row whose number is not a mobile number.
    assert {key: result[key] for key in SUMMARY_KEYS} == {
        "rows_read": 5,
        "imported": 4,
        "updated": 0,
        "skipped": 0,
        "invalid": 1,
    }
    assert "merged cells D2:D3 were filled down with their value" in result["warnings"]  # type: ignore[operator]
    assert table_counts(data_dir)["Contact"] == 4


@pytest.mark.parametrize(
    "name", ["roster_cp932.csv", "roster_utf8_bom.csv", "roster_lo.ods", "roster_lo.xls"]
)
def test_every_format_imports_the_same_roster(
    data_dir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert run_cli(data_dir, DATA / name, "--json") == 0
    assert summary(capsys)["imported"] == 4


def test_second_import_skips_or_updates_known_numbers(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(seeded, DATA / "roster_cp932.csv", "--json") == 0
    skipped = summary(capsys)
    assert (skipped["imported"], skipped["skipped"], skipped["updated"]) == (0, 4, 0)
    assert run_cli(seeded, DATA / "roster_utf8_bom.csv", "--update", "--json") == 0
    updated = summary(capsys)
    assert (updated["imported"], updated["skipped"], updated["updated"]) == (0, 0, 4)
    assert table_counts(seeded)["Contact"] == 4


def test_each_import_is_one_audit_entry(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.xlsx"
    assert run_cli(seeded, DATA / "roster_utf8_bom.csv", "--update", "--errors", errors, "--dry-run") == 0
    assert run_cli(seeded, DATA / "roster_utf8_bom.csv", "--update", "--errors", errors) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(seeded), "audit", "list", "--json"]) == 0
    actions = [entry["action"] for entry in json.loads(capsys.readouterr().out)]
    # The seeding import and the update are one entry each (a dry run imports nothing); each
    # errors file written is its own entry (personal data leaving desk-sms).
    assert actions == ["import.contacts", "export.invalid_rows", "import.contacts", "export.invalid_rows"]


def test_dry_run_writes_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = table_counts(data_dir)
    assert run_cli(data_dir, DATA / "roster_lo.xlsx", "--dry-run", "--json") == 0
    result = summary(capsys)
    assert (result["dry_run"], result["imported"], result["invalid"]) == (True, 4, 1)
    assert table_counts(data_dir) == before


def test_errors_file_lists_invalid_rows_with_number_and_reason(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "errors.xlsx"
    assert run_cli(data_dir, DATA / "roster_lo.xlsx", "--errors", out) == 0
    assert "1 invalid row written" in capsys.readouterr().out
    sheet = load_workbook(out, read_only=True).worksheets[0]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[:3] == ["row", "status", "problems"] and "氏名" in header
    assert len(rows) == 1
    assert rows[0][1] == "invalid" and "row.phone_invalid" in str(rows[0][2])


def test_map_option_picks_the_phone_column(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "codes.csv"
    roster.write_text("名前,番号\n山田,090-1234-5678\n佐藤,080-2345-6789\n", encoding="utf-8")
    assert run_cli(data_dir, roster, "--map", "番号=phone", "--map", "A=name", "--json") == 0
    assert summary(capsys)["imported"] == 2


def test_region_option_reads_national_numbers_of_that_country(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "us.csv"
    roster.write_text("name,mobile\nAnn,(201) 555-0123\n", encoding="utf-8")
    assert run_cli(data_dir, roster, "--json") == 0
    assert summary(capsys)["invalid"] == 1
    assert run_cli(data_dir, roster, "--region", "us", "--json") == 0
    assert summary(capsys)["imported"] == 1


def _no_phone_column(tmp_path: Path) -> Path:
    path = tmp_path / "no_phone.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["氏名", "クラス"])
    sheet.append(["山田 花子", "1年A組"])
    workbook.save(path)
    return path


def _unknown_encoding(tmp_path: Path) -> Path:
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 200)
    return path


def _million_rows(tmp_path: Path) -> Path:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("氏名,電話番号\n")
        stream.writelines(f"生徒{i},090{i:08d}\n" for i in range(1_000_000))
    return path


BAD_INPUTS = {
    "corrupt": (lambda tmp: DATA / "truncated.xlsx", "truncated.xlsx is damaged"),
    "password": (lambda tmp: DATA / "encrypted.xlsx", "encrypted.xlsx is protected by a password"),
    "not a spreadsheet": (lambda tmp: DATA / "image_named.xlsx", "image_named.xlsx is not a spreadsheet"),
    "empty sheet": (lambda tmp: DATA / "empty_lo.xlsx", "of empty_lo.xlsx is empty"),
    "mixed encodings": (lambda tmp: DATA / "mixed_utf8_cp932.csv", "mixed_utf8_cp932.csv mixes text"),
    "unknown encoding": (_unknown_encoding, "The text encoding of garbage.csv cannot be recognised"),
    "no phone column": (_no_phone_column, "No column with phone numbers"),
    "a million rows": (_million_rows, "The file million.csv has more than 200,000 rows"),
    "missing file": (lambda tmp: tmp / "nowhere.xlsx", "File not found"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_one_line_exit_1_and_nothing_written(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    make, message = BAD_INPUTS[case]
    before = table_counts(seeded)
    assert run_cli(seeded, make(tmp_path)) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert table_counts(seeded) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--map", "phone"), "Bad --map value phone"),
        (("--map", "番号=phone"), "There is no column 番号"),
        (("--sheet", "存在しない"), "There is no sheet named 存在しない"),
    ],
)
def test_bad_options_are_one_line_exit_1(
    seeded: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    before = table_counts(seeded)
    assert run_cli(seeded, DATA / "roster_lo.xlsx", *args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert table_counts(seeded) == before


def test_formulas_and_long_cells_import_with_warnings(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(data_dir, DATA / "roster_openpyxl.xlsx") == 0
    assert "formulas have no saved values" in capsys.readouterr().err
    roster = tmp_path / "long.csv"
    roster.write_text(f"氏名,電話番号,備考\n山田,070-9876-5432,{'あ' * 5000}\n", encoding="utf-8")
    assert run_cli(data_dir, roster, "--json") == 0
    result = summary(capsys)
    assert result["imported"] == 1
    assert result["warnings"] == ["row 2: a cell of 5000 characters was cut to fit"]


def live_contacts(data_dir: Path) -> int:
    context = build_context(str(data_dir))
    try:
        with context.database.session_factory() as session:
            statement = select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))
            return session.scalar(statement) or 0
    finally:
        context.close()


def test_an_errors_file_that_cannot_be_written_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "errors.xlsx"
    assert run_cli(data_dir, DATA / "roster_lo.xlsx", "--errors", out) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Cannot write" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert table_counts(data_dir) == {"Contact": 0, "ContactPhone": 0, "ImportBatch": 0}


def test_an_update_whose_errors_file_cannot_be_written_updates_nothing(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "changed.csv"
    roster.write_text("氏名,電話番号,備考\n山田 太郎,090-1234-5678,新しい備考\n悪い,12,x\n", encoding="utf-8")
    out = tmp_path / "no such folder" / "errors.xlsx"
    assert run_cli(seeded, roster, "--update", "--errors", out) == 1
    assert "Cannot write" in capsys.readouterr().err
    assert main(["--data-dir", str(seeded), "contacts", "list", "--json"]) == 0
    yamada = [c for c in json.loads(capsys.readouterr().out) if c["phones"] == ["+819012345678"]]
    assert yamada[0]["notes"] == "兄弟あり"  # unchanged
    assert table_counts(seeded)["ImportBatch"] == 1


def test_warnings_come_from_the_whole_file_not_its_first_rows(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "late.csv"
    lines = (
        ["氏名,電話番号"]
        + [f"生徒{i},090{i + 10_000_000:08d}" for i in range(50)]
        + ["最後,070-1111-2222,x" + ",y" * 1_000]
    )
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_cli(data_dir, roster, "--json") == 0
    assert summary(capsys)["warnings"] == [
        "cells ALM52, ALN52, ALO52 have values far from the table; ignored"
    ]
