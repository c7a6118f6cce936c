"""A test message through one chosen modem, over simulated modems: it leaves through that modem via
the one outgoing pipeline, and its outcome (sent, delivered, failed with the reason) is readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from sim_rig import SimRig, wait_until

from desk_sms.cli import main
from desk_sms.errors import InvalidInput
from desk_sms.services.modem_tests import ModemCannotTest

TO = "090-1234-5678"


def test_a_test_message_leaves_through_the_chosen_modem_and_is_delivered(rig: SimRig) -> None:
    first = rig.add_sim("受付", auto_status_reports=True)
    second = rig.add_sim("倉庫", auto_status_reports=True)
    rig.start_engine()
    message_id = rig.context.modem_tests.send("倉庫", TO, "テスト送信です")
    found = rig.context.modem_tests.wait(message_id, "倉庫", 60)
    assert found.answered and found.row.status in ("sent", "delivered")
    assert (found.row.modem, found.row.to, found.other_modem) == ("倉庫", "+819012345678", False)
    wait_until(lambda: rig.context.modem_tests.outcome(message_id, "倉庫").row.status == "delivered")
    assert [(m.number, m.text) for m in second.ledger.messages()] == [("+819012345678", "テスト送信です")]
    assert first.ledger.count == 0
    entries = [e for e in rig.context.users.audit_log() if e.action == "send.message"]
    assert [e.detail.split(":")[0] for e in entries] == ["via test send"]


def test_a_refused_test_says_why_with_the_network_reason(rig: SimRig) -> None:
    sim = rig.add_sim("受付")
    rig.start_engine()
    sim.inject_cms_error(21)  # "short message transfer rejected": permanent
    message_id = rig.context.modem_tests.send("受付", TO, "test")
    found = rig.context.modem_tests.wait(message_id, "受付", 60)
    assert found.row.status == "failed"
    assert found.row.error is not None and "+CMS ERROR: 21" in found.row.error
    assert sim.ledger.count == 0


def test_a_modem_that_cannot_send_or_a_bad_number_queues_nothing(rig: SimRig) -> None:
    rig.add_sim("受付")
    rig.add_sim("倉庫", pin="1234")
    rig.context.modems.update(rig.context.modems.find("倉庫").id, pin="9999")
    rig.start_engine(healthy=1)
    wait_until(lambda: rig.context.modems.find("倉庫").state == "pin_needed")
    with pytest.raises(ModemCannotTest, match="倉庫 cannot send now \\(pin needed\\)"):
        rig.context.modem_tests.send("倉庫", TO, "test")
    with pytest.raises(InvalidInput, match="not a mobile number: 12"):
        rig.context.modem_tests.send("受付", "12", "test")
    rig.context.modems.update(rig.context.modems.find("受付").id, enabled=False)
    with pytest.raises(ModemCannotTest, match="disabled"):
        rig.context.modem_tests.send("受付", TO, "test")
    assert rig.context.outbox.counts_by_status() == {}


def test_the_command_line_sends_a_test_and_reports_the_outcome(
    rig: SimRig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = rig.add_sim("受付")
    rig.start_engine()
    data_dir = str(tmp_path / "data")
    assert main(["--data-dir", data_dir, "modem", "test-send", "受付", "--to", TO]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("test message ") and out[0].endswith(" queued through 受付")
    assert out[1] == "sent through 受付 to +819012345678"
    assert [m.text for m in sim.ledger.messages()] == ["desk-sms test message through 受付"]
    sim.inject_cms_error(21)
    assert main(["--data-dir", data_dir, "modem", "test-send", "受付", "--to", TO, "--text", "again"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("desk-sms: test message ") and " failed: " in err and "+CMS ERROR: 21" in err
    assert main(["--data-dir", data_dir, "modem", "test-send", "受付", "--to", "abc"]) == 1
    assert capsys.readouterr().err.strip() == "desk-sms: not a mobile number: abc"
    assert main(["--data-dir", data_dir, "modem", "test-send", "none", "--to", TO]) == 1
    assert capsys.readouterr().err.strip() == "desk-sms: Modem not found: none"
