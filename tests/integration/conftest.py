"""Shared fixtures for integration tests: simulated modems on pseudo-terminals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from modem.simulator import Profile, SimulatedModem

SimFactory = Callable[..., SimulatedModem]


@pytest.fixture
def sim_factory() -> Iterator[SimFactory]:
    """Make started simulators: `sim_factory("huawei", pin="1234", seed=1)`; all stopped after."""
    made: list[SimulatedModem] = []

    def make(profile: str | Profile = "generic", **options: Any) -> SimulatedModem:
        modem = SimulatedModem(profile, **options)
        made.append(modem)
        modem.start()
        return modem

    yield make
    for modem in made:
        modem.stop()


@pytest.fixture
def sim_modem(sim_factory: SimFactory) -> SimulatedModem:
    """One started generic simulator (no PIN, seeded)."""
    return sim_factory("generic", seed=1)
