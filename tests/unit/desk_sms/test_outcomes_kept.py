"""An outcome the database refused (a full disk) is kept, retried and recorded; nothing is sent twice."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from fakes import FakeFleet, FakeModemScript
from write_faults import WriteFaults, disk_io_error

from desk_sms.clock import FakeClock
from desk_sms.engine.engine import Engine
from desk_sms.engine.pending_outcomes import STOP_GRACE_SECONDS
from desk_sms.events import StorageStateChanged
from desk_sms.services.outbox import OutboxService

NUMBERS = [f"+81901234{n:04d}" for n in range(1000, 1010)]
PART_ROWS = r"INSERT INTO outbound_parts"  # only the outcome's write fails: claims still could


def statuses(fleet: FakeFleet) -> Counter[str]:
    return Counter(OutboxService(fleet.context.database.session_factory, fleet.context.events,
                                 fleet.context.clock).counts_by_status())


def wait_until(predicate: object, timeout: float = 20.0) -> None:
    done, waited = threading.Event(), 0.0
    while not predicate():  # type: ignore[operator]
        assert waited < timeout, "condition not reached in time"
        done.wait(0.02)
        waited += 0.02


@pytest.fixture
def storage_events(fleet: FakeFleet) -> Iterator[list[StorageStateChanged]]:
    seen: list[StorageStateChanged] = []
    unsubscribe = fleet.context.events.subscribe(
        lambda e: seen.append(e) if isinstance(e, StorageStateChanged) else None
    )
    yield seen
    unsubscribe()


@pytest.fixture
def faults(fleet: FakeFleet) -> Iterator[WriteFaults]:
    made = WriteFaults(fleet.context.database.engine, only=PART_ROWS)
    yield made
    made.off()
    made.remove()


def started(fleet: FakeFleet) -> tuple[Engine, FakeModemScript, list[int]]:
    script = fleet.add("A")
    script.gate = threading.Event()  # the first send waits until the test has turned faults on
    outbox = fleet.context.outbox
    ids = [outbox.enqueue(number, f"hello {i}") for i, number in enumerate(NUMBERS[:3])]
    engine = fleet.engine()
    assert engine.start()
    wait_until(lambda: statuses(fleet)["sending"] == 1)
    return engine, script, ids


def test_the_outcome_is_kept_and_recorded_before_the_modem_claims_anything_else(
    fleet: FakeFleet, faults: WriteFaults, storage_events: list[StorageStateChanged]
) -> None:
    engine, script, ids = started(fleet)
    try:
        faults.on()
        script.gate.set()  # type: ignore[union-attr]
        assert faults.wait_for_hits(5)  # refused, then retried pass after pass
        assert len(script.sent) == 1  # the modem took nothing else meanwhile
        assert statuses(fleet) == Counter({"sending": 1, "queued": 2})
        assert engine.unrecorded_outcomes() == [ids[0]]
        assert [e.problem for e in storage_events] == ["full"]  # named once, not on every retry
        faults.off()
        wait_until(lambda: statuses(fleet)["sent"] == 3)
    finally:
        engine.stop(10)
    assert sorted(number for number, _ in script.sent) == NUMBERS[:3]  # each once
    assert engine.unrecorded_outcomes() == []
    assert storage_events[-1].problem is None  # the pause ended by itself
    with fleet.context.database.session() as session:
        from desk_sms.db.models import OutboundMessage

        first = session.get(OutboundMessage, ids[0])
        assert first is not None and first.status == "sent" and len(first.parts) == 1


def test_a_clean_stop_retries_for_a_grace_period_then_names_what_it_could_not_record(
    fleet: FakeFleet, faults: WriteFaults, fake_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    engine, script, ids = started(fleet)
    faults.on()
    script.gate.set()  # type: ignore[union-attr]
    assert faults.wait_for_hits(2)
    stopping = threading.Thread(target=engine.stop, args=(30,))
    stopping.start()
    hits = faults.hits
    assert faults.wait_for_hits(hits + 3)  # still retrying while it stops
    assert stopping.is_alive()
    with caplog.at_level(logging.ERROR, logger="desk_sms.engine.pending_outcomes"):
        fake_clock.advance(STOP_GRACE_SECONDS + 1)
        stopping.join(30)
    assert not stopping.is_alive()
    assert engine.unrecorded_outcomes() == [ids[0]]
    assert str([ids[0]]) in caplog.text
    assert statuses(fleet)["sending"] == 1  # left for the next start to mark uncertain: never resent


def test_space_coming_back_during_the_grace_period_records_the_outcome(
    fleet: FakeFleet, faults: WriteFaults
) -> None:
    engine, script, _ids = started(fleet)
    faults.on()
    script.gate.set()  # type: ignore[union-attr]
    assert faults.wait_for_hits(2)
    stopping = threading.Thread(target=engine.stop, args=(30,))
    stopping.start()
    assert faults.wait_for_hits(faults.hits + 2)
    faults.off()
    stopping.join(30)
    assert not stopping.is_alive()
    assert engine.unrecorded_outcomes() == []
    counts = statuses(fleet)
    assert counts["sent"] == 1 and counts["sending"] == 0


def test_a_data_folder_pulled_out_while_sending_is_named_and_sending_resumes_when_it_is_back(
    fleet: FakeFleet, storage_events: list[StorageStateChanged]
) -> None:
    folder = fleet.context.paths.root
    away = folder.with_name(folder.name + "-elsewhere")
    faults = WriteFaults(fleet.context.database.engine, error=disk_io_error)
    engine, script, ids = started(fleet)
    try:
        folder.rename(away)  # the USB stick is pulled out: the folder is gone, every write an I/O error
        faults.on()
        script.gate.set()  # type: ignore[union-attr]
        assert faults.wait_for_hits(5)
        assert [(e.problem, e.folder) for e in storage_events] == [("gone", str(folder))]
        assert engine.unrecorded_outcomes() == [ids[0]] and len(script.sent) == 1
        away.rename(folder)  # plugged in again
        faults.off()
        wait_until(lambda: statuses(fleet)["sent"] == 3)
    finally:
        faults.off()
        faults.remove()
        if away.exists():
            away.rename(folder)
        engine.stop(10)
    assert storage_events[-1].problem is None  # the pause ended by itself
    assert sorted(number for number, _ in script.sent) == NUMBERS[:3]  # each once
