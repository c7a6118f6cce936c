"""`desk-sms settings` and `desk-sms audit`: validated like the window, audited as the command line."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from desk_sms.cli import main


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *words])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_settings_set_get_list_and_the_audit_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(tmp_path, capsys, "settings", "set", "opt_out_keywords", "停止, やめて")[0] == 0
    assert run(tmp_path, capsys, "settings", "set", "approval_required", "yes")[0] == 0
    assert json.loads(run(tmp_path, capsys, "settings", "get", "opt_out_keywords")[1]) == ["停止", "やめて"]
    listing = run(tmp_path, capsys, "settings", "list")[1]
    assert "approval_required" in listing and "配信停止を承りました" in listing
    code, out, _ = run(tmp_path, capsys, "audit", "list", "--json", "--action", "settings")
    entries = json.loads(out)
    assert (
        code == 0
        and [set(entry) for entry in entries] == [{"id", "at", "user", "action", "target", "detail"}] * 2
    )
    assert entries[0]["user"] == f"command line ({getpass.getuser()})"
    assert entries[0]["detail"].endswith('→ ["停止", "やめて"]') and entries[1]["action"] == "settings.change"


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("settings", "set", "quiet_hours_end", "8pm"), "HH:MM"),
        (("settings", "set", "max_parts_per_message", "99"), "from 1 to 10"),
        (("settings", "set", "timezone", "Mars/Olympus"), "not a time zone"),
        (("settings", "get", "colour"), "no setting named 'colour'"),
        (("settings", "set", "opt_out_keywords", ","), "at least one word"),
    ],
)
def test_bad_settings_are_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], message: str
) -> None:
    code, _, err = run(tmp_path, capsys, *words)
    assert code == 1 and message in err and err.count("\n") == 1
    assert json.loads(run(tmp_path, capsys, "audit", "list", "--json")[1]) == []


def test_audit_list_since_and_action_prefix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, capsys, "settings", "set", "backup_retention_days", "30")
    run(tmp_path, capsys, "contacts", "export", str(tmp_path / "out.csv"))
    families = [e["action"] for e in json.loads(run(tmp_path, capsys, "audit", "list", "--json")[1])]
    assert families == ["settings.change", "export.contacts"]
    exports = json.loads(run(tmp_path, capsys, "audit", "list", "--json", "--action", "export")[1])
    assert [e["detail"] for e in exports] == [f"0 contacts to {tmp_path / 'out.csv'}"]
    assert json.loads(run(tmp_path, capsys, "audit", "list", "--json", "--since", "2999-01-01")[1]) == []
    table = run(tmp_path, capsys, "audit", "list")[1]
    assert table.splitlines()[0].split() == ["id", "at", "user", "action", "target", "detail"]
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path), "audit", "list", "--since", "yesterday"])
    assert raised.value.code == 1
