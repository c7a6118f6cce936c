"""The part count Compose shows is the number of parts the modem layer really sends.

Each text is composed through `ComposeService` (the numbers the Compose page shows), sent by the
engine through python-gsmmodem-new to a simulator on a pty, and the simulator's ledger counts
the parts the network accepted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk_sms.context import AppContext, build_context
from desk_sms.engine.engine import Engine
from desk_sms.services.compose import ComposeService
from desk_sms.services.compose_recipients import RecipientSource, SourceKind
from modem.simulator import SimulatedModem
from modem.sms_text import Encoding

pytestmark = pytest.mark.timeout(120)

# (case, text, encoding, parts); the boundary cases put a 2-unit character where a part ends.
CASES = [
    ("gsm7 single", "A" * 160, Encoding.GSM7, 1),
    ("gsm7 two", "B" * 161, Encoding.GSM7, 2),
    ("extension at boundary", "c" * 152 + "€" + "d" * 10, Encoding.GSM7, 2),
    ("extension fills one", "e" * 158 + "{", Encoding.GSM7, 1),
    ("extension spills", "f" * 159 + "[", Encoding.GSM7, 2),
    ("japanese single", "あ" * 70, Encoding.UCS2, 1),
    ("japanese three", "明日の授業は10時からです。" * 12, Encoding.UCS2, 3),
    ("emoji at boundary", "い" * 66 + "🎉" + "う" * 5, Encoding.UCS2, 2),
    ("emoji fits", "え" * 68 + "🎉", Encoding.UCS2, 1),
]


def wait_until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    pause = threading.Event()
    waited = 0.0
    while not predicate():
        assert waited < timeout, "condition not reached in time"
        pause.wait(0.05)
        waited += 0.05


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = build_context(str(tmp_path / "data"))
    context.settings.set("quiet_hours_start", "00:00")
    context.settings.set("quiet_hours_end", "00:00")
    yield context
    context.close()


@pytest.fixture
def sim(ctx: AppContext) -> Iterator[SimulatedModem]:
    modem = SimulatedModem(imei="356938035640001", seed=3)
    port = modem.start()
    ctx.modems.add(port, name="A", min_interval=0.0, imei=modem.imei)
    yield modem
    modem.stop()


@pytest.fixture
def engine(ctx: AppContext, sim: SimulatedModem) -> Iterator[Engine]:
    running = Engine(
        ctx.database.session_factory, ctx.events, ctx.clock, ctx.settings,
        port_lookup=lambda imei: sim.port if imei == sim.imei else None, poll_interval=2.0,
    )
    assert running.start()
    yield running
    running.stop()


def number(index: int) -> str:
    return f"+8190555{index:05d}"


def test_parts_shown_in_compose_equal_parts_sent(
    ctx: AppContext, sim: SimulatedModem, engine: Engine
) -> None:
    compose = ComposeService.from_context(ctx)
    shown: dict[str, tuple[str, Encoding, int]] = {}
    for index, (case, text, encoding, parts) in enumerate(CASES):
        recipient = RecipientSource(SourceKind.NUMBERS, number(index))
        plan = compose.prepare([recipient], text, as_template=False)  # braces are text here
        message = plan.messages[0]
        assert (message.encoding, message.parts, plan.total_parts) == (encoding, parts, parts), case
        shown[message.number] = (text, message.encoding, message.parts)
        compose.send(plan, case)
    total = sum(parts for _text, _encoding, parts in shown.values())
    assert sim.ledger.wait_for_count(total, timeout=90), f"{sim.ledger.count} of {total} parts sent"
    sent_parts: dict[str, int] = {}
    for entry in sim.ledger.parts:
        sent_parts[entry.number] = sent_parts.get(entry.number, 0) + 1
        assert not any(0xD800 <= ord(char) <= 0xDFFF for char in entry.text), "no split surrogate pair"
    assert sent_parts == {to: parts for to, (_t, _e, parts) in shown.items()}
    assert {m.number: m.text for m in sim.ledger.messages()} == {to: t for to, (t, _e, _p) in shown.items()}
    wait_until(lambda: ctx.outbox.counts_by_status().get("sent", 0) == len(CASES))
    assert {row.to: row.parts for row in ctx.outbox.list()} == sent_parts
