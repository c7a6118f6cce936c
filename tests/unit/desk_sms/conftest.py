"""Fixtures for core unit tests."""

from __future__ import annotations

import pytest
from fakes import FakeFleet

from desk_sms.context import AppContext


@pytest.fixture
def fleet(context: AppContext) -> FakeFleet:
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")  # no quiet hours unless a test sets them
    return FakeFleet(context)
