"""detect_csv_encoding: the encodings Japanese offices actually produce, and refusals."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.encodings import detect_csv_encoding

ROSTER = (
    "氏名,フリガナ,電話番号,クラス\r\n"
    "山田太郎,ヤマダタロウ,090-1234-5678,小学3年\r\n"
    "佐藤花子,サトウハナコ,080-1111-2222,中学1年\r\n"
    "髙橋①,ﾀｶﾊｼ,070-3333-4444,高校２年\r\n"  # CP932-only characters and half-width kana
)


def _decoded(data: bytes) -> str:
    return data.decode(detect_csv_encoding(data))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + ROSTER.encode("utf-8"), "utf-8-sig"),
        (ROSTER.encode("utf-8"), "utf-8"),
        (ROSTER.encode("cp932"), "cp932"),
        (ROSTER.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ROSTER.encode("utf-16-be"), "utf-16"),
        (ROSTER.encode("utf-32"), "utf-32"),
        (b"name,phone\r\nTaro,09012345678\r\n", "utf-8"),
        (b"", "utf-8"),
    ],
)
def test_detects_common_encodings(data: bytes, expected: str) -> None:
    assert detect_csv_encoding(data) == expected


def test_cp932_file_round_trips() -> None:
    assert _decoded(ROSTER.encode("cp932")) == ROSTER


def test_utf16_without_bom_falls_back_to_charset_normalizer() -> None:
    data = (ROSTER * 5).encode("utf-16-le")
    assert _decoded(data) == ROSTER * 5


def test_euc_jp_is_recognised_by_the_fallback() -> None:
    text = "氏名,電話番号\n山田太郎,090-1234-5678\n佐藤花子,080-1111-2222\n" * 5
    assert _decoded(text.encode("euc_jp")) == text


def test_iso2022_jp_is_not_mistaken_for_ascii() -> None:
    text = "氏名,電話番号\n山田太郎,090-1234-5678\n"
    assert detect_csv_encoding(text.encode("iso2022_jp")) == "iso2022_jp"


def test_sample_cut_inside_a_character_is_tolerated() -> None:
    data = ROSTER.encode("utf-8")
    cut = data.index("花".encode()) + 1  # one byte into a three-byte character
    assert detect_csv_encoding(data[:cut]) == "utf-8"
    cp932 = ROSTER.encode("cp932")
    cut = cp932.index("花".encode("cp932")) + 1
    assert detect_csv_encoding(cp932[:cut]) == "cp932"


@pytest.mark.parametrize("utf8_first", [True, False])
def test_mixed_utf8_and_cp932_lines_are_refused(utf8_first: bool) -> None:
    utf8 = "山田太郎,090-1234-5678\n".encode()
    cp932 = "佐藤花子,080-1111-2222\n".encode("cp932")
    data = utf8 + cp932 if utf8_first else cp932 + utf8
    with pytest.raises(ImportFileError) as caught:
        detect_csv_encoding(b"name,phone\n" + data)
    assert caught.value.code == ImportFileCode.ENCODING_MIXED
    assert caught.value.params == {"line": 3}


def test_binary_data_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(ImportFileError) as caught:
        detect_csv_encoding(png)
    assert caught.value.code == ImportFileCode.ENCODING_UNKNOWN


_japanese_text = st.text(
    alphabet=st.sampled_from("山田太郎佐藤花子あいうえおカタカナ漢字,0123456789-\n 　ー"),
    min_size=8,
    max_size=200,
)


@given(_japanese_text, st.sampled_from(["utf-8", "cp932"]))
def test_japanese_text_decodes_back_exactly(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert data.decode(detect_csv_encoding(data)) == text
