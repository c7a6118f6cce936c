"""The database-free half of a roster import: find the header, map and check every row.

`open_table` reads a sheet's first rows to find the header (rosters often
carry a title above it) and suggest a mapping; `analyse_rows` turns each data
row into a contact candidate or a list of problems, deduplicating by number
within the file and against the numbers already in the database.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from pathlib import Path

from desk_sms.domain.phones import format_national, normalize_phone
from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.exporting import unneutralise
from desk_sms.importing.mapping import (
    Field,
    MapOverride,
    MappedRow,
    Mapping,
    column_letter,
    find_header_row,
    looks_like_header,
    map_row,
    suggest_mapping,
)
from desk_sms.importing.readers import DEFAULT_MAX_ROWS, ReadWarning, RowSource, SheetRow, open_rows

HEADER_SCAN_ROWS = 10
SAMPLE_ROWS = 20
_ROW_ESTIMATE_SLACK = 100
# Column sizes of the contacts tables (desk_sms.db.models.contacts).
LIMITS = {"name": 200, "reading": 200, "consent_source": 200, "group": 200, "field": 100}
PHONE_RAW_LIMIT, PHONE_LABEL_LIMIT = 100, 50
_DATE_RE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_YES = frozenset({"○", "〇", "◯", "✓", "✔", "済", "有", "あり", "はい", "同意", "yes", "y", "true", "1"})


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"  # the number is in the database and the import updates that contact
    EXISTS = "exists"  # the number is in the database; the row is skipped
    DUPLICATE = "duplicate_in_file"
    INVALID = "invalid"


class ProblemCode:
    NAME_MISSING = "row.name_missing"
    PHONE_MISSING = "row.phone_missing"
    PHONE_INVALID = "row.phone_invalid"  # detail: the PhoneError code
    DUPLICATE_IN_FILE = "row.duplicate_in_file"  # detail: the first row with the number
    EXISTS = "row.exists"  # detail: the existing contact's id
    CONSENT_DATE_UNREADABLE = "row.consent_date_unreadable"
    CONSENT_DATE_ASSUMED = "row.consent_date_assumed"
    VALUE_TRUNCATED = "row.value_truncated"


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    code: str
    column: str = ""
    value: str = ""
    detail: str = ""
    is_error: bool = True


@dataclass(frozen=True, slots=True)
class Candidate:
    """A contact as the row describes it, checked and normalised."""

    name: str
    reading: str
    phones: tuple[tuple[str, str, str], ...]  # (e164, raw, label)
    groups: tuple[str, ...]
    notes: str
    consent_at: datetime | None
    consent_source: str | None
    custom: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class AnalysedRow:
    number: int
    status: RowStatus
    values: tuple[str, ...]
    candidate: Candidate | None
    problems: tuple[RowProblem, ...] = ()
    existing_id: int | None = None


@dataclass
class Table:
    """An opened sheet: header found, mapping chosen, data rows still to stream."""

    source: RowSource
    headers: list[str]
    header_row: int | None  # sheet row number of the header; None when the file has none
    sample: list[list[str]]
    mapping: Mapping
    rows: Iterator[SheetRow]

    @property
    def warnings(self) -> list[ReadWarning]:
        return self.source.warnings


def open_table(
    path: Path,
    sheet: str | None = None,
    header_row: int | None = None,
    overrides: Sequence[MapOverride] = (),
    max_rows: int | None = DEFAULT_MAX_ROWS,
) -> Table:
    """Open a sheet and decide its header and mapping. Close ``table.source`` when done.

    Args:
        header_row: The header's row number in the sheet; 0 for none; None to detect.
        max_rows: Data rows allowed (the header and titles above it do not count).

    Raises:
        ImportFileError: Besides the readers' codes, ``no_rows_below_header`` for a
            file that holds a header and nothing else.
    """
    source = open_rows(path, sheet, max_rows=None)
    try:
        head = list(itertools.islice(source, HEADER_SCAN_ROWS + SAMPLE_ROWS))
        position = _header_position(head, header_row)
        headers = head[position].values if position is not None else []
        body = head[position + 1 :] if position is not None else head
        if not body:
            body = list(itertools.islice(source, 1))
        if not body:
            raise ImportFileError(ImportFileCode.NO_ROWS_BELOW_HEADER, file=path.name)
        _refuse_oversized(path.name, source.total, len(head) - len(body), max_rows)
        sample = [row.values for row in body[:SAMPLE_ROWS]]
        if not headers:
            width = max((len(values) for values in sample), default=0)
            headers = [column_letter(index + 1) for index in range(width)]
        mapping = suggest_mapping(headers, sample).with_overrides(overrides)
        if not mapping.has_phone:
            raise ImportFileError(ImportFileCode.NO_PHONE_COLUMN)
    except BaseException:
        source.close()
        raise
    number = head[position].number if position is not None else None
    rows = _limited_rows(path.name, itertools.chain(body, source), max_rows)
    return Table(source, headers, number, sample, mapping, rows)


def _refuse_oversized(file_name: str, total: int | None, rows_above_data: int, max_rows: int | None) -> None:
    """Refuse a sheet whose row count already tells it is too long, before reading it all.

    The count is exact for workbooks and estimated from the first megabyte for CSV
    (blank lines included): allow for its error; rows are counted exactly while they stream.
    """
    if max_rows is None or total is None:
        return
    if total - rows_above_data > max_rows + max_rows // 10 + _ROW_ESTIMATE_SLACK:
        raise ImportFileError(ImportFileCode.TOO_MANY_ROWS, file=file_name, limit=max_rows)


def _limited_rows(file_name: str, rows: Iterator[SheetRow], max_rows: int | None) -> Iterator[SheetRow]:
    for count, row in enumerate(rows, start=1):
        if max_rows is not None and count > max_rows:
            raise ImportFileError(ImportFileCode.TOO_MANY_ROWS, file=file_name, limit=max_rows)
        yield row


def _header_position(head: Sequence[SheetRow], header_row: int | None) -> int | None:
    if header_row == 0 or not head:
        return None
    if header_row is not None:
        for position, row in enumerate(head):
            if row.number == header_row:
                return position
        raise ImportFileError(ImportFileCode.HEADER_ROW_NOT_FOUND, row=header_row)
    position = find_header_row([row.values for row in head[:HEADER_SCAN_ROWS]])
    return position if looks_like_header(head[position].values) else None


def analyse_rows(
    table: Table,
    known_numbers: MappingABC[str, int],
    *,
    region: str,
    timezone: tzinfo,
    now: datetime,
    update_existing: bool = False,
) -> Iterator[AnalysedRow]:
    """Check every data row; numbers already seen in the file or database are marked."""
    seen: dict[str, int] = {}
    has_name_column = bool(table.mapping.for_field(Field.NAME))
    for row in table.rows:
        values = tuple(unneutralise(value) for value in row.values)
        mapped = map_row(table.mapping, values)
        analysed = _check_row(row.number, values, mapped, has_name_column, region, timezone, now)
        yield _deduplicated(analysed, seen, known_numbers, update_existing)


def _check_row(
    number: int,
    values: tuple[str, ...],
    mapped: MappedRow,
    has_name_column: bool,
    region: str,
    timezone: tzinfo,
    now: datetime,
) -> AnalysedRow:
    problems: list[RowProblem] = []
    phones = _checked_phones(number, mapped, region, problems)
    if not mapped.phones:
        problems.append(RowProblem(number, ProblemCode.PHONE_MISSING))
    name = mapped.name
    if not name and has_name_column:
        problems.append(RowProblem(number, ProblemCode.NAME_MISSING))
    if not phones or (not name and has_name_column):
        return AnalysedRow(number, RowStatus.INVALID, values, None, tuple(problems))
    consent_at = _consent_time(number, mapped.consent_date, timezone, now, problems)
    candidate = Candidate(
        name=_limited(number, "name", name or format_national(phones[0][0]), problems),
        reading=_limited(number, "reading", mapped.reading, problems),
        phones=tuple(phones),
        groups=tuple(_limited(number, "group", group, problems) for group in mapped.groups),
        notes=mapped.notes,
        consent_at=consent_at,
        consent_source=_limited(number, "consent_source", mapped.consent_source, problems) or None,
        custom=tuple(
            (_limited(number, "field", field_name, problems), value) for field_name, value in mapped.custom
        ),
    )
    return AnalysedRow(number, RowStatus.NEW, values, candidate, tuple(problems))


def _checked_phones(
    number: int, mapped: MappedRow, region: str, problems: list[RowProblem]
) -> list[tuple[str, str, str]]:
    phones: list[tuple[str, str, str]] = []
    for label, raw in mapped.phones:
        result = normalize_phone(raw, region)
        if result.e164 is None:
            problems.append(RowProblem(number, ProblemCode.PHONE_INVALID, label, raw, result.error or ""))
        elif all(e164 != result.e164 for e164, _, _ in phones):
            phones.append((result.e164, raw[:PHONE_RAW_LIMIT], label[:PHONE_LABEL_LIMIT]))
    if phones:
        # One good number is enough to import the row; a bad second number is a warning.
        problems[:] = [
            RowProblem(p.row, p.code, p.column, p.value, p.detail, is_error=False)
            if p.code == ProblemCode.PHONE_INVALID
            else p
            for p in problems
        ]
    return phones


def _deduplicated(
    row: AnalysedRow, seen: dict[str, int], known: MappingABC[str, int], update_existing: bool
) -> AnalysedRow:
    if row.candidate is None:
        return row
    numbers = [e164 for e164, _, _ in row.candidate.phones]
    first = next((seen[e164] for e164 in numbers if e164 in seen), None)
    if first is not None:
        problem = RowProblem(row.number, ProblemCode.DUPLICATE_IN_FILE, detail=str(first))
        return _with(row, RowStatus.DUPLICATE, problem, None)
    for e164 in numbers:
        seen[e164] = row.number
    existing = next((known[e164] for e164 in numbers if e164 in known), None)
    if existing is None:
        return row
    if update_existing:
        return _with(row, RowStatus.UPDATE, None, existing)
    problem = RowProblem(row.number, ProblemCode.EXISTS, detail=str(existing), is_error=False)
    return _with(row, RowStatus.EXISTS, problem, existing)


def _with(
    row: AnalysedRow, status: RowStatus, problem: RowProblem | None, existing: int | None
) -> AnalysedRow:
    problems = (*row.problems, problem) if problem is not None else row.problems
    return AnalysedRow(row.number, status, row.values, row.candidate, problems, existing)


def _consent_time(
    number: int, text: str, timezone: tzinfo, now: datetime, problems: list[RowProblem]
) -> datetime | None:
    if not text:
        return None
    parsed = parse_consent_date(text, timezone)
    if parsed is not None:
        return parsed
    if unicodedata.normalize("NFKC", text).strip().casefold() in _YES:
        # The roster says consent was given but not when: record the import as the date.
        problems.append(RowProblem(number, ProblemCode.CONSENT_DATE_ASSUMED, value=text, is_error=False))
        return now
    problems.append(RowProblem(number, ProblemCode.CONSENT_DATE_UNREADABLE, value=text, is_error=False))
    return None


def parse_consent_date(text: str, timezone: tzinfo) -> datetime | None:
    """``2024-04-01``, ``2024/4/1``, ``2024年4月1日`` (optionally with a time), local time."""
    match = _DATE_RE.match(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) if part else 0 for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=timezone)
    except ValueError:
        return None


def _limited(number: int, kind: str, text: str, problems: list[RowProblem]) -> str:
    limit = LIMITS[kind]
    if len(text) <= limit:
        return text
    problems.append(
        RowProblem(number, ProblemCode.VALUE_TRUNCATED, kind, text[:50], str(limit), is_error=False)
    )
    return text[:limit]
