"""The one way the GUI runs slow work (STYLE lesson 2): `run_in_background`.

`fn` runs on a QThreadPool worker and may call services only, never widgets.
Its result or exception comes back through one post office that lives on the GUI thread for the
application's whole life, so `on_success`/`on_failure` always run there, and no worker ever emits
on an object that a closing window may be deleting at that very moment.
"""

from __future__ import annotations

import functools
import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")


class _PostOffice(QObject):
    """Never deleted: any thread posts to it; it runs each call on the GUI thread if its owner lives."""

    _posted = Signal(object, object)  # weak reference to the owner, the call

    def __init__(self) -> None:
        super().__init__()
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def post(self, owner: weakref.ReferenceType[QObject], call: Callable[[], None]) -> None:
        self._posted.emit(owner, call)

    @Slot(object, object)
    def _deliver(self, owner_ref: weakref.ReferenceType[QObject], call: Callable[[], None]) -> None:
        owner = owner_ref()
        if owner is None or not shiboken6.isValid(owner):
            log.debug("a call for the GUI thread was dropped: its owner is gone")
            return
        call()


_post_office: _PostOffice | None = None


def prepare_gui_thread_calls() -> None:
    """Call once on the GUI thread before any other thread may call `call_on_gui_thread`."""
    _the_post_office()


def _the_post_office() -> _PostOffice:
    global _post_office
    if _post_office is None:
        post_office = _PostOffice()
        application = QCoreApplication.instance()
        if application is not None and post_office.thread() is not application.thread():
            post_office.moveToThread(application.thread())
        _post_office = post_office
    return _post_office


def call_on_gui_thread(owner: QObject, call: Callable[[], None]) -> None:
    """From any thread: run `call()` soon on the GUI thread, unless `owner` has been deleted by then."""
    _the_post_office().post(weakref.ref(owner), call)


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        owner: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._fn = fn
        self._owner = weakref.ref(owner)
        self._on_success = on_success
        self._on_failure = on_failure

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            outcome = functools.partial(self._on_failure, exc)
        else:
            outcome = functools.partial(self._on_success, result)
        _the_post_office().post(self._owner, outcome)


def run_in_background(
    parent: QObject,
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn()` off the GUI thread; hand its result or exception back on the GUI thread.

    Args:
        parent: the widget (or QObject) the result belongs to; if it is gone, the result is dropped.
        fn: work that touches services only, never widgets.
        on_success: called with `fn`'s return value.
        on_failure: called with the exception; by default `show_error` on `parent`.
        pool: the thread pool (tests may pass their own); the global pool by default.
    """
    prepare_gui_thread_calls()
    failure = on_failure or _default_failure_handler(parent)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, parent, on_success, failure))


def _default_failure_handler(parent: QObject) -> Callable[[BaseException], None]:
    owner = weakref.ref(parent)

    def show(exc: BaseException) -> None:
        widget = owner()
        show_error(widget if isinstance(widget, QWidget) else None, exc)

    return show
