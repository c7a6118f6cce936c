"""`desk-sms polls create|list|results|export` and its refusals."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_sms.cli import main
from desk_sms.context import AppContext
from desk_sms.engine.engine import inbox_pump_for
from modem.interface import InboundPart

CREATE = ("polls", "create", "面談", "--question", "面談希望日は?", "--answer", "火", "--answer", "水",
          "--to", "09012345678", "--to", "08011112222")


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *words])
    except SystemExit as stop:  # argparse's own refusals
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_create_answer_results_export(
    context: AppContext, data_dir: Path, capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, out, _ = run(data_dir, capsys, *CREATE, "--window", "48h")
    assert code == 0 and out.startswith("poll 1 sent to 2 recipients")
    pump = inbox_pump_for(context.database.session_factory, context.events, context.settings)
    now = datetime.now(UTC)  # the command line created the poll on the system clock
    pump.store(None, InboundPart(sender="+819012345678", text="２", sent_at=None), now)
    code, out, _ = run(data_dir, capsys, "polls", "results", "1", "--json")
    result = json.loads(out)[0]
    assert [(a["text"], a["count"]) for a in result["answers"]] == [("火", 0), ("水", 1)]
    assert [(r["number"], r["state"], r["answer"]) for r in result["recipients"]] == [
        ("+819012345678", "answered", 2), ("+818011112222", "none", None)]
    assert json.loads(run(data_dir, capsys, "polls", "list", "--json")[1])[0]["name"] == "面談"
    assert run(data_dir, capsys, "polls", "export", "1", str(tmp_path / "p.csv"))[:2] == (
        0, f"wrote 2 recipients to {tmp_path / 'p.csv'}\n")


@pytest.mark.parametrize(("words", "message"), [
    ((*CREATE, "--window", "0h"), "is not a window"),
    ((*CREATE, "--window", "soon"), "is not a window"),
    (("polls", "create", "p", "--question", "q", "--answer", "a", "--to", "09012345678"), "2 to 9 answers"),
    ((*CREATE[:-4], "--group", "無い"), "Group not found: 無い"),
    (("polls", "results", "7"), "Poll not found: 7"),
    (("polls", "create", "p", "--answer", "a"), "required: --question"),
])
def test_bad_input_is_one_clear_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    code, _, err = run(data_dir, capsys, *words)
    assert code == 1 and message in err and "Traceback" not in err
    assert json.loads(run(data_dir, capsys, "polls", "list", "--json")[1]) == []
