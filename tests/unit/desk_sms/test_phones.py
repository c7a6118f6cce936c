"""normalize_phone: every roster shape we have seen, and the ones we must refuse."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_sms.domain import phones
from desk_sms.domain.phones import (
    PhoneError,
    PhoneRepair,
    format_national,
    is_mobile_jp,
    normalize_phone,
)

MOBILE = "+819012345678"


@pytest.mark.parametrize(
    "raw",
    [
        "09012345678",
        "090-1234-5678",
        "090 1234 5678",
        "090\u30001234\u30005678",  # ideographic space
        "０９０－１２３４－５６７８",  # full-width digits and hyphen
        "０９０ー１２３４ー５６７８",  # katakana long-vowel mark typed as a dash
        "090ｰ1234ｰ5678",  # half-width katakana long-vowel mark
        "090‐1234‐5678",  # U+2010 hyphen
        "090‑1234‑5678",  # U+2011 non-breaking hyphen
        "090‒1234‒5678",  # U+2012 figure dash
        "090–1234–5678",  # en dash
        "090—1234—5678",  # em dash
        "090―1234―5678",  # horizontal bar
        "090−1234−5678",  # minus sign
        "(090)1234-5678",
        "（０９０）１２３４－５６７８",
        "090.1234.5678",
        " 090-1234-5678 \t",
        "+81 90-1234-5678",
        "+81 090-1234-5678",
        "＋８１９０１２３４５６７８",
        "0081 90 1234 5678",
        "0081-90-1234-5678",
        "010-81-90-1234-5678",
        "9012345678",
        "9012345678.0",
        9012345678,
        9012345678.0,
        "819012345678",
        "'09012345678",
        "+81 (0)90-1234-5678",
        "tel:+81-90-1234-5678",
        "TEL 090-1234-5678",
        "ＴＥＬ：０９０－１２３４－５６７８",
        "携帯 090-1234-5678",
        "090-1234-5678（母）",
        "090-1234-5678 (携帯)",
        "'+819012345678",
        "＇090-1234-5678",
    ],
)
def test_accepted_forms_normalise_to_e164(raw: str | int | float) -> None:
    result = normalize_phone(raw)
    assert result.error is None, result
    assert result.e164 == MOBILE
    assert result.ok


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("070-1111-2222", "+817011112222"),
        ("080-3333-4444", "+818033334444"),
        (8033334444, "+818033334444"),
        ("+44 7911 123456", "+447911123456"),
        ("+1 202-555-0143", "+12025550143"),
    ],
)
def test_other_mobile_numbers(raw: str | int, e164: str) -> None:
    assert normalize_phone(raw).e164 == e164


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("", PhoneError.EMPTY),
        ("   ", PhoneError.EMPTY),
        ("\u3000", PhoneError.EMPTY),
        ("---", PhoneError.EMPTY),
        (None, PhoneError.EMPTY),
        (float("nan"), PhoneError.EMPTY),
        ("9.01E+09", PhoneError.EXPONENT_NOTATION),
        ("9.012345678E+09", PhoneError.EXPONENT_NOTATION),
        ("９．０１Ｅ＋０９", PhoneError.EXPONENT_NOTATION),
        ("abc", PhoneError.NOT_A_NUMBER),
        ("090-1234-5678 母", PhoneError.NOT_A_NUMBER),
        ("(母)", PhoneError.NOT_A_NUMBER),
        ("TEL", PhoneError.NOT_A_NUMBER),
        ("090-1234-5678 (内線12)", PhoneError.NOT_A_NUMBER),
        ("090-1234-5678 / 080-1111-2222", PhoneError.NOT_A_NUMBER),
        ("090+1234", PhoneError.NOT_A_NUMBER),
        ("090-0123-4567", PhoneError.INVALID),
        (9012345678.5, PhoneError.NOT_A_NUMBER),
        (True, PhoneError.NOT_A_NUMBER),
        ("12", PhoneError.TOO_SHORT),
        ("090-1234-567", PhoneError.INVALID),
        ("090-1234-56789", PhoneError.INVALID),
        ("03-1234-5678", PhoneError.NOT_MOBILE),
        ("0120-123-456", PhoneError.NOT_MOBILE),
        ("050-1234-5678", PhoneError.NOT_MOBILE),
        ("+999 1234 5678", PhoneError.INVALID_COUNTRY_CODE),
    ],
)
def test_refused_inputs_give_a_stable_code(raw: object, error: str) -> None:
    result = normalize_phone(raw)  # type: ignore[arg-type]
    assert result.error == error
    assert result.e164 is None
    assert not result.ok


def test_landline_is_accepted_when_mobile_not_required() -> None:
    assert normalize_phone("03-1234-5678", mobile_only=False).e164 == "+81312345678"


def test_raw_is_kept_verbatim_for_error_reports() -> None:
    assert normalize_phone("０９０－１２３４－５６７８").raw == "０９０－１２３４－５６７８"
    assert normalize_phone(9012345678.0).raw == "9012345678"


def test_repairs_are_reported() -> None:
    assert PhoneRepair.LEADING_ZERO_RESTORED in normalize_phone(9012345678).repairs
    assert PhoneRepair.EXCEL_FLOAT in normalize_phone(9012345678.0).repairs
    assert PhoneRepair.INTERNATIONAL_00_PREFIX in normalize_phone("0081901234567 8").repairs
    assert PhoneRepair.LABEL_REMOVED in normalize_phone("TEL:090-1234-5678").repairs
    assert normalize_phone("090-1234-5678").repairs == ()


def test_lost_zero_is_only_restored_for_japan() -> None:
    # In the US, 9012345678 is a valid Tennessee number, not a Japanese mobile.
    assert normalize_phone("9012345678", "US", mobile_only=False).e164 == "+19012345678"


def test_other_region_national_number() -> None:
    assert normalize_phone("07911 123456", "GB").e164 == "+447911123456"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+819012345678", True),
        ("070-1111-2222", True),
        ("０８０－３３３３－４４４４", True),
        (9012345678, True),
        ("03-1234-5678", False),
        ("+447911123456", False),
        ("garbage", False),
    ],
)
def test_is_mobile_jp(number: str | int, expected: bool) -> None:
    assert is_mobile_jp(number) is expected


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+819012345678", "090-1234-5678"),
        ("+81312345678", "03-1234-5678"),
        ("+447911123456", "+44 7911 123456"),
        ("not a number", "not a number"),
    ],
)
def test_format_national(e164: str, shown: str) -> None:
    assert format_national(e164) == shown


_prefixes = st.sampled_from(["70", "80", "90"])
# 070-0xxx and 090-0xxx are not allocated, so the first digit after the prefix is 1-9.
_eight_digits = st.builds(
    str.__add__,
    st.text(alphabet="123456789", min_size=1, max_size=1),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)
_dash = st.sampled_from(["-", "－", "ー", "‐", "–", "—", "−", " ", "\u3000", ""])


@given(_prefixes, _eight_digits, _dash, st.booleans())
def test_any_written_jp_mobile_round_trips(prefix: str, rest: str, dash: str, full_width: bool) -> None:
    national = f"0{prefix}{dash}{rest[:4]}{dash}{rest[4:]}"
    if full_width:
        national = national.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    result = normalize_phone(national)
    assert result.e164 == f"+81{prefix}{rest}"
    assert format_national(result.e164) == f"0{prefix}-{rest[:4]}-{rest[4:]}"
    assert is_mobile_jp(result.e164)


@given(_prefixes, _eight_digits)
def test_excel_number_that_lost_its_zero(prefix: str, rest: str) -> None:
    as_number = int(prefix + rest)
    assert normalize_phone(as_number).e164 == f"+81{prefix}{rest}"
    assert normalize_phone(float(as_number)).e164 == f"+81{prefix}{rest}"


@given(st.text(max_size=30))
def test_never_raises_and_is_consistent(text: str) -> None:
    result = normalize_phone(text)
    assert (result.e164 is None) == (result.error is not None)
    if result.e164 is not None:
        assert result.e164.startswith("+")
        assert result.e164[1:].isdigit()
        assert normalize_phone(result.e164).e164 == result.e164


# No deadline: phonenumbers loads a region's metadata on first use (hundreds of ms on a busy machine).
@settings(deadline=None)
@given(st.text(alphabet="0123456789+", min_size=3, max_size=16), st.sampled_from(["JP", "US", "GB"]))
def test_number_type_unknown_means_invalid(text: str, region: str) -> None:
    # normalize_phone relies on this to skip a second metadata pass (see _parse).
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return
    unknown = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.UNKNOWN
    assert phonenumbers.is_valid_number(number) is not unknown


@given(
    prefix=st.sampled_from(["0", "+81"]),
    carrier=st.sampled_from(["70", "80", "90", "60", "50", "20"]),
    rest=st.text(alphabet="0123456789", min_size=7, max_size=10),
    region=st.sampled_from(["JP", "jp", "US"]),
)
def test_fast_path_for_japanese_mobiles_agrees_with_phonenumbers(
    prefix: str, carrier: str, rest: str, region: str
) -> None:
    digits = prefix + carrier + rest
    fast = phones._jp_mobile_fast(digits, region)
    if fast is not None:
        assert fast == phones._parse(digits, region, True) == phones._parse(digits, region, False)
    else:
        # Only what the fast path cannot vouch for is left to the metadata.
        assert not (region.upper() == "JP" and len(digits) == 11 and carrier in ("70", "80", "90")
                    and rest[0] != "0" and prefix == "0")
