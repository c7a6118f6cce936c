"""Row readers on real files (written by LibreOffice, Excel-style CSV) and broken ones."""

from __future__ import annotations

import codecs
import datetime as dt
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from corpus.make_corpus import ods, xls_with_cell_moved
from openpyxl import Workbook

from desk_sms.errors import UserError
from desk_sms.importing import ImportFileCode, ImportFileError, readers, xlsx_sheet
from desk_sms.importing.cells import FarCells
from desk_sms.importing.readers import (
    ReadWarningCode,
    SheetRow,
    cell_text,
    open_rows,
    sheet_names,
)
from desk_sms.importing.xls_sheet import prepare_xls

DATA = Path(__file__).resolve().parents[2] / "data"
HEADER = ["氏名", "フリガナ", "電話番号", "クラス", "備考", "同意日"]
# The roster as every reader must return it (see tests/data/make_samples.py).
EXPECTED_BODY = [
    ["山田 太郎", "ヤマダ タロウ", "090-1234-5678", "1年A組", "兄弟あり", "2024-04-01"],
    ["佐藤 花子", "サトウ ハナコ", "8011112222", "1年A組", "", "2024-04-02"],
    ["髙橋 一郎", "タカハシ イチロウ", "０７０－３３３３－４４４４", "2年B組"],
    ["鈴木 次郎", "スズキ ジロウ", "03-1234-5678", "2年B組", "固定電話のみ"],
    ["田中 三奈", "タナカ ミナ", "+81 90-5555-6666", "3年C組", "3年C組担任より", "2024-05-10"],
]


def _read_all(path: Path, sheet: str | None = None, **options: int | None) -> list[SheetRow]:
    with open_rows(path, sheet, **options) as source:  # type: ignore[arg-type]
        return list(source)


def _error_code(path: Path, **options: int | None) -> str:
    with pytest.raises(ImportFileError) as caught:
        _read_all(path, **options)
    return caught.value.code


@pytest.mark.parametrize("name", ["roster_lo.xlsx", "roster_lo.xls", "roster_lo.ods"])
def test_workbooks_by_libreoffice_read_with_merges_filled(name: str) -> None:
    with open_rows(DATA / name) as source:
        rows = list(source)
        warnings = source.warnings
    assert source.sheet == "名簿"
    assert [row.number for row in rows] == [1, 2, 3, 4, 5, 6]
    assert [row.values for row in rows] == [HEADER, *EXPECTED_BODY]
    merged = [w for w in warnings if w.code == ReadWarningCode.MERGED_CELLS_FILLED]
    assert merged[0].params["ranges"] == ["D2:D3"]


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_table_away_from_a1_keeps_its_columns_and_rows(suffix: str) -> None:
    # The header is at C3; the merged C4:C5 covers an otherwise empty row 5.
    with open_rows(DATA / f"offset_lo.{suffix}") as source:
        rows = [(row.number, row.values) for row in source]
        merged = [w.params["ranges"] for w in source.warnings]
    assert rows == [(3, ["", "", "氏名", "電話"]), (4, ["", "", "山田", "090-1234-5678"])]
    assert merged == [["C4:C5"]]


@pytest.mark.parametrize("name", ["roster_cp932.csv", "roster_utf8_bom.csv"])
def test_japanese_csv_files(name: str) -> None:
    rows = _read_all(DATA / name)
    assert rows[0].values == HEADER  # no BOM left on the first header
    assert rows[1].values[:5] == EXPECTED_BODY[0][:5]
    assert rows[3].values[2] == "０７０－３３３３－４４４４"
    assert rows[5].values[0] == "田中 三奈"


def test_formula_written_without_value_is_reported() -> None:
    with open_rows(DATA / "roster_openpyxl.xlsx") as source:
        rows = list(source)
        codes = {w.code for w in source.warnings}
    assert ReadWarningCode.FORMULAS_WITHOUT_VALUES in codes
    assert rows[5].values[4] == ""
    with open_rows(DATA / "roster_lo.xlsx") as source:
        list(source)
        assert ReadWarningCode.FORMULAS_WITHOUT_VALUES not in {w.code for w in source.warnings}


@pytest.mark.parametrize("name", ["roster_lo.xlsx", "roster_lo.xls", "roster_lo.ods"])
def test_sheet_names_and_choosing_a_sheet(name: str) -> None:
    assert sheet_names(DATA / name) == ["名簿", "メモ"]
    assert _read_all(DATA / name, "メモ")[0].values == ["このシートは名簿ではありません"]
    with pytest.raises(ImportFileError) as caught:
        _read_all(DATA / name, "存在しない")
    assert caught.value.code == ImportFileCode.SHEET_NOT_FOUND
    assert caught.value.params == {"sheet": "存在しない"}


