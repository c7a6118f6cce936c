"""`desk-sms rules list|add|remove` and the `rule` key of `inbox list --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_sms.cli import main
from desk_sms.clock import FakeClock
from desk_sms.context import AppContext
from desk_sms.engine.engine import inbox_pump_for
from modem.interface import InboundPart

CLOSED = "本日の受付は終了しました。明日9時以降にご連絡します"


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *words])
    except SystemExit as stop:  # argparse's own refusals
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, capsys, "rules", "add", "夜間", "--outside-hours", "--reply", CLOSED)[0] == 0
    code, out, _ = run(data_dir, capsys, "rules", "add", "予約", "--keyword", "予約", "--keyword", "YOYAKU",
                       "--first-word", "--tag", "予約", "--mark-handled")
    assert (code, out.strip()) == (0, "added rule 予約 (number 2)")
    code, out, _ = run(data_dir, capsys, "rules", "list", "--json")
    rules = json.loads(out)
    assert [(r["name"], r["position"]) for r in rules] == [("夜間", 1), ("予約", 2)]
    assert (rules[0]["outside_hours"], rules[0]["reply"], rules[0]["keywords"]) == (True, CLOSED, [])
    assert (rules[1]["keywords"], rules[1]["first_word"], rules[1]["mark_handled"]) == (
        ["予約", "YOYAKU"], True, True)
    assert rules[1]["reply"] is None and rules[1]["tag"] == "予約"
    code, out, _ = run(data_dir, capsys, "rules", "list")
    assert "first_word 予約, YOYAKU" in out and "outside_hours yes" in out
    assert run(data_dir, capsys, "rules", "remove", "夜間")[:2] == (0, "removed rule 夜間\n")
    assert [r["name"] for r in json.loads(run(data_dir, capsys, "rules", "list", "--json")[1])] == ["予約"]


@pytest.mark.parametrize(("words", "message"), [
    (("rules", "add", "x"), "the rule 'x' has no action"),
    (("rules", "add", "x", "--assign", "nobody"), "Active user not found: nobody"),
    (("rules", "add", "x", "--add-to-group", "なし"), "Group not found: なし"),
    (("rules", "add", "x", "--modem", "M9", "--tag", "t"), "Modem not found: M9"),
    (("rules", "add", "x", "--reply-template", "無い"), "Template not found: 無い"),
    (("rules", "add", "x", "--reply", "a", "--reply-template", "b"), "not allowed with argument"),
    (("rules", "add", "x", "--reply", "{誰}"), "unknown placeholder {誰}"),
    (("rules", "add", "x", "--reply", "あ" * 671), "at most 670 characters"),
    (("rules", "add", "x", "--keyword", "。", "--tag", "t"), "a keyword is empty"),
    (("rules", "add", "x", "--sender", "unknown", "--sender-group", "g", "--tag", "t"), "not both"),
    (("rules", "remove", "無い"), "Rule not found: 無い"),
])
def test_bad_input_is_one_clear_line_and_changes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    code, _, err = run(data_dir, capsys, *words)
    assert code == 1 and message in err and "Traceback" not in err
    assert json.loads(run(data_dir, capsys, "rules", "list", "--json")[1]) == []


def test_inbox_list_json_names_the_rule_that_acted(
    context: AppContext, fake_clock: FakeClock, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, capsys, "rules", "add", "予約", "--keyword", "予約", "--tag", "予約")[0] == 0
    pump = inbox_pump_for(context.database.session_factory, context.events, context.settings)
    for text in ("予約", "こんにちは"):
        pump.store(None, InboundPart(sender="+819012345678", text=text, sent_at=None), fake_clock.now())
        fake_clock.advance(60)
    code, out, _ = run(data_dir, capsys, "inbox", "list", "--json")
    assert code == 0
    assert [(row["text"], row["rule"]) for row in json.loads(out)] == [("こんにちは", None), ("予約", "予約")]
