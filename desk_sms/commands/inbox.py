"""`desk-sms inbox list`: received messages, newest first."""

from __future__ import annotations

import argparse
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.services.inbox import InboxFilter


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    inbox = commands.add_parser("inbox", help="received messages")
    actions = inbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list received messages, newest first")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.add_argument("--unhandled", action="store_true", help="only messages nobody has handled yet")
    listing.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")
    listing.set_defaults(handler=with_context(run_list))


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    rows = context.inbox.list(InboxFilter(unhandled_only=args.unhandled), limit=args.limit)
    if args.json:
        print_json(row.as_json() for row in rows)
        return 0
    headers = ["id", "from", "contact", "received", "modem", "status", "text"]
    print_table(
        headers,
        [[r.id, r.sender, r.contact, r.received_at, r.modem, r.status, r.text[:30]] for r in rows],
    )
    return 0
