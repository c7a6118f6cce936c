"""Shared fixtures for integration tests: simulated modems on pseudo-terminals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sim_rig import SimRig, sending_context

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


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[SimRig]:
    """A sending context with simulated modems added by the test (`rig.add_sim`); all stopped after.

    Modules that need other poll intervals or IMEIs define their own `rig`.
    """
    with sending_context(tmp_path / "data") as context:
        made = SimRig(context, poll_interval=2.0)
        yield made
        made.stop()