def test_csv_has_no_sheets() -> None:
    assert sheet_names(DATA / "roster_cp932.csv") == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("encrypted.xlsx", ImportFileCode.FILE_ENCRYPTED),
        ("image_named.xlsx", ImportFileCode.NOT_A_SPREADSHEET),
        ("truncated.xlsx", ImportFileCode.FILE_CORRUPT),
        ("empty_lo.xlsx", ImportFileCode.SHEET_EMPTY),
        ("no_such_file.xlsx", ImportFileCode.FILE_NOT_FOUND),
    ],
)
def test_unreadable_files_give_a_clear_code(name: str, code: str) -> None:
    assert _error_code(DATA / name) == code


def test_encrypted_workbook_is_detected_when_listing_sheets() -> None:
    with pytest.raises(ImportFileError) as caught:
        sheet_names(DATA / "encrypted.xlsx")
    assert caught.value.code == ImportFileCode.FILE_ENCRYPTED


def test_zero_byte_file(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    assert _error_code(tmp_path / "empty.csv") == ImportFileCode.FILE_EMPTY


@pytest.mark.parametrize("content", [b",,\n\n , \n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_blank_or_bom_only_csv_has_no_rows_and_says_which_file(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "blank.csv").write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        _read_all(tmp_path / "blank.csv")
    assert caught.value.code == ImportFileCode.NO_ROWS
    assert caught.value.message == "The file blank.csv has no rows (it holds no text)."


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "document.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert _error_code(path) == ImportFileCode.NOT_A_SPREADSHEET


def test_html_saved_as_xls_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>氏名</td></tr></table></body></html>")
    assert _error_code(path) == ImportFileCode.NOT_A_SPREADSHEET


def test_csv_saved_as_xls_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes("氏名,電話番号\r\n山田,090-1234-5678\r\n".encode("cp932"))
    with open_rows(path) as source:
        assert [row.values for row in source] == [["氏名", "電話番号"], ["山田", "090-1234-5678"]]
        assert source.warnings[0].code == ReadWarningCode.CSV_WITH_SPREADSHEET_NAME


def test_workbook_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes((DATA / "roster_lo.xlsx").read_bytes())
    assert _read_all(path)[0].values == HEADER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氏名\t電話\n山田\t090-1234-5678\n", [["氏名", "電話"], ["山田", "090-1234-5678"]]),
        ("氏名;電話\n山田;090-1234-5678\n", [["氏名", "電話"], ["山田", "090-1234-5678"]]),
        ("電話\n090-1234-5678\n080-1111-2222\n", [["電話"], ["090-1234-5678"], ["080-1111-2222"]]),
        ('氏名,備考\n山田,"改行\nあり, カンマも"\n', [["氏名", "備考"], ["山田", "改行\nあり, カンマも"]]),
    ],
)
def test_csv_delimiters_and_quoting(tmp_path: Path, text: str, expected: list[list[str]]) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(text, encoding="utf-8")
    assert [row.values for row in _read_all(path)] == expected


def test_two_csv_exports_pasted_together_are_refused() -> None:
    with pytest.raises(ImportFileError) as caught:
        _read_all(DATA / "mixed_utf8_cp932.csv")
    assert caught.value.code == ImportFileCode.ENCODING_MIXED
    assert caught.value.params == {"file": "mixed_utf8_cp932.csv", "line": 7}  # the first CP932 line


def test_mixed_encoding_after_the_sample_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "pasted.csv"
    utf8_part = "".join(f"生徒{i},090{i:08d}\n" for i in range(70_000)).encode()
    assert len(utf8_part) > (1 << 20)  # beyond what the detector samples
    path.write_bytes(utf8_part + "佐藤,080-1111-2222\n".encode("cp932"))
    with pytest.raises(ImportFileError) as caught:
        _read_all(path, max_rows=None)
    assert caught.value.code == ImportFileCode.ENCODING_MIXED
    assert caught.value.params["line"] == 70_001


def test_unknown_encoding_csv(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 200)
    assert _error_code(path) == ImportFileCode.ENCODING_UNKNOWN


def test_long_cells_are_truncated_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["氏名", "備考"])
    sheet.append(["山田", "あ" * 1500])
    workbook.save(path)
    with open_rows(path, max_cell_chars=1000) as source:
        rows = list(source)
        warning = source.warnings[-1]
    assert rows[1].values[1] == "あ" * 1000
    assert (warning.code, warning.row, warning.column) == (ReadWarningCode.CELL_TRUNCATED, 2, 2)
    assert warning.params == {"length": 1500}


def test_wrong_declared_dimension_does_not_hide_rows(tmp_path: Path) -> None:
    source_path = DATA / "roster_lo.xlsx"
    path = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(source_path) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:F6"/>', b'<dimension ref="A1"/>')
                assert b'<dimension ref="A1"/>' in data
            copy.writestr(item, data)
    assert len(_read_all(path)) == 6


