"""The one way the GUI runs slow work (STYLE lesson 2): `run_in_background`.

`fn` runs on a QThreadPool worker and may call services only, never widgets.
Its result or exception comes back through a small carrier QObject that lives on
the GUI thread, so `on_success`/`on_failure` always run there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")


class _ResultCarrier(QObject):
    """Owned by the caller's widget; its signals cross from the worker to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        # The carrier lives on the GUI thread, so these queued slots run there.
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            self._on_success(result)
        finally:
            self._dispose()

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            self._on_failure(exc)
        finally:
            self._dispose()

    def _dispose(self) -> None:
        # The handler may have closed and deleted the widget that owns this carrier (a start-up
        # dialog answered "Quit"): then the carrier went with it and there is nothing left to delete.
        if shiboken6.isValid(self):
            self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], carrier: _ResultCarrier) -> None:
        super().__init__()
        self._fn = fn
        self._carrier = carrier

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self._emit(self._carrier.failed, exc)
        else:
            self._emit(self._carrier.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The widget that asked was closed meanwhile; nobody is left to tell.
            log.debug("background result dropped: its owner is gone")


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
    failure = on_failure or _default_failure_handler(parent)
    carrier = _ResultCarrier(parent, on_success, failure)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, carrier))


def _default_failure_handler(parent: QObject) -> Callable[[BaseException], None]:
    widget = parent if isinstance(parent, QWidget) else None

    def show(exc: BaseException) -> None:
        show_error(widget, exc)

    return show
