"""The engine's end of the command table: every half second, the requests added since the last look.

One `max(id)` on a kept connection per look when nothing is asked (the cost of an idle engine stays flat).
A command for a modem is taken only by the engine whose worker drives that modem; a port scan only
by the engine on the asking computer; `reload_modems` by every engine (each follows its modems).
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desk_sms.clock import Clock
from desk_sms.services.engine_commands import Command, CommandKind, EngineCommands

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5

Handler = Callable[[Command], object]


@dataclass(frozen=True)
class CommandRoutes:
    """What this engine does for each kind, and which modems it drives (for modem commands)."""

    handlers: Mapping[str, Handler]
    drives: Callable[[int], bool]


class CommandPoller:
    def __init__(self, commands: EngineCommands, routes: CommandRoutes, clock: Clock) -> None:
        self._commands = commands
        self._routes = routes
        self._clock = clock
        self._host = socket.gethostname()
        self._last_seen = 0
        self._newest_id = commands.newest_id_watch()

    def run(self, stop: threading.Event) -> None:
        # Requests made before this engine started were meant for one that is gone.
        self._last_seen = self._commands.last_id()
        self._commands.forget_old()
        try:
            while not self._clock.wait(stop, POLL_SECONDS):
                try:
                    self.poll_once()
                except Exception:  # the database is busy for a moment: look again at the next tick
                    log.exception("could not read the engine commands")
        finally:
            self._newest_id.close()

    def poll_once(self) -> None:
        if self._newest_id() <= self._last_seen:  # nothing asked: the usual case, kept cheap
            return
        for command in self._commands.since(self._last_seen):
            self._last_seen = max(self._last_seen, command.id)
            if self._is_for_me(command):
                self._run(command)

    def _is_for_me(self, command: Command) -> bool:
        if command.kind not in self._routes.handlers:
            return False
        if command.host is not None and command.host != self._host:
            return False
        return command.modem_id is None or self._routes.drives(command.modem_id)

    def _run(self, command: Command) -> None:
        shared = command.kind == CommandKind.RELOAD_MODEMS  # every engine acts on it; no claim
        if not shared and not self._commands.take(command.id):
            return
        log.info("engine command %d: %s (modem %s)", command.id, command.kind, command.modem_id)
        try:
            result = self._routes.handlers[command.kind](command)
        except Exception as exc:
            log.warning("engine command %d (%s) failed: %s", command.id, command.kind, exc)
            self._commands.finish(command.id, False, str(exc))
            return
        self._commands.finish(command.id, True, result)
