"""`desk-sms inbox list` (received messages, newest first) and `desk-sms inbox reply`."""

from __future__ import annotations

import argparse
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.events import DataChanged
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
    reply = actions.add_parser("reply", help="reply to a received message, through the modem it came to")
    reply.add_argument("id", type=int, metavar="ID", help="the received message's id (see inbox list)")
    body = reply.add_mutually_exclusive_group(required=True)
    body.add_argument("--text", help="the reply; {name} and other placeholders are filled")
    body.add_argument("--template", metavar="NAME", help="a saved template, rendered for the customer")
    reply.add_argument("--literal", action="store_true", help="send the text exactly as typed (braces too)")
    reply.add_argument("--urgent", action="store_true", help="send during quiet hours too, before other work")
    reply.set_defaults(handler=with_context(run_reply))


def run_reply(context: AppContext, args: argparse.Namespace) -> int:
    """Queue the reply (placeholders filled for the customer); the conversation becomes handled."""
    context.users.sign_in_default()
    text = args.text
    if args.template:
        from desk_sms.services.templates import TemplatesService

        text = TemplatesService(context.database.session_factory).find_by_name(args.template).body
    user = context.users.current
    message_id = context.inbox.reply(
        args.id, text, user.id if user else None, urgent=args.urgent, literal=args.literal
    )
    row = context.outbox.get(message_id)
    if row.status == "skipped":
        raise InvalidInput(detail=f"not queued: {row.error}")
    print(f"queued reply {message_id} to {row.to}")
    context.events.publish(DataChanged(topic="outbox"))
    return 0


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    rows = context.inbox.list(InboxFilter(unhandled_only=args.unhandled), limit=args.limit)
    if args.json:
        print_json(row.as_json() for row in rows)
        return 0
    headers = ["id", "from", "contact", "received", "modem", "status", "rule", "text"]
    print_table(
        headers,
        [[r.id, r.sender, r.contact, r.received_at, r.modem, r.status, r.rule, r.text[:30]] for r in rows],
    )
    return 0
