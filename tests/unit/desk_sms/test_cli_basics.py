"""The command-line contract: version, JSON output, one-line errors with exit status 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk_sms import __version__
from desk_sms.cli import main
from desk_sms.db import migrate

ROOT = Path(__file__).resolve().parents[3]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"desk-sms {__version__}"


def test_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "info", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["data_dir"] == str((tmp_path / "d").resolve())
    assert rows[0]["schema"] == migrate.head_revision()


def test_unknown_option_is_one_line_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--no-such-option", "info"])
    assert raised.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--no-such-option" in err


def test_unwritable_data_dir_is_one_line_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = subprocess.run(
        [sys.executable, "-m", "desk_sms", "--data-dir", str(blocker / "data"), "info"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "cannot be written" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_database_is_one_line_exit_1_and_untouched(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    db_file = data / "desk-sms.sqlite3"
    db_file.write_bytes(b"PK\x03\x04 a zip file renamed")
    result = subprocess.run(
        [sys.executable, "-m", "desk_sms", "--data-dir", str(data), "info"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not a SQLite database" in result.stderr
    assert db_file.read_bytes() == b"PK\x03\x04 a zip file renamed"


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_sms.paths import choose_data_dir

    monkeypatch.setenv("DESK_SMS_DATA_DIR", str(tmp_path / "env"))
    assert choose_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert choose_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("DESK_SMS_DATA_DIR")
    assert "desk-sms" in str(choose_data_dir(None))


def test_log_file_is_written(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "info"]) == 0
    assert (tmp_path / "d" / "logs" / "desk-sms.log").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["gui"]),
        (["--demo", "2"], ["gui", "--demo", "2"]),
        (["--data-dir", "D", "--demo", "2"], ["--data-dir", "D", "gui", "--demo", "2"]),
        (["--demo", "1", "--db=sqlite:///x"], ["--db=sqlite:///x", "gui", "--demo", "1"]),
        (["serve", "--at-sign-in"], ["serve", "--at-sign-in"]),  # the engine, without a console window
        (["--data-dir", "D", "serve", "--demo", "2"], ["--data-dir", "D", "serve", "--demo", "2"]),
    ],
)
def test_windowed_launcher_puts_global_options_first(argv: list[str], expected: list[str]) -> None:
    from desk_sms.cli import build_parser, gui_arguments

    assert gui_arguments(argv) == expected
    build_parser().parse_args(gui_arguments(argv))  # argparse accepts the result


def test_demo_modems_are_imported_only_when_asked(tmp_path: Path) -> None:
    """Windows has no pseudo-terminals: the engine must start without importing the simulator."""
    code = (
        "import sys; sys.modules['modem.simulator'] = None  # as if it could not be imported\n"
        "from desk_sms.context import build_context\n"
        "from desk_sms.engine.runtime import start_engine\n"
        f"context = build_context({str(tmp_path / 'd')!r})\n"
        "runtime = start_engine(context)\n"
        "assert runtime.driving\n"
        "runtime.stop(); context.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_unreachable_database_server_is_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://desk_sms:hunter2@127.0.0.1:1/desk_sms"  # nothing listens on port 1
    assert main(["--data-dir", str(tmp_path / "data"), "--db", url, "info"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "cannot be reached" in err and "refused" in err
    assert "hunter2" not in err
