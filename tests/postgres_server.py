"""A real, throwaway PostgreSQL server for the tests (issue 11), and one fresh database per test.

`DESK_SMS_TEST_PG_URL` (an account that may CREATE DATABASE) points the tests at an existing server.
Otherwise the server binaries (Debian's `postgresql` package) start a private cluster in a temporary
folder on a free loopback port, stopped when the session ends. Without either the tests skip with
the reason, unless `DESK_SMS_REQUIRE_POSTGRES=1` (set by `.ci/run`), which turns that into a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_BIN_GLOB = "/usr/lib/postgresql/*/bin"


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def admin_connect(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        )


def _server_bin_dir() -> Path | None:
    candidates = sorted(glob.glob(SERVER_BIN_GLOB), key=lambda p: int(Path(p).parent.name or 0))
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the `postgres` account then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _unavailable(reason: str) -> None:
    if os.environ.get("DESK_SMS_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required here but {reason}", pytrace=False)
    pytest.skip(f"{reason}: install Debian's `postgresql` package or set DESK_SMS_TEST_PG_URL")


def _start_private_cluster(bin_dir: Path) -> Iterator[PostgresServer]:
    root = Path(tempfile.mkdtemp(prefix="desk-sms-pg-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    log_file = root / "server.log"
    run = dict(check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--locale=C", "--no-sync"]
        ),
        **run,  # type: ignore[arg-type]
    )
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    start = _as_server_user(
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log_file), "-w", "start"]
    )
    try:
        subprocess.run(start, **run)  # type: ignore[arg-type]
    except subprocess.CalledProcessError as exc:
        tail = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr!r}\n{tail}") from exc
    try:
        yield PostgresServer("127.0.0.1", port, "postgres")
    finally:
        stop = [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        subprocess.run(_as_server_user(stop), check=False, capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is not installed")
    given = os.environ.get("DESK_SMS_TEST_PG_URL")
    if given:
        from sqlalchemy.engine import make_url

        url = make_url(given)
        yield PostgresServer(url.host or "127.0.0.1", url.port or 5432, url.username or "postgres")
        return
    bin_dir = _server_bin_dir()
    if bin_dir is None:
        _unavailable("no PostgreSQL server binaries were found")
        return
    yield from _start_private_cluster(bin_dir)


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new, empty database on the test server; dropped after the test."""
    name = f"desk_sms_test_{uuid.uuid4().hex[:12]}"
    with postgres_server.admin_connect() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_server.url(name)
    finally:
        with postgres_server.admin_connect() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
