"""The engine lease: one engine drives the modems of a database at a time.

A row in `engine_leases` names the owner and carries a heartbeat. Another engine may
take it over only when the heartbeat is older than `stale_after` (its owner died).
The GUI and `desk-sms serve` on one database: the second sees the first and stays a client.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import EngineLease
from desk_sms.db.session import rows_changed

log = logging.getLogger(__name__)

ENGINE_LEASE = "engine"
STALE_AFTER = timedelta(seconds=30)


@dataclass(frozen=True)
class LeaseHolder:
    owner: str
    host: str
    pid: int
    heartbeat_at: datetime

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"

    def died_on_this_host(self) -> bool:
        """True when the holder ran on this computer and its process is gone (a crash, kill -9)."""
        if self.host != socket.gethostname() or self.pid <= 0 or self.pid == os.getpid():
            return False
        if sys.platform == "win32":  # os.kill(pid, 0) would terminate it there; the heartbeat decides
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False


def new_owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Lease:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        owner: str,
        name: str = ENGINE_LEASE,
        stale_after: timedelta = STALE_AFTER,
    ) -> None:
        self._session_factory = session_factory
        self.owner = owner
        self.name = name
        self.stale_after = stale_after

    def acquire(self, now: datetime) -> bool:
        """Take the lease if it is free, ours, or stale. Atomic on SQLite and PostgreSQL."""
        try:
            with self._session_factory.begin() as session:
                session.add(self._row(now))
            return True
        except IntegrityError:
            pass
        holder = self.holder()
        dead_owner = holder.owner if holder is not None and holder.died_on_this_host() else self.owner
        with self._session_factory.begin() as session:
            taken = rows_changed(
                session.execute(
                    update(EngineLease)
                    .where(
                        EngineLease.name == self.name,
                        or_(
                            EngineLease.owner.in_((self.owner, dead_owner)),
                            EngineLease.heartbeat_at < now - self.stale_after,
                        ),
                    )
                    .values(
                        owner=self.owner,
                        host=socket.gethostname(),
                        pid=os.getpid(),
                        acquired_at=now,
                        heartbeat_at=now,
                    )
                )
            )
        return bool(taken)

    def renew(self, now: datetime) -> bool:
        """Heartbeat; False when another engine took the lease (we must stop driving modems)."""
        with self._session_factory.begin() as session:
            renewed = rows_changed(
                session.execute(
                    update(EngineLease)
                    .where(EngineLease.name == self.name, EngineLease.owner == self.owner)
                    .values(heartbeat_at=now)
                )
            )
        return bool(renewed)

    def release(self) -> None:
        with self._session_factory.begin() as session:
            session.execute(
                delete(EngineLease).where(EngineLease.name == self.name, EngineLease.owner == self.owner)
            )

    def holder(self) -> LeaseHolder | None:
        with self._session_factory() as session:
            row = session.get(EngineLease, self.name)
            if row is None:
                return None
            return LeaseHolder(row.owner, row.host, row.pid, row.heartbeat_at)

    def _row(self, now: datetime) -> EngineLease:
        return EngineLease(
            name=self.name,
            owner=self.owner,
            host=socket.gethostname(),
            pid=os.getpid(),
            acquired_at=now,
            heartbeat_at=now,
        )
