""".xlsb rosters: the sheet's real extent is measured before python-calamine allocates it.

A stray value in XFD1048576 of an .xlsb sheet made calamine ask for hundreds of
gigabytes and abort the process; the corpus test runs that file in a process of
its own, these tests check the reader's rules.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest
from corpus.xlsb import Row, write_xlsb

from desk_sms.importing import ImportFileCode, ImportFileError, xlsb_sheet
from desk_sms.importing.cells import FAR_ROW_GAP, FarCells, ReadWarningCode
from desk_sms.importing.readers import open_rows, sheet_names
from desk_sms.importing.xlsb_sheet import prepare_xlsb

TABLE = [["氏名", "電話番号"], ["山田 太郎", "090-1234-5678"], ["佐藤 花子", "080-1111-2222"]]


def roster(path: Path, *more: Row, hidden: bool = False) -> Path:
    rows: list[Row] = [(number, list(enumerate(values))) for number, values in enumerate(TABLE)]
    return write_xlsb(path, [*rows, *more], hidden=hidden)


def read(path: Path) -> tuple[list[list[str]], list[dict[str, object]]]:
    with open_rows(path) as source:
        rows = [row.values for row in source]
        far = [w.params for w in source.warnings if w.code == ReadWarningCode.FAR_CELLS_IGNORED]
    return rows, far


def copies() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("desk-sms-*.xlsb"))


def test_a_plain_xlsb_roster_is_read_as_it_is(tmp_path: Path) -> None:
    path = roster(tmp_path / "名簿.xlsb")
    assert read(path) == (TABLE, [])
    assert sheet_names(path) == ["名簿"]


def test_far_values_are_left_out_and_named_and_far_formatting_silently(tmp_path: Path) -> None:
    before = copies()
    path = roster(
        tmp_path / "名簿.xlsb",
        (4, [(1_000, "メモ"), (5, None)]),  # column ALM: right of the table's 1,000 columns
        (1_048_574, [(0, None)]),  # a formatted, empty cell far below
        (1_048_575, [(16_383, "残り")]),  # XFD1048576
    )
    rows, far = read(path)
    assert rows == TABLE  # row 5 kept only a blank cell: no row
    assert far == [{"cells": ["ALM5", "XFD1048576"], "count": 2}]
    assert copies() == before  # the copy calamine read is gone


def test_a_value_below_a_short_gap_is_a_row_and_below_a_long_one_is_far(tmp_path: Path) -> None:
    near, far_away = 2 + FAR_ROW_GAP, 2 + FAR_ROW_GAP + 1  # empty rows between: FAR_ROW_GAP, then one more
    rows, far = read(roster(tmp_path / "gap.xlsb", (near + 1, [(0, "鈴木"), (1, "070-3333-4444")])))
    assert rows[-1] == ["鈴木", "070-3333-4444"] and far == []
    rows, far = read(roster(tmp_path / "far.xlsb", (far_away + 1, [(0, "鈴木")])))
    assert rows == TABLE and far == [{"cells": [f"A{far_away + 2}"], "count": 1}]


def test_a_sheet_too_big_to_load_is_refused_by_name(tmp_path: Path) -> None:
    path = roster(tmp_path / "大きい.xlsb")
    with pytest.raises(ImportFileError) as caught:
        prepare_xlsb(path, None, FarCells(), max_cells=5)  # 3 rows of 2 columns
    assert caught.value.code == ImportFileCode.FILE_TOO_LARGE
    assert "大きい.xlsb" in caught.value.message


def test_hidden_and_broken_xlsb_files_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read(roster(tmp_path / "hidden.xlsb", hidden=True))
    assert caught.value.message.startswith("Every sheet of hidden.xlsb is hidden")
    cut = roster(tmp_path / "source.xlsb")
    broken = tmp_path / "cut.xlsb"
    with zipfile.ZipFile(cut) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, data[:-7] if info.filename.endswith("sheet1.bin") else data)
    with pytest.raises(ImportFileError) as caught:
        read(broken)
    assert caught.value.message == "The file cut.xlsb is damaged and cannot be read."
    odd = write_xlsb(tmp_path / "odd.xlsb", [(0, [(0, "氏名"), (1, "電話")])], with_dimension=False)
    with pytest.raises(ImportFileError) as caught:
        read(odd)  # calamine fails inside the sheet: an OSError it raised went through as a traceback
    assert caught.value.message == "The file odd.xlsb is damaged and cannot be read."


def test_oversized_binary_parts_are_refused_before_calamine_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsb_sheet, "SHARED_STRINGS_MAX_BYTES", 1 << 20)
    path = roster(tmp_path / "strings.xlsb")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/sharedStrings.bin", bytes(2 << 20))  # calamine would read it whole
    with pytest.raises(ImportFileError) as caught:
        read(path)
    assert caught.value.code == ImportFileCode.FILE_TOO_LARGE
    assert caught.value.message.startswith("The file strings.xlsb holds more than a roster can")
    assert "xl/sharedStrings.bin is over 1 MB" in caught.value.message