def test_row_limit_is_enforced_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("".join(f"{i},090{i:08d}\n" for i in range(50)), encoding="utf-8")
    assert len(_read_all(path, max_rows=50)) == 50
    with pytest.raises(ImportFileError) as caught:
        _read_all(path, max_rows=10)
    assert caught.value.code == ImportFileCode.TOO_MANY_ROWS
    assert caught.value.params == {"file": "many.csv", "limit": 10}


def test_empty_rows_are_skipped_but_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("氏名,電話\n\n,,\n山田,090-1234-5678,,\n", encoding="utf-8")
    rows = _read_all(path)
    assert [(row.number, row.values) for row in rows] == [
        (1, ["氏名", "電話"]),
        (4, ["山田", "090-1234-5678"]),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("そのまま", "そのまま"),
        (9012345678.0, "9012345678"),
        (9012345678, "9012345678"),
        (0.5, "0.5"),
        (float("nan"), ""),
        (Decimal("12.00"), "12"),
        (Decimal("1.25"), "1.25"),
        (True, "TRUE"),
        (dt.date(2024, 4, 1), "2024-04-01"),
        (dt.datetime(2024, 4, 1, 0, 0), "2024-04-01"),
        (dt.datetime(2024, 4, 1, 9, 30), "2024-04-01 09:30"),
        (dt.datetime(2024, 4, 1, 9, 30, 15), "2024-04-01 09:30:15"),
        (dt.time(18, 5), "18:05"),
        (dt.timedelta(hours=1, minutes=30), "1:30:00"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_utf16_csv_from_excel_unicode_text(tmp_path: Path) -> None:
    # Excel's "Unicode text" export: UTF-16 LE with BOM, tab separated.
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "氏名\t電話\r\n山田\t090\r\n".encode("utf-16-le"))
    assert [row.values for row in _read_all(path)] == [["氏名", "電話"], ["山田", "090"]]


def test_errors_are_user_errors_with_a_one_line_message() -> None:
    with pytest.raises(UserError) as caught:
        _read_all(DATA / "encrypted.xlsx")
    assert caught.value.code == "import.file_encrypted"
    assert caught.value.message == (
        "The file encrypted.xlsx is protected by a password; save it without a password and try again."
    )
    assert "\n" not in str(caught.value)


def test_first_visible_sheet_is_the_default(tmp_path: Path) -> None:
    path = tmp_path / "hidden.xlsx"
    workbook = Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "作業用"
    hidden.sheet_state = "hidden"
    hidden.append(["内部メモ"])
    roster = workbook.create_sheet("名簿")
    roster.append(["氏名", "電話"])
    workbook.save(path)
    with open_rows(path) as source:
        assert source.sheet == "名簿"
        assert [row.values for row in source] == [["氏名", "電話"]]


def test_small_csv_counts_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "small.csv"
    path.write_text("氏名,電話\n山田,090\n佐藤,080\n", encoding="utf-8")
    with open_rows(path) as source:
        assert source.total == 3


def _rows_and_warnings(path: Path) -> tuple[list[tuple[int, list[str]]], list[str]]:
    with open_rows(path) as source:
        rows = [(row.number, row.values) for row in source]
        return rows, [warning.code for warning in source.warnings]


@pytest.mark.parametrize("name", ["roster_lo.xlsx", "roster_openpyxl.xlsx", "offset_lo.xlsx"])
def test_big_xlsx_sheets_stream_through_openpyxl_with_the_same_rows(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_memory = _rows_and_warnings(DATA / name)
    monkeypatch.setattr(readers, "CALAMINE_XLSX_MAX_XML_BYTES", 0)  # every sheet counts as big
    assert _rows_and_warnings(DATA / name) == in_memory


def test_wrong_declared_dimension_streamed_by_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "CALAMINE_XLSX_MAX_XML_BYTES", 0)
    test_wrong_declared_dimension_does_not_hide_rows(tmp_path)


@pytest.mark.parametrize(
    "name", ["roster_lo.xlsx", "roster_openpyxl.xlsx", "offset_lo.xlsx", "empty_lo.xlsx"]
)
@pytest.mark.parametrize("sheet", [None, "メモ"])
def test_sheet_found_from_workbook_xml_as_openpyxl_finds_it(name: str, sheet: str | None) -> None:
    quick = xlsx_sheet.locate_sheet_quickly(DATA / name, sheet)
    if quick is None:  # the careful way decides (here: no such sheet)
        with pytest.raises(ImportFileError):
            xlsx_sheet.locate_sheet(DATA / name, sheet)
    else:
        assert quick == xlsx_sheet.locate_sheet(DATA / name, sheet)


@pytest.mark.parametrize(
    ("name", "limit"),
    [
        ("roster_lo.ods", "ODS_CALAMINE_MAX_CELLS"),
        ("offset_lo.ods", "ODS_CALAMINE_MAX_CELLS"),
        ("roster_lo.xlsx", "CALAMINE_MAX_CELLS"),
        ("offset_lo.xlsx", "CALAMINE_MAX_CELLS"),
    ],
)
def test_streamed_sheets_read_like_loaded_ones(
    name: str, limit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_rows(DATA / name) as source:
        loaded = [(row.number, row.values) for row in source]
        loaded_warnings = source.warnings
    monkeypatch.setattr(readers, limit, 0)  # every sheet is "too big" to load now
    with open_rows(DATA / name) as source:
        streamed = [(row.number, row.values) for row in source]
        streamed_warnings = source.warnings
    assert streamed == loaded
    assert streamed_warnings == loaded_warnings


def _stray_workbook(path: Path, ref: str) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["氏名", "電話番号"])
    sheet.append(["山田", "090-1234-5678"])
    sheet[ref] = "残り"
    workbook.save(path)
    return path


@pytest.mark.parametrize("ref", ["XFD1048576", "Z1048576", "ALM2", "A10004"])
def test_a_stray_cell_far_from_the_table_is_ignored_with_a_warning(tmp_path: Path, ref: str) -> None:
    with open_rows(_stray_workbook(tmp_path / "stray.xlsx", ref)) as source:
        rows = [(row.number, row.values) for row in source]
        warnings = source.warnings
    assert rows == [(1, ["氏名", "電話番号"]), (2, ["山田", "090-1234-5678"])]
    assert [(w.code, w.params) for w in warnings] == [
        (ReadWarningCode.FAR_CELLS_IGNORED, {"cells": [ref], "count": 1})
    ]


def test_a_value_a_little_below_the_table_is_a_row(tmp_path: Path) -> None:
    with open_rows(_stray_workbook(tmp_path / "near.xlsx", "A10003")) as source:
        assert [row.number for row in source] == [1, 2, 10003]  # a gap of 10,000 empty rows
        assert source.warnings == []


def test_csv_cells_right_of_column_1000_are_ignored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("氏名,電話番号\n山田,090-1234-5678" + ",x" * 1_500 + "\n", encoding="utf-8")
    with open_rows(path) as source:
        rows = [row.values for row in source]
        warnings = source.warnings
    assert len(rows[1]) == readers.MAX_COLUMNS
    assert warnings[0].params["count"] == 502  # columns 1,001 to 1,502
    assert warnings[0].params["cells"][:2] == ["ALM2", "ALN2"]


def _patched_copies() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("desk-sms-*.xls"))


