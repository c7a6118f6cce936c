"""Several engines on one database: one engine per modem, hand-over of a dead engine's modems and messages.

The rules are tested on their own (plan_modems), then engines in shared mode over scripted modems on
a SQLite file (the PostgreSQL run with processes and simulators is tests/postgres/test_several_engines.py).
"""

from __future__ import annotations

import socket
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from fakes import FakeFleet
from sim_rig import wait_until

from desk_sms.db.models import EngineLease, OutboundMessage
from desk_sms.engine.engine import Engine
from desk_sms.engine.lease import STALE_AFTER, LeaseHolder
from desk_sms.engine.sharing import LeaseRow, plan_modems
from desk_sms.services.outbox import OutboxService, Recipient

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
NUMBERS = [f"+81901234{n:04d}" for n in range(2000, 2200)]


def member(owner: str, host: str = "desk-1", age: float = 0.0) -> LeaseRow:
    return LeaseRow(f"engine:{owner}", LeaseHolder(owner, host, 100, NOW - timedelta(seconds=age)))


def modem(modem_id: int, owner: str, host: str = "desk-1", age: float = 0.0) -> LeaseRow:
    return LeaseRow(f"modem:{modem_id}", LeaseHolder(owner, host, 100, NOW - timedelta(seconds=age)))


def fresh(holder: LeaseHolder) -> bool:
    return holder.heartbeat_at >= NOW - STALE_AFTER


def test_a_lone_engine_takes_every_modem_it_may_drive() -> None:
    plan = plan_modems("a", "desk-1", frozenset(), [member("a")], {1: "desk-1", 2: None, 3: "desk-2"}, fresh)
    assert plan.take == {1, 2}  # modem 3 is plugged into another computer


def test_engines_even_out_four_modems_between_three() -> None:
    """Each engine applies its plan in turn, as their heartbeats interleave, until nothing changes."""
    owners = ["a", "b", "c"]
    held: dict[int, str] = {m: "a" for m in (1, 2, 3, 4)}  # "a" started first and took them all
    drivable: dict[int, str | None] = {m: "desk-1" for m in (1, 2, 3, 4)}
    for _ in range(10):
        changed = False
        for owner in owners:
            rows = [member(o) for o in owners] + [modem(m, o) for m, o in held.items()]
            driving = frozenset(m for m, o in held.items() if o == owner)
            plan = plan_modems(owner, "desk-1", driving, rows, drivable, fresh)
            for m in plan.release:
                del held[m]
            for m in plan.take:
                held[m] = owner
            changed |= bool(plan.release or plan.take)
        if not changed:
            break
    assert sorted(Counter(held.values()).values()) == [1, 1, 2]
    assert set(held) == {1, 2, 3, 4}


def test_a_silent_engines_modems_are_free_and_it_is_dead() -> None:
    rows = [member("a"), member("ghost", "desk-2", age=45), modem(1, "ghost", "desk-2", age=45)]
    plan = plan_modems("a", "desk-1", frozenset(), rows, {1: None}, fresh)
    assert plan.take == {1}
    assert plan.dead_owners == {"ghost"}
    assert plan.live_owners == {"a"}


def test_a_modem_taken_by_another_engine_is_lost() -> None:
    rows = [member("a"), member("b"), modem(1, "b")]
    plan = plan_modems("a", "desk-1", frozenset({1}), rows, {1: None}, fresh)
    assert plan.lost == {1}
    assert not plan.take


def test_a_disabled_or_pinned_elsewhere_modem_is_given_back() -> None:
    rows = [member("a"), modem(1, "a"), modem(2, "a")]
    plan = plan_modems("a", "desk-1", frozenset({1, 2}), rows, {2: "desk-2"}, fresh)
    assert plan.release == {1, 2}


def test_no_engine_gives_a_modem_to_one_that_cannot_drive_it() -> None:
    # "b" runs on a desk with no modems plugged in: "a" keeps both of its own.
    rows = [member("a", "desk-1"), member("b", "desk-2"), modem(1, "a"), modem(2, "a")]
    plan = plan_modems("a", "desk-1", frozenset({1, 2}), rows, {1: "desk-1", 2: "desk-1"}, fresh)
    assert not plan.release


# -- engines in shared mode over scripted modems ------------------------------------------------


@pytest.fixture
def engines() -> list[Engine]:
    started: list[Engine] = []
    yield started
    for engine in started:
        engine.stop(10)


