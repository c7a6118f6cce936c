"""Which roster column is which contact field: suggestions from headers (JP/EN) and values.

A roster's headers are whatever the office typed: 氏名, お名前, 生徒名, Name,
携帯, 保護者携帯, TEL … `suggest_mapping` proposes a field per column; the user
confirms or corrects it in the import wizard or with ``--map COLUMN=FIELD``.
Unknown headers become custom fields under their own name (usable as template
placeholders), so nothing in the file is silently dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from desk_sms.domain.phones import normalize_phone
from desk_sms.importing import ImportFileCode, ImportFileError


class Field(StrEnum):
    NAME = "name"
    READING = "reading"
    PHONE = "phone"
    GROUP = "group"
    NOTES = "notes"
    CONSENT_DATE = "consent_date"
    CONSENT_SOURCE = "consent_source"
    CUSTOM = "custom"
    IGNORE = "ignore"


class Source(StrEnum):
    """Why a column got its field (shown in the wizard)."""

    HEADER = "header"
    VALUES = "values"
    USER = "user"
    FALLBACK = "fallback"


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One column: 0-based index, its header, and the field it fills.

    Attributes:
        custom_name: The custom field's name when ``field`` is CUSTOM.
    """

    index: int
    header: str
    field: Field
    custom_name: str | None = None
    source: Source = Source.HEADER

    @property
    def letter(self) -> str:
        return column_letter(self.index + 1)


@dataclass(frozen=True, slots=True)
class Mapping:
    columns: tuple[ColumnMapping, ...]

    def for_field(self, field: Field) -> list[ColumnMapping]:
        return [column for column in self.columns if column.field == field]

    @property
    def has_phone(self) -> bool:
        return bool(self.for_field(Field.PHONE))

    def with_overrides(self, overrides: Iterable[MapOverride]) -> Mapping:
        """Apply ``--map`` choices; raises ImportFileError for a column not in the file."""
        columns = list(self.columns)
        for override in overrides:
            index = _resolve_column(columns, override.column)
            columns[index] = replace(
                columns[index],
                field=override.field,
                custom_name=_custom_name(override, columns[index].header),
                source=Source.USER,
            )
        return Mapping(tuple(columns))


@dataclass(frozen=True, slots=True)
class MapOverride:
    """A parsed ``--map COLUMN=FIELD``: COLUMN is a header or a letter (A, B, …)."""

    column: str
    field: Field
    custom_name: str | None = None


@dataclass(frozen=True, slots=True)
class MappedRow:
    """One roster row sorted into contact fields (all still raw text)."""

    name: str
    reading: str
    phones: tuple[tuple[str, str], ...]  # (label = the column's header, raw cell)
    groups: tuple[str, ...]
    notes: str
    consent_date: str
    consent_source: str
    custom: tuple[tuple[str, str], ...]


# Header keywords, matched against the normalised header (NFKC, case-folded, no
# spaces or brackets). Order matters: 氏名フリガナ is a reading, 保護者携帯 a phone.
_EXACT: dict[str, Field] = {
    **dict.fromkeys(
        [
            "氏名",
            "名前",
            "お名前",
            "おなまえ",
            "生徒名",
            "生徒氏名",
            "患者名",
            "患者氏名",
            "顧客名",
            "会員名",
            "児童名",
            "利用者名",
            "お客様名",
            "フルネーム",
            "姓名",
            "name",
            "fullname",
            "姓",
            "名",
            "苗字",
            "名字",
            "firstname",
            "lastname",
        ],
        Field.NAME,
    ),
    # Split readings only as whole headers: "メイン連絡先" is not a given name's reading.
    **dict.fromkeys(["セイ", "メイ", "せい", "めい"], Field.READING),
    **dict.fromkeys(["組", "学級", "部", "クラス名"], Field.GROUP),
}
_CONTAINS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    # Kept as custom fields, but never taken for a phone column (TEL/FAX, メール).
    (Field.CUSTOM, ("fax", "ファックス", "ファクス", "メール", "mail")),
    (
        Field.READING,
        (
            "フリガナ",
            "ふりがな",
            "よみがな",
            "ヨミガナ",
            "カナ",
            "かな",
            "読み",
            "よみ",
            "reading",
            "furigana",
            "kana",
        ),
    ),
    (Field.CONSENT_SOURCE, ("同意方法", "同意元", "同意経路", "consentsource")),
    (Field.CONSENT_DATE, ("同意", "承諾", "consent")),
    (Field.PHONE, ("電話", "携帯", "ケータイ", "tel", "phone", "mobile", "連絡先", "sms")),
    (Field.GROUP, ("クラス", "学年", "グループ", "コース", "group", "class", "course", "所属")),
    (Field.NOTES, ("備考", "メモ", "コメント", "note", "memo", "remark", "comment")),
)
_STRIP_RE = re.compile(r"[\s()\[\]{}<>（）［］【】「」『』・:：*＊※#＃_\-.。、,]+")
_TRAILING_NUMBER_RE = re.compile(r"\d+$")
# Share of sample values that must be phone numbers for a column to count as one.
PHONE_VALUE_SHARE = 0.6


def suggest_mapping(headers: Sequence[str], sample_rows: Sequence[Sequence[str]]) -> Mapping:
    """Propose a field for every column, from its header, else from its values."""
    width = max([len(headers), *(len(row) for row in sample_rows)], default=0)
    columns = [_from_header(index, headers[index] if index < len(headers) else "") for index in range(width)]
    if not any(column.field == Field.PHONE for column in columns):
        columns = _detect_phone_by_values(columns, sample_rows)
    return Mapping(tuple(columns))


