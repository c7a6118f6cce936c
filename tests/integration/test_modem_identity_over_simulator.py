"""Modem and SIM identity over real pty simulators: swaps on one port, limits that follow the SIM.

"The same port" is a fixed path (a symbolic link, as udev gives /dev/ttyUSB0) pointed at one
simulated modem, then at another: exactly what a USB reshuffle does to a port name.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sim_rig import sending_context, wait_until
from sqlalchemy import select

from desk_sms.cli import main
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import OutboundPart
from desk_sms.engine.engine import Engine
from desk_sms.services.modems import ModemRow
from modem.simulator import SimulatedModem

IMEI_A, IMEI_B, IMEI_C = "356938035641001", "861234567890123", "356938035641003"
SIM_X, SIM_Y = "440101111111111", "440209999999999"
NUMBERS = [f"+81801234{n:04d}" for n in range(5000, 5020)]
TWO_PARTS = "x" * 200  # GSM-7 over 160 characters: two parts


class Bench:
    """A data dir, modems on a stable port path, and an engine started on demand."""

    def __init__(self, context: AppContext, folder: Path) -> None:
        self.context = context
        self.port = folder / "ttyUSB0"
        self.sims: list[SimulatedModem] = []
        self.engine: Engine | None = None

    def plug(self, imei: str, imsi: str, **options: object) -> SimulatedModem:
        """Unplug whatever sat on the port; plug this modem (with this SIM) in its place."""
        for old in self.sims:
            old.stop()
        sim = SimulatedModem(imei=imei, imsi=imsi, seed=len(self.sims), **options)  # type: ignore[arg-type]
        self.sims.append(sim)
        self.port.unlink(missing_ok=True)
        self.port.symlink_to(sim.start())
        return sim

    def add_modem(self, daily_limit: int = 100) -> int:
        identity = self.context.modems.read_identity(str(self.port))
        assert identity is not None
        return self.context.modems.add(
            str(self.port), name="受付", min_interval=0.0, daily_limit=daily_limit, identity=identity
        )

    def start(self) -> Engine:
        self.engine = Engine(
            self.context.database.session_factory,
            self.context.events,
            self.context.clock,
            self.context.settings,
            port_lookup=lambda imei: None,
            poll_interval=1.0,
        )
        assert self.engine.start()
        return self.engine

    def stop_engine(self) -> None:
        if self.engine is not None:
            self.engine.stop()
            self.engine = None

    def row(self, modem_id: int) -> ModemRow:
        return next(row for row in self.context.modems.list() if row.id == modem_id)

    def status_of(self, message_ids: list[int]) -> list[str]:
        return [self.context.outbox.get(message_id).status for message_id in message_ids]


@pytest.fixture
def bench(tmp_path: Path) -> Iterator[Bench]:
    with sending_context(tmp_path / "data") as context:
        made = Bench(context, tmp_path)
        try:
            yield made
        finally:
            made.stop_engine()
            for sim in made.sims:
                sim.stop()


def test_modem_add_records_the_modem_and_its_sim(bench: Bench) -> None:
    bench.plug(IMEI_A, SIM_X, own_number="+819011110000", iccid="8981100001111111111")
    row = bench.row(bench.add_modem())
    assert (row.imei, row.imsi, row.iccid, row.own_number) == (
        IMEI_A,
        SIM_X,
        "8981100001111111111",
        "+819011110000",
    )


def test_another_sim_on_the_port_is_not_driven_until_a_person_decides(
    bench: Bench, caplog: pytest.LogCaptureFixture
) -> None:
    bench.plug(IMEI_A, SIM_X, own_number="+819011110000")
    modem_id = bench.add_modem()
    other = bench.plug(IMEI_B, SIM_Y, own_number="+818022220000", operator="SoftBank")
    queued = [bench.context.outbox.enqueue(number, "明日は休講です") for number in NUMBERS[:3]]
    with caplog.at_level(logging.WARNING):
        bench.start()
        wait_until(lambda: bench.row(modem_id).state == "different_sim")
    row = bench.row(modem_id)
    assert row.imei == IMEI_A and row.imsi == SIM_X  # the record keeps its own identity
    assert row.found is not None and (row.found.imei, row.found.imsi) == (IMEI_B, SIM_Y)
    assert row.last_error is not None and SIM_X in row.last_error and SIM_Y in row.last_error
    assert any(r.levelno == logging.WARNING and SIM_Y in r.getMessage() for r in caplog.records)
    assert other.ledger.count == 0 and bench.status_of(queued) == ["queued"] * 3
    assert bench.engine is not None and modem_id not in bench.engine.healthy_ids()

    bench.context.modems.same_line(modem_id)  # "This is the same line (SIM replaced)"
    wait_until(lambda: other.ledger.count == 3)
    row = bench.row(modem_id)
    assert (row.imei, row.imsi, row.found) == (IMEI_B, SIM_Y, None)
    assert row.identity_note is not None and SIM_Y in row.identity_note


def test_an_answer_given_at_another_desk_reaches_the_engine(bench: Bench, tmp_path: Path) -> None:
    bench.plug(IMEI_A, SIM_X)
    modem_id = bench.add_modem()
    other = bench.plug(IMEI_B, SIM_Y)
    queued = bench.context.outbox.enqueue(NUMBERS[0], "別の窓口から")
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "different_sim")
    desk = build_context(str(tmp_path / "data"))  # another process's view: its own event bus
    try:
        desk.modems.same_line(modem_id)
    finally:
        desk.close()
    wait_until(lambda: bench.status_of([queued]) == ["sent"])  # the engine's heartbeat saw the answer
    assert other.ledger.count == 1


def test_use_as_new_modem_drives_the_new_sim_under_its_own_record(bench: Bench) -> None:
    bench.plug(IMEI_A, SIM_X)
    old_id = bench.add_modem()
    other = bench.plug(IMEI_B, SIM_Y)
    bench.start()
    wait_until(lambda: bench.row(old_id).state == "different_sim")
    new_id = bench.context.modems.use_as_new_modem(old_id)
    wait_until(lambda: bench.row(new_id).state == "ready")
    queued = bench.context.outbox.enqueue(NUMBERS[0], "新しい番号からです")
    wait_until(lambda: bench.status_of([queued]) == ["sent"])
    assert other.ledger.count == 1
    old, new = bench.row(old_id), bench.row(new_id)
    assert not old.enabled and old.imsi == SIM_X
    assert (new.imei, new.imsi, new.port) == (IMEI_B, SIM_Y, str(bench.port))


def test_the_same_sim_in_another_modem_carries_on_with_its_count(bench: Bench) -> None:
    first = bench.plug(IMEI_A, SIM_X)
    modem_id = bench.add_modem(daily_limit=5)
    earlier = [bench.context.outbox.enqueue(number, "一通目") for number in NUMBERS[:2]]
    bench.start()
    wait_until(lambda: bench.status_of(earlier) == ["sent"] * 2)
    bench.stop_engine()
    assert first.ledger.count == 2
    second = bench.plug(IMEI_C, SIM_X)  # the SIM moved into another modem on the same port
    later = [bench.context.outbox.enqueue(number, "二通目") for number in NUMBERS[2:8]]
    bench.start()
    wait_until(lambda: sorted(bench.status_of(later)).count("sent") == 3)
    row = bench.row(modem_id)
    assert row.state in ("ready", "sending") and row.imei == IMEI_C  # followed the SIM, noted it
    assert row.identity_note is not None and IMEI_A in row.identity_note and IMEI_C in row.identity_note
    assert second.ledger.count == 3 and row.sent_24h == 5  # 2 before the move + 3 after = the limit
    assert sorted(bench.status_of(later)).count("queued") == 3


def test_a_limit_of_three_with_two_part_messages_never_counts_four(bench: Bench) -> None:
    sim = bench.plug(IMEI_A, SIM_X)
    modem_id = bench.add_modem(daily_limit=3)
    long_ones = [bench.context.outbox.enqueue(number, TWO_PARTS) for number in NUMBERS[:3]]
    short = bench.context.outbox.enqueue(NUMBERS[3], "one part")  # fits the one part left
    bench.start()
    # The short message goes out only after the first long one: by then a second long one (4 parts)
    # would have been claimed if the check were not part of the claim.
    wait_until(lambda: bench.status_of([short]) == ["sent"])
    assert sorted(bench.status_of(long_ones)) == ["queued", "queued", "sent"]
    assert sim.ledger.count == 3
    row = bench.row(modem_id)
    assert row.sent_24h == 3
    with bench.context.database.session_factory() as session:
        times = sorted(t for t in session.scalars(select(OutboundPart.submitted_at)) if t is not None)
    assert len(times) == 3
    assert row.frees_at == times[0] + timedelta(hours=24)  # the oldest part leaves the window then


def test_a_modem_that_stops_answering_shows_it_within_fifteen_seconds(bench: Bench) -> None:
    # The modem takes the message (prompt and PDU) and then keeps silent for 20 s before +CMGS.
    bench.plug(IMEI_A, SIM_X, send_delay=20.0)
    modem_id = bench.add_modem()
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "ready")
    queued = bench.context.outbox.enqueue(NUMBERS[0], "遅い返事")
    sent_at = time.monotonic()
    wait_until(lambda: bench.row(modem_id).state == "not_answering", timeout=15.0)
    assert time.monotonic() - sent_at < 15.0
    row = bench.row(modem_id)
    assert row.last_error is not None and "not answered" in row.last_error and row.last_error_at is not None
    wait_until(lambda: bench.status_of([queued]) == ["sent"])  # it answers at last
    wait_until(lambda: bench.row(modem_id).state == "ready")
    assert bench.row(modem_id).last_error == row.last_error  # the last error is kept, with its time


def test_a_hung_idle_modem_shows_not_answering_until_it_answers_again(bench: Bench) -> None:
    sim = bench.plug(IMEI_A, SIM_X)
    modem_id = bench.add_modem()
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "ready")
    sim.set_no_answer(True)
    hung_at = time.monotonic()
    wait_until(lambda: bench.row(modem_id).state == "not_answering", timeout=15.0)
    assert time.monotonic() - hung_at < 15.0
    sim.set_no_answer(False)
    wait_until(lambda: bench.row(modem_id).state == "ready")


CARD_X, CARD_Y = "8981100001111111111", "8981200002222222222"


def test_another_sim_card_is_refused_before_our_pin_is_offered(bench: Bench) -> None:
    bench.plug(IMEI_A, SIM_X, iccid=CARD_X)
    modem_id = bench.add_modem()
    bench.context.modems.update(modem_id, pin="1234")
    other = bench.plug(IMEI_A, SIM_Y, iccid=CARD_Y, pin="9999")  # the same modem, another line's SIM
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "different_sim")
    row = bench.row(modem_id)
    assert row.found is not None and row.found.iccid == CARD_Y and row.found.imsi is None
    assert other.pin_attempts_left == 3  # our PIN never reached that SIM
    assert other.ledger.count == 0


def test_the_expected_sim_coming_back_is_driven_again_without_a_question(bench: Bench) -> None:
    bench.plug(IMEI_A, SIM_X)
    modem_id = bench.add_modem()
    bench.plug(IMEI_B, SIM_Y)
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "different_sim")
    back = bench.plug(IMEI_A, SIM_X)  # the USB reshuffle undone
    queued = bench.context.outbox.enqueue(NUMBERS[0], "戻りました")
    wait_until(lambda: bench.status_of([queued]) == ["sent"])
    assert back.ledger.count == 1 and bench.row(modem_id).found is None


def test_a_replacement_card_refused_before_its_pin_takes_over_the_line_and_its_count(bench: Bench) -> None:
    bench.plug(IMEI_A, SIM_X, iccid=CARD_X, pin="1234")
    modem_id = bench.context.modems.add(
        str(bench.port),
        name="受付",
        min_interval=0.0,
        daily_limit=3,
        pin="1234",
        identity=bench.context.modems.read_identity(str(bench.port)),
    )
    earlier = bench.context.outbox.enqueue(NUMBERS[0], "x" * 200)  # two parts on SIM X
    bench.start()
    wait_until(lambda: bench.status_of([earlier]) == ["sent"])
    assert bench.row(modem_id).imsi == SIM_X  # learnt at the first connect (the PIN hid it at add)
    bench.stop_engine()
    new_card = bench.plug(IMEI_A, SIM_Y, iccid=CARD_Y, pin="1234")  # the shop's replacement SIM
    later = [bench.context.outbox.enqueue(number, "新しいSIMから") for number in NUMBERS[1:4]]
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "different_sim")
    assert new_card.pin_attempts_left == 3
    bench.context.modems.same_line(modem_id)  # "This is the same line (SIM replaced)"
    wait_until(lambda: bench.status_of(later).count("sent") == 1)
    row = bench.row(modem_id)
    assert (row.imsi, row.iccid, row.sent_24h) == (SIM_Y, CARD_Y, 3)  # 2 parts before + 1 now = limit
    assert row.identity_note is not None and SIM_Y in row.identity_note
    assert bench.status_of(later).count("queued") == 2 and new_card.ledger.count == 1


def test_two_modems_whose_ports_swapped_are_each_followed_to_the_other_port(tmp_path: Path) -> None:
    # The reshuffle with two known modems: after a reboot ttyUSB0 and ttyUSB1 changed places.
    first, second = tmp_path / "ttyUSB0", tmp_path / "ttyUSB1"
    reception = SimulatedModem(imei=IMEI_A, imsi=SIM_X, own_number="+819011110000", seed=1)
    storeroom = SimulatedModem(imei=IMEI_B, imsi=SIM_Y, own_number="+818022220000", seed=2)
    with sending_context(tmp_path / "data") as context:
        bench = Bench(context, tmp_path)
        try:
            first.symlink_to(reception.start())
            second.symlink_to(storeroom.start())
            ids = {}
            for name, port in (("受付", first), ("倉庫", second)):
                ids[name] = context.modems.add(
                    str(port), name=name, min_interval=0.0, identity=context.modems.read_identity(str(port))
                )
            first.unlink()
            second.unlink()
            first.symlink_to(storeroom.port)
            second.symlink_to(reception.port)
            bench.start()
            wait_until(lambda: {bench.row(i).state for i in ids.values()} <= {"ready", "sending"})
            assert (bench.row(ids["受付"]).port, bench.row(ids["倉庫"]).port) == (str(second), str(first))
            queued = [context.outbox.enqueue(number, "席替えのお知らせ") for number in NUMBERS[:6]]
            wait_until(lambda: bench.status_of(queued) == ["sent"] * 6)
            with context.database.session_factory() as session:
                parts = session.execute(select(OutboundPart.modem_id, OutboundPart.imsi)).all()
            sims = {ids["受付"]: SIM_X, ids["倉庫"]: SIM_Y}
            assert all(imsi == sims[modem_id] for modem_id, imsi in parts)  # each from its own SIM
            used = [modem_id for modem_id, _imsi in parts]
            assert (reception.ledger.count, storeroom.ledger.count) == (
                used.count(ids["受付"]), used.count(ids["倉庫"])
            )
            row = bench.row(ids["受付"])
            assert row.found is None and row.identity_note is not None and str(second) in row.identity_note
        finally:
            bench.stop_engine()
            reception.stop()
            storeroom.stop()


def test_the_sim_question_answered_on_the_command_line(
    bench: Bench, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    bench.plug(IMEI_A, SIM_X)
    modem_id = bench.add_modem()
    other = bench.plug(IMEI_B, SIM_Y)
    queued = bench.context.outbox.enqueue(NUMBERS[0], "コマンドから")
    bench.start()
    wait_until(lambda: bench.row(modem_id).state == "different_sim")
    capsys.readouterr()
    assert main(["--data-dir", data, "modem", "list"]) == 0
    assert "受付: another SIM answers on its port (SIM 440209999999999" in capsys.readouterr().out
    assert main(["--data-dir", data, "modem", "same-line", "窓口"]) == 1  # no such modem
    assert main(["--data-dir", data, "modem", "use-as-new", "受付"]) == 0
    assert "is switched off" in capsys.readouterr().out
    wait_until(lambda: bench.status_of([queued]) == ["sent"])
    assert other.ledger.count == 1 and not bench.row(modem_id).enabled
    assert main(["--data-dir", data, "modem", "same-line", "受付"]) == 1  # answered already
    assert "no other SIM waiting" in capsys.readouterr().err
