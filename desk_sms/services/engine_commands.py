"""What a window (or the CLI) asks of the engine process, through the `engine_commands` table.

The window never drives modems; the engine runs as its own process (`desk-sms serve`). A request is
one row; the engine reads the rows added since its last look (a primary-key range, every half
second), acts on those meant for it and records the outcome. `reload_modems` is for every engine on
the database (each follows its own modems); a port scan is for the engine on the asking computer;
a modem's command for the engine whose worker drives that modem.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from desk_sms.clock import Clock
from desk_sms.db.models import EngineCommand
from desk_sms.db.session import rows_changed
from desk_sms.errors import UserError

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2  # how often a waiting requester looks for the outcome
KEEP_FINISHED = timedelta(days=1)
NEWEST_ID = "SELECT max(id) FROM engine_commands"


class CommandKind(StrEnum):
    RECONNECT = "reconnect"  # close and open the modem's connection now
    PIN = "pin"  # try the PIN just stored for the modem, once
    SCAN = "scan"  # probe this computer's serial ports (result: the candidates)
    RELOAD_MODEMS = "reload_modems"  # a modem was added, changed or removed
    STOP = "stop"  # stop the engine process (tray: Quit desk-sms completely)


class CommandState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"  # an engine took it and is at it (a port scan takes seconds)
    DONE = "done"
    FAILED = "failed"
    ABANDONED = "abandoned"  # the requester stopped waiting: nobody acts on it later


class EngineNotAnswering(UserError):
    code = "engine.not_answering"
    template = "the sending engine did not answer within {seconds} seconds; it may be starting or stopped"


class EngineCommandFailed(UserError):
    code = "engine.command_failed"
    template = "the sending engine could not do it: {detail}"


@dataclass(frozen=True)
class Command:
    id: int
    kind: str
    modem_id: int | None
    host: str | None


@dataclass(frozen=True)
class Outcome:
    id: int
    state: str
    result: Any


class EngineCommands:
    """Both sides of the command table: `request`/`wait` for windows, `since`/`take`/`finish` for engines."""

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    # -- the asking side --------------------------------------------------------------------------

    def request(self, kind: CommandKind, modem_id: int | None = None, host: str | None = None) -> int:
        with self._session_factory.begin() as session:
            row = EngineCommand(
                kind=str(kind), modem_id=modem_id, host=host, state=CommandState.PENDING,
                requested_at=self._clock.now(),
            )
            session.add(row)
            session.flush()
            return row.id

    def outcome(self, command_id: int) -> Outcome:
        with self._session_factory() as session:
            row = session.get(EngineCommand, command_id)
            if row is None:
                return Outcome(command_id, CommandState.ABANDONED, None)
            return Outcome(row.id, row.state, json.loads(row.result) if row.result else None)

    def wait(self, command_id: int, timeout: float, stop: threading.Event | None = None) -> Outcome:
        """The outcome once the engine finished it; `EngineNotAnswering` (and abandoned) after `timeout`.

        Blocks: call it off the GUI thread.
        """
        stop = stop or threading.Event()
        deadline = self._clock.now() + timedelta(seconds=timeout)
        while True:
            found = self.outcome(command_id)
            if found.state == CommandState.FAILED:
                raise EngineCommandFailed(detail=str(found.result))
            if found.state not in (CommandState.PENDING, CommandState.RUNNING):
                return found
            if self._clock.now() >= deadline or self._clock.wait(stop, POLL_SECONDS):
                self._abandon(command_id)
                raise EngineNotAnswering(seconds=int(timeout))

    def scan_ports(self, timeout: float = 60.0) -> list[dict[str, Any]]:
        """This computer's serial ports probed by its engine (the ports it drives are left alone)."""
        command_id = self.request(CommandKind.SCAN, host=socket.gethostname())
        found = self.wait(command_id, timeout)
        return list(found.result or [])

    def _abandon(self, command_id: int) -> None:
        with self._session_factory.begin() as session:
            session.execute(
                update(EngineCommand)
                .where(EngineCommand.id == command_id, EngineCommand.state == CommandState.PENDING)
                .values(state=CommandState.ABANDONED, finished_at=self._clock.now())
            )

    # -- the engine's side ------------------------------------------------------------------------

    def last_id(self) -> int:
        """The newest command's id (0: none)."""
        with self._session_factory.kw["bind"].connect() as connection:
            return int(connection.exec_driver_sql(NEWEST_ID).scalar() or 0)

    def newest_id_watch(self) -> NewestIdWatch:
        """`last_id` for a poller: one connection kept open, the statement run on the driver."""
        return NewestIdWatch(self._session_factory.kw["bind"])

    def since(self, last_seen: int) -> list[Command]:
        """Pending commands newer than `last_seen`, and every newer reload (each engine acts on it).

        One primary-key range: cheap enough to poll.
        """
        with self._session_factory() as session:
            rows = session.execute(
                select(EngineCommand.id, EngineCommand.kind, EngineCommand.modem_id, EngineCommand.host)
                .where(
                    EngineCommand.id > last_seen,
                    or_(
                        EngineCommand.state == CommandState.PENDING,
                        EngineCommand.kind == CommandKind.RELOAD_MODEMS,
                    ),
                )
                .order_by(EngineCommand.id)
            ).all()
            return [Command(*row) for row in rows]

    def take(self, command_id: int) -> bool:
        """Claim a pending command for this engine; False when another engine (or a timeout) had it."""
        with self._session_factory.begin() as session:
            taken = session.execute(
                update(EngineCommand)
                .where(EngineCommand.id == command_id, EngineCommand.state == CommandState.PENDING)
                .values(state=CommandState.RUNNING)
            )
            return bool(rows_changed(taken))

    def finish(self, command_id: int, ok: bool, result: Any = None) -> None:
        with self._session_factory.begin() as session:
            session.execute(
                update(EngineCommand)
                .where(EngineCommand.id == command_id)
                .values(
                    state=CommandState.DONE if ok else CommandState.FAILED,
                    result=json.dumps(result, default=_jsonable),
                    finished_at=self._clock.now(),
                )
            )

    def forget_old(self) -> None:
        """Finished commands older than a day go (the table stays a handful of rows)."""
        with self._session_factory.begin() as session:
            session.execute(
                delete(EngineCommand).where(
                    EngineCommand.state != CommandState.PENDING,
                    EngineCommand.requested_at < self._clock.now() - KEEP_FINISHED,
                )
            )


def _jsonable(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


class NewestIdWatch:
    """The newest command's id, read twice a second by the engine.

    A pooled checkout and SQLAlchemy's execution cost about ten times the query itself after the
    poller's half-second sleep, for every idle second of the engine (issue 17); so the watch keeps one
    driver connection and ends each look with a rollback (no read transaction is left open to hold
    back SQLite's checkpoints). A failed look drops the connection; the next look opens another.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: PoolProxiedConnection | None = None

    def __call__(self) -> int:
        if self._connection is None:
            self._connection = self._engine.raw_connection()
        try:
            cursor = self._connection.cursor()
            cursor.execute(NEWEST_ID)
            row = cursor.fetchone()
            cursor.close()
            self._connection.rollback()
        except Exception:
            self.close(invalidate=True)
            raise
        return int(row[0] or 0) if row else 0

    def close(self, invalidate: bool = False) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        if invalidate:
            connection.invalidate()
        else:
            connection.close()
