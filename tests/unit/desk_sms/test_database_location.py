"""The saved database choice (database.json), the order of precedence, and checks that need no server."""

from __future__ import annotations

import logging
import re
import stat
import sys
from pathlib import Path

import pytest

from desk_sms.context import build_context
from desk_sms.db import location
from desk_sms.db.location import DatabaseState, DatabaseUrlError, LocationSource
from desk_sms.paths import DataPaths, prepare_data_dir

SERVER = "postgresql+psycopg://clerk:s3cret@db.example:5432/desk"


@pytest.fixture(autouse=True)
def no_url_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(location.DB_URL_ENV, raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return prepare_data_dir(tmp_path / "data")


def test_without_anything_saved_the_local_file_is_used(paths: DataPaths) -> None:
    chosen = location.resolve(paths)
    assert chosen == location.DatabaseLocation(paths.database_url(), LocationSource.LOCAL_FILE)


def test_precedence_is_command_line_then_environment_then_saved_file(paths: DataPaths) -> None:
    saved = "sqlite:////srv/saved.sqlite3"
    from_env = "sqlite:////srv/env.sqlite3"
    given = "sqlite:////srv/given.sqlite3"
    location.save_choice(paths.root, saved)
    assert location.resolve(paths, None, {}).url == saved
    assert location.resolve(paths, None, {location.DB_URL_ENV: from_env}).source is LocationSource.ENVIRONMENT
    assert location.resolve(paths, None, {location.DB_URL_ENV: from_env}).url == from_env
    assert location.resolve(paths, given, {location.DB_URL_ENV: from_env}).url == given
    assert location.resolve(paths, None, {location.DB_URL_ENV: ""}).url == saved


def test_the_environment_variable_reaches_build_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv(location.DB_URL_ENV, f"sqlite:///{elsewhere}")
    context = build_context(str(tmp_path / "data"))
    try:
        assert context.database.sqlite_path == elsewhere
    finally:
        context.close()


def test_build_context_uses_the_saved_choice(tmp_path: Path) -> None:
    elsewhere = tmp_path / "chosen.sqlite3"
    location.save_choice(prepare_data_dir(tmp_path / "data").root, f"sqlite:///{elsewhere}")
    context = build_context(str(tmp_path / "data"))
    try:
        assert context.database.sqlite_path == elsewhere
    finally:
        context.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_saved_file_is_private_and_replaced_whole(paths: DataPaths) -> None:
    location.save_choice(paths.root, SERVER)
    location.save_choice(paths.root, SERVER.replace("desk", "desk2"))
    saved = location.location_file(paths.root)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert location.read_saved_url(paths.root) == SERVER.replace("desk", "desk2")
    assert [p.name for p in paths.root.iterdir() if p.name.endswith(".tmp")] == []


def test_choosing_this_computer_again_removes_the_saved_choice(paths: DataPaths) -> None:
    location.save_choice(paths.root, SERVER)
    location.save_choice(paths.root, None)
    assert not location.location_file(paths.root).exists()
    assert location.resolve(paths).source is LocationSource.LOCAL_FILE


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"url": 5}', b'{"other": "x"}', b"\xff\xfe{"])
def test_a_broken_saved_file_is_a_clear_error_naming_the_file(paths: DataPaths, content: bytes) -> None:
    location.location_file(paths.root).write_bytes(content)
    with pytest.raises(DatabaseUrlError) as caught:
        location.resolve(paths)
    assert str(location.location_file(paths.root)) in caught.value.message


