"""The ids-first, rows-on-demand bookkeeping shared by the big table models (STYLE.md lesson 9)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Generic, TypeVar

RowT = TypeVar("RowT")


class PagedIds(Generic[RowT]):
    """Row order as a list of ids; row contents cached per page, the most recently used last.

    A model using it sets `_ids`, `_pages` and `_page_size`, and implements `_fetch_page(page)`
    to load a missing page in the background.
    """

    _ids: list[int]
    _pages: OrderedDict[int, dict[int, RowT]]
    _page_size: int

    def _fetch_page(self, page: int) -> None:
        raise NotImplementedError

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def ids_of_rows(self, rows: Sequence[int]) -> list[int]:
        return [self._ids[row] for row in rows if 0 <= row < len(self._ids)]

    def row_of_id(self, row_id: int) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> RowT | None:
        """The row's contents if its page is cached; otherwise starts fetching it and returns None."""
        page = row // self._page_size
        cached = self._pages.get(page)
        if cached is None:
            self._fetch_page(page)
            return None
        self._pages.move_to_end(page)
        return cached.get(self._ids[row])
