"""SMS text rules of 3GPP TS 23.038 (GSM 03.38): alphabet, encoding choice, counting, splitting.

Pure functions only. The core shows the user the counts computed here and the
modem layer sends the parts computed here, so what the user sees is what goes out.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

# The GSM 7-bit default alphabet, indexed by septet value (TS 23.038 §6.2.1).
# 0x1B is the escape to the extension table; it never stands for a character itself.
GSM7_DEFAULT_ALPHABET = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
ESCAPE_SEPTET = 0x1B

# The extension table (TS 23.038 §6.2.1.1): each costs an escape septet plus this one.
GSM7_EXTENSION_TABLE: dict[str, int] = {
    "\x0c": 0x0A,  # form feed (page break)
    "^": 0x14,
    "{": 0x28,
    "}": 0x29,
    "\\": 0x2F,
    "[": 0x3C,
    "~": 0x3D,
    "]": 0x3E,
    "|": 0x40,
    "€": 0x65,
}

_DEFAULT_SEPTET_BY_CHAR: dict[str, int] = {
    char: septet for septet, char in enumerate(GSM7_DEFAULT_ALPHABET) if septet != ESCAPE_SEPTET
}
_EXTENSION_CHAR_BY_SEPTET: dict[int, str] = {v: k for k, v in GSM7_EXTENSION_TABLE.items()}

GSM7_SINGLE_PART_SEPTETS = 160
GSM7_MULTIPART_SEPTETS = 153  # 7 septets go to the concatenation header
UCS2_SINGLE_PART_UNITS = 70
UCS2_MULTIPART_UNITS = 67  # 3 code units go to the concatenation header

# Look-alikes that phones and word processors slip into otherwise plain text.
# NFKD (below) already covers full-width ASCII, NBSP, the ellipsis and accents.
_EXPLICIT_REPLACEMENTS: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\uff0d": "-",
    "\u2022": "-",
    "\t": " ", "\u3000": " ",
    "\uffe5": "¥",
    "\u00e7": "Ç",  # older phones show position 0x09 as ç; today's spec says Ç
}


class Encoding(enum.StrEnum):
    """How the user data of an SMS is coded (TP-DCS)."""

    GSM7 = "gsm7"
    UCS2 = "ucs2"
    # Only ever reported by the PDU decoder for binary (8-bit, DCS 0x04) messages.
    DATA8 = "8bit"


@dataclass(frozen=True)
class SplitText:
    """A text cut into the parts that will be sent, with its total size."""

    encoding: Encoding
    parts: tuple[str, ...]  # "".join(parts) == the original text
    units: int  # septets (GSM-7) or UCS-2 code units, over the whole text

    @property
    def part_count(self) -> int:
        return len(self.parts)


def is_gsm7_char(char: str) -> bool:
    """True when `char` is in the default alphabet or the extension table."""
    return char in _DEFAULT_SEPTET_BY_CHAR or char in GSM7_EXTENSION_TABLE


def is_gsm7(text: str) -> bool:
    return all(is_gsm7_char(char) for char in text)


def choose_encoding(text: str) -> Encoding:
    return Encoding.GSM7 if is_gsm7(text) else Encoding.UCS2


def gsm7_char_septets(char: str) -> int:
    """Septets one GSM-7 character takes: 2 for the extension table (escape + code)."""
    if char in _DEFAULT_SEPTET_BY_CHAR:
        return 1
    if char in GSM7_EXTENSION_TABLE:
        return 2
    raise ValueError(f"not in the GSM 7-bit alphabet: {char!r}")


def gsm7_septets(text: str) -> int:
    """Septets `text` takes in GSM-7; raises ValueError if a character is not GSM-7."""
    return sum(gsm7_char_septets(char) for char in text)


def ucs2_char_units(char: str) -> int:
    """UTF-16 code units of one character: 2 outside the BMP (a surrogate pair)."""
    return 2 if ord(char) > 0xFFFF else 1


def ucs2_units(text: str) -> int:
    return sum(ucs2_char_units(char) for char in text)


def non_gsm7_characters(text: str) -> list[str]:
    """The distinct characters that force UCS-2, in order of first appearance."""
    return list(dict.fromkeys(char for char in text if not is_gsm7_char(char)))


def gsm7_replacement(char: str) -> str | None:
    """A GSM-7 stand-in for `char` (possibly several characters), or None if there is none.

    A character already in GSM-7 is its own replacement. Japanese letters have none.
    """
    if is_gsm7_char(char):
        return char
    explicit = _EXPLICIT_REPLACEMENTS.get(char)
    if explicit is not None:
        return explicit
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base.isspace():
        return " "
    if base and is_gsm7(base):
        return base
    return None


def gsm7_to_septets(text: str) -> list[int]:
    """Septet values of `text` (extension characters become escape + code)."""
    septets: list[int] = []
    for char in text:
        default = _DEFAULT_SEPTET_BY_CHAR.get(char)
        if default is not None:
            septets.append(default)
        elif char in GSM7_EXTENSION_TABLE:
            septets.extend((ESCAPE_SEPTET, GSM7_EXTENSION_TABLE[char]))
        else:
            raise ValueError(f"not in the GSM 7-bit alphabet: {char!r}")
    return septets


def _extension_char(septet: int) -> str:
    """The character after an escape; unknown codes show their default-table character."""
    if septet == ESCAPE_SEPTET:
        return " "  # reserved escape to another table (SS2): the spec says show a space
    return _EXTENSION_CHAR_BY_SEPTET.get(septet, GSM7_DEFAULT_ALPHABET[septet])


def septets_to_gsm7(septets: list[int]) -> str:
    """Text of septet values; unknown escapes fall back to the default table (§6.2.1.1)."""
    chars: list[str] = []
    escaped = False
    for septet in septets:
        septet &= 0x7F
        if escaped:
            escaped = False
            chars.append(_extension_char(septet))
        elif septet == ESCAPE_SEPTET:
            escaped = True
        else:
            chars.append(GSM7_DEFAULT_ALPHABET[septet])
    if escaped:
        chars.append(" ")  # a dangling escape is shown as a space, as the spec suggests
    return "".join(chars)


def _split_by_cost(text: str, cost: list[int], limit: int) -> tuple[str, ...]:
    """Cut `text` into runs whose summed per-character cost stays within `limit`."""
    parts: list[str] = []
    start = 0
    used = 0
    for index, char_cost in enumerate(cost):
        if used + char_cost > limit:
            parts.append(text[start:index])
            start, used = index, 0
        used += char_cost
    parts.append(text[start:])
    return tuple(parts)


def split_text(text: str) -> SplitText:
    """The parts `text` is sent as; never splits an escape pair or a surrogate pair."""
    encoding = choose_encoding(text)
    if encoding is Encoding.GSM7:
        cost = [gsm7_char_septets(char) for char in text]
        single, multi = GSM7_SINGLE_PART_SEPTETS, GSM7_MULTIPART_SEPTETS
    else:
        cost = [ucs2_char_units(char) for char in text]
        single, multi = UCS2_SINGLE_PART_UNITS, UCS2_MULTIPART_UNITS
    units = sum(cost)
    parts = (text,) if units <= single else _split_by_cost(text, cost, multi)
    return SplitText(encoding=encoding, parts=parts, units=units)
