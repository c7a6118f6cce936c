"""The command line behaves like a Unix tool, checked through real pipes between processes.

A reader that goes away (`| head -1`) ends the command quietly; `--json` is UTF-8 with Japanese as it is,
also where the console's code page is CP932 (Windows in Japan), where a table prints what it can and
never raises; errors are one line on stderr with exit status 1 and nothing on stdout.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from desk_sms.context import build_context

REPO = Path(__file__).resolve().parents[2]
ROWS = 2000  # far more than a pipe buffers (64 KiB), so the writer surely meets the closed pipe
TEXT = "明日10時のご予約です 😀"
PIPE_CLOSED = (0, 141)  # quiet success, or 128 + SIGPIPE as Unix tools end


@pytest.fixture(scope="module")
def busy_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose outbox holds ROWS messages with Japanese text and an emoji."""
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    context = build_context(str(data_dir))
    try:
        for index in range(ROWS):
            context.outbox.enqueue(f"+8190{10_000_000 + index:08d}", f"{TEXT} {index}")
    finally:
        context.close()
    return data_dir


def command(data_dir: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "desk_sms", "--data-dir", str(data_dir), *arguments]


def run(data_dir: Path, *arguments: str, encoding: str | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = dict(os.environ)
    if encoding:
        environment["PYTHONIOENCODING"] = encoding  # what Python picks for a console on that code page
    return subprocess.run(command(data_dir, *arguments), cwd=REPO, env=environment, capture_output=True,
                          timeout=90)


def test_outbox_list_into_head_prints_one_line_and_nothing_else(busy_data_dir: Path) -> None:
    pipeline = f"{shlex.join(command(busy_data_dir, 'outbox', 'list'))} | head -1"
    shell = subprocess.run(["bash", "-c", f"{pipeline}; echo \"status=${{PIPESTATUS[0]}}\" >&2"],
                           cwd=REPO, capture_output=True, text=True, timeout=90)
    assert shell.stdout.splitlines() == [shell.stdout.rstrip("\n")]
    assert shell.stdout.split()[:3] == ["id", "to", "status"]
    assert shell.stderr.strip() in {f"status={code}" for code in PIPE_CLOSED}


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_reader_that_stops_early_ends_the_command_quietly(
    busy_data_dir: Path, json_flag: list[str]
) -> None:
    process = subprocess.Popen(command(busy_data_dir, "outbox", "list", *json_flag), cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # the reader goes away with most of the output unread
    stderr = process.stderr.read()
    assert process.wait(timeout=90) in PIPE_CLOSED
    assert first.rstrip() == b"[" if json_flag else first.startswith(b"id ")
    assert stderr == b""


def test_json_is_utf8_with_japanese_as_it_is(busy_data_dir: Path) -> None:
    result = run(busy_data_dir, "outbox", "list", "--json", "--limit", "1")
    assert result.returncode == 0 and result.stderr == b""
    assert b"\\u" not in result.stdout
    [row] = json.loads(result.stdout.decode("utf-8"))
    assert row["text"] == f"{TEXT} {ROWS - 1}"


def test_on_a_cp932_console_json_stays_utf8_and_a_table_replaces_what_cp932_lacks(
    busy_data_dir: Path,
) -> None:
    as_json = run(busy_data_dir, "outbox", "list", "--json", "--limit", "1", encoding="cp932")
    assert as_json.returncode == 0 and as_json.stderr == b""
    assert json.loads(as_json.stdout.decode("utf-8"))[0]["text"] == f"{TEXT} {ROWS - 1}"  # emoji included
    table = run(busy_data_dir, "outbox", "list", "--limit", "1", encoding="cp932")
    assert table.returncode == 0 and table.stderr == b""
    [_header, row] = table.stdout.decode("cp932").splitlines()
    assert row.endswith(f"明日10時のご予約です ? {ROWS - 1}")  # the emoji has no CP932 code: "?"


@pytest.mark.parametrize(("arguments", "message"), [
    (["contacts", "import", "/nonexistent/名簿.xlsx"], "desk-sms: File not found: /nonexistent/名簿.xlsx"),
    (["modem", "remove", "受付"], "desk-sms: Modem not found: 受付"),
    (["outbox", "list", "--status", "bogus"], "desk-sms outbox list: argument --status: invalid choice"),
])
def test_errors_are_one_line_on_stderr_and_exit_1(
    busy_data_dir: Path, arguments: list[str], message: str
) -> None:
    result = run(busy_data_dir, *arguments, encoding="cp932")
    assert result.returncode == 1 and result.stdout == b""
    error = result.stderr.decode("cp932")
    assert error.count("\n") == 1 and error.startswith(message) and "Traceback" not in error


def test_the_windowed_program_without_a_console_ends_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    """desk-sms-gui.exe has no console on Windows: sys.stdout and sys.stderr are None there."""
    from desk_sms import cli

    monkeypatch.setattr(cli, "_run_gui", lambda args: 0)  # the window itself is not the point here
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["gui"]) == 0
