"""Which text encoding a CSV file uses.

CSV files saved by Japanese Excel are CP932 (Microsoft's Shift_JIS); newer
Excel writes UTF-8 with a BOM; some tools write UTF-16. Guessing wrong turns
every name into mojibake and is silent, so the order below is strict: byte
order marks, then encodings that validate (UTF-8 is self-checking; CP932
rejects most non-Japanese byte soup), then charset-normalizer as a last resort.
A file whose lines disagree (some UTF-8, some CP932: usually two files pasted
together) is refused rather than half-decoded.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from desk_sms.importing import ImportFileCode, ImportFileError

# How much of a file the detector looks at; the reader still decodes the rest
# strictly and reports a late surprise as a mixed-encoding error.
SAMPLE_SIZE = 1 << 20

_DECODE_SLICE = 1 << 16

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO2022_ESCAPES = re.compile(rb"\x1b\$[@B]|\x1b\(J")
# A UTF-8 multi-byte sequence of three or more bytes: all of Japanese text. A
# CP932 line essentially never forms these by accident, so a line that has one
# and still decodes as UTF-8 is UTF-8.
_UTF8_WIDE_SEQUENCE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_WIDE_ENCODINGS = ("utf-16", "utf-32")


def detect_csv_encoding(data: bytes) -> str:
    """Return a Python codec name for the start of a CSV file.

    Args:
        data: The file, or its first `SAMPLE_SIZE` bytes (a multi-byte character
            cut off at the end of the sample is tolerated).

    Raises:
        ImportFileError: ``encoding_mixed`` when lines use different encodings,
            ``encoding_unknown`` when nothing fits (or the bytes are not text).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if _ISO2022_ESCAPES.search(data) and _decodes(data, "iso2022_jp"):
        return "iso2022_jp"
    if b"\x00" in data:
        return _wide_encoding_without_bom(data)
    if _decodes(data, "utf-8"):
        return "utf-8"
    mixed_from = _first_line_disagreeing(data)
    if mixed_from is not None:
        raise ImportFileError(ImportFileCode.ENCODING_MIXED, line=mixed_from)
    if _decodes(data, "cp932"):
        return "cp932"
    return _guess_with_charset_normalizer(data)


def _decodes(data: bytes, encoding: str) -> bool:
    """Strict decode that forgives a character cut off at the end of a sample."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    view = memoryview(data)
    try:
        # In slices, so checking a 1 MB sample does not build a 1 MB string.
        for start in range(0, len(data), _DECODE_SLICE):
            decoder.decode(view[start : start + _DECODE_SLICE], final=False)
    except UnicodeDecodeError:
        return False
    return True


def _first_line_disagreeing(data: bytes) -> int | None:
    """The line where clear UTF-8 and non-UTF-8 lines have both been seen, if they are."""
    utf8_lines = other_lines = 0
    for number, line in enumerate(data.splitlines(), start=1):
        if line.isascii():
            continue
        if _decodes(line, "utf-8"):
            utf8_lines += bool(_UTF8_WIDE_SEQUENCE.search(line))
        else:
            other_lines += 1
        if utf8_lines and other_lines:
            return number
    return None


def _wide_encoding_without_bom(data: bytes) -> str:
    # NUL bytes are never in a CP932 or UTF-8 roster; UTF-16/32 without a BOM
    # is the only text they can mean.
    encoding = _best_guess(data)
    if encoding is not None and encoding.startswith(_WIDE_ENCODINGS):
        return encoding
    raise ImportFileError(ImportFileCode.ENCODING_UNKNOWN)


def _guess_with_charset_normalizer(data: bytes) -> str:
    encoding = _best_guess(data)
    if encoding is None:
        raise ImportFileError(ImportFileCode.ENCODING_UNKNOWN)
    return encoding


def _best_guess(data: bytes) -> str | None:
    match = from_bytes(data).best()
    if match is None:
        return None
    return codecs.lookup(match.encoding).name
