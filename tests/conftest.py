"""Shared fixtures: a temporary data directory, a real migrated SQLite database, a fake clock."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Qt tests run without a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from postgres_server import pg_url, postgres_server  # noqa: F401  (fixtures for issue 11)

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext, build_context

# Property tests judge answers, not speed: a busy machine (or phonenumbers' first metadata load) must not fail
# them on hypothesis's 200 ms per-example deadline or its "data generation too slow" check.
settings.register_profile("desk-sms", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("desk-sms")


@pytest.fixture(autouse=True)
def _no_database_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own DESK_SMS_DB_URL must not send the tests to their server."""
    monkeypatch.delenv("DESK_SMS_DB_URL", raising=False)


@pytest.fixture
def tokyo_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's local time zone is Japan's (UTC+9, no DST), so local times differ from UTC."""
    monkeypatch.setenv("TZ", "JST-9")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    monkeypatch.setenv("DESK_SMS_DATA_DIR", str(root))
    return root


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def context(data_dir: Path, fake_clock: FakeClock) -> Iterator[AppContext]:
    ctx = build_context(str(data_dir), clock=fake_clock)
    yield ctx
    ctx.close()
