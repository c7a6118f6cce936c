"""Column mapping: header suggestions (JP/EN), phone detection by values, --map parsing."""

from __future__ import annotations

import pytest

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.mapping import (
    Field,
    MapOverride,
    Source,
    column_index,
    column_letter,
    field_for_header,
    find_header_row,
    looks_like_header,
    map_row,
    parse_map_option,
    suggest_mapping,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("氏名", Field.NAME),
        ("名前", Field.NAME),
        ("お名前", Field.NAME),
        ("生徒名", Field.NAME),
        ("患者名", Field.NAME),
        ("Name", Field.NAME),
        (" 氏　名 ", Field.NAME),
        ("姓", Field.NAME),
        ("フリガナ", Field.READING),
        ("ふりがな", Field.READING),
        ("よみがな", Field.READING),
        ("カナ", Field.READING),
        ("氏名（フリガナ）", Field.READING),
        ("Reading", Field.READING),
        ("Furigana", Field.READING),
        ("電話番号", Field.PHONE),
        ("携帯", Field.PHONE),
        ("携帯電話", Field.PHONE),
        ("保護者携帯", Field.PHONE),
        ("TEL", Field.PHONE),
        ("ＴＥＬ", Field.PHONE),
        ("電話", Field.PHONE),
        ("Phone", Field.PHONE),
        ("Mobile", Field.PHONE),
        ("電話番号2", Field.PHONE),
        ("メイン連絡先", Field.PHONE),
        ("セイ", Field.READING),
        ("クラス", Field.GROUP),
        ("学年", Field.GROUP),
        ("グループ", Field.GROUP),
        ("コース", Field.GROUP),
        ("Group", Field.GROUP),
        ("Class", Field.GROUP),
        ("組", Field.GROUP),
        ("備考", Field.NOTES),
        ("メモ", Field.NOTES),
        ("Notes", Field.NOTES),
        ("同意日", Field.CONSENT_DATE),
        ("同意方法", Field.CONSENT_SOURCE),
        ("FAX", Field.CUSTOM),
        ("TEL/FAX", Field.CUSTOM),
        ("メールアドレス", Field.CUSTOM),
        ("保護者名", None),
        ("担任", None),
        ("", None),
    ],
)
def test_field_for_header(header: str, field: Field | None) -> None:
    assert field_for_header(header) == field


def test_suggest_mapping_for_a_typical_roster() -> None:
    headers = ["氏名", "フリガナ", "電話番号", "クラス", "備考", "同意日", "保護者名", ""]
    mapping = suggest_mapping(headers, [["山田", "ヤマダ", "090-1234-5678", "1組", "", "", "山田花子"]])
    fields = [column.field for column in mapping.columns]
    assert fields == [
        Field.NAME,
        Field.READING,
        Field.PHONE,
        Field.GROUP,
        Field.NOTES,
        Field.CONSENT_DATE,
        Field.CUSTOM,
        Field.IGNORE,
    ]
    custom = mapping.for_field(Field.CUSTOM)[0]
    assert (custom.custom_name, custom.letter, custom.source) == ("保護者名", "G", Source.FALLBACK)


def test_phone_column_is_found_by_its_values_when_no_header_says_so() -> None:
    headers = ["お名前", "番号", "会員番号"]
    rows = [
        ["山田", "090-1234-5678", "1001"],
        ["佐藤", "８０１１１１２２２２", "1002"],
        ["鈴木", "", "1003"],
        ["田中", "0312345678", "1004"],
    ]
    mapping = suggest_mapping(headers, rows)
    phone = mapping.for_field(Field.PHONE)
    assert [(c.header, c.source) for c in phone] == [("番号", Source.VALUES)]
    assert mapping.columns[2].field == Field.CUSTOM


def test_no_phone_column_at_all() -> None:
    mapping = suggest_mapping(["氏名", "会員番号"], [["山田", "12"], ["佐藤", "13"]])
    assert not mapping.has_phone


def test_rows_wider_than_the_header_get_columns() -> None:
    mapping = suggest_mapping(["氏名"], [["山田", "090-1234-5678"]])
    assert [c.field for c in mapping.columns] == [Field.NAME, Field.PHONE]


def test_map_row_joins_split_names_and_keeps_phone_labels() -> None:
    headers = ["姓", "名", "セイ", "メイ", "父携帯", "母携帯", "学年", "クラス", "担任"]
    mapping = suggest_mapping(headers, [])
    row = map_row(
        mapping,
        ["山田", "太郎", "ヤマダ", "タロウ", "090-1111-2222", " 080-3333-4444 ", "3年", "A組", "佐藤"],
    )
    assert row.name == "山田 太郎"
    assert row.reading == "ヤマダ タロウ"
    assert row.phones == (("父携帯", "090-1111-2222"), ("母携帯", "080-3333-4444"))
    assert row.groups == ("3年", "A組")
    assert row.custom == (("担任", "佐藤"),)


def test_map_row_tolerates_short_rows() -> None:
    mapping = suggest_mapping(["氏名", "電話", "備考"], [])
    row = map_row(mapping, ["山田"])
    assert (row.name, row.phones, row.notes) == ("山田", (), "")


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("携帯=phone", MapOverride("携帯", Field.PHONE)),
        ("C=name", MapOverride("C", Field.NAME)),
        ("保護者名=custom", MapOverride("保護者名", Field.CUSTOM)),
        ("D=custom:担任", MapOverride("D", Field.CUSTOM, "担任")),
        ("a=b=ignore", MapOverride("a=b", Field.IGNORE)),
        (" 備考 = Notes ", MapOverride("備考", Field.NOTES)),
    ],
)
def test_parse_map_option(option: str, expected: MapOverride) -> None:
    assert parse_map_option(option) == expected


@pytest.mark.parametrize("option", ["phone", "=phone", "C=", "C=telephone", "C=name:x"])
def test_bad_map_options(option: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        parse_map_option(option)
    assert caught.value.code == ImportFileCode.BAD_MAP_OPTION
    assert caught.value.params["option"] == option


def test_overrides_by_header_and_by_letter() -> None:
    mapping = suggest_mapping(["氏名", "番号", "担任"], [])
    changed = mapping.with_overrides(
        [parse_map_option("番号=phone"), parse_map_option("c=custom:先生"), parse_map_option("A=ignore")]
    )
    assert [(c.field, c.custom_name, c.source) for c in changed.columns] == [
        (Field.IGNORE, None, Source.USER),
        (Field.PHONE, None, Source.USER),
        (Field.CUSTOM, "先生", Source.USER),
    ]


def test_override_of_an_unknown_column() -> None:
    mapping = suggest_mapping(["氏名"], [])
    for reference in ("電話", "Z"):
        with pytest.raises(ImportFileError) as caught:
            mapping.with_overrides([MapOverride(reference, Field.PHONE)])
        assert (caught.value.code, caught.value.params) == (
            ImportFileCode.UNKNOWN_COLUMN,
            {"column": reference},
        )


def test_header_detection() -> None:
    assert looks_like_header(["氏名", "電話番号"])
    assert not looks_like_header(["山田", "090-1234-5678"])
    rows = [
        ["2024年度 名簿"],
        ["作成日", "2024-04-01"],
        ["氏名", "フリガナ", "携帯"],
        ["山田", "ヤマダ", "090"],
    ]
    assert find_header_row(rows) == 2
    assert find_header_row([["a", "b"]]) == 0


@pytest.mark.parametrize(("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letters(number: int, letters: str) -> None:
    assert column_letter(number) == letters
    assert column_index(letters) == number
    assert column_index(letters.lower()) == number
