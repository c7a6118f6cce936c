"""GSM-7 / UCS-2 rules: alphabet, counting and splitting at the exact part boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modem.sms_text import (
    ESCAPE_SEPTET,
    GSM7_DEFAULT_ALPHABET,
    GSM7_EXTENSION_TABLE,
    Encoding,
    choose_encoding,
    gsm7_char_septets,
    gsm7_replacement,
    gsm7_septets,
    gsm7_to_septets,
    is_gsm7,
    non_gsm7_characters,
    septets_to_gsm7,
    split_text,
    ucs2_char_units,
)

GSM7_CHARS = [c for i, c in enumerate(GSM7_DEFAULT_ALPHABET) if i != ESCAPE_SEPTET] + list(
    GSM7_EXTENSION_TABLE
)
gsm7_text = st.text(alphabet=st.sampled_from(GSM7_CHARS), max_size=700)
japanese_char = st.characters(min_codepoint=0x3041, max_codepoint=0x30FA) | st.characters(
    min_codepoint=0x4E00, max_codepoint=0x9FFF
)
emoji_char = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
mixed_text = st.text(alphabet=st.sampled_from(GSM7_CHARS) | japanese_char | emoji_char, max_size=400)

EMOJI = "\U0001f600"
# Other suites may run beside this one; a slow machine must not turn into a failure.
NO_DEADLINE = settings(deadline=None)


# ---------------------------------------------------------------- the alphabet


@pytest.mark.parametrize(
    ("char", "position"),
    [("@", 0x00), ("£", 0x01), ("$", 0x02), ("¥", 0x03), ("Ç", 0x09), ("\n", 0x0A), ("\r", 0x0D),
     ("Δ", 0x10), ("_", 0x11), ("Ξ", 0x1A), ("Æ", 0x1C), ("É", 0x1F), (" ", 0x20), ("¤", 0x24),
     ("¡", 0x40), ("A", 0x41), ("Ä", 0x5B), ("§", 0x5F), ("¿", 0x60), ("a", 0x61), ("ü", 0x7E),
     ("à", 0x7F)],
)
def test_default_alphabet_positions_follow_ts_23_038(char: str, position: int) -> None:
    assert GSM7_DEFAULT_ALPHABET[position] == char
    assert gsm7_to_septets(char) == [position]


def test_default_alphabet_has_128_distinct_positions_and_no_backtick() -> None:
    assert len(GSM7_DEFAULT_ALPHABET) == 128
    assert len(set(GSM7_DEFAULT_ALPHABET)) == 128
    assert not is_gsm7("`")  # python-gsmmodem-new puts one where § belongs


@pytest.mark.parametrize(
    ("char", "code"),
    [("\x0c", 0x0A), ("^", 0x14), ("{", 0x28), ("}", 0x29), ("\\", 0x2F), ("[", 0x3C),
     ("~", 0x3D), ("]", 0x3E), ("|", 0x40), ("€", 0x65)],
)
def test_extension_characters_are_escape_plus_code(char: str, code: int) -> None:
    assert gsm7_to_septets(char) == [ESCAPE_SEPTET, code]
    assert gsm7_char_septets(char) == 2


@pytest.mark.parametrize("text", ["ア", "ç", "`", EMOJI, "é\u0301", "ÿ", "\t"])
def test_characters_outside_gsm7_choose_ucs2(text: str) -> None:
    assert not is_gsm7(text)
    assert choose_encoding("Hello " + text) is Encoding.UCS2


def test_plain_text_chooses_gsm7() -> None:
    assert choose_encoding("Hello, {name}! 50€ [ok] ~^|\\") is Encoding.GSM7


def test_gsm7_septets_counts_extension_characters_twice() -> None:
    assert gsm7_septets("a€b{") == 6
    with pytest.raises(ValueError):
        gsm7_septets("あ")


def test_non_gsm7_characters_are_distinct_in_order_of_appearance() -> None:
    assert non_gsm7_characters("aい“bい😀“c") == ["い", "“", EMOJI]
    assert non_gsm7_characters("plain") == []


@pytest.mark.parametrize(
    ("char", "replacement"),
    [("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"), ("…", "..."),
     ("\u00a0", " "), ("\u3000", " "), ("Ａ", "A"), ("ｚ", "z"), ("１", "1"), ("！", "!"),
     ("｛", "{"), ("￥", "¥"), ("á", "a"), ("ç", "Ç"), ("e", "e")],
)
def test_gsm7_replacement_of_look_alikes(char: str, replacement: str) -> None:
    assert gsm7_replacement(char) == replacement


@pytest.mark.parametrize("char", ["あ", "漢", "ア", EMOJI, "ー"])
def test_gsm7_replacement_has_none_for_japanese_and_emoji(char: str) -> None:
    assert gsm7_replacement(char) is None


@NO_DEADLINE
@given(st.characters())
def test_every_replacement_is_gsm7(char: str) -> None:
    replacement = gsm7_replacement(char)
    assert replacement is None or (replacement and is_gsm7(replacement))


@NO_DEADLINE
@given(gsm7_text)
def test_septets_round_trip(text: str) -> None:
    assert septets_to_gsm7(gsm7_to_septets(text)) == text


def test_unknown_escape_falls_back_to_default_table_and_dangling_escape_is_a_space() -> None:
    assert septets_to_gsm7([ESCAPE_SEPTET, 0x41, 0x42]) == "AB"
    assert septets_to_gsm7([0x41, ESCAPE_SEPTET]) == "A "
    assert septets_to_gsm7([ESCAPE_SEPTET, ESCAPE_SEPTET, 0x41]) == " A"


@NO_DEADLINE
@given(st.lists(st.integers(min_value=0, max_value=0x7F), max_size=200))
def test_any_septets_decode_to_gsm7_text_without_escape_characters(septets: list[int]) -> None:
    text = septets_to_gsm7(septets)
    assert is_gsm7(text)
    assert len(text) <= len(septets)


# ---------------------------------------------------------------- GSM-7 boundaries


def test_empty_text_is_one_empty_part() -> None:
    split = split_text("")
    assert (split.encoding, split.parts, split.units, split.part_count) == (
        Encoding.GSM7, ("",), 0, 1,
    )


def test_160_septets_fit_one_part_161_need_two() -> None:
    assert split_text("a" * 160).parts == ("a" * 160,)
    split = split_text("a" * 161)
    assert (split.part_count, split.units) == (2, 161)
    assert [len(part) for part in split.parts] == [153, 8]


def test_two_full_parts_then_a_third() -> None:
    assert [len(p) for p in split_text("b" * 306).parts] == [153, 153]
    assert [len(p) for p in split_text("b" * 307).parts] == [153, 153, 1]


def test_extension_characters_count_twice_against_160() -> None:
    assert split_text("€" * 80).part_count == 1
    assert split_text("a" + "€" * 80).part_count == 2


def test_escape_pair_straddling_a_boundary_moves_to_the_next_part() -> None:
    text = "a" * 152 + "€" + "z" * 10
    split = split_text(text)
    assert split.parts == ("a" * 152, "€" + "z" * 10)
    assert split.units == 152 + 2 + 10


def test_escape_pair_exactly_filling_a_part_stays() -> None:
    split = split_text("a" * 151 + "€" + "z" * 10)
    assert split.parts == ("a" * 151 + "€", "z" * 10)


# ---------------------------------------------------------------- UCS-2 boundaries


def test_70_ucs2_units_fit_one_part_71_need_two() -> None:
    assert split_text("あ" * 70).part_count == 1
    split = split_text("あ" * 71)
    assert (split.encoding, split.units) == (Encoding.UCS2, 71)
    assert [len(part) for part in split.parts] == [67, 4]


def test_two_full_ucs2_parts_then_a_third() -> None:
    assert [len(p) for p in split_text("漢" * 134).parts] == [67, 67]
    assert [len(p) for p in split_text("漢" * 135).parts] == [67, 67, 1]


def test_emoji_take_two_units() -> None:
    assert split_text(EMOJI * 35).part_count == 1
    split = split_text(EMOJI * 36)
    assert split.units == 72
    assert split.parts == (EMOJI * 33, EMOJI * 3)


def test_emoji_straddling_a_boundary_is_never_split() -> None:
    text = "あ" * 66 + EMOJI + "い" * 5
    split = split_text(text)
    assert split.parts == ("あ" * 66, EMOJI + "い" * 5)
    assert split.units == 66 + 2 + 5


def test_one_non_gsm7_character_turns_the_whole_text_ucs2() -> None:
    split = split_text("a" * 100 + "ア")
    assert (split.encoding, split.units, split.part_count) == (Encoding.UCS2, 101, 2)


def test_670_japanese_characters_are_ten_parts() -> None:
    assert split_text("ア" * 670).part_count == 10


# ---------------------------------------------------------------- properties


def _cost(part: str, encoding: Encoding) -> int:
    if encoding is Encoding.GSM7:
        return gsm7_septets(part)
    return sum(ucs2_char_units(char) for char in part)


@NO_DEADLINE
@given(gsm7_text | mixed_text)
def test_split_is_lossless_tight_and_within_limits(text: str) -> None:
    split = split_text(text)
    assert "".join(split.parts) == text
    single, multi = (160, 153) if split.encoding is Encoding.GSM7 else (70, 67)
    costs = [_cost(part, split.encoding) for part in split.parts]
    assert sum(costs) == split.units
    if split.units <= single:
        assert split.part_count == 1
        return
    assert all(0 < cost <= multi for cost in costs)
    for part, following in zip(split.parts, split.parts[1:], strict=False):
        # greedy and tight: the next character would not have fitted
        assert _cost(part + following[0], split.encoding) > multi

