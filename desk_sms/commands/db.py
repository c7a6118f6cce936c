"""`desk-sms db migrate-to URL`: move the current SQLite database into an empty PostgreSQL one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL

from desk_sms.commands.output import print_table
from desk_sms.context import AppContext
from desk_sms.db import transfer
from desk_sms.db.models import EngineLease
from desk_sms.db.session import Database, masked
from desk_sms.engine.lease import STALE_AFTER, LeaseHolder
from desk_sms.errors import UserError
from desk_sms.services import database_choice
from desk_sms.wording import counted


class EngineRunning(UserError):
    code = "db.move.engine_running"
    template = (
        "desk-sms is sending and receiving on this database ({holder}): "
        "stop desk-sms on this computer first (every window and `desk-sms serve`)"
    )


def register(commands: argparse._SubParsersAction[Any]) -> None:
    database = commands.add_parser("db", help="database maintenance")
    actions = database.add_subparsers(dest="action", metavar="ACTION", required=True)
    move = actions.add_parser(
        "migrate-to",
        help="copy the current SQLite database into an empty PostgreSQL database",
        description="Copy the current SQLite database (chosen by --data-dir/--db) into an empty "
        "PostgreSQL database, for several desks to share. The SQLite file is only read.",
    )
    move.add_argument("url", metavar="URL", help=f"the target database, e.g. {transfer.URL_FORMAT}")
    move.set_defaults(handler=run_migrate_to)


def run_migrate_to(args: argparse.Namespace) -> int:
    from desk_sms.cli import with_context

    target_url = transfer.parse_url(args.url)
    if args.db:  # checked before the source is opened, and so before it is upgraded
        transfer.refuse_unsuitable_pair(args.db, target_url)
    return with_context(lambda context, _args: migrate_to(context, target_url))(args)


def migrate_to(context: AppContext, target_url: URL) -> int:
    source = context.database
    database_choice.check_move(context.users)
    transfer.refuse_unsuitable_pair(source.url, target_url)
    refuse_while_engine_runs(context)
    target = transfer.open_target(target_url)
    try:
        transfer.prepare_target(target, target_url)
        counts = transfer.copy_database(source, target, target_url, progress=report_progress)
        record_move(context, target, counts)
    finally:
        target.dispose()
    print_table(["table", "rows"], [[count.table, count.rows] for count in counts])
    print(f"moved {counted(sum(c.rows for c in counts), 'row')} in {counted(len(counts), 'table')} "
          f"to {masked(target_url)}")
    print_next_steps(target_url, source.sqlite_path)
    return 0


def record_move(context: AppContext, target: Database, counts: list[transfer.TableCount]) -> None:
    """The move is written in the audit log of the database it moved to (the source stays untouched)."""
    detail = f"from {masked(context.database.url)}: {sum(c.rows for c in counts)} rows"
    with target.session_factory.begin() as session:
        context.users.add_record(session, "database.move", "database", None, detail)


def refuse_while_engine_runs(context: AppContext) -> None:
    """The engine writes as it sends and receives; a copy taken meanwhile would miss its work.

    Every lease row counts (the engine's own and, with several engines, those of its modems):
    one with a fresh heartbeat whose process is not known to be gone means an engine is running.
    """
    now = context.clock.now()
    with context.database.session_factory() as session:
        leases = session.scalars(select(EngineLease)).all()
        holders = [LeaseHolder(row.owner, row.host, row.pid, row.heartbeat_at) for row in leases]
    for holder in holders:
        if now - holder.heartbeat_at < STALE_AFTER and not holder.died_on_this_host():
            raise EngineRunning(holder=holder.describe())


def report_progress(table: str, copied: int, total: int) -> None:
    if total > transfer.BATCH_ROWS:  # small tables go in one step; only big ones are worth a line
        print(f"copied {copied}/{total} rows of {table}", file=sys.stderr, flush=True)


def print_next_steps(target_url: URL, old_file: Path | None) -> None:
    password_note = "   (with the real password instead of ***)" if target_url.password else ""
    print(
        "Next: start desk-sms on every desk with this database, e.g.\n"
        f"  desk-sms --db '{masked(target_url)}' gui{password_note}\n"
        "or save the URL under Settings > Database on each desk.\n"
        f"The SQLite file {old_file} was left as it was; stop using it, "
        "or work done there is lost to the other desks."
    )
