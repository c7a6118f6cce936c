"""Phone numbers from rosters to E.164, and back to a readable national form.

Rosters typed in Japan hold mobile numbers in many shapes: ``090-1234-5678``,
full-width ``０９０－１２３４－５６７８``, a katakana long-vowel mark used as a dash,
``+81 90 …``, ``0081 …`` or an Excel number that lost its leading zero. This
module repairs what can be repaired safely and reports everything else with a
stable error code (see ``PhoneError``); it never guesses a number.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

DEFAULT_REGION = "JP"


class PhoneError:
    """Stable error codes of `PhoneResult.error` (the UI turns them into text)."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    EXPONENT_NOTATION = "exponent_notation"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID_COUNTRY_CODE = "invalid_country_code"
    INVALID = "invalid"
    NOT_MOBILE = "not_mobile"


class PhoneRepair:
    """Codes of the repairs applied, so a preview can show what was changed."""

    LEADING_ZERO_RESTORED = "leading_zero_restored"
    EXCEL_FLOAT = "excel_float"
    INTERNATIONAL_00_PREFIX = "international_00_prefix"
    LABEL_REMOVED = "label_removed"


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """The outcome of `normalize_phone`.

    Attributes:
        e164: The number in E.164 (``+819012345678``), or None when ``error`` is set.
        raw: The input as text, exactly as it was given (for error reports).
        error: A `PhoneError` code, or None when the number is usable.
        repairs: `PhoneRepair` codes of the repairs that were applied.
    """

    e164: str | None
    raw: str
    error: str | None = None
    repairs: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.error is None


# Every dash-like character seen in Japanese rosters, including the katakana
# long-vowel marks that IMEs produce when typing "-" in kana mode.
_DASHES = "\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u30fc\ufe58\ufe63\uff0d\uff70"
_SEPARATORS_RE = re.compile(f"[{re.escape(_DASHES)}\\s().\\[\\]]")
_EXPONENT_RE = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")
_TRAILING_ZERO_FRACTION_RE = re.compile(r"^(\d+)\.0+$")
_ALLOWED_RE = re.compile(r"^\+?\d+$")
# Labels around a number that cannot change it: "TEL:", "tel:" (RFC 3966), "携帯 ",
# and a bracketed note without digits such as "（母）" or "(携帯)".
_LEADING_LABEL_RE = re.compile(r"^(?:tel|phone|mobile|携帯電話|携帯|電話番号|電話)\s*[:.]?\s*", re.I)
_BRACKETED_NOTE_RE = re.compile(r"\s*\([^()\d]*\)\s*$")
# Japanese mobile national numbers without the trunk 0: 70/80/90 + 8 digits.
_JP_MOBILE_NATIONAL_RE = re.compile(r"^[789]0\d{8}$")
_JP_MOBILE_E164_RE = re.compile(r"^\+81[789]0\d{8}$")
# What phonenumbers' JP metadata calls MOBILE among 070/080/090 numbers (its mobile pattern
# ``[6-9]0[1-9]\d{7}``; no other JP type overlaps), written national (0…) or as +81….
_JP_MOBILE_FAST_RE = re.compile(r"^(?:0|\+81)([789]0[1-9]\d{7})$")
_SMS_CAPABLE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
_POSSIBLE_ERRORS = {
    phonenumbers.ValidationResult.TOO_SHORT: PhoneError.TOO_SHORT,
    phonenumbers.ValidationResult.TOO_LONG: PhoneError.TOO_LONG,
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: PhoneError.INVALID_COUNTRY_CODE,
    phonenumbers.ValidationResult.INVALID_LENGTH: PhoneError.INVALID,
}


def normalize_phone(
    raw: str | int | float | None, region: str = DEFAULT_REGION, *, mobile_only: bool = True
) -> PhoneResult:
    """Turn a roster cell into an E.164 number, or say precisely why not.

    Args:
        raw: The cell value: text, or a number as a spreadsheet stores it.
        region: ISO country code assumed for numbers written without a country code.
        mobile_only: Reject numbers that cannot receive SMS (landlines, toll-free, IP phones).
    """
    raw_text = _as_text(raw)
    repairs: list[str] = []
    digits, error = _clean(raw, raw_text, repairs)
    if error is not None:
        return PhoneResult(None, raw_text, error, tuple(repairs))
    digits = _restore_lost_zero(digits, region, repairs)
    e164, error = _jp_mobile_fast(digits, region) or _parse(digits, region, mobile_only)
    return PhoneResult(e164, raw_text, error, tuple(repairs))


def is_mobile_jp(number: str | int | float) -> bool:
    """True for a Japanese 070/080/090 mobile number, in any form `normalize_phone` accepts."""
    result = normalize_phone(number, "JP", mobile_only=False)
    return result.e164 is not None and _JP_MOBILE_E164_RE.match(result.e164) is not None


