"""Which database a data directory uses, and a plain-words check of a database before switching to it.

The choice is, in order: `--db URL`, the environment variable `DESK_SMS_DB_URL`, the choice saved
in `database.json` in the data directory (written by Settings → Database), else the SQLite file in
the data directory. The saved file may hold a password, so it is private (0600) and URLs are
logged with the password hidden.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desk_sms.db import migrate, postgres
from desk_sms.db.session import connect, masked
from desk_sms.errors import UserError
from desk_sms.paths import DataPaths

log = logging.getLogger(__name__)

DB_URL_ENV = "DESK_SMS_DB_URL"
LOCATION_FILE_NAME = "database.json"
POSTGRES_DRIVER = "postgresql+psycopg"
CHECK_TIMEOUT_SECONDS = 5


class DatabaseUrlError(UserError):
    code = "db.bad_url"
    template = "The database URL {where} cannot be used: {reason}"


class LocationSource(enum.Enum):
    COMMAND_LINE = "command_line"
    ENVIRONMENT = "environment"
    SAVED = "saved"
    LOCAL_FILE = "local_file"


@dataclass(frozen=True)
class DatabaseLocation:
    url: str
    source: LocationSource


def is_server_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def location_file(root: Path) -> Path:
    return root / LOCATION_FILE_NAME


# ----- choosing the URL ----------------------------------------------------------------------


def resolve(
    paths: DataPaths, cli_url: str | None = None, environ: Mapping[str, str] | None = None
) -> DatabaseLocation:
    """The database this process uses: --db, then DESK_SMS_DB_URL, then the saved choice, then the file."""
    environ = os.environ if environ is None else environ
    if cli_url:
        chosen = DatabaseLocation(cli_url, LocationSource.COMMAND_LINE)
        check_url(cli_url, "given with --db")
    elif environ.get(DB_URL_ENV):
        chosen = DatabaseLocation(environ[DB_URL_ENV], LocationSource.ENVIRONMENT)
        check_url(chosen.url, f"in the environment variable {DB_URL_ENV}")
    else:
        saved = read_saved_url(paths.root)
        chosen = (
            DatabaseLocation(saved, LocationSource.SAVED)
            if saved
            else DatabaseLocation(paths.database_url(), LocationSource.LOCAL_FILE)
        )
    log.info("database: %s (%s)", masked(chosen.url), chosen.source.value)
    return chosen


def check_url(url: str, where: str) -> None:
    """Accept SQLite and postgresql+psycopg URLs only; anything else gets a sentence saying why."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError(where=where, reason="it is not a database URL") from None
    if parsed.get_backend_name() == "sqlite" or parsed.drivername == POSTGRES_DRIVER:
        return
    if parsed.get_backend_name() == "postgresql":
        reason = f"desk-sms talks to PostgreSQL through psycopg: write it as {POSTGRES_DRIVER}://…"
    else:
        reason = f"{masked(url)} is neither a SQLite file nor a PostgreSQL server ({POSTGRES_DRIVER}://…)"
    raise DatabaseUrlError(where=where, reason=reason)


# ----- the saved choice ----------------------------------------------------------------------


