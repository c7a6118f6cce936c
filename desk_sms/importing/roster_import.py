"""Import a roster into contacts: inspect -> preview -> commit in batches -> undo.

The preview reads the whole file and the database's numbers but writes
nothing. The commit reads the file again (the database may have changed),
writes contacts in batches of short transactions, each tagged with one
`ImportBatch`, so a cancelled or regretted import is undone as a whole:
`undo` soft-deletes exactly the contacts that import created. Contacts that
already exist (same normalised number) are skipped unless the caller asks to
update them; updates are not undone. So a commit that updates, or that must
write an errors file, first reads the whole file without writing: a file that
fails part-way, or an errors file that cannot be written, then changes nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.clock import Clock, SystemClock
from desk_sms.db.models import (
    Contact,
    ContactPhone,
    ImportBatch,
)
from desk_sms.domain.phones import DEFAULT_REGION
from desk_sms.errors import NotFound
from desk_sms.events import DataChanged, EventBus
from desk_sms.importing import ImportFileCode, ImportFileError
from desk_sms.importing.exporting import ExportResult, PreparedExport, export_table, prepare_table
from desk_sms.importing.mapping import MapOverride, Mapping
from desk_sms.importing.readers import DEFAULT_MAX_ROWS, ReadWarning, sheet_names
from desk_sms.importing.roster_rows import (
    AnalysedRow,
    RowProblem,
    RowStatus,
    Table,
    analyse_rows,
    open_table,
)
from desk_sms.importing.roster_writer import BATCH_SIZE, BatchWriter, ImportResult
from desk_sms.services.users import UsersService
from desk_sms.wording import counted

__all__ = [
    "ErrorsFile",
    "FileOverview",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "Progress",
    "RosterImporter",
    "write_error_workbook",
]
log = logging.getLogger(__name__)
TOPIC = "contacts"
PREVIEW_ROWS = 100
Progress = Callable[[int, int | None], None]  # (rows done, rows the file declares or None)


@dataclass(frozen=True)
class ImportOptions:
    sheet: str | None = None
    header_row: int | None = None  # sheet row number; 0 = no header; None = detect
    overrides: tuple[MapOverride, ...] = ()
    update_existing: bool = False
    max_rows: int | None = DEFAULT_MAX_ROWS


@dataclass(frozen=True)
class ErrorsFile:
    """Where `RosterImporter.commit` writes the invalid rows, before the import is final."""

    path: Path
    describe: Callable[[RowProblem], str] | None = None

    def prepare(self, headers: Sequence[str], problem_rows: Iterable[AnalysedRow]) -> PreparedExport:
        """The workbook written beside `path`, put in place by its `publish`."""
        invalid = (row for row in problem_rows if row.status is RowStatus.INVALID)
        return prepare_table(self.path, *_error_table(headers, invalid, self.describe), sheet_title="errors")


@dataclass(frozen=True)
class FileOverview:
    """What the wizard's first page shows: sheets, header, sample and suggested mapping."""

    file_name: str
    sheets: tuple[str, ...]
    sheet: str | None
    header_row: int | None
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    mapping: Mapping
    warnings: tuple[ReadWarning, ...]


@dataclass(frozen=True)
class ImportPreview:
    """Counts per status, the first rows for display, and every row with a problem."""

    file_name: str
    headers: tuple[str, ...]
    mapping: Mapping
    rows_read: int
    counts: dict[RowStatus, int]
    first_rows: tuple[AnalysedRow, ...]
    problem_rows: tuple[AnalysedRow, ...]
    warnings: tuple[ReadWarning, ...]


