"""Checking a PostgreSQL database before switching to it, against a real server (issue 11)."""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from postgres_server import PostgresServer
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desk_sms.context import build_context
from desk_sms.db import location, migrate
from desk_sms.db.location import DatabaseState
from desk_sms.db.session import connect

PASSWORD = "p@ss:/wörd?#"  # characters that must be escaped in a URL


def _database_name(url: str) -> str:
    return str(make_url(url).database)


def _as_user(pg_url: str, user: str, password: str | None) -> str:
    parsed = make_url(pg_url)
    assert parsed.host and parsed.port
    database = _database_name(pg_url)
    return location.server_url(parsed.host, parsed.port, database, user, password or "", tls=False)


def _execute(pg_url: str, *statements: str) -> None:
    database = connect(pg_url)
    try:
        with database.engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        database.dispose()


@pytest.fixture
def role(postgres_server: PostgresServer, pg_url: str) -> Iterator[str]:
    """A login role with a password and no other rights."""
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    with postgres_server.admin_connect() as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'")
    yield name
    _execute(pg_url, f"DROP OWNED BY {name}")  # its grants in the test database, which is still there
    with postgres_server.admin_connect() as admin:
        admin.execute(f"DROP ROLE {name}")


@pytest.fixture
def password_checked_for(postgres_server: PostgresServer, role: str) -> Iterator[str]:
    """`role` must give its password over TCP: a pg_hba.conf line for it alone, put first.

    The throwaway server trusts every local login, so without this a wrong password is accepted.
    The server writes its own pg_hba.conf (as superuser, through a large object) and reloads it.
    """
    if os.environ.get("DESK_SMS_TEST_PG_URL"):
        pytest.skip("only the private test server's pg_hba.conf is changed")
    with postgres_server.admin_connect() as admin:
        hba_file = admin.execute("SHOW hba_file").fetchone()[0]
        original = admin.execute("SELECT pg_read_file(%s)", (hba_file,)).fetchone()[0]
        rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
        _write_server_file(admin, hba_file, rule + original)
    _wait_until_password_is_asked(postgres_server, role)
    try:
        yield role
    finally:
        with postgres_server.admin_connect() as admin:
            _write_server_file(admin, hba_file, original)


def _wait_until_password_is_asked(server: PostgresServer, role: str) -> None:
    """The server rereads pg_hba.conf on a signal, a moment after pg_reload_conf() returns."""
    import psycopg

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(host=server.host, port=server.port, user=role, dbname="postgres").close()
        except psycopg.OperationalError:
            return
        time.sleep(0.05)
    pytest.fail("the server did not start asking for the password")


def _write_server_file(admin, path: str, content: str) -> None:  # type: ignore[no-untyped-def]
    oid = admin.execute("SELECT lo_from_bytea(0, convert_to(%s, 'UTF8'))", (content,)).fetchone()[0]
    admin.execute("SELECT lo_export(%s, %s)", (oid, path))
    admin.execute("SELECT lo_unlink(%s)", (oid,))
    admin.execute("SELECT pg_reload_conf()")


def test_an_empty_database_is_set_up_by_desk_sms(pg_url: str) -> None:
    check = location.check_connection(pg_url)
    assert check.state is DatabaseState.EMPTY and check.state.usable


def test_a_database_migrated_by_desk_sms_is_current(pg_url: str, tmp_path: Path) -> None:
    build_context(str(tmp_path / "data"), db_url=pg_url).close()
    assert location.check_connection(pg_url).state is DatabaseState.CURRENT


def test_an_older_desk_sms_schema_is_upgraded_later(pg_url: str) -> None:
    first = list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())[-1].revision
    assert first != migrate.head_revision()
    database = connect(pg_url)
    try:
        migrate.upgrade(database, None, target=first)
    finally:
        database.dispose()
    assert location.check_connection(pg_url).state is DatabaseState.OLDER


def test_a_newer_desk_sms_schema_is_refused(pg_url: str, tmp_path: Path) -> None:
    build_context(str(tmp_path / "data"), db_url=pg_url).close()
    _execute(pg_url, "UPDATE alembic_version SET version_num = 'from_the_future'")
    check = location.check_connection(pg_url)
    assert check.state is DatabaseState.NEWER and not check.state.usable


def test_tables_desk_sms_did_not_make_are_refused(pg_url: str) -> None:
    _execute(pg_url, "CREATE TABLE invoices (id integer PRIMARY KEY)")
    assert location.check_connection(pg_url).state is DatabaseState.FOREIGN


def test_a_user_who_may_not_create_tables_is_told_so(pg_url: str, role: str) -> None:
    # PostgreSQL 15 and later: only the database owner may create tables in `public` by default.
    _execute(pg_url, f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {role}")
    check = location.check_connection(_as_user(pg_url, role, PASSWORD))
    assert check.state is DatabaseState.NO_CREATE_RIGHT


def test_a_missing_database_is_named(pg_url: str) -> None:
    missing = pg_url.rsplit("/", 1)[0] + "/no_such_database"
    assert location.check_connection(missing).state is DatabaseState.NO_SUCH_DATABASE


def test_a_closed_port_is_unreachable() -> None:
    check = location.check_connection("postgresql+psycopg://postgres@127.0.0.1:1/desk")
    assert check.state is DatabaseState.UNREACHABLE
    assert check.message.startswith("the server cannot be reached")


def test_a_server_that_never_answers_times_out_in_seconds() -> None:
    with socket.socket() as silent:  # the kernel accepts the connection; nobody ever speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        started = time.monotonic()
        check = location.check_connection(f"postgresql+psycopg://postgres@127.0.0.1:{port}/desk", 1)
        took = time.monotonic() - started
    assert check.state is DatabaseState.UNREACHABLE
    assert took < 20  # the 1 s timeout was honoured: without one, the connection attempt never ends


def test_an_unknown_user_is_a_login_problem(pg_url: str) -> None:
    check = location.check_connection(_as_user(pg_url, "nobody_here", "x"))
    assert check.state is DatabaseState.WRONG_LOGIN


def test_asking_for_tls_on_a_server_without_it_is_named(pg_url: str) -> None:
    assert location.check_connection(pg_url + "?sslmode=require").state is DatabaseState.NO_TLS


def test_the_right_password_connects_and_the_wrong_one_is_refused(
    pg_url: str, password_checked_for: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _execute(pg_url, f"GRANT CREATE ON SCHEMA public TO {password_checked_for}")
    right = location.check_connection(_as_user(pg_url, password_checked_for, PASSWORD))
    assert right.state is DatabaseState.EMPTY
    wrong = location.check_connection(_as_user(pg_url, password_checked_for, PASSWORD + "x"))
    assert wrong.state is DatabaseState.WRONG_LOGIN
    missing = location.check_connection(_as_user(pg_url, password_checked_for, None))
    assert missing.state is DatabaseState.WRONG_LOGIN
    assert PASSWORD not in caplog.text and PASSWORD not in right.location


def test_the_saved_server_choice_opens_that_server(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(location.DB_URL_ENV, raising=False)
    data = tmp_path / "data"
    data.mkdir()
    location.save_choice(data, pg_url)
    context = build_context(str(data))
    try:
        assert context.database.dialect == "postgresql"
        assert context.database.url == pg_url
    finally:
        context.close()
    assert location.check_connection(pg_url).state is DatabaseState.CURRENT
