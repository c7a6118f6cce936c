"""The inbox table: ids first, rows on demand (STYLE lesson 9), coloured by how long a message waits.

The ordered ids of the matching messages are read off the GUI thread; rows come in pages of
`PAGE_SIZE` when the view first asks for them. A refresh re-reads the ids and the cached pages
together, so a new message never blanks the table while it loads.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta
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
from PySide6.QtGui import QBrush, QColor, QFont

from desk_sms.domain.phones import format_national
from desk_sms.services.inbox import HANDLED, InboxFilter, InboxRow, InboxService
from desk_sms.wording import local_time
from ui.models.paging import PagedIds
from ui.rule_texts import effects_text
from ui.tasks import run_in_background
from ui.widgets.state_badge import STATE_ROLE

T = TypeVar("T")
Runner = Callable[[QObject, Callable[[], T], Callable[[T], None], Callable[[BaseException], None]], None]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
CACHED_PAGES = 20
STATE, SENDER, TEXT, RECEIVED, MODEM, ASSIGNEE, RULE = range(7)
COLUMN_COUNT = 7
# Waiting time of an unhandled message -> row background: the longer a customer waits, the warmer.
WAITING_HOUR = timedelta(hours=1)
WAITING_DAY = timedelta(days=1)
HOUR_COLOUR = QColor("#fff4d6")
DAY_COLOUR = QColor("#fde3e1")

_national = lru_cache(maxsize=4096)(format_national)


def waiting_level(row: InboxRow, now: datetime) -> int:
    """0: fresh or handled, 1: waiting over an hour, 2: waiting over a day."""
    if row.status == HANDLED:
        return 0
    waited = now - row.received_at
    return 2 if waited > WAITING_DAY else 1 if waited > WAITING_HOUR else 0


def status_text(row: InboxRow) -> str:
    if row.keyword == "opt_out":
        return QCoreApplication.translate("InboxStates", "Opted out")
    if row.probable_opt_out:  # never ignored silently: a person confirms it with "Opt out"
        return QCoreApplication.translate("InboxStates", "Opt out?")
    if row.status == HANDLED:
        return QCoreApplication.translate("InboxStates", "Handled")
    if row.being_handled:  # short enough for the state badge; who it is shows in the tooltip
        return QCoreApplication.translate("InboxStates", "Being handled")
    return QCoreApplication.translate("InboxStates", "Unhandled")


def state_key(row: InboxRow) -> str:
    """The state badge's colour key."""
    if row.keyword == "opt_out":
        return "opted_out"
    if row.probable_opt_out:
        return "probable_opt_out"
    return "delivered" if row.status == HANDLED else "uncertain"


def handler_text(row: InboxRow) -> str | None:
    """The state badge's tooltip: why a reply looks like an opt-out, or who is replying to it."""
    if row.probable_opt_out:
        return QCoreApplication.translate(
            "InboxStates",
            "This reply contains an opt-out word. If the sender wants no more messages, use Opt out.",
        )
    if not (row.being_handled and row.handled_by):
        return None
    return QCoreApplication.translate("InboxStates", "Being handled by {name}").format(name=row.handled_by)


def rule_text(row: InboxRow) -> str:
    """The rule that acted (a poll's answer counts as one), with its tag."""
    name = row.rule
    if not name and row.rule_effect.startswith("poll_"):
        name = QCoreApplication.translate("InboxStates", "Poll")
    return f"{name} · {row.tag}" if name and row.tag else name


def sender_text(row: InboxRow) -> str:
    number = _national(row.sender)
    return f"{row.contact}  {number}" if row.contact and row.contact != row.sender else number


class InboxTableModel(QAbstractTableModel, PagedIds[InboxRow]):
    """Received messages matching a filter, newest first.

    Signals:
        reloaded(int): the id list changed (the model was reset); the argument is its length.
        refreshed(): a reload or refresh finished.
        load_failed(object): reading the database failed (the exception).
    """

    reloaded = Signal(int)
    refreshed = Signal()
    load_failed = Signal(object)

    def __init__(
        self,
        service: InboxService,
        now: Callable[[], datetime],
        parent: QObject | None = None,
        runner: Runner[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._now = now
        self._run: Runner[Any] = runner or run_in_background
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, InboxRow]] = OrderedDict()
        self._page_size = PAGE_SIZE
        self._pending: set[int] = set()
        self._generation = 0  # results of an older query are dropped when they arrive late
        self._filter = InboxFilter()

    # ----- what the view shows --------------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("State"),
            self.tr("From"),
            self.tr("Message"),
            self.tr("Received"),
            self.tr("Modem"),
            self.tr("Assigned to"),
            self.tr("Rule"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == STATE_ROLE and index.column() == STATE:
            return state_key(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            level = waiting_level(row, self._now())
            return QBrush((None, HOUR_COLOUR, DAY_COLOUR)[level]) if level else None
        if role == Qt.ItemDataRole.FontRole and not row.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == STATE:
                return handler_text(row)
            if index.column() == RULE:
                return effects_text(row.rule_effect) or None
            return row.text if index.column() == TEXT else row.sender if index.column() == SENDER else None
        return None

    def _cell(self, row: InboxRow, column: int) -> str:
        if column == STATE:
            return status_text(row)
        if column == SENDER:
            return sender_text(row)
        if column == TEXT:
            text = " ".join(row.text.split())  # one line in the table
            return text if row.complete else self.tr("{text} (incomplete)").format(text=text)
        if column == RECEIVED:
            return local_time(row.received_at)
        if column == ASSIGNEE:
            return row.assignee or ""
        if column == RULE:
            return rule_text(row)
        return row.modem or ""

    # ----- filter, reload, refresh ----------------------------------------------------------

    @property
    def filter(self) -> InboxFilter:
        return self._filter

    def set_filter(self, where: InboxFilter) -> None:
        self._filter = where
        self.refresh()

    def refresh(self) -> None:
        """Re-read the ids and the cached pages (at least the first) together."""
        self._generation += 1
        self._pending.clear()
        generation, where, service = self._generation, self._filter, self._service
        wanted = list(self._pages) or [0]

        def fetch() -> tuple[list[int], dict[int, list[InboxRow]]]:
            ids = service.ids(where)
            return ids, {
                page: service.rows(ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]) for page in wanted
            }

        self._run(self, fetch, lambda found: self._show(generation, *found), self._failed)

    def _show(self, generation: int, ids: list[int], pages: dict[int, list[InboxRow]]) -> None:
        if generation != self._generation:
            return
        fresh = OrderedDict((page, {row.id: row for row in rows}) for page, rows in pages.items() if rows)
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
        if page in self._pending:
            return
        self._pending.add(page)
        generation, service = self._generation, self._service
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._run(
            self,
            lambda: service.rows(ids),
            lambda rows: self._store_page(generation, page, rows),
            self._failed,
        )

    def _store_page(self, generation: int, page: int, rows: list[InboxRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = {row.id: row for row in rows}
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))

    def _failed(self, exc: BaseException) -> None:
        self._pending.clear()
        self.load_failed.emit(exc)
