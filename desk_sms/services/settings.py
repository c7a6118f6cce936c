"""Business settings shared by every desk and the headless engine (stored in the database).

Per-PC UI state (window geometry, language) is not here: the GUI keeps it in QSettings.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import time
from time import monotonic
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Setting
from desk_sms.errors import InvalidInput
from desk_sms.events import DataChanged, EventBus

DEFAULTS: dict[str, Any] = {
    "default_region": "JP",
    "timezone": "Asia/Tokyo",
    "quiet_hours_start": "21:00",
    "quiet_hours_end": "08:00",
    "approval_required": False,
    "opt_out_keywords": ["停止", "ストップ", "配信停止", "STOP", "UNSUBSCRIBE"],
    "opt_out_confirmation": "",
    "confirm_keywords": ["1", "はい"],
    "cancel_keywords": ["2", "キャンセル"],
    "max_parts_per_message": 10,
    "backup_retention_days": 14,
}


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, moment: time) -> bool:
        """True when `moment` (local wall time) falls inside the quiet window, which may wrap midnight."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


def parse_hhmm(text: str) -> time:
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError as exc:
        raise InvalidInput(detail=f"not a time of day (HH:MM): {text!r}") from exc


class SettingsService:
    """Reads are cached for a few seconds: the dispatcher asks for quiet hours on every turn,
    and a change made on another desk only needs to arrive soon, not instantly."""

    CACHE_SECONDS = 5.0

    def __init__(self, session_factory: sessionmaker[Session], events: EventBus | None = None) -> None:
        self._session_factory = session_factory
        self._events = events
        self._cache: dict[str, Any] | None = None
        self._cached_at = 0.0
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self._lock:
            if self._cache is None or monotonic() - self._cached_at > self.CACHE_SECONDS:
                self._cache = self._load()
                self._cached_at = monotonic()
            return self._cache[key]

    def _load(self) -> dict[str, Any]:
        with self._session_factory() as session:
            stored = {row.key: json.loads(row.value) for row in session.query(Setting)}
        return {key: stored.get(key, default) for key, default in DEFAULTS.items()}

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        encoded = json.dumps(value, ensure_ascii=False)
        with self._session_factory.begin() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=encoded))
            else:
                row.value = encoded
        with self._lock:
            self._cache = None
        if self._events:
            self._events.publish(DataChanged(topic=f"settings.{key}"))

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in DEFAULTS}

    def quiet_hours(self) -> QuietHours:
        return QuietHours(parse_hhmm(self.get("quiet_hours_start")), parse_hhmm(self.get("quiet_hours_end")))