class RosterImporter:
    """The roster import use cases. Sessions are short and owned by each call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus | None = None,
        clock: Clock | None = None,
        region: str = DEFAULT_REGION,
        timezone: tzinfo | None = None,
        users: UsersService | None = None,
    ) -> None:
        self._users = users or UsersService(session_factory, events, clock)
        self._session_factory = session_factory
        self._events = events
        self._clock = clock or SystemClock()
        self._region = region
        # Dates in a roster are local dates; the office's zone, by default this computer's.
        self._timezone = timezone or _local_zone()

    def inspect(self, path: str | Path, options: ImportOptions = ImportOptions()) -> FileOverview:
        path = Path(path)
        table = self._open(path, options)
        with table.source:
            return FileOverview(
                file_name=path.name,
                sheets=tuple(sheet_names(path)),
                sheet=table.source.sheet,
                header_row=table.header_row,
                headers=tuple(table.headers),
                sample=tuple(tuple(row) for row in table.sample),
                mapping=table.mapping,
                warnings=tuple(table.warnings),
            )

    def preview(
        self, path: str | Path, options: ImportOptions = ImportOptions(), progress: Progress | None = None
    ) -> ImportPreview:
        """Check every row against the file and the database; write nothing."""
        path = Path(path)
        counts = dict.fromkeys(RowStatus, 0)
        first: list[AnalysedRow] = []
        problems: list[AnalysedRow] = []
        table = self._open(path, options)
        with table.source:
            for row in self._analysed(table, options, progress):
                counts[row.status] += 1
                if len(first) < PREVIEW_ROWS:
                    first.append(row)
                if row.problems:
                    problems.append(row)
        return ImportPreview(
            path.name,
            tuple(table.headers),
            table.mapping,
            sum(counts.values()),
            counts,
            tuple(first),
            tuple(problems),
            tuple(table.warnings),
        )

    def commit(
        self,
        path: str | Path,
        options: ImportOptions = ImportOptions(),
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        errors_to: ErrorsFile | None = None,
    ) -> ImportResult:
        """Import the file in batches under one new `ImportBatch`; `undo` takes it all back.

        Updates cannot be taken back, and ``errors_to`` must be written before the import
        is final: with either, the whole file is read once without writing first (the
        errors file is prepared then), so a failure there writes nothing at all.
        """
        path = Path(path)
        check_first = errors_to is not None or options.update_existing
        passes = _TwoPasses(progress) if check_first else None
        prepared = None
        if passes is not None:
            try:
                prepared = self._check_first(path, options, passes.first, cancel, errors_to)
            except _CancelledWhileChecking:
                return ImportResult(0, 0, 0, 0, 0, 0, cancelled=True)  # not even a batch was made
        try:
            return self._write(path, options, passes.second if passes else progress, cancel, prepared)
        finally:
            if prepared is not None:
                prepared.discard()  # nothing once published

    def _check_first(
        self, path: Path, options: ImportOptions, progress: Progress, cancel: threading.Event | None,
        errors_to: ErrorsFile | None,
    ) -> PreparedExport | None:
        """Read every row without writing, and prepare the errors file."""
        problems: list[AnalysedRow] = []
        table = self._open(path, options)
        with table.source:
            for count, row in enumerate(self._analysed(table, options, progress), start=1):
                if row.problems:
                    problems.append(row)
                if cancel is not None and count % BATCH_SIZE == 0 and cancel.is_set():
                    raise _CancelledWhileChecking
        return errors_to.prepare(table.headers, problems) if errors_to is not None else None

    def _write(
        self, path: Path, options: ImportOptions, progress: Progress | None,
        cancel: threading.Event | None, prepared: PreparedExport | None,
    ) -> ImportResult:
        table = self._open(path, options)
        with table.source:
            batch_id = self._new_batch(path.name)
            writer = BatchWriter(self._session_factory, batch_id, self._clock.now())
            errors_file = None
            try:
                cancelled = writer.write_all(self._analysed(table, options, progress), cancel)
                if prepared is not None and not cancelled:
                    errors_file = prepared.publish()
            except BaseException:
                # Either the whole file or nothing: take back the batches already written.
                self._abandon(writer, batch_id)
                raise
        result = writer.finish(cancelled, tuple(table.warnings), errors_file)
        if cancelled:
            self.undo(batch_id)
            writer.remove_created()
        else:
            detail = (f"{path.name}: {result.imported} added, {result.updated} updated, "
                      f"{result.skipped} skipped, {counted(result.rows_read, 'row')} read")
            self._users.record("import.contacts", "import_batch", batch_id, detail)
            if prepared is not None and errors_file is not None:
                self._users.record(
                    "export.invalid_rows", "file", None,
                    f"{counted(errors_file.rows, 'row')} to {prepared.target}",
                )
        self._changed()
        return result

    def undo(self, batch_id: int) -> int:
        """Soft-delete the contacts the import created; returns how many."""
        now = self._clock.now()
        with self._session_factory.begin() as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFound(what="import", name=str(batch_id))
            if batch.undone_at is not None:
                raise ImportFileError(ImportFileCode.ALREADY_UNDONE, batch=batch_id)
            result = session.execute(
                update(Contact)
                .where(Contact.import_batch_id == batch_id, Contact.deleted_at.is_(None))
                .values(deleted_at=now)
            )
            batch.undone_at = now
            detail = f"{batch.file_name}: {int(result.rowcount)} contacts taken back"  # type: ignore[attr-defined]
            self._users.add_record(session, "import.undo", "import_batch", batch_id, detail)
        self._changed()
        return int(result.rowcount)  # type: ignore[attr-defined]

    def save_invalid_rows(
        self, path: str | Path, headers: Sequence[str], rows: Sequence[AnalysedRow],
        describe: Callable[[RowProblem], str] | None = None,
    ) -> ExportResult:
        """`write_error_workbook`, audited: the rows are personal data leaving desk-sms."""
        written = write_error_workbook(path, headers, rows, describe)
        self._users.record("export.invalid_rows", "file", None, f"{counted(written.rows, 'row')} to {path}")
        return written

    def _abandon(self, writer: BatchWriter, batch_id: int) -> None:
        try:
            writer.finish(cancelled=True)
            self.undo(batch_id)
            writer.remove_created()
        except Exception:
            # The original error matters more; this one goes to the log.
            log.exception("could not undo the failed import batch %s", batch_id)

    def _open(self, path: Path, options: ImportOptions) -> Table:
        return open_table(path, options.sheet, options.header_row, options.overrides, options.max_rows)

    def _analysed(
        self, table: Table, options: ImportOptions, progress: Progress | None
    ) -> Iterator[AnalysedRow]:
        rows = analyse_rows(
            table,
            self._known_numbers(),
            region=self._region,
            timezone=self._timezone,
            now=self._clock.now(),
            update_existing=options.update_existing,
        )
        count = 0
        for count, row in enumerate(rows, start=1):
            if progress is not None and count % BATCH_SIZE == 0:
                progress(count, table.source.total)
            yield row
        if progress is not None:
            progress(count, count)  # the real total, now that it is known

    def _known_numbers(self) -> dict[str, int]:
        """Every live contact's numbers: 100k strings, small next to a roster."""
        statement = (
            select(ContactPhone.e164, ContactPhone.contact_id)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(Contact.deleted_at.is_(None))
        )
        with self._session_factory() as session:
            return {e164: contact_id for e164, contact_id in session.execute(statement)}

    def _new_batch(self, file_name: str) -> int:
        with self._session_factory.begin() as session:
            batch = ImportBatch(file_name=file_name[:500], created_at=self._clock.now())
            session.add(batch)
            session.flush()
            return batch.id

    def _changed(self) -> None:
        if self._events is not None:
            self._events.publish(DataChanged(topic=TOPIC))


