from __future__ import annotations

from datetime import time

import pytest

from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.events import DataChanged
from desk_sms.services.settings import QuietHours, UnknownSetting, parse_hhmm


def test_defaults_and_round_trip(context: AppContext) -> None:
    seen: list[object] = []
    context.events.subscribe(seen.append)
    assert context.settings.get("quiet_hours_start") == "21:00"
    context.settings.set("quiet_hours_start", "20:30")
    context.settings.set("opt_out_keywords", ["停止", "STOP"])
    assert context.settings.get("quiet_hours_start") == "20:30"
    assert context.settings.all()["opt_out_keywords"] == ["停止", "STOP"]
    assert DataChanged(topic="settings.quiet_hours_start") in seen


def test_unknown_setting_is_refused(context: AppContext) -> None:
    with pytest.raises(UnknownSetting):
        context.settings.set("no_such_setting", 1)


@pytest.mark.parametrize(
    ("moment", "quiet"),
    [(time(20, 59), False), (time(21, 0), True), (time(23, 59), True), (time(0, 0), True),
     (time(7, 59), True), (time(8, 0), False), (time(12, 0), False)],
)
def test_quiet_hours_wrap_midnight(moment: time, quiet: bool) -> None:
    assert QuietHours(time(21, 0), time(8, 0)).contains(moment) is quiet


def test_bad_time_text_is_a_user_error() -> None:
    with pytest.raises(InvalidInput):
        parse_hhmm("25 o'clock")