def test_a_stray_xls_cell_in_iv65536_is_ignored_without_loading_the_sheet(tmp_path: Path) -> None:
    copies_before = _patched_copies()
    path = xls_with_cell_moved(tmp_path / "stray.xls", 1, 4, (65_535, 255))  # 兄弟あり, from E2
    with open_rows(path) as source:
        rows = [row.values for row in source]
        far = [w.params for w in source.warnings if w.code == ReadWarningCode.FAR_CELLS_IGNORED]
    assert rows == [HEADER, [*EXPECTED_BODY[0][:4], "", "2024-04-01"], *EXPECTED_BODY[1:]]
    assert far == [{"cells": ["IV65536"], "count": 1}]
    assert sheet_names(path) == ["名簿", "メモ"]
    assert _patched_copies() == copies_before  # the copy calamine read is gone


def test_an_xls_workbook_too_big_to_load_is_refused_by_name() -> None:
    with pytest.raises(ImportFileError) as caught:
        prepare_xls(DATA / "roster_lo.xls", None, FarCells(), max_cells=10)
    assert caught.value.code == ImportFileCode.FILE_TOO_LARGE
    assert "roster_lo.xls" in caught.value.message


def test_streamed_ods_text_keeps_space_runs_tabs_and_line_breaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cell = (
        '<table:table-cell office:value-type="string"><text:p>山田<text:s text:c="2"/>太郎'
        "<text:tab/>様<text:line-break/><text:span>二行目</text:span></text:p></table:table-cell>"
    )
    phone = '<table:table-cell office:value-type="string"><text:p>090-1234-5678</text:p></table:table-cell>'
    path = ods(tmp_path / "spaces.ods", f"<table:table-row>{cell}{phone}</table:table-row>")
    with open_rows(path) as source:
        loaded = [row.values for row in source]
    monkeypatch.setattr(readers, "ODS_CALAMINE_MAX_CELLS", 0)
    with open_rows(path) as source:
        streamed = [row.values for row in source]
    assert streamed == [["山田  太郎\t様\n二行目", "090-1234-5678"]]
    # python-calamine 0.9 drops tabs and line breaks (it keeps the space run).
    assert loaded == [["山田  太郎様二行目", "090-1234-5678"]]
