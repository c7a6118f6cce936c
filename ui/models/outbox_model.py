"""The outgoing messages table: ids first, rows on demand (STYLE lesson 9), refreshed live.

The model keeps the ordered ids of the messages that match the filter (8 MB for a million)
and a small cache of row pages; both are read off the GUI thread. A live refresh fetches the
ids and the cached pages together and swaps them in at once: when the ids did not change only
the cells change (selection and scroll stay untouched), otherwise the model resets and says so
with `reloaded`, so the page can put the selection and the scroll position back.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desk_sms.domain.phones import format_national
from desk_sms.services.outbox import MessageStatus, OutboxFilter, OutboxRow, OutboxService
from desk_sms.wording import local_time
from ui.models.paging import PagedIds
from ui.tasks import run_in_background
from ui.widgets.state_badge import STATE_ROLE

T = TypeVar("T")
Runner = Callable[[QObject, Callable[[], T], Callable[[T], None], Callable[[BaseException], None]], None]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
CACHED_PAGES = 40
REFRESH_HEAD = 2000  # newest ids read by a live refresh; more new messages than this: read them all
MUTED_COLOR = QColor("#8a94a0")

STATE, RECIPIENT, TEXT, MODEM, PARTS, ATTEMPTS, ERROR, CREATED, SENT, DELIVERED = range(10)
COLUMN_COUNT = 10
MUTED_STATES = frozenset({MessageStatus.CANCELLED, MessageStatus.SKIPPED})


def state_key(row: OutboxRow) -> str:
    """The badge's state: a held message is still queued, but the user should see it is held."""
    return "held" if row.held and row.status == MessageStatus.QUEUED else row.status


def state_text(key: str) -> str:
    texts = {
        "queued": QCoreApplication.translate("OutboxStates", "Queued"),
        "held": QCoreApplication.translate("OutboxStates", "Held"),
        "sending": QCoreApplication.translate("OutboxStates", "Sending"),
        "sent": QCoreApplication.translate("OutboxStates", "Sent"),
        "delivered": QCoreApplication.translate("OutboxStates", "Delivered"),
        "undeliverable": QCoreApplication.translate("OutboxStates", "Not delivered"),
        "failed": QCoreApplication.translate("OutboxStates", "Failed"),
        "uncertain": QCoreApplication.translate("OutboxStates", "Uncertain"),
        "cancelled": QCoreApplication.translate("OutboxStates", "Cancelled"),
        "skipped": QCoreApplication.translate("OutboxStates", "Skipped"),
        "expired": QCoreApplication.translate("OutboxStates", "Expired"),
    }
    return texts.get(key, key)


# Recognises the engine's stored reasons when the row carries no error code (see error_code_of).
_CODE_BY_TEXT = (
    ("+CMS ERROR", "cms"),
    ("not a mobile number", "invalid_number"),
    ("asked not to receive", "opted_out"),
    ("desk-sms stopped while", "engine_stopped"),
    ("did not confirm", "no_confirmation"),
    ("only the first", "partial"),
    ("could not deliver", "report"),
    ("unexpected error", "internal_error"),
    ("refused the message without a reason", "send_error"),
)
_CMS_CODE = re.compile(r"\+CMS ERROR: (\d+)")
_CMS_REASON = re.compile(r"\+CMS ERROR: \d+ \((.*?)\)")


def error_code_of(row: OutboxRow) -> str | None:
    """The stored error code; older rows without one get it from the engine's stored reason."""
    code = getattr(row, "error_code", None)
    if isinstance(code, str) and code:
        return code
    text = row.error or ""
    for marker, found in _CODE_BY_TEXT:
        if marker in text:
            match = _CMS_CODE.search(text)
            return f"cms_{match.group(1)}" if found == "cms" and match else found
    return None


def describe_error(
    code: str | None, text: str | None, status: str, expires_at: datetime | None = None
) -> str:
    """What went wrong, in a plain sentence in the user's language (the stored reason as a fallback)."""
    if code == "expired" and expires_at is not None:
        return QCoreApplication.translate(
            "OutboxErrors", "Not sent: its send-late window ended at {time}, before it could go out (the PC "
            "was off or no modem was ready).").format(time=local_time(expires_at))
    if code and code.startswith("cms_"):
        sentence = _refused_by_network(code[4:], text or "", status)
    else:
        key = "report" if code and code.startswith("report_") else code or ""
        found = _sentences().get(key)
        if found is None:
            return text or ""
        sentence = found
    if text and "gave up after" in text:
        sentence += " " + QCoreApplication.translate("OutboxErrors", "Gave up after several attempts.")
    return sentence


