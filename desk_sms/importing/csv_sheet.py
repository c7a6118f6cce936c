"""The CSV side of the readers: encoding detected once, then decoded strictly while streaming.

A physical line is read with a bounded length, so a file of one endless line
(or one runaway quoted field) is refused at a few megabytes instead of being
read whole into memory.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.encodings import SAMPLE_SIZE, detect_csv_encoding

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
LINE_LIMIT = 1 << 20  # bytes (characters for UTF-16/32) in one physical line
_CSV_DELIMITERS = ",\t;"
_SNIFF_BYTES = 1 << 16
AnyText = TypeVar("AnyText", str, bytes)


@dataclass(frozen=True, slots=True)
class CsvRows:
    rows: Iterator[tuple[int, Iterable[object]]]
    total: int  # estimated lines: a progress hint
    spreadsheet_name: bool  # CSV text under an .xlsx/.xls name
    close: BinaryIO


def open_csv(path: Path) -> CsvRows:
    with path.open("rb") as stream:
        sample = stream.read(SAMPLE_SIZE)
    try:
        encoding = detect_csv_encoding(sample)
    except ImportFileError as exc:  # the detector sees bytes only: name the file
        raise ImportFileError(exc.code, **{**exc.params, "file": path.name}) from None
    delimiter = _sniff_delimiter(sample[:_SNIFF_BYTES].decode(encoding, errors="ignore"))
    binary = path.open("rb")
    reader = csv.reader(_decoded_lines(binary, encoding, path.name), delimiter=delimiter)
    total = _estimated_lines(sample, path.stat().st_size)
    return CsvRows(_csv_rows(reader, path.name), total, path.suffix.lower() not in CSV_SUFFIXES, binary)


def _estimated_lines(sample: bytes, file_size: int) -> int:
    """Lines in the file, extrapolated from the sample: a progress-bar hint, not a count."""
    lines = sample.count(b"\n") or 1
    if len(sample) >= file_size:
        return lines
    return round(file_size * lines / len(sample))


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS).delimiter
    except csv.Error:
        # The sniffer gives up on one-column files and ragged rows; count instead.
        first_line = sample.lstrip("\ufeff").split("\n", 1)[0]
        return "\t" if first_line.count("\t") > first_line.count(",") else ","


def _decoded_lines(binary: BinaryIO, encoding: str, file_name: str) -> Iterator[str]:
    """Decode strictly, one physical line at a time, so an error can name its line.

    Splitting bytes at newlines is safe for the byte-oriented encodings (no
    CP932 or UTF-8 trail byte is 0x0A); UTF-16/32 are decoded as a whole stream.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        text = io.TextIOWrapper(binary, encoding=encoding, newline="")
        for _number, text_line in _bounded_lines(text.readline, file_name):
            yield text_line
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    for line_number, raw_line in _bounded_lines(binary.readline, file_name):
        try:
            yield decoder.decode(raw_line)
        except UnicodeDecodeError:
            raise ImportFileError(ImportFileCode.ENCODING_MIXED, file=file_name, line=line_number) from None


def _bounded_lines(readline: Callable[[int], AnyText], file_name: str) -> Iterator[tuple[int, AnyText]]:
    number = 0
    while line := readline(LINE_LIMIT + 1):
        number += 1
        if len(line) > LINE_LIMIT:
            raise line_too_long(file_name)
        yield number, line


def line_too_long(file_name: str, limit_bytes: int = LINE_LIMIT) -> ImportFileError:
    return ImportFileError(ImportFileCode.VALUE_TOO_LARGE, file=file_name, limit_bytes=limit_bytes)


def _csv_rows(reader: Iterator[list[str]], file_name: str) -> Iterator[tuple[int, Iterable[object]]]:
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise ImportFileError(ImportFileCode.ENCODING_MIXED, file=file_name, line=number + 1) from None
        except csv.Error as exc:
            if "field limit" in str(exc):  # one quoted field of over 131,072 characters: 128 KB at least
                raise line_too_long(file_name, csv.field_size_limit()) from None
            raise ImportFileError(
                ImportFileCode.FILE_CORRUPT, file=file_name, row=number + 1, detail=str(exc)
            ) from None
        number += 1
        yield number, cells
