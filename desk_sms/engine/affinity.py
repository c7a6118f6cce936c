"""Conversation affinity with a way out: which modems a reply may wait for.

A reply goes out through the modem the customer wrote to while that modem can send. When it is at
its daily limit, disabled or removed, the reply goes through another ready modem at once; when it
is disconnected, the reply waits at most `GRACE_SECONDS` for it to come back (a replug takes seconds).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

GRACE_SECONDS = 60.0


class LimitedModem(Protocol):
    modem_id: int

    def parts_in_window(self, now: datetime) -> int: ...

    @property
    def daily_limit(self) -> int: ...


@dataclass
class Affinity:
    last_healthy: dict[int, float] = field(default_factory=dict)  # modem id → monotonic time

    def keepers(
        self, healthy: set[int], slots: Iterable[LimitedModem], now: datetime, mono: float
    ) -> set[int]:
        """Modems whose replies wait for them: healthy and under their limit, or only just disconnected."""
        for modem_id in healthy:
            self.last_healthy[modem_id] = mono
        keep = set(healthy)
        for slot in slots:
            if slot.parts_in_window(now) >= slot.daily_limit:
                keep.discard(slot.modem_id)
            elif slot.modem_id not in healthy and self._just_lost(slot.modem_id, mono):
                keep.add(slot.modem_id)
        return keep

    def _just_lost(self, modem_id: int, mono: float) -> bool:
        seen = self.last_healthy.get(modem_id)
        return seen is not None and mono - seen <= GRACE_SECONDS
