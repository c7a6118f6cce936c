"""Reading a moment typed on the command line (`send --at`) as a receptionist types it.

"2026-12-04 10:00" is this computer's local time; "2026-12-04T10:00+09:00" (or "…Z") names its
offset. Full-width digits, "/" between the date's parts and one-digit months, days or hours are
accepted ("２０２６/12/4 9:00"); a date without a time, a time the clocks skip (the start of
summer time) and anything else is refused with the form to write.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from desk_sms.errors import InvalidInput

EXAMPLES = "2026-12-04 10:00 (this computer's time) or 2026-12-04T10:00+09:00"
_DATE_PARTS = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=$|[ T])")
_ONE_DIGIT_HOUR = re.compile(r"(?<=[ T])(\d)(?=:)")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{8}$")


def parse_moment(text: str, option: str = "--at") -> datetime:
    """The instant ``text`` names, timezone-aware; `InvalidInput` naming ``option`` otherwise."""
    typed = _tidied(text)
    if _DATE_ONLY.match(typed):
        raise InvalidInput(detail=f"{option} {text!r} has no time of day; write e.g. {typed} 10:00")
    try:
        moment = datetime.fromisoformat(typed)
    except ValueError:
        raise InvalidInput(detail=f"{option} {text!r} is not a date and time; write {EXAMPLES}") from None
    return moment if moment.tzinfo is not None else _local(moment, text, option)


def _tidied(text: str) -> str:
    typed = " ".join(unicodedata.normalize("NFKC", text).split())
    typed = _DATE_PARTS.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", typed)
    return _ONE_DIGIT_HOUR.sub(r"0\1", typed)


def _local(wall: datetime, text: str, option: str) -> datetime:
    """A wall-clock time in this computer's zone; refused when the clocks skip it."""
    moment = wall.astimezone()
    if moment.astimezone().replace(tzinfo=None) != wall:
        raise InvalidInput(
            detail=f"{option} {text!r} does not exist on this computer's clock (it jumps forward then); "
            "choose another time"
        )
    return moment