def test_a_broken_saved_file_stops_build_context_with_that_message(tmp_path: Path) -> None:
    root = prepare_data_dir(tmp_path / "data").root
    location.location_file(root).write_text("{oops", encoding="utf-8")
    with pytest.raises(DatabaseUrlError, match=r"database\.json.*not valid JSON"):
        build_context(str(root))


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://u@h/db", "neither a SQLite file nor a PostgreSQL server"),
        ("postgresql://u@h/db", "write it as postgresql+psycopg"),
        ("postgresql+psycopg2://u@h/db", "write it as postgresql+psycopg"),
        ("not a url", "not a database URL"),
        ("postgresql+psycopg://u@h:port/db", "not a database URL"),
    ],
)
def test_only_sqlite_and_psycopg_urls_are_accepted(url: str, words: str) -> None:
    with pytest.raises(DatabaseUrlError, match=re.escape(words)):
        location.check_url(url, "given with --db")
    assert location.check_connection(url).state is DatabaseState.BAD_URL


def test_an_unsupported_url_from_the_environment_names_the_variable(paths: DataPaths) -> None:
    with pytest.raises(DatabaseUrlError, match="DESK_SMS_DB_URL"):
        location.resolve(paths, None, {location.DB_URL_ENV: "mysql://x@y/z"})


def test_errors_and_logs_never_show_the_password(paths: DataPaths, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    location.save_choice(paths.root, SERVER)
    location.resolve(paths)
    with pytest.raises(DatabaseUrlError) as caught:
        location.check_url(SERVER.replace("psycopg", "asyncpg"), "given with --db")
    assert "s3cret" not in caught.value.message
    assert "s3cret" not in caplog.text
    assert "clerk:***@db.example" in caplog.text


def test_server_url_escapes_the_password_and_asks_for_tls() -> None:
    url = location.server_url("db.example", 5433, "desk", "clerk", "p@ss:/word?", tls=True)
    assert url == "postgresql+psycopg://clerk:p%40ss%3A%2Fword%3F@db.example:5433/desk?sslmode=require"
    from sqlalchemy.engine import make_url

    assert make_url(url).password == "p@ss:/word?"
    assert location.server_url("h", 5432, "d", "u", "", tls=False) == "postgresql+psycopg://u@h:5432/d"


def test_a_missing_driver_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # importing it now raises ImportError
    assert location.check_connection(SERVER).state is DatabaseState.DRIVER_MISSING


def test_a_sqlite_file_is_checked_like_a_server(tmp_path: Path) -> None:
    context = build_context(str(tmp_path / "data"))
    context.close()
    assert location.check_connection(context.database.url).state is DatabaseState.CURRENT
    fresh = tmp_path / "fresh.sqlite3"
    assert location.check_connection(f"sqlite:///{fresh}").state is DatabaseState.EMPTY
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("these are notes, not a database\n" * 100)
    check = location.check_connection(f"sqlite:///{not_a_database}")
    assert check.state is DatabaseState.FAILED and check.detail


@pytest.mark.parametrize(
    ("server_words", "state"),
    [
        ('FATAL:  password authentication failed for user "clerk"', DatabaseState.WRONG_LOGIN),
        ("fe_sendauth: no password supplied", DatabaseState.WRONG_LOGIN),
        ('FATAL:  role "clerk" does not exist', DatabaseState.WRONG_LOGIN),
        ('FATAL:  database "desk" does not exist', DatabaseState.NO_SUCH_DATABASE),
        ('FATAL:  permission denied for database "desk"', DatabaseState.FAILED),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "clerk"', DatabaseState.HOST_NOT_ALLOWED),
        ('could not translate host name "db.example" to address', DatabaseState.UNREACHABLE),
    ],
)
def test_failure_words_of_libpq_are_named(server_words: str, state: DatabaseState) -> None:
    # These messages cannot all be provoked on the throwaway test server (it trusts every local login).
    message = f'connection failed: connection to server at "10.0.0.1", port 5432 failed: {server_words}'
    assert location.failure_state(message) is state


def test_usable_states_are_exactly_the_ones_desk_sms_can_start_on() -> None:
    assert {state for state in DatabaseState if state.usable} == {
        DatabaseState.EMPTY,
        DatabaseState.CURRENT,
        DatabaseState.OLDER,
    }
