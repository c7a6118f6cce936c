"""English wording of counts and sizes for what the core itself says (command line, reports,
audit details), the one choice of unit for a byte size that the window shares, and the one
way desk-sms writes a moment for people (the window's tables and the command line's alike).

The window says its sentences through Qt's tr() with %n, which picks the plural form of the
user's language, and formats sizes with `size_in_units` in the user's locale (ui/counts.py);
this module is the command line's equivalent for its English lines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

SIZE_UNITS = ("KB", "MB", "GB", "TB")
SIZE_PARAM_SUFFIX = "_bytes"  # an error parameter `free_bytes` is said as `{free}` in its text
TIME_FORMAT = "%Y-%m-%d %H:%M"


def local_time(moment: datetime | None) -> str:
    """A stored instant in this computer's time zone, as desk-sms shows times: 2026-12-04 10:00."""
    return moment.astimezone().strftime(TIME_FORMAT) if moment is not None else ""


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the form it takes: "1 contact", "2 contacts", "1,200 rows".

    ``plural`` defaults to the singular with an "s" (pass it for "replies", "entries"…).
    """
    noun = singular if count == 1 else (plural if plural is not None else singular + "s")
    return f"{count:,} {noun}"


def size_in_units(count: int) -> tuple[float, str, int]:
    """A byte count as (value, unit, decimals) people read: 640 KB, 12.5 MB, 3.2 GB.

    Under 1 KB the unit is "" (say it as a number of bytes). Units are powers of 1024;
    one decimal under 100 of a unit above KB, none for a whole number (a limit: 1 MB).
    """
    if count < 1024:
        return float(count), "", 0
    value = float(count)
    for unit in SIZE_UNITS:
        value /= 1024
        if value < 1024 or unit == SIZE_UNITS[-1]:
            whole = value >= 100 or unit == "KB" or value.is_integer()
            return value, unit, 0 if whole else 1
    raise AssertionError("unreachable")


def human_size(count: int) -> str:
    """A byte count in English: "1 byte", "0 bytes", "640 KB", "12.5 MB"."""
    value, unit, decimals = size_in_units(count)
    return counted(count, "byte") if not unit else f"{value:,.{decimals}f} {unit}"


def with_sizes(params: Mapping[str, Any], say_size: Callable[[int], str]) -> dict[str, Any]:
    """``params`` plus, for each byte count ``X_bytes``, ``X`` said by ``say_size`` ("?" if unknown)."""
    sizes = {
        key.removesuffix(SIZE_PARAM_SUFFIX): "?" if value is None else say_size(int(value))
        for key, value in params.items()
        if key.endswith(SIZE_PARAM_SUFFIX)
    }
    return {**params, **sizes}