def format_national(e164: str) -> str:
    """Display form: ``090-1234-5678`` for Japanese numbers, international form otherwise.

    Text that does not parse is returned unchanged, so a display never fails.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if number.country_code == 81:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def _as_text(raw: str | int | float | None) -> str:
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def _clean(raw: object, raw_text: str, repairs: list[str]) -> tuple[str, str | None]:
    """Strip separators; return (``+``/digits, error code or None)."""
    if isinstance(raw, bool):
        return "", PhoneError.NOT_A_NUMBER
    if isinstance(raw, float) and not math.isnan(raw):
        if not raw.is_integer():
            return "", PhoneError.NOT_A_NUMBER
        repairs.append(PhoneRepair.EXCEL_FLOAT)
    text = unicodedata.normalize("NFKC", raw_text).strip()
    # A leading apostrophe is Excel's "keep as text" mark ('090…, '+81…), not part of the number.
    text = text.removeprefix("'").strip()
    text = _without_labels(text, repairs)
    if not text:
        return "", PhoneError.EMPTY
    if _EXPONENT_RE.match(text):
        # "9.01E+09": Excel already rounded the digits away; nothing to recover.
        return "", PhoneError.EXPONENT_NOTATION
    fraction = _TRAILING_ZERO_FRACTION_RE.match(text)
    if fraction:
        text = fraction.group(1)
        repairs.append(PhoneRepair.EXCEL_FLOAT)
    compact = _SEPARATORS_RE.sub("", text)
    if not compact:
        return "", PhoneError.EMPTY
    if not _ALLOWED_RE.match(compact):
        return "", PhoneError.NOT_A_NUMBER
    return _international_prefix(compact, repairs), None


def _without_labels(text: str, repairs: list[str]) -> str:
    unlabelled = _BRACKETED_NOTE_RE.sub("", _LEADING_LABEL_RE.sub("", text))
    if unlabelled != text and unlabelled:
        repairs.append(PhoneRepair.LABEL_REMOVED)
        return unlabelled
    return text


def _international_prefix(digits: str, repairs: list[str]) -> str:
    """``0081…`` (the European 00 prefix, common in exports) means ``+81…``.

    Japan's own international prefix is 010, which phonenumbers already knows; 00
    followed by a non-zero digit is never a valid Japanese national number.
    """
    if len(digits) > 4 and digits.startswith("00") and digits[2] != "0":
        repairs.append(PhoneRepair.INTERNATIONAL_00_PREFIX)
        return "+" + digits[2:]
    return digits


def _restore_lost_zero(digits: str, region: str, repairs: list[str]) -> str:
    """An Excel number cell drops the leading 0 of 09012345678; put it back."""
    if region.upper() == "JP" and _JP_MOBILE_NATIONAL_RE.match(digits):
        repairs.append(PhoneRepair.LEADING_ZERO_RESTORED)
        return "0" + digits
    return digits


def _jp_mobile_fast(digits: str, region: str) -> tuple[str, None] | None:
    """The common case of a Japanese roster without the metadata walk (half of an import's checking).

    ``+81…`` means Japan in any region; ``0…`` only when the region is Japan.
    """
    match = _JP_MOBILE_FAST_RE.match(digits)
    if match is None or (digits[0] == "0" and region.upper() != "JP"):
        return None
    return "+81" + match.group(1), None


def _parse(digits: str, region: str, mobile_only: bool) -> tuple[str | None, str | None]:
    try:
        number = phonenumbers.parse(digits, region.upper())
    except NumberParseException as exc:
        return None, _parse_exception_code(exc)
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible in _POSSIBLE_ERRORS:
        return None, _POSSIBLE_ERRORS[possible]
    # number_type is UNKNOWN exactly when is_valid_number is False; asking once halves
    # the metadata matching, the slowest part of a large import.
    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.UNKNOWN:
        return None, PhoneError.INVALID
    if mobile_only and kind not in _SMS_CAPABLE_TYPES:
        return None, PhoneError.NOT_MOBILE
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), None


def _parse_exception_code(exc: NumberParseException) -> str:
    codes = {
        NumberParseException.INVALID_COUNTRY_CODE: PhoneError.INVALID_COUNTRY_CODE,
        NumberParseException.TOO_SHORT_NSN: PhoneError.TOO_SHORT,
        NumberParseException.TOO_SHORT_AFTER_IDD: PhoneError.TOO_SHORT,
        NumberParseException.TOO_LONG: PhoneError.TOO_LONG,
    }
    return codes.get(exc.error_type, PhoneError.NOT_A_NUMBER)
