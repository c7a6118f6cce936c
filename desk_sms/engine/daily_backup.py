"""The daily backup of a SQLite database, taken beside the engine in the GUI and in `desk-sms serve`.

A thread asks `BackupService.run_if_due` once an hour; the service decides with the injected clock
whether a day has passed and then prunes by the retention setting. The GUI and `serve` may run on
one data directory at the same time, and two processes that both find the newest backup a day old
would both write one. So only the holder of the engine lease takes it: one process at a time holds
that lease, which makes the check and the write one process's business. A database on a server
(PostgreSQL) is backed up by its administrator: there the thread does not start.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desk_sms.clock import Clock
from desk_sms.context import AppContext
from desk_sms.engine.engine import Engine
from desk_sms.errors import UserError
from desk_sms.services.backups import BackupInfo, BackupService

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 3600.0


class DailyBackup:
    """Start with `start()`, stop with `stop()`; `check()` is one attempt (what the thread repeats)."""

    def __init__(
        self,
        service: BackupService,
        clock: Clock,
        holds_engine_lease: Callable[[], bool],
        check_every: float = CHECK_EVERY_SECONDS,
    ) -> None:
        self._service = service
        self._clock = clock
        self._holds_engine_lease = holds_engine_lease
        self._check_every = check_every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Run the daily check in a thread; False (and no thread) for a database server."""
        if not self._service.available:
            log.info("no daily backup here: the database server's administrator backs it up")
            return False
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self._thread.start()
        return True

    def stop(self, timeout: float = 60.0) -> None:
        """Stop the thread; a backup being written is finished first."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def check(self) -> BackupInfo | None:
        """The backup just made, or None: not due, not the lease holder, or not a SQLite file."""
        if not self._service.available or not self._holds_engine_lease():
            return None
        return self._service.run_if_due()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.check()
            except UserError as exc:  # no room for it: a warning (shown in Settings), tried next hour
                log.warning("the daily backup was not made: %s", exc.message)
            except Exception:  # a full disk today must not end tomorrow's backup: log it, try again
                log.exception("the daily backup failed")
            if self._clock.wait(self._stop, self._check_every):
                return


def start_daily_backup(context: AppContext, engine: Engine) -> DailyBackup:
    """The daily backup of `context`'s database while `engine` holds the engine lease."""

    def holds_engine_lease() -> bool:
        holder = engine.holder()
        return holder is not None and holder.owner == engine.owner

    daily = DailyBackup(context.backups, context.clock, holds_engine_lease)
    daily.start()
    return daily
