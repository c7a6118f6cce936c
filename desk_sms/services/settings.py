"""Business settings shared by every desk and the headless engine (stored in the database).

Per-PC UI state (window geometry, language) is not here: the GUI keeps it in QSettings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import time
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
    def __init__(self, session_factory: sessionmaker[Session], events: EventBus | None = None) -> None:
        self._session_factory = session_factory
        self._events = events

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self._session_factory() as session:
            row = session.get(Setting, key)
            return json.loads(row.value) if row else DEFAULTS[key]

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
        if self._events:
            self._events.publish(DataChanged(topic=f"settings.{key}"))

    def all(self) -> dict[str, Any]:
        with self._session_factory() as session:
            stored = {row.key: json.loads(row.value) for row in session.query(Setting)}
        return {key: stored.get(key, default) for key, default in DEFAULTS.items()}

    def quiet_hours(self) -> QuietHours:
        return QuietHours(parse_hhmm(self.get("quiet_hours_start")), parse_hhmm(self.get("quiet_hours_end")))
