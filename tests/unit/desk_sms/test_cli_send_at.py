"""`desk-sms send --at`: a local time as typed at the desk, an explicit offset, and clear refusals."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_sms.cli import main
from desk_sms.context import AppContext
from desk_sms.db.models import OutboundMessage


def send_at(data_dir: Path, when: str) -> int:
    words = ["send", "--to", "090-1234-0001", "--text", "明日の件", "--at", when]
    return main(["--data-dir", str(data_dir), *words])


def queued_for(context: AppContext) -> list[datetime | None]:
    with context.database.session_factory() as session:
        return list(session.scalars(select(OutboundMessage.not_before).order_by(OutboundMessage.id)))


@pytest.mark.parametrize(
    "typed",
    ["2030-12-04 10:00", "2030-12-04T10:00", "２０３０－１２－０４　１０：００", "2030/12/4 10:00",
     "2030-12-04 10:00:00"],
)
def test_a_time_without_an_offset_is_this_computers_local_time(
    context: AppContext, data_dir: Path, tokyo_time: None, typed: str
) -> None:
    assert send_at(data_dir, typed) == 0
    assert queued_for(context) == [datetime(2030, 12, 4, 1, 0, tzinfo=UTC)]  # 10:00 in Japan


@pytest.mark.parametrize(
    ("typed", "instant"),
    [("2030-12-04T10:00+09:00", datetime(2030, 12, 4, 1, 0, tzinfo=UTC)),
     ("2030-12-04T10:00Z", datetime(2030, 12, 4, 10, 0, tzinfo=UTC)),
     ("2030-12-04 10:00-05:00", datetime(2030, 12, 4, 15, 0, tzinfo=UTC))],
)
def test_an_explicit_offset_wins_over_the_local_zone(
    context: AppContext, data_dir: Path, tokyo_time: None, typed: str, instant: datetime
) -> None:
    assert send_at(data_dir, typed) == 0
    assert queued_for(context) == [instant]


@pytest.mark.parametrize(
    ("typed", "said"),
    [("tomorrow", "is not a date and time; write 2026-12-04 10:00 (this computer's time) or "
                  "2026-12-04T10:00+09:00"),
     ("2030-13-01 10:00", "is not a date and time"),
     ("2030-12-04 25:00", "is not a date and time"),
     ("2030-12-04", "has no time of day; write e.g. 2030-12-04 10:00"),
     ("", "is not a date and time")],
)
def test_nonsense_is_refused_with_the_form_to_write_and_nothing_is_queued(
    context: AppContext, data_dir: Path, tokyo_time: None, capsys: pytest.CaptureFixture[str], typed: str,
    said: str,
) -> None:
    assert send_at(data_dir, typed) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and f"--at {typed!r}" in err and "Traceback" not in err
    assert queued_for(context) == []


@pytest.fixture
def new_york_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A zone with summer time: the clocks jump from 02:00 to 03:00 on 2030-03-10."""
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_the_clocks_skip_is_refused(
    context: AppContext, data_dir: Path, new_york_time: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert send_at(data_dir, "2030-03-10 02:30") == 1
    assert "does not exist on this computer's clock" in capsys.readouterr().err
    assert send_at(data_dir, "2030-03-10 03:30") == 0
    assert queued_for(context) == [datetime(2030, 3, 10, 7, 30, tzinfo=UTC)]  # summer time: UTC-4