def _refused_by_network(code: str, text: str, status: str) -> str:
    # The stored text carries modem.errors' reason for the code: "+CMS ERROR: 42 (congestion)".
    match = _CMS_REASON.search(text)
    reason = match.group(1) if match else text
    if status == MessageStatus.QUEUED:
        template = QCoreApplication.translate(
            "OutboxErrors", "The network refused the message for now ({reason}); it will be tried again.")
    else:
        template = QCoreApplication.translate(
            "OutboxErrors", "The network refused the message: {reason} (error {code}).")
    return template.format(reason=reason, code=code)


def _sentences() -> dict[str, str]:
    # Literal translate() calls, one per code, so pyside6-lupdate can collect them.
    return {
        "invalid_number": QCoreApplication.translate(
            "OutboxErrors", "Not a mobile number; nothing was sent."),
        "opted_out": QCoreApplication.translate(
            "OutboxErrors", "The recipient asked not to receive messages; nothing was sent."),
        "engine_stopped": QCoreApplication.translate(
            "OutboxErrors", "desk-sms stopped while sending; the message may or may not have arrived."),
        "no_confirmation": QCoreApplication.translate(
            "OutboxErrors", "The modem did not confirm the send; the message may or may not have arrived."),
        "partial": QCoreApplication.translate(
            "OutboxErrors", "Only some parts of this long message went out."),
        "modem_unavailable": QCoreApplication.translate(
            "OutboxErrors", "The modem was not available; the message waits for a modem."),
        "modem_error": QCoreApplication.translate(
            "OutboxErrors", "The modem reported a problem; the message will be tried again."),
        "send_error": QCoreApplication.translate(
            "OutboxErrors", "The modem refused the message without giving a reason."),
        "internal_error": QCoreApplication.translate(
            "OutboxErrors", "An unexpected error happened while sending; please report it."),
        "report": QCoreApplication.translate(
            "OutboxErrors", "The network could not deliver the message to the phone."),
        "expired": QCoreApplication.translate(
            "OutboxErrors", "Not sent: it was too late to go out (the PC was off or no modem was ready)."),
    }


# Formatting a number costs a phonenumbers parse; a view repaints the same rows often.
_national = lru_cache(maxsize=4096)(format_national)


def _membership_only_grows(where: OutboxFilter) -> bool:
    """True when a message, once matching, keeps matching (campaign and creation time never change)."""
    return not where.statuses and not where.needs_attention


def _newest_first(service: OutboxService, where: OutboxFilter, known: list[int]) -> list[int]:
    """The matching ids, newest first; with `known` ids, only the ones newer than them are read."""
    if not known:
        return service.ids(where)
    head = service.ids(where, limit=REFRESH_HEAD)
    newer = [message_id for message_id in head if message_id > known[0]]
    return service.ids(where) if len(newer) == len(head) else newer + known


