"""A reply waits for the customer's modem only while that modem can send (issue 15's way out)."""

from __future__ import annotations

from concurrent.futures import Future
from datetime import time

import pytest

from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.db.models import Modem
from desk_sms.engine.affinity import GRACE_SECONDS, Affinity
from desk_sms.engine.claims import Claims
from desk_sms.engine.dispatcher import Dispatcher, Slot
from desk_sms.engine.status_reports import StatusReportMatcher
from desk_sms.outbox.states import PRIORITY_REPLY
from desk_sms.services.settings import QuietHours
from modem.interface import SendResult

CUSTOMER = "+819012340001"


class Rig:
    """A dispatcher over two modems A and B whose health the test sets; sends are recorded.

    `coming_up`: the modems healthy or coming up by themselves (none waits for a PIN unless a test says).
    """

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.ids = {name: self._modem(name) for name in ("A", "B")}
        self.healthy = set(self.ids.values())
        self.coming_up = set(self.ids.values())
        self.handed: list[int] = []
        factory = context.database.session_factory
        self.dispatcher = Dispatcher(
            Claims(factory, "test"), StatusReportMatcher(factory), [self.slot("A"), self.slot("B")],
            self._send, lambda: set(self.healthy), context.clock, context.events,
            lambda: QuietHours(time(0), time(0)), lambda: "Asia/Tokyo",
            affinity=Affinity(lambda: set(self.coming_up)),
        )

    def _modem(self, name: str) -> int:
        with self.context.database.session_factory.begin() as session:
            modem = Modem(name=name, port=f"/dev/{name}")
            session.add(modem)
            session.flush()
            return modem.id

    def slot(self, name: str, limit: int = 100) -> Slot:
        return Slot(self.ids[name], name, limit, 0.0)

    def _send(self, modem_id: int, number: str, text: str) -> Future[SendResult]:
        self.handed.append(modem_id)
        return Future()  # never finishes: each modem takes one message at most

    def reply_to_b(self) -> int:
        return self.context.outbox.enqueue(CUSTOMER, "返信", priority=PRIORITY_REPLY,
                                           preferred_modem_id=self.ids["B"])


@pytest.fixture
def rig(context: AppContext) -> Rig:
    return Rig(context)


def test_the_reply_leaves_through_the_customers_modem_when_it_can(rig: Rig) -> None:
    rig.dispatcher.replace_slots([rig.slot("A"), rig.slot("B")])
    rig.reply_to_b()
    rig.dispatcher.dispatch_once()
    assert rig.handed == [rig.ids["B"]]


def test_at_its_daily_limit_another_modem_takes_the_reply_at_once(rig: Rig, fake_clock: FakeClock) -> None:
    full = rig.slot("B", limit=1)
    full.sent_parts.append(fake_clock.now())
    rig.dispatcher.replace_slots([rig.slot("A"), full])
    rig.reply_to_b()
    rig.dispatcher.dispatch_once()
    assert rig.handed == [rig.ids["A"]]


def test_a_disabled_modem_hands_its_reply_over_at_once(rig: Rig) -> None:
    rig.dispatcher.dispatch_once()  # B seen healthy
    rig.healthy.discard(rig.ids["B"])
    rig.dispatcher.replace_slots([rig.slot("A")])  # disabled: the engine drops its slot
    rig.reply_to_b()
    rig.dispatcher.dispatch_once()
    assert rig.handed == [rig.ids["A"]]


def test_a_disconnected_modem_keeps_its_reply_for_at_most_a_minute(rig: Rig, fake_clock: FakeClock) -> None:
    rig.dispatcher.dispatch_once()  # B seen healthy
    rig.healthy.discard(rig.ids["B"])  # unplugged: it may come back within seconds
    assert_reply_to_b_waits_the_grace_then_leaves_through_a(rig, fake_clock)
    assert GRACE_SECONDS <= 60


def assert_reply_to_b_waits_the_grace_then_leaves_through_a(rig: Rig, fake_clock: FakeClock) -> None:
    rig.reply_to_b()
    rig.dispatcher.dispatch_once()
    assert rig.handed == []
    fake_clock.advance(GRACE_SECONDS - 1)
    rig.dispatcher.dispatch_once()
    assert rig.handed == []
    fake_clock.advance(2)
    rig.dispatcher.dispatch_once()
    assert rig.handed == [rig.ids["A"]]


def test_a_modem_not_up_since_the_start_keeps_its_reply_for_at_most_a_minute(
    rig: Rig, fake_clock: FakeClock
) -> None:
    """Just after the engine started, the customer's modem may still be connecting: the reply waits
    for it as for one disconnected, counted from when the dispatcher first saw it down."""
    rig.healthy.discard(rig.ids["B"])  # never healthy yet, still connecting
    assert_reply_to_b_waits_the_grace_then_leaves_through_a(rig, fake_clock)


def test_a_modem_that_comes_up_in_time_takes_the_reply_that_waited_for_it(rig: Rig) -> None:
    rig.healthy.discard(rig.ids["B"])
    rig.reply_to_b()
    rig.dispatcher.dispatch_once()
    rig.healthy.add(rig.ids["B"])  # connected
    rig.dispatcher.dispatch_once()
    assert rig.handed == [rig.ids["B"]]


def test_a_modem_waiting_for_a_person_at_the_start_hands_its_reply_over_at_once(rig: Rig) -> None:
    rig.healthy.discard(rig.ids["B"])
    rig.coming_up.discard(rig.ids["B"])  # a PIN to enter or another SIM: no knowing when it comes
    rig.reply_to_b()
    rig.dispatcher.dispatch_once()
    assert rig.handed == [rig.ids["A"]]
