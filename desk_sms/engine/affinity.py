"""Conversation affinity with a way out: which modems a reply may wait for.

A reply goes out through the modem the customer wrote to while that modem can send. When it is at
its daily limit, disabled or removed, the reply goes through another ready modem at once; when it
is disconnected, the reply waits at most `GRACE_SECONDS` for it to come back (a replug takes seconds).
A modem not yet up since the engine started (still connecting) counts as disconnected from when the
dispatcher first saw it; one that waits for a person (a PIN, another SIM) hands its replies over at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

GRACE_SECONDS = 60.0


class LimitedModem(Protocol):
    modem_id: int

    def parts_in_window(self, now: datetime) -> int: ...

    @property
    def daily_limit(self) -> int: ...


def none_coming_up() -> set[int]:
    return set()


@dataclass
class Affinity:
    """`coming_up`: the modems that are healthy or may become so by themselves (engine.modem_pool)."""

    coming_up: Callable[[], set[int]] = none_coming_up
    last_healthy: dict[int, float] = field(default_factory=dict)  # modem id → monotonic time
    first_waited: dict[int, float] = field(default_factory=dict)  # never healthy: first seen down then

    def keepers(
        self, healthy: set[int], slots: Iterable[LimitedModem], now: datetime, mono: float
    ) -> set[int]:
        """Modems whose replies wait for them: healthy and under their limit, or only just disconnected."""
        for modem_id in healthy:
            self.last_healthy[modem_id] = mono
        keep = set(healthy)
        starting: set[int] | None = None  # asked only when a modem has not been up yet
        for slot in slots:
            modem_id = slot.modem_id
            if slot.parts_in_window(now) >= slot.daily_limit:
                keep.discard(modem_id)
            elif modem_id in healthy:
                continue
            elif modem_id in self.last_healthy:
                if self._within_grace(self.last_healthy[modem_id], mono):
                    keep.add(modem_id)
            elif self._within_grace(self.first_waited.setdefault(modem_id, mono), mono):
                starting = self.coming_up() if starting is None else starting
                if modem_id in starting:
                    keep.add(modem_id)
        return keep

    @staticmethod
    def _within_grace(since: float, mono: float) -> bool:
        return mono - since <= GRACE_SECONDS
