"""The one way the GUI runs slow work (STYLE lesson 2): `run_in_background`.

`fn` runs on a QThreadPool worker and may call services only, never widgets.
Its result or exception comes back through one post office that lives on the GUI thread
for the application's whole life, so `on_success`/`on_failure` always run there, and a worker
never touches an object that a closing window may be deleting at the same moment.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class _Request:
    owner: weakref.ReferenceType[QObject]
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]

    def owner_alive(self) -> bool:
        owner = self.owner()
        return owner is not None and shiboken6.isValid(owner)


class _PostOffice(QObject):
    """Created on the GUI thread and never deleted: workers post to it, it hands results to their owners."""

    _posted = Signal(int, bool, object)  # ticket, succeeded, result or exception

    def __init__(self) -> None:
        super().__init__()
        self._tickets = itertools.count(1)
        self._waiting: dict[int, _Request] = {}
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def register(self, request: _Request) -> int:
        ticket = next(self._tickets)
        self._waiting[ticket] = request
        return ticket

    def post(self, ticket: int, succeeded: bool, value: object) -> None:
        """Called on the worker's thread: only queues."""
        self._posted.emit(ticket, succeeded, value)

    @Slot(int, bool, object)
    def _deliver(self, ticket: int, succeeded: bool, value: object) -> None:
        request = self._waiting.pop(ticket)
        if not request.owner_alive():
            log.debug("background result dropped: its owner is gone")
            return
        if succeeded:
            request.on_success(value)
        else:
            assert isinstance(value, BaseException)
            request.on_failure(value)


_post_office: _PostOffice | None = None


def _the_post_office() -> _PostOffice:
    global _post_office
    if _post_office is None:
        _post_office = _PostOffice()
    return _post_office


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], post_office: _PostOffice, ticket: int) -> None:
        super().__init__()
        self._fn = fn
        self._post_office = post_office
        self._ticket = ticket

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self._post_office.post(self._ticket, False, exc)
        else:
            self._post_office.post(self._ticket, True, result)


def run_in_background(
    parent: QObject,
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn()` off the GUI thread; hand its result or exception back on the GUI thread.

    Call it on the GUI thread.

    Args:
        parent: the widget (or QObject) the result belongs to; if it is gone, the result is dropped.
        fn: work that touches services only, never widgets.
        on_success: called with `fn`'s return value.
        on_failure: called with the exception; by default `show_error` on `parent`.
        pool: the thread pool (tests may pass their own); the global pool by default.
    """
    failure = on_failure or _default_failure_handler(parent)
    post_office = _the_post_office()
    ticket = post_office.register(_Request(weakref.ref(parent), on_success, failure))
    (pool or QThreadPool.globalInstance()).start(_Job(fn, post_office, ticket))


def _default_failure_handler(parent: QObject) -> Callable[[BaseException], None]:
    owner = weakref.ref(parent)

    def show(exc: BaseException) -> None:
        widget = owner()
        show_error(widget if isinstance(widget, QWidget) else None, exc)

    return show
