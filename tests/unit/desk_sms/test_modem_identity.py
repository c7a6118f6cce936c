"""Identity verdicts on connect, the answers to "another SIM", and `modem add/list` on the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from desk_sms.cli import main
from desk_sms.context import AppContext, build_context
from desk_sms.db.models import Modem, OutboundPart
from desk_sms.engine.identity import Identity, Verdict, card_differs, check_on_connect, judge, trade_ports
from desk_sms.errors import InvalidInput
from desk_sms.services.sim_usage import room_for

KNOWN = Identity(imei="356938035641001", imsi="440101111111111", own_number="+819011110000")


@pytest.mark.parametrize(
    ("found", "verdict"),
    [
        (KNOWN, Verdict.SAME),
        (Identity(imei="861234567890123", imsi=KNOWN.imsi), Verdict.SIM_MOVED),
        (Identity(imei=KNOWN.imei, imsi="440209999999999"), Verdict.DIFFERENT),
        (Identity(imei="861234567890123", imsi="440209999999999"), Verdict.DIFFERENT),
        (Identity(imei="861234567890123", imsi=None), Verdict.DIFFERENT),  # SIM unreadable, modem other
        (Identity(imei=KNOWN.imei, imsi=None), Verdict.SAME),
    ],
)
def test_verdicts_against_a_known_sim(found: Identity, verdict: Verdict) -> None:
    assert judge(KNOWN, found) is verdict


def test_a_record_without_a_sim_records_the_first_one_but_not_another_modem() -> None:
    assert judge(Identity(imei=KNOWN.imei), KNOWN) is Verdict.FIRST
    assert judge(Identity(), KNOWN) is Verdict.FIRST
    assert judge(Identity(imei="861234567890123"), KNOWN) is Verdict.DIFFERENT


def test_a_refused_sim_known_as_another_modem_says_whose_it_is(context: AppContext) -> None:
    ours = context.modems.add("/dev/a", name="受付", identity=KNOWN)
    context.modems.add(
        "/dev/b", name="倉庫", identity=Identity(imei="861234567890123", imsi="440209999999999")
    )
    found = Identity(imei="861234567890123", imsi="440209999999999")
    with context.database.session_factory.begin() as session:
        reason = check_on_connect(session, ours, found, context.clock.now())
    assert reason is not None and "440209999999999" in reason and "倉庫" in reason
    row = context.modems.find("受付")
    assert row.found == found and row.imsi == KNOWN.imsi


def test_the_same_sim_in_a_modem_another_record_knew_takes_its_imei(context: AppContext) -> None:
    ours = context.modems.add("/dev/a", name="受付", identity=KNOWN)
    context.modems.add(
        "/dev/b", name="倉庫", identity=Identity(imei="861234567890123", imsi="440209999999999")
    )
    with context.database.session_factory.begin() as session:
        moved = Identity(imei="861234567890123", imsi=KNOWN.imsi)
        assert check_on_connect(session, ours, moved, context.clock.now()) is None
    assert context.modems.find("受付").imei == "861234567890123"
    assert context.modems.find("倉庫").imei is None  # learnt again when its SIM shows up
    assert "moved" in (context.modems.find("受付").identity_note or "")


def test_deciding_without_a_refused_sim_is_a_clear_error(context: AppContext) -> None:
    modem_id = context.modems.add("/dev/a", name="受付", identity=KNOWN)
    with pytest.raises(InvalidInput, match="no other SIM"):
        context.modems.same_line(modem_id)
    with pytest.raises(InvalidInput, match="no other SIM"):
        context.modems.use_as_new_modem(modem_id)
    with context.database.session_factory() as session:
        assert session.query(Modem).count() == 1


def test_cli_modem_add_with_a_typed_number_and_list_shows_identity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert (
        main(
            ["--data-dir", data, "modem", "add", str(tmp_path / "nothing-here"), "--number", "090-1111-2222"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "recorded at the first connect" in out
    assert main(["--data-dir", data, "modem", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["own_number"] == "09011112222" and row["imsi"] is None and row["frees_at"] is None


def test_cli_modem_add_refuses_a_number_that_is_not_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "modem", "add", "/dev/x", "--number", "受付の番号"]) == 1
    assert "not a phone number" in capsys.readouterr().err
    assert main(["--data-dir", data, "modem", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_outbox_list_says_when_a_sim_at_its_limit_sends_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    context = build_context(data)
    try:
        modem_id = context.modems.add("/dev/a", name="受付", daily_limit=2, identity=KNOWN)
        message_id = context.outbox.enqueue("+819012345678", "x" * 200)  # two parts
        first = datetime.now(UTC) - timedelta(hours=5)
        with context.database.session() as session:
            session.execute(
                insert(OutboundPart),
                [
                    {
                        "message_id": message_id,
                        "seq": seq,
                        "modem_id": modem_id,
                        "imsi": KNOWN.imsi,
                        "submitted_at": first + timedelta(minutes=seq),
                    }
                    for seq in (1, 2)
                ],
            )
    finally:
        context.close()
    assert main(["--data-dir", data, "outbox", "list"]) == 0
    out = capsys.readouterr().out
    expected = (first + timedelta(hours=24, minutes=1)).astimezone().isoformat(timespec="minutes")
    assert f"受付: daily limit reached (2 of 2 parts); sends again at {expected}" in out


def test_modem_list_shows_not_answering_and_the_last_error_with_its_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    context = build_context(data)
    at = datetime(2026, 12, 3, 5, 7, tzinfo=UTC)
    try:
        with context.database.session() as session:
            session.add(
                Modem(
                    name="受付",
                    port="/dev/ttyUSB0",
                    state="not_answering",
                    last_error="the modem has not answered for 12 seconds",
                    last_error_at=at,
                )
            )
    finally:
        context.close()
    assert main(["--data-dir", data, "modem", "list"]) == 0
    out = capsys.readouterr().out
    assert "not answering" in out
    assert f"{at.astimezone():%m-%d %H:%M} the modem has not answered for 12 seconds" in out


def test_a_sim_moved_to_another_modem_entry_keeps_its_count(context: AppContext) -> None:
    first = context.modems.add("/dev/a", name="受付", daily_limit=3, identity=KNOWN)
    message_id = context.outbox.enqueue("+819012345678", "x" * 200)
    now = context.clock.now()
    with context.database.session() as session:
        session.execute(
            insert(OutboundPart),
            [
                {
                    "message_id": message_id,
                    "seq": seq,
                    "modem_id": first,
                    "imsi": KNOWN.imsi,
                    "submitted_at": now - timedelta(hours=1),
                }
                for seq in (1, 2)
            ],
        )
    context.modems.update(first, enabled=False)
    moved = Identity(imei="861234567890123", imsi=KNOWN.imsi)  # the SIM, now in another modem entry
    second = context.modems.add("/dev/b", name="倉庫", daily_limit=3, identity=moved)
    assert context.modems.find("倉庫").sent_24h == 2
    with context.database.engine.begin() as connection:
        assert room_for(connection, second, now) == 1  # a 2-part message no longer fits on this SIM


def test_an_entry_without_a_sim_does_not_take_another_entrys_sim(context: AppContext) -> None:
    context.modems.add("/dev/a", name="受付", identity=KNOWN)
    legacy = context.modems.add("/dev/b", name="倉庫")  # added before identities were read
    with context.database.session_factory.begin() as session:
        reason = check_on_connect(
            session, legacy, Identity(imei="861234567890123", imsi=KNOWN.imsi), context.clock.now()
        )
    assert reason is not None and "受付" in reason
    assert context.modems.find("倉庫").imsi is None and context.modems.find("倉庫").found is not None


@pytest.mark.parametrize(
    ("found", "differs"),
    [
        (Identity(imei=KNOWN.imei, iccid="8981100001111111111"), False),  # same card
        (Identity(imei=KNOWN.imei, iccid="8981200002222222222"), True),  # another card
        (Identity(imei="861234567890123"), False),  # nothing to tell before the PIN
        (Identity(imei=KNOWN.imei, imsi="440209999999999"), True),  # a SIM without PIN tells its IMSI
    ],
)
def test_what_can_be_told_before_the_pin(found: Identity, differs: bool) -> None:
    expected = Identity(imei=KNOWN.imei, imsi=KNOWN.imsi, iccid="8981100001111111111")
    assert card_differs(expected, found) is differs


OTHER = Identity(imei="861234567890123", imsi="440209999999999")


def two_entries(context: AppContext) -> tuple[int, int]:
    return (
        context.modems.add("/dev/ttyUSB0", name="受付", identity=KNOWN),
        context.modems.add("/dev/ttyUSB1", name="倉庫", identity=OTHER),
    )


def test_swapped_ports_are_traded_once_whichever_side_finds_the_other_first(context: AppContext) -> None:
    reception, storeroom = two_entries(context)
    now = context.clock.now()
    with context.database.session_factory.begin() as session:
        assert trade_ports(session, reception, OTHER, "/dev/ttyUSB0", (), now) == storeroom
    with context.database.session_factory.begin() as session:  # the other side's finding, just after
        assert trade_ports(session, storeroom, KNOWN, "/dev/ttyUSB1", (), now) == reception
    assert (context.modems.find("受付").port, context.modems.find("倉庫").port) == (
        "/dev/ttyUSB1", "/dev/ttyUSB0"
    )
    assert context.modems.find("倉庫").identity_note == "SIM found on port /dev/ttyUSB0 (was /dev/ttyUSB1)"


def test_an_entry_sending_elsewhere_or_plugged_into_another_computer_does_not_move(
    context: AppContext,
) -> None:
    reception, storeroom = two_entries(context)
    now = context.clock.now()
    with context.database.session_factory.begin() as session:  # its modem answers on two ports
        assert trade_ports(session, reception, OTHER, "/dev/ttyUSB0", {storeroom}, now) is None
        session.get_one(Modem, storeroom).host = "other-pc"
        assert trade_ports(session, reception, OTHER, "/dev/ttyUSB0", (), now) is None
    assert (context.modems.find("受付").port, context.modems.find("倉庫").port) == (
        "/dev/ttyUSB0", "/dev/ttyUSB1"
    )


def test_another_entrys_sim_is_not_taken_as_a_replacement(context: AppContext) -> None:
    reception, storeroom = two_entries(context)
    context.modems.update(storeroom, enabled=False)  # off: its SIM does not make it move
    with context.database.session_factory.begin() as session:
        assert check_on_connect(session, reception, OTHER, context.clock.now()) is not None
    with pytest.raises(InvalidInput, match="the SIM of 倉庫, not a replacement"):
        context.modems.same_line(reception)
    row = context.modems.find("受付")
    assert (row.imsi, row.found) == (KNOWN.imsi, OTHER)  # nothing changed; the question stays
