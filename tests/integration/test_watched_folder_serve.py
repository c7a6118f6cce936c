"""`desk-sms serve` watches the folder set from the command line: tonight's export is imported."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest
from process_rig import serve_output, start_serve, wait_for

from desk_sms.cli import main

pytestmark = pytest.mark.timeout(120)


def test_serve_imports_a_file_dropped_into_the_watched_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, exports = tmp_path / "data", tmp_path / "exports"
    exports.mkdir()
    mapping = {"予約番号": "external_id", "氏名": "name", "電話": "phone", "日時": "date"}
    for key, value in (("watch_folder", str(exports)), ("watch_folder_mapping", json.dumps(mapping))):
        assert main(["--data-dir", str(data_dir), "settings", "set", key, value]) == 0
    process = start_serve(data_dir)
    try:
        export = "予約番号,氏名,電話,日時\nR-9,森 花子,090-5555-0001,2030/01/06 10:00\n"
        (exports / "tomorrow.csv").write_text(export, encoding="utf-8")
        wait_for((exports / "done" / "tomorrow.csv").exists, 60, "the engine to take the file in")
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(60) == 0, serve_output(data_dir)
    report = (exports / "done" / "tomorrow.csv.report.txt").read_text(encoding="utf-8")
    assert "1 appointment added" in report
    capsys.readouterr()
    words = ["audit", "list", "--json", "--action", "import.watched_folder"]
    assert main(["--data-dir", str(data_dir), *words]) == 0
    assert [entry["user"] for entry in json.loads(capsys.readouterr().out)] == ["watched folder"]
