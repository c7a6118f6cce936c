"""Business settings shared by every desk and the headless engine (stored in the database).

Per-PC UI state (window geometry, language) is not here: the GUI keeps it in QSettings.
Changing a setting needs an administrator; every change is validated, then audited with its
old and new value.
"""

from __future__ import annotations

import ipaddress
import json
import os
import threading
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from time import monotonic
from typing import TYPE_CHECKING, Any

import phonenumbers
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Setting
from desk_sms.domain.business_hours import DEFAULT_WEEK, WEEKDAYS, BadHours, BusinessHours, parse_span
from desk_sms.domain.roles import Permission
from desk_sms.errors import InvalidInput, UserError
from desk_sms.events import DataChanged, EventBus

if TYPE_CHECKING:
    from desk_sms.services.users import UsersService

# The acknowledgement a customer gets after opting out (may be edited or turned off).
DEFAULT_OPT_OUT_CONFIRMATION = "配信停止を承りました。今後のご案内は送信されません。"

DEFAULTS: dict[str, Any] = {
    "default_region": "JP",
    "timezone": "Asia/Tokyo",
    "quiet_hours_start": "21:00",
    "quiet_hours_end": "08:00",
    "approval_required": False,
    "opt_out_keywords": ["停止", "ストップ", "配信停止", "STOP", "UNSUBSCRIBE"],
    "opt_out_confirmation": DEFAULT_OPT_OUT_CONFIRMATION,
    "opt_out_confirmation_enabled": True,
    "confirm_keywords": ["1", "はい"],
    "cancel_keywords": ["2", "キャンセル"],
    "max_parts_per_message": 10,
    "backup_retention_days": 14,
    # The engine process keeps sending (reminders, schedules) after the window quits.
    "keep_sending_when_closed": True,
    "api_enabled": False,  # the local HTTP API, served by the engine (`desk-sms serve`)
    "api_host": "127.0.0.1",  # loopback: only programs on this PC can reach it
    "api_port": 8765,
    "watch_folder": "",  # a folder whose dropped CSV/Excel files are imported ("" = none)
    "watch_folder_kind": "appointments",  # what its files hold: appointments | contacts
    "watch_folder_mapping": {},  # column header → field, as `contacts import --map` takes
    # Business hours for out-of-hours rules: per weekday "HH:MM-HH:MM" ("" = closed all day),
    # the desk's own closed days, public holidays it works, and whether public holidays close it.
    "business_hours": DEFAULT_WEEK,
    "closed_dates": [],
    "open_dates": [],
    "public_holidays_closed": True,
    "sender_name": "",  # who advertising messages say they are from (特定電子メール法)
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


class UnknownSetting(UserError):
    code = "settings.unknown"
    template = "no setting named {key!r} (see `desk-sms settings list`)"


class InvalidSetting(InvalidInput):
    code = "settings.invalid"
    template = "{key}: {reason}"


def _keyword_list(key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise InvalidSetting(key=key, reason="a list of words is expected")
    words = [word.strip() for word in value if word.strip()]
    if not words:
        raise InvalidSetting(key=key, reason="at least one word is needed")
    return words


def _hhmm(key: str, value: Any) -> str:
    try:
        moment = parse_hhmm(str(value))
    except InvalidInput as exc:
        raise InvalidSetting(key=key, reason="a time of day HH:MM is expected") from exc
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _region(key: str, value: Any) -> str:
    if str(value).upper() not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidSetting(key=key, reason=f"{value!r} is not a region code (example: JP)")
    return str(value).upper()


def _zone(key: str, value: Any) -> str:
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise InvalidSetting(key=key, reason=f"{value!r} is not a time zone (example: Asia/Tokyo)") from exc
    return str(value)


def _flag(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidSetting(key=key, reason="true or false is expected")
    return value


def _count(low: int, high: int) -> Callable[[str, Any], int]:
    def check(key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidSetting(key=key, reason=f"a whole number from {low} to {high} is expected")
        return value

    return check


def _sender_name(key: str, value: Any) -> str:
    if not isinstance(value, str) or len(value.strip()) > 40:
        raise InvalidSetting(key=key, reason="a name of at most 40 characters is expected")
    return value.strip()


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > 670:
        raise InvalidSetting(key=key, reason="a text of at most 670 characters is expected")
    return value.strip()


def _host(key: str, value: Any) -> str:
    text = str(value).strip()
    if text == "localhost":
        return text
    try:
        return str(ipaddress.ip_address(text))
    except ValueError as exc:
        raise InvalidSetting(key=key, reason=f"{value!r} is not an IP address (example: 127.0.0.1)") from exc


def _folder(key: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > 1000:
        raise InvalidSetting(key=key, reason="a folder path is expected")
    if value.strip() and not os.path.isdir(value.strip()):
        raise InvalidSetting(key=key, reason=f"there is no folder {value.strip()!r}")
    return value.strip()


def _watch_kind(key: str, value: Any) -> str:
    if value not in ("appointments", "contacts"):
        raise InvalidSetting(key=key, reason="appointments or contacts is expected")
    return str(value)


def _mapping(key: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in value.items()):
        raise InvalidSetting(key=key, reason='a JSON object {"column": "field"} is expected')
    return {k.strip(): v.strip() for k, v in value.items() if k.strip() and v.strip()}


def _week(key: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not set(value) <= set(WEEKDAYS):
        raise InvalidSetting(key=key, reason="mon … sun with hours like \"09:00-18:00\" (\"\" = closed)")
    week = {}
    for day in WEEKDAYS:
        try:
            span = parse_span(str(value.get(day, "")))
        except BadHours as exc:
            raise InvalidSetting(key=key, reason=f"{day}: {exc} is not HH:MM-HH:MM, opening first") from exc
        week[day] = f"{span[0]:%H:%M}-{span[1]:%H:%M}" if span else ""
    return week


def _dates(key: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        raise InvalidSetting(key=key, reason="a list of dates (YYYY-MM-DD) is expected")
    try:
        return sorted({date.fromisoformat(str(item).strip()).isoformat() for item in value})
    except ValueError as exc:
        raise InvalidSetting(key=key, reason=f"not a date (YYYY-MM-DD): {exc}") from exc


VALIDATORS: dict[str, Callable[[str, Any], Any]] = {
    "default_region": _region,
    "timezone": _zone,
    "quiet_hours_start": _hhmm,
    "quiet_hours_end": _hhmm,
    "approval_required": _flag,
    "opt_out_keywords": _keyword_list,
    "opt_out_confirmation": _text,
    "opt_out_confirmation_enabled": _flag,
    "confirm_keywords": _keyword_list,
    "cancel_keywords": _keyword_list,
    "max_parts_per_message": _count(1, 10),
    "backup_retention_days": _count(1, 3650),
    "keep_sending_when_closed": _flag,
    "api_enabled": _flag,
    "api_host": _host,
    "api_port": _count(1024, 65535),
    "watch_folder": _folder,
    "watch_folder_kind": _watch_kind,
    "watch_folder_mapping": _mapping,
    "business_hours": _week,
    "closed_dates": _dates,
    "open_dates": _dates,
    "public_holidays_closed": _flag,
    "sender_name": _sender_name,
}


def validated(key: str, value: Any) -> Any:
    """`value` as stored for `key`, or `InvalidSetting` saying what is expected."""
    if key not in VALIDATORS:
        raise UnknownSetting(key=key)
    return VALIDATORS[key](key, value)


def stored_setting(session: Session, key: str) -> Any:
    """One setting read inside the caller's transaction (its default when never set)."""
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else DEFAULTS[key]


def parse_setting_text(key: str, text: str) -> Any:
    """A value typed on the command line: true/false, a number, words separated by commas, or JSON."""
    if key not in DEFAULTS:
        raise UnknownSetting(key=key)
    default = DEFAULTS[key]
    if isinstance(default, bool):
        words = {"true": True, "yes": True, "on": True, "1": True,
                 "false": False, "no": False, "off": False, "0": False}
        return words.get(text.strip().lower(), text)
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            return text
    if isinstance(default, dict):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidSetting(key=key, reason="not a JSON object") from exc
    if isinstance(default, list):
        if text.lstrip().startswith("["):
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                raise InvalidSetting(key=key, reason="not a JSON list") from exc
        return [word for word in (part.strip() for part in text.replace("、", ",").split(",")) if word]
    return text


class SettingsService:
    """Reads are cached for a few seconds: the dispatcher asks for quiet hours on every turn,
    and a change made on another desk only needs to arrive soon, not instantly."""

    CACHE_SECONDS = 5.0

    def __init__(
        self, session_factory: sessionmaker[Session], events: EventBus | None = None,
        users: UsersService | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._users = users
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

    def set(self, key: str, value: Any) -> bool:
        """Validate and store; True when the value changed (only a change is audited)."""
        value = validated(key, value)
        if self._users is None:
            raise UserError(detail="settings are changed through a desk with a user")  # a wiring bug
        self._users.require(Permission.CHANGE_SETTINGS)
        encoded = json.dumps(value, ensure_ascii=False)
        with self._session_factory.begin() as session:
            row = session.get(Setting, key)
            old = json.loads(row.value) if row is not None else DEFAULTS[key]
            if old == value:
                return False
            if row is None:
                session.add(Setting(key=key, value=encoded))
            else:
                row.value = encoded
            detail = f"{key}: {_shown(old)} → {_shown(value)}"
            self._users.add_record(session, "settings.change", "setting", None, detail)
        with self._lock:
            self._cache = None
        if self._events:
            self._events.publish(DataChanged(topic=f"settings.{key}"))
        return True

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in DEFAULTS}

    def opt_out_confirmation(self) -> str:
        """The text to answer an opt-out with, or "" when the confirmation is turned off."""
        if not self.get("opt_out_confirmation_enabled"):
            return ""
        return str(self.get("opt_out_confirmation"))

    def business_hours(self) -> BusinessHours:
        return BusinessHours.from_settings(self.get("business_hours"), self.get("closed_dates"),
                                           self.get("open_dates"), bool(self.get("public_holidays_closed")))

    def quiet_hours(self) -> QuietHours:
        return QuietHours(parse_hhmm(self.get("quiet_hours_start")), parse_hhmm(self.get("quiet_hours_end")))


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
