"""The contacts table model: ids first, rows on demand (STYLE lesson 9).

The model holds the ordered ids of the contacts that match the filter (a few hundred
kilobytes for 100,000 contacts) and a cache of row pages. Both are read off the GUI
thread: a filter or sort change asks the database for the ids again (debounced, so
typing a word costs one query), and a page of rows is fetched the first time a view
asks for one of its cells. Until then the cells are empty.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desk_sms.services.contacts import ContactRow, ContactsService, SortKey
from ui.models.paging import PagedIds
from ui.tasks import run_in_background

T = TypeVar("T")
Runner = Callable[[QObject, Callable[[], T], Callable[[T], None], Callable[[BaseException], None]], None]
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
CACHED_PAGES = 40  # 8,000 rows: several screens either way, a small fraction of 100k
FILTER_DELAY_MS = 150
OPTED_OUT_COLOR = QColor("#8a94a0")

NAME, READING, PHONE, GROUPS, OPTED_OUT = range(5)
# A Japanese name sorts by its reading (furigana); the groups text is not an order anyone needs.
_SORT_KEYS = {
    NAME: SortKey.READING, READING: SortKey.READING, PHONE: SortKey.PHONE, OPTED_OUT: SortKey.OPTED_OUT
}


class ContactsTableModel(QAbstractTableModel, PagedIds[ContactRow]):
    """Contacts matching a filter, sorted by the database.

    Signals:
        reloaded(int): a new id list is shown; the argument is its length.
        page_loaded(int): a page of rows arrived (the argument is its number).
        load_failed(object): reading the database failed (the exception).
    """

    reloaded = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        service: ContactsService,
        parent: QObject | None = None,
        runner: Runner[Any] | None = None,
        page_size: int = PAGE_SIZE,
        filter_delay_ms: int = FILTER_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._run: Runner[Any] = runner or run_in_background
        self._page_size = page_size
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        self._pending_pages: set[int] = set()
        self._generation = 0  # results of an older query are dropped when they arrive late
        self._query = ""
        self._group_id: int | None = None
        self._consent: bool | None = None
        self._sort = SortKey.READING
        self._descending = False
        self._filter_timer = QTimer(self, singleShot=True, interval=filter_delay_ms)
        self._filter_timer.timeout.connect(self.reload)

    # ----- what the view shows --------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Reading"), self.tr("Phone"), self.tr("Groups"), self.tr("Opt-out")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

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
                        Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OPTED_OUT_COLOR) if row.opted_out else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.phone_e164 if index.column() == PHONE else None
        return self._cell(row, index.column())

    def _cell(self, row: ContactRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == READING:
            return row.reading
        if column == PHONE:
            return row.phone_national
        if column == GROUPS:
            return row.groups_text
        return self.tr("Opted out") if row.opted_out else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (self._generation and (key, descending) == (self._sort, self._descending)):
            return  # not sortable, or already in this order (the view re-applies it when set up)
        self._sort, self._descending = key, descending
        self.reload()

    # ----- filter, reload, fetch ------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        """Filter by `text` once the user pauses typing."""
        self._query = text
        self._filter_timer.start()

    def set_group(self, group_id: int | None) -> None:
        self._group_id = group_id
        self.reload()

    def set_consent(self, consent: bool | None) -> None:
        """True: only contacts with recorded consent; False: only those without; None: everyone."""
        self._consent = consent
        self.reload()

    def reload(self) -> None:
        """Ask the database for the matching ids again (after a filter or sort change, or an edit).

        The first page of rows comes in the same trip, so the view paints as soon as the ids arrive.
        """
        self._filter_timer.stop()
        self._generation += 1
        generation = self._generation
        query, sort, descending, group = self._query, self._sort, self._descending, self._group_id
        service, page_size, consent = self._service, self._page_size, self._consent

        def fetch() -> tuple[list[int], list[ContactRow]]:
            ids = service.search_ids(query, sort, descending, group, consent)
            return ids, service.rows(ids[:page_size])

        self._run(self, fetch, lambda result: self._show_ids(generation, *result), self._failed)

    def _show_ids(self, generation: int, ids: list[int], first_page: list[ContactRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._pending_pages.clear()
        self._pages[0] = {row.id: row for row in first_page}
        self.endResetModel()
        self.reloaded.emit(len(ids))

    def _fetch_page(self, page: int) -> None:
        if page in self._pending_pages:
            return
        self._pending_pages.add(page)
        generation = self._generation
        ids = self._ids[page * self._page_size : (page + 1) * self._page_size]

        def fetch() -> list[ContactRow]:
            return self._service.rows(ids)

        self._run(self, fetch, lambda rows: self._store_page(generation, page, rows), self._failed)

    def _store_page(self, generation: int, page: int, rows: list[ContactRow]) -> None:
        if generation != self._generation:
            return
        self._pending_pages.discard(page)
        self._pages[page] = {row.id: row for row in rows}
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(page)

    def _failed(self, exc: BaseException) -> None:
        self._pending_pages.clear()
        self.load_failed.emit(exc)