class _CancelledWhileChecking(Exception):
    """The user cancelled before anything was written (not even an import batch)."""


class _TwoPasses:
    """Progress of a commit that checks first, with true row counts.

    The check counts rows without a total (a progress bar shows it is working);
    the writing then fills the bar against the exact count the check found.
    """

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._rows: int | None = None  # counted by the check

    def first(self, done: int, total: int | None) -> None:
        if done == total:  # the last call of a pass gives the real count
            self._rows = done
        if self._progress is not None:
            self._progress(done, None)

    def second(self, done: int, total: int | None) -> None:
        if self._progress is not None:
            self._progress(done, self._rows if self._rows is not None else total)


def _local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def write_error_workbook(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[AnalysedRow],
    describe: Callable[[RowProblem], str] | None = None,
) -> ExportResult:
    """An .xlsx (or .csv) of the rows with problems: row number, reasons, then the row itself.

    A row wider than the format allows keeps its first columns (the result counts such rows).

    Args:
        describe: Turns a problem into text for people (the GUI passes a translated one);
            by default the stable code, the column and the detail.
    """
    return export_table(path, *_error_table(headers, rows, describe), sheet_title="errors")


def _error_table(
    headers: Sequence[str], rows: Iterable[AnalysedRow], describe: Callable[[RowProblem], str] | None
) -> tuple[list[str], Iterator[list[object]]]:
    """Headers and lines of the errors workbook: row number, status, problems, then the row."""
    describe = describe or _problem_text
    lines: Iterator[list[object]] = (
        [row.number, row.status.value, "\n".join(describe(p) for p in row.problems), *row.values]
        for row in rows
    )
    return ["row", "status", "problems", *headers], lines


def _problem_text(problem: RowProblem) -> str:
    parts = [problem.code, problem.column, problem.value, problem.detail]
    return " ".join(part for part in parts if part)