def field_for_header(header: str) -> Field | None:
    """The field a header names, or None when it is not one we know."""
    key = _header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for field, needles in _CONTAINS:
        if any(needle in key for needle in needles):
            return field
    return None


def looks_like_header(row: Sequence[str]) -> bool:
    """False when the first row is already data (it holds a phone number)."""
    return not any(normalize_phone(cell, mobile_only=False).ok for cell in row if cell.strip())


def find_header_row(rows: Sequence[Sequence[str]]) -> int:
    """Index of the row (among the first few) with the most known headers.

    Rosters often carry a title or a date above the real header row.
    """
    best_index, best_score = 0, 0
    for index, row in enumerate(rows):
        score = sum(field_for_header(cell) not in (None, Field.CUSTOM) for cell in row)
        if score > best_score:
            best_index, best_score = index, score
    return best_index


def parse_map_option(option: str) -> MapOverride:
    """Parse ``COLUMN=FIELD`` from the CLI; FIELD may be ``custom:NAME``."""
    column, sep, field_text = option.rpartition("=")
    column, field_text = column.strip(), field_text.strip()
    if not sep or not column or not field_text:
        raise ImportFileError(ImportFileCode.BAD_MAP_OPTION, option=option, reason="use COLUMN=FIELD")
    kind, _, custom_name = field_text.partition(":")
    try:
        field = Field(kind.strip().casefold())
    except ValueError:
        choices = ", ".join(f.value for f in Field)
        raise ImportFileError(
            ImportFileCode.BAD_MAP_OPTION, option=option, reason=f"FIELD must be one of {choices}"
        ) from None
    if custom_name.strip() and field != Field.CUSTOM:
        raise ImportFileError(
            ImportFileCode.BAD_MAP_OPTION, option=option, reason="only custom takes a :NAME"
        )
    return MapOverride(column, field, custom_name.strip() or None)


def map_row(mapping: Mapping, values: Sequence[str]) -> MappedRow:
    """Sort one row's cells into fields; several name/reading columns (姓, 名) are joined."""

    def cells(field: Field) -> list[tuple[ColumnMapping, str]]:
        return [
            (column, values[column.index].strip())
            for column in mapping.for_field(field)
            if column.index < len(values) and values[column.index].strip()
        ]

    def joined(field: Field, separator: str = " ") -> str:
        return separator.join(value for _, value in cells(field))

    return MappedRow(
        name=joined(Field.NAME),
        reading=joined(Field.READING),
        phones=tuple((column.header, value) for column, value in cells(Field.PHONE)),
        groups=tuple(value for _, value in cells(Field.GROUP)),
        notes=joined(Field.NOTES, "\n"),
        consent_date=joined(Field.CONSENT_DATE),
        consent_source=joined(Field.CONSENT_SOURCE),
        custom=tuple((column.custom_name or column.header, value) for column, value in cells(Field.CUSTOM)),
    )


def _header_key(header: str) -> str:
    key = _STRIP_RE.sub("", unicodedata.normalize("NFKC", header).casefold())
    return _TRAILING_NUMBER_RE.sub("", key) or key  # 電話番号2 is still a phone


def _from_header(index: int, header: str) -> ColumnMapping:
    header = header.strip()
    field = field_for_header(header)
    if field == Field.CUSTOM:
        return ColumnMapping(index, header, field, custom_name=header)
    if field is not None:
        return ColumnMapping(index, header, field)
    if not header:
        return ColumnMapping(index, header, Field.IGNORE, source=Source.FALLBACK)
    return ColumnMapping(index, header, Field.CUSTOM, custom_name=header, source=Source.FALLBACK)


def _detect_phone_by_values(
    columns: list[ColumnMapping], sample_rows: Sequence[Sequence[str]]
) -> list[ColumnMapping]:
    """Mark as phone the unmapped columns whose sample values are mostly phone numbers."""
    detected = list(columns)
    for position, column in enumerate(columns):
        if column.source != Source.FALLBACK:
            continue
        values = [row[column.index] for row in sample_rows if column.index < len(row)]
        if _mostly_phone_numbers(values):
            detected[position] = replace(column, field=Field.PHONE, custom_name=None, source=Source.VALUES)
    return detected


def _mostly_phone_numbers(values: Sequence[str]) -> bool:
    filled = [value for value in values if value.strip()]
    if not filled:
        return False
    numbers = sum(normalize_phone(value, mobile_only=False).ok for value in filled)
    return numbers / len(filled) >= PHONE_VALUE_SHARE


def _resolve_column(columns: Sequence[ColumnMapping], reference: str) -> int:
    """A header (exact, then normalised) or a column letter."""
    headers = [column.header for column in columns]
    if reference in headers:
        return headers.index(reference)
    keys = [_header_key(header) if header else None for header in headers]
    if _header_key(reference) in keys:
        return keys.index(_header_key(reference))
    if re.fullmatch(r"[A-Za-z]{1,3}", reference):
        index = column_index(reference) - 1
        if index < len(columns):
            return index
    raise ImportFileError(ImportFileCode.UNKNOWN_COLUMN, column=reference)


def column_letter(number: int) -> str:
    """Spreadsheet column name of a 1-based column number: 1 -> A, 27 -> AA."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letters: str) -> int:
    """1-based column number of a spreadsheet column name: A -> 1, aa -> 27."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _custom_name(override: MapOverride, header: str) -> str | None:
    if override.field != Field.CUSTOM:
        return None
    return override.custom_name or header or None
