"""`desk-sms info`: where the data lives and what the database holds."""

from __future__ import annotations

import argparse
from typing import Any

from desk_sms import __version__
from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.db.migrate import current_revision


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    parser = commands.add_parser("info", help="show the data directory, database and version")
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.set_defaults(handler=with_context(run))


def run(context: AppContext, args: argparse.Namespace) -> int:
    with context.database.engine.connect() as connection:
        revision = current_revision(connection)
    facts = {
        "version": __version__,
        "data_dir": str(context.paths.root),
        "database": str(context.database.sqlite_path or context.database.shown_url),
        "schema": revision,
        "log_file": str(context.paths.log_file),
    }
    if args.json:
        print_json([facts])
    else:
        print_table(["what", "value"], list(facts.items()))
    return 0
