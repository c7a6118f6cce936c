"""What a window shows of a modem comes from the database: the engine stores the signal in dBm and
the SIM's PIN tries left with the modem's health (the engine runs in a process of its own)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sim_rig import SimRig, sending_context, wait_until

from desk_sms.cli import main
from desk_sms.services.modems import ModemRow

RSSI = 17  # AT+CSQ 17 is -113 + 2 * 17 = -79 dBm


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[SimRig]:
    with sending_context(tmp_path / "data") as context:
        made = SimRig(context, poll_interval=1.0)
        yield made
        made.stop()


def stored(rig: SimRig, name: str) -> ModemRow:
    return rig.context.modems.find(name)


def test_signal_dbm_and_pin_tries_reach_the_database_and_the_command_line(
    rig: SimRig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rig.add_sim("受付", signal_rssi=RSSI)
    locked = rig.add_sim("倉庫", pin="1234")
    rig.context.modems.update(stored(rig, "倉庫").id, pin="9999")  # the wrong PIN: one try is spent
    rig.start_engine(healthy=1)
    wait_until(lambda: stored(rig, "受付").signal_dbm == -79)
    wait_until(lambda: stored(rig, "倉庫").pin_attempts_left == 2)
    assert locked.pin_attempts_left == 2  # the simulator's SIM agrees: exactly one try went
    assert stored(rig, "倉庫").state == "pin_needed"
    assert stored(rig, "受付").pin_attempts_left is None  # no PIN asked: nothing to count
    rig.stop_engine()
    capsys.readouterr()
    data_dir = str(tmp_path / "data")
    assert main(["--data-dir", data_dir, "modem", "list"]) == 0
    table = capsys.readouterr().out
    assert "(-79 dBm)" in table
    assert "PIN needed (2 PIN tries left)" in table
    assert main(["--data-dir", data_dir, "modem", "list", "--json"]) == 0
    listed = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed["受付"]["signal_dbm"] == -79 and listed["倉庫"]["pin_attempts_left"] == 2


def test_a_new_pin_that_works_clears_the_tries_and_the_modem_sends(rig: SimRig) -> None:
    rig.add_sim("倉庫", pin="1234")
    modem_id = stored(rig, "倉庫").id
    rig.context.modems.update(modem_id, pin="9999")
    engine = rig.start_engine(healthy=0)
    wait_until(lambda: stored(rig, "倉庫").pin_attempts_left == 2)
    rig.context.modems.update(modem_id, pin="1234")
    rig.context.modems.try_stored_pin(modem_id)
    wait_until(lambda: modem_id in engine.pool.healthy_ids())
    wait_until(lambda: stored(rig, "倉庫").state == "ready")
    assert stored(rig, "倉庫").pin_attempts_left is None
    assert stored(rig, "倉庫").signal_dbm is not None
