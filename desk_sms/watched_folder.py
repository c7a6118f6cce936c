"""The watched folder: a CSV or Excel file dropped in (a reservation system's nightly export) is
imported with the saved column mapping, then moved to `done/` or `failed/` with a report beside it.

- A file still being written is not read: it is taken only when its size and modification time
  are the same at two looks in a row (the engine looks every few seconds).
- The same file dropped again (same content) imports nothing: it goes to `done/` with a report
  saying so. Appointments with a reservation number (`external_id` column) are updated, not added
  twice, when tomorrow's export lists them again.
- A file with any bad row writes nothing: it goes to `failed/` with each row and reason listed.

The folder's kind says what its files hold: appointments (contacts made for new numbers) or
contacts (a roster; a number already known updates its contact). Every import is audited.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_sms.context import AppContext
from desk_sms.db.models import WatchedFile
from desk_sms.errors import UserError
from desk_sms.events import DataChanged
from desk_sms.importing.appointment_import import ImportRules, MappingProblem, import_appointments
from desk_sms.importing.mapping import parse_map_option
from desk_sms.importing.roster_import import ImportOptions, RosterImporter
from desk_sms.importing.roster_rows import RowProblem, RowStatus
from desk_sms.services.users import Role, UserInfo
from desk_sms.wording import counted

log = logging.getLogger(__name__)

SUFFIXES = (".csv", ".xlsx", ".xls", ".ods")
DONE, FAILED = "done", "failed"
LOOK_EVERY_SECONDS = 5.0
WATCHED_FOLDER = UserInfo(0, "watched folder", Role.OPERATOR, False, True, command_line=True)  # audit name
REASONS = {
    "date_unreadable": "the date or time cannot be read",
    "contact_not_found": "no contact has this name or number, and there is no valid number to make one",
    "columns_not_found": "no date column, or no name or phone column: save a column mapping",
}


@dataclass(frozen=True)
class Outcome:
    name: str
    folder: str  # done | failed
    summary: str
    report: Path


@dataclass(frozen=True)
class Verdict:
    ok: bool
    summary: str
    problems: tuple[str, ...] = ()


class FolderWatcher:
    """Looks at one folder when `look` is called; the engine calls it every few seconds."""

    def __init__(self, context: AppContext, folder: Path) -> None:
        self._context = context
        self.folder = folder
        self._last_look: dict[str, tuple[int, int]] = {}

    def look(self) -> list[Outcome]:
        """Take in every file unchanged since the last look; remember the others for the next."""
        now = self._signatures()
        ready = [name for name, mark in now.items() if self._last_look.get(name) == mark]
        self._last_look = {name: mark for name, mark in now.items() if name not in ready}
        outcomes = []
        for name in ready:
            try:
                with self._context.users.acting_as(WATCHED_FOLDER):
                    outcomes.append(self._take(self.folder / name))
            except OSError as exc:  # still locked by the program writing it: try again next time
                log.info("watched folder: %s not readable yet (%s)", name, exc)
        return outcomes

    def _signatures(self) -> dict[str, tuple[int, int]]:
        if not self.folder.is_dir():
            return {}
        found = {}
        for path in self.folder.iterdir():
            if path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.startswith((".", "~$")):
                stat = path.stat()
                if stat.st_size > 0:
                    found[path.name] = (stat.st_size, stat.st_mtime_ns)
        return found

    def _take(self, path: Path) -> Outcome:
        digest = _sha256(path)
        earlier = self._imported_at(digest)
        if earlier is not None:
            verdict = Verdict(True, f"the same file was imported on {earlier.isoformat(timespec='seconds')}; "
                                    "nothing was imported again")
        else:
            verdict = self._import(path)
            if verdict.ok:
                self._remember(digest, path.name, verdict.summary)
        outcome = self._file_away(path, verdict)
        self._context.users.record("import.watched_folder", "file", None,
                                   f"{path.name} → {outcome.folder}: {verdict.summary}")
        self._context.events.publish(DataChanged(topic="appointments"))
        return outcome

    def _import(self, path: Path) -> Verdict:
        try:
            if self._context.settings.get("watch_folder_kind") == "contacts":
                return self._import_contacts(path)
            return self._import_appointments(path)
        except (UserError, MappingProblem) as exc:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            return Verdict(False, f"not imported: {message}")

    def _import_appointments(self, path: Path) -> Verdict:
        settings = self._context.settings
        rules = ImportRules(dict(settings.get("watch_folder_mapping")) or None, all_or_nothing=True,
                            new_contacts=True)
        result = import_appointments(self._context.database.session_factory, path, settings.get("timezone"),
                                     settings.get("default_region"), rules=rules)
        if result.problems:
            problems = tuple(f"row {row}: {REASONS.get(code, code)}" for row, code in result.problems)
            return _refused(problems)
        return Verdict(True, f"{counted(result.imported, 'appointment')} added, {result.updated} updated, "
                             f"{result.duplicates} unchanged, {counted(result.contacts_made, 'new contact')}")

    def _import_contacts(self, path: Path) -> Verdict:
        context, settings = self._context, self._context.settings
        importer = RosterImporter(context.database.session_factory, context.events, context.clock,
                                  settings.get("default_region"), users=context.users)
        mapping = settings.get("watch_folder_mapping")
        options = ImportOptions(overrides=tuple(parse_map_option(f"{column}={field}")
                                                for column, field in mapping.items()), update_existing=True)
        preview = importer.preview(path, options)
        if preview.counts[RowStatus.INVALID]:
            problems = tuple(f"row {row.number}: " + "; ".join(_said(problem) for problem in row.problems)
                             for row in preview.problem_rows if row.status is RowStatus.INVALID)
            return _refused(problems)
        result = importer.commit(path, options)
        return Verdict(True, f"{counted(result.imported, 'contact')} added, {result.updated} updated, "
                             f"{result.skipped} skipped")

    def _imported_at(self, digest: str) -> datetime | None:
        with self._context.database.session_factory() as session:
            query = select(WatchedFile.imported_at).where(WatchedFile.sha256 == digest)
            return session.scalars(query).first()

    def _remember(self, digest: str, name: str, summary: str) -> None:
        with self._context.database.session_factory.begin() as session:
            _add_watched(session, digest, name, summary, self._context.clock.now())

    def _file_away(self, path: Path, verdict: Verdict) -> Outcome:
        """Move the file to done/ or failed/ (never over another file) with its report beside it."""
        folder = self.folder / (DONE if verdict.ok else FAILED)
        folder.mkdir(exist_ok=True)
        target = _free_name(folder, path.name)
        report = target.with_name(target.name + ".report.txt")
        when = self._context.clock.now().astimezone().isoformat(timespec="seconds")
        lines = [f"file: {path.name}", f"at: {when}", f"result: {verdict.summary}", *verdict.problems]
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
        path.replace(target)
        log.info("watched folder: %s → %s (%s)", path.name, folder.name, verdict.summary)
        return Outcome(path.name, folder.name, verdict.summary, report)


def _refused(problems: tuple[str, ...]) -> Verdict:
    return Verdict(False, f"nothing imported: {counted(len(problems), 'row')} with problems", problems)


def _said(problem: RowProblem) -> str:
    return " ".join(part for part in (problem.code, problem.column, problem.value, problem.detail) if part)


def _add_watched(session: Session, digest: str, name: str, summary: str, now: datetime) -> None:
    session.add(WatchedFile(sha256=digest, name=name[:255], outcome=DONE, summary=summary, imported_at=now))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _free_name(folder: Path, name: str) -> Path:
    target, number = folder / name, 1
    while target.exists():
        number += 1
        target = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
    return target


def start_watching(context: AppContext, stop: threading.Event | None = None) -> Callable[[], None]:
    """For the engine: look at the folder in Settings every few seconds (a changed folder is
    followed); returns the function that stops it."""
    stop = stop or threading.Event()

    def run() -> None:
        watcher: FolderWatcher | None = None
        while not stop.wait(LOOK_EVERY_SECONDS):
            folder = str(context.settings.get("watch_folder"))
            if not folder:
                watcher = None
                continue
            if watcher is None or watcher.folder != Path(folder):
                watcher = FolderWatcher(context, Path(folder))
            try:
                watcher.look()
            except Exception:  # one bad look must not end the engine's watching
                log.exception("watched folder %s", folder)

    thread = threading.Thread(target=run, name="desk-sms watched folder", daemon=True)
    thread.start()

    def stop_watching() -> None:
        stop.set()
        thread.join(10)

    return stop_watching