class OutboxTableModel(QAbstractTableModel, PagedIds[OutboxRow]):
    """Outgoing messages matching a filter, newest first.

    Signals:
        reloaded(int): a new id list is shown (the model was reset); the argument is its length.
        refreshed(): a live refresh finished (reset or not).
        page_loaded(int): a page of rows arrived (the argument is its number).
        load_failed(object): reading the database failed (the exception).
    """

    reloaded = Signal(int)
    refreshed = Signal()
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        service: OutboxService,
        parent: QObject | None = None,
        runner: Runner[Any] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._run: Runner[Any] = runner or run_in_background
        self._page_size = page_size
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, OutboxRow]] = OrderedDict()
        self._pending_pages: set[int] = set()
        self._generation = 0  # results of an older query are dropped when they arrive late
        self._filter = OutboxFilter()

    # ----- what the view shows --------------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("State"), self.tr("Recipient"), self.tr("Message"), self.tr("Modem"),
            self.tr("Parts"), self.tr("Attempts"), self.tr("Problem"), self.tr("Created"),
            self.tr("Sent"), self.tr("Delivered"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, STATE_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == STATE_ROLE:
            return state_key(row) if index.column() == STATE else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED_COLOR) if row.status in MUTED_STATES else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        return self._cell(row, index.column())

    def _cell(self, row: OutboxRow, column: int) -> str:
        if column == STATE:
            return state_text(state_key(row))
        if column == RECIPIENT:
            number = _national(row.to)
            return f"{row.contact}  {number}" if row.contact else number
        if column == TEXT:
            return " ".join(row.text.split())  # one line in the table
        if column == MODEM:
            return row.modem or ""
        if column == PARTS:
            return str(row.parts)
        if column == ATTEMPTS:
            return str(row.attempts)
        if column == ERROR:
            if not row.error:
                return ""
            return describe_error(error_code_of(row), row.error, row.status, row.expires_at)
        return local_time((row.created_at, row.sent_at, row.delivered_at)[column - CREATED])

    def _tooltip(self, row: OutboxRow, column: int) -> str | None:
        if column == TEXT:
            return row.text
        if column == ERROR and row.error:
            return f"{self._cell(row, ERROR)}\n({row.reason()})"
        if column == RECIPIENT:
            return row.to
        if column == STATE and row.campaign:
            return self.tr("Campaign: {name}").format(name=row.campaign)
        return None

    # ----- ids and rows ---------------------------------------------------------------------

    def cached_row(self, message_id: int) -> OutboxRow | None:
        """The row of `message_id` if it is in the cache (no fetching)."""
        for page in self._pages.values():
            if message_id in page:
                return page[message_id]
        return None

    # ----- filter, reload, refresh ----------------------------------------------------------

    @property
    def filter(self) -> OutboxFilter:
        return self._filter

    def set_filter(self, where: OutboxFilter) -> None:
        self._filter = where
        self.reload()

    def reload(self) -> None:
        """Ask for the matching ids again and start from an empty cache (a new filter)."""
        generation = self._next_generation()
        where = self._filter
        self._run(self, lambda: self._service.ids(where), lambda ids: self._show(generation, ids, {}),
                  self._failed)

    def refresh(self) -> None:
        """Re-read the ids and the cached pages together (live update); no empty cells meanwhile.

        While the filter cannot drop a message (no state filter), only the newest ids are read and
        put before the known ones: a million ids are not re-read on every state change.
        """
        generation = self._next_generation()
        where, service, size = self._filter, self._service, self._page_size
        wanted_pages = list(self._pages)
        known = self._ids if _membership_only_grows(where) else []

        def fetch() -> tuple[list[int], dict[int, list[OutboxRow]]]:
            ids = _newest_first(service, where, known)
            pages = {page: service.rows(ids[page * size:(page + 1) * size]) for page in wanted_pages}
            return ids, {page: rows for page, rows in pages.items() if rows}

        self._run(self, fetch, lambda found: self._show(generation, *found), self._failed)

    def _next_generation(self) -> int:
        self._generation += 1
        self._pending_pages.clear()
        return self._generation

    def _show(self, generation: int, ids: list[int], pages: dict[int, list[OutboxRow]]) -> None:
        if generation != self._generation:
            return
        fresh = OrderedDict((page, {row.id: row for row in rows}) for page, rows in pages.items())
        if ids == self._ids:
            self._pages = fresh
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, COLUMN_COUNT - 1))
        else:
            self.beginResetModel()
            self._ids, self._pages = ids, fresh
            self.endResetModel()
            self.reloaded.emit(len(ids))
        self.refreshed.emit()

    def _fetch_page(self, page: int) -> None:
        if page in self._pending_pages:
            return
        self._pending_pages.add(page)
        generation = self._generation
        ids = self._ids[page * self._page_size:(page + 1) * self._page_size]
        service = self._service
        self._run(self, lambda: service.rows(ids), lambda rows: self._store_page(generation, page, rows),
                  self._failed)

    def _store_page(self, generation: int, page: int, rows: list[OutboxRow]) -> None:
        if generation != self._generation:
            return
        self._pending_pages.discard(page)
        self._pages[page] = {row.id: row for row in rows}
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
        self.page_loaded.emit(page)

    def _failed(self, exc: BaseException) -> None:
        self._pending_pages.clear()
        self.load_failed.emit(exc)