def test_two_engines_split_the_modems_and_send_each_message_once(
    fleet: FakeFleet, engines: list[Engine]
) -> None:
    scripts = [fleet.add(name) for name in ("A", "B", "C", "D")]
    for owner in ("first", "second"):
        engine = fleet.engine(owner=owner, shared=True)
        assert engine.start()
        engines.append(engine)
    wait_until(lambda: sorted(len(e.pool.workers) for e in engines) == [2, 2])
    listed = fleet.context.modems.list()
    assert [row.driven_by for row in listed] == [socket.gethostname()] * 4  # the Modems page's "Driven by"
    box = OutboxService(fleet.context.database.session_factory, fleet.context.events, fleet.context.clock)
    box.create_campaign("shared", [Recipient(n, f"hello {n}") for n in NUMBERS[:120]])
    for engine in engines:
        engine.wake()
    wait_until(lambda: box.counts_by_status().get("sent", 0) == 120)
    sent = [number for script in scripts for number, _ in script.sent]
    assert sorted(sent) == sorted(NUMBERS[:120])
    assert all(script.sent for script in scripts)  # every modem took part
    with fleet.context.database.session_factory() as session:
        owners = Counter(session.query(OutboundMessage.claim_owner).all())
    assert {owner for (owner,) in owners} == {"first", "second"}


def test_a_reply_leaves_through_the_customers_modem_whichever_engine_drives_it(
    fleet: FakeFleet, engines: list[Engine]
) -> None:
    scripts = {name: fleet.add(name) for name in ("A", "B")}
    for owner in ("first", "second"):
        engine = fleet.engine(owner=owner, shared=True)
        assert engine.start()
        engines.append(engine)
    both = set(fleet.ids.values())
    wait_until(lambda: all(len(e.pool.workers) == 1 and e.healthy_ids() == both for e in engines))
    box = OutboxService(fleet.context.database.session_factory, fleet.context.events, fleet.context.clock)
    for name, modem_id in fleet.ids.items():
        for n in range(5):
            box.enqueue(NUMBERS[n], f"reply via {name}", preferred_modem_id=modem_id)
    for engine in engines:
        engine.wake()
    wait_until(lambda: box.counts_by_status().get("sent", 0) == 10)
    for name, script in scripts.items():
        assert {text for _, text in script.sent} == {f"reply via {name}"}


def test_a_silent_engines_modem_and_in_flight_message_are_handed_over(
    fleet: FakeFleet, engines: list[Engine]
) -> None:
    fleet.add("A")
    context = fleet.context
    box = OutboxService(context.database.session_factory, context.events, context.clock)
    in_flight = box.enqueue(NUMBERS[0], "was being sent by the silent desk")
    waiting = box.enqueue(NUMBERS[1], "still queued")
    modem_id = fleet.ids["A"]
    now = context.clock.now()
    with context.database.session() as session:  # a desk on another computer that went silent
        session.get(OutboundMessage, in_flight).status = "sending"
        session.get(OutboundMessage, in_flight).claim_owner = "desk-2:77:ghost"
        for name in ("engine:desk-2:77:ghost", f"modem:{modem_id}"):
            session.add(
                EngineLease(name=name, owner="desk-2:77:ghost", host="desk-2", pid=77, heartbeat_at=now)
            )
    engine = fleet.engine(owner="here", shared=True)
    assert engine.start()
    engines.append(engine)
    assert not engine.pool.workers  # the other desk's heartbeat is still fresh: hands off
    assert box.get(in_flight).status == "sending"
    context.clock.advance((STALE_AFTER + timedelta(seconds=5)).total_seconds())
    wait_until(lambda: modem_id in engine.pool.workers)
    wait_until(lambda: box.get(waiting).status == "sent")
    assert box.get(in_flight).status == "uncertain"  # never resent blindly
    with context.database.session_factory() as session:
        assert session.get(EngineLease, "engine:desk-2:77:ghost") is None
        assert session.get(EngineLease, f"modem:{modem_id}").owner == "here"


def test_an_engine_that_lost_its_modem_lease_cannot_claim_for_it(
    fleet: FakeFleet, engines: list[Engine]
) -> None:
    script = fleet.add("A")
    engine = fleet.engine(owner="here", shared=True)
    assert engine.start()
    engines.append(engine)
    modem_id = fleet.ids["A"]
    wait_until(lambda: modem_id in engine.pool.workers)
    with fleet.context.database.session() as session:  # taken by another engine while we were frozen
        lease = session.get(EngineLease, f"modem:{modem_id}")
        lease.owner = "thief"
    box = OutboxService(fleet.context.database.session_factory, fleet.context.events, fleet.context.clock)
    box.enqueue(NUMBERS[2], "must not leave through a modem we no longer hold")
    wait_until(lambda: modem_id not in engine.pool.workers)
    assert not script.sent
    assert box.counts_by_status() == {"queued": 1}