def read_saved_url(root: Path) -> str | None:
    """The URL saved in the data directory, or None when nothing was saved."""
    path = location_file(root)
    where = f"saved in {path}"
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseUrlError(where=where, reason=f"the file cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        reason = f"the file is not valid JSON (line {exc.lineno}); fix it or delete it"
        raise DatabaseUrlError(where=where, reason=reason) from None
    url = content.get("url") if isinstance(content, dict) else None
    if not isinstance(url, str) or not url:
        raise DatabaseUrlError(where=where, reason='the file has no "url"; fix it or delete it')
    check_url(url, where)
    return url


def save_choice(root: Path, url: str | None) -> None:
    """Remember `url` for this data directory (None: back to this computer's file). Atomic, 0600."""
    target = location_file(root)
    if url is None:
        target.unlink(missing_ok=True)
        log.info("database choice cleared: this computer's file from the next start")
        return
    check_url(url, "to save")
    content = json.dumps({"version": 1, "url": url}, indent=2) + "\n"
    # mkstemp creates the file readable and writable by this user only, before the password is in it.
    handle, temporary = tempfile.mkstemp(dir=root, prefix=".database-", suffix=".json.tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    log.info("database choice saved: %s from the next start", masked(url))


def server_url(host: str, port: int, database: str, user: str, password: str, tls: bool) -> str:
    """A PostgreSQL URL from form fields; URL.create escapes special characters in the password."""
    url = URL.create(
        POSTGRES_DRIVER,
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
        query={"sslmode": "require"} if tls else {},
    )
    return url.render_as_string(hide_password=False)


# ----- checking a database -------------------------------------------------------------------


class DatabaseState(enum.Enum):
    """What a connection check found. The first three may be used; the others say why not."""

    EMPTY = "connected; the database is empty and desk-sms will set it up when it next starts"
    CURRENT = "connected; the database already holds desk-sms data of this version"
    OLDER = "connected; the database holds desk-sms data that is upgraded when desk-sms next starts"
    NEWER = "connected, but the database was made by a newer desk-sms; install that version first"
    FOREIGN = "connected, but the database holds tables that desk-sms did not make"
    NO_CREATE_RIGHT = "connected, but this user may not create tables in the database"
    WRONG_LOGIN = "the server refused the user name or password"
    NO_SUCH_DATABASE = "the server has no database of that name"
    UNREACHABLE = "the server cannot be reached: check the host, the port and that the server is running"
    HOST_NOT_ALLOWED = "the server does not accept connections from this computer (pg_hba.conf)"
    NO_TLS = "the server does not offer TLS encryption"
    DRIVER_MISSING = "the PostgreSQL driver (psycopg) is not installed with this desk-sms"
    BAD_URL = "desk-sms cannot use this database URL"
    FAILED = "the database cannot be opened"

    @property
    def usable(self) -> bool:
        return self in (DatabaseState.EMPTY, DatabaseState.CURRENT, DatabaseState.OLDER)


@dataclass(frozen=True)
class ConnectionCheck:
    """Attributes:
    state: what was found.
    location: the URL with the password hidden.
    detail: the server's or driver's own words when no state describes the failure, else "".
    """

    state: DatabaseState
    location: str
    detail: str = ""

    @property
    def message(self) -> str:
        return f"{self.state.value}: {self.detail}" if self.detail else self.state.value


# libpq gives connection failures no SQLSTATE, so they are told apart by their words. A server set to
# another language answers in it: its words then land in FAILED and are shown as they are.
_FAILURE_PATTERNS = tuple(
    (re.compile(pattern, re.IGNORECASE), state)
    for pattern, state in (
        (r"password authentication failed|no password supplied", DatabaseState.WRONG_LOGIN),
        (r'role ".*" does not exist', DatabaseState.WRONG_LOGIN),
        (r'database ".*" does not exist', DatabaseState.NO_SUCH_DATABASE),
        (r"pg_hba\.conf", DatabaseState.HOST_NOT_ALLOWED),
        (r"server does not support SSL", DatabaseState.NO_TLS),
        (r"connection refused|timeout expired|could not translate host name", DatabaseState.UNREACHABLE),
        (r"name or service not known|no route to host|network is unreachable", DatabaseState.UNREACHABLE),
    )
)


def failure_state(driver_message: str) -> DatabaseState:
    """Name a failed connection from the driver's message."""
    for pattern, state in _FAILURE_PATTERNS:
        if pattern.search(driver_message):
            return state
    return DatabaseState.FAILED


def check_connection(url: str, timeout_seconds: int = CHECK_TIMEOUT_SECONDS) -> ConnectionCheck:
    """Connect to `url` and say in plain words what is there; never raises for a database problem."""
    location = masked(url)
    try:
        check_url(url, "to check")
    except DatabaseUrlError as exc:
        return _logged(ConnectionCheck(DatabaseState.BAD_URL, location, exc.params["reason"]))
    try:
        state = _inspect_database(_with_timeout(url, timeout_seconds))
        result = ConnectionCheck(state, location)
    except UserError as exc:  # the server did not let us in, or a SQLite file that is no database
        reason = exc.__cause__
        if isinstance(reason, ImportError):
            result = ConnectionCheck(DatabaseState.DRIVER_MISSING, location)
        elif isinstance(reason, DBAPIError):
            result = _refused(reason, location)
        else:
            result = ConnectionCheck(DatabaseState.FAILED, location, exc.message)
    except ImportError:
        result = ConnectionCheck(DatabaseState.DRIVER_MISSING, location)
    except DBAPIError as exc:
        result = _refused(exc, location)
    return _logged(result)


def _refused(error: DBAPIError, location: str) -> ConnectionCheck:
    state = failure_state(str(error.orig))
    detail = _first_line(str(error.orig)) if state is DatabaseState.FAILED else ""
    return ConnectionCheck(state, location, detail)


def _with_timeout(url: str, seconds: int) -> str:
    """A PostgreSQL URL gets libpq's connect_timeout, so an unanswering server fails in seconds."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or "connect_timeout" in parsed.query:
        return url
    return parsed.update_query_dict({"connect_timeout": str(seconds)}).render_as_string(hide_password=False)


def _inspect_database(url: str) -> DatabaseState:
    database = connect(url)
    try:
        with database.engine.connect() as connection:
            return _state_of(connection)
    finally:
        database.dispose()


def _state_of(connection: Connection) -> DatabaseState:
    revision = migrate.current_revision(connection)
    if revision is None:
        if inspect(connection).get_table_names():
            return DatabaseState.FOREIGN
        return DatabaseState.EMPTY if _may_create_tables(connection) else DatabaseState.NO_CREATE_RIGHT
    if revision == migrate.head_revision():
        return DatabaseState.CURRENT
    shipped = ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
    return DatabaseState.OLDER if revision in {script.revision for script in shipped} else DatabaseState.NEWER


def _may_create_tables(connection: Connection) -> bool:
    return connection.dialect.name != "postgresql" or postgres.may_create_tables(connection)


def _first_line(message: str) -> str:
    """The driver's message without libpq's "connection to server … failed:" preamble."""
    line = message.strip().splitlines()[0] if message.strip() else message
    return line.rsplit(" failed: ", 1)[-1].replace("FATAL:  ", "").strip()


def _logged(result: ConnectionCheck) -> ConnectionCheck:
    log.info("database check of %s: %s", result.location, result.message)
    return result
