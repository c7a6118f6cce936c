"""`desk-sms send` and `desk-sms outbox list`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.events import DataChanged
from desk_sms.services.outbox import MessageStatus, OutboxFilter, Recipient


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    send = commands.add_parser("send", help="queue a message to a number or a group")
    target = send.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="NUMBER", help="a phone number, e.g. 090-1234-5678")
    target.add_argument("--group", metavar="NAME", help="every member of a contact group")
    body = send.add_mutually_exclusive_group(required=True)
    body.add_argument("--text", help="the message text")
    body.add_argument("--template", metavar="NAME", help="a saved template, rendered for each recipient")
    send.add_argument("--at", metavar="ISO-DATETIME", help="send at this time (e.g. 2026-12-01T10:00+09:00)")
    send.set_defaults(handler=with_context(run_send))

    outbox = commands.add_parser("outbox", help="outgoing messages")
    actions = outbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list outgoing messages, newest first")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.add_argument("--status", choices=[s.value for s in MessageStatus], help="only this state")
    listing.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")
    listing.set_defaults(handler=with_context(run_list))


def parse_when(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(detail=f"--at is not an ISO date and time: {text!r}") from exc
    if moment.tzinfo is None:
        raise InvalidInput(detail=f"--at needs a UTC offset, e.g. {text}+09:00")
    return moment


def run_send(context: AppContext, args: argparse.Namespace) -> int:
    when = parse_when(args.at)
    if args.template:
        return send_template(context, args, when)
    if args.to:
        message_id = context.outbox.enqueue(args.to, args.text, not_before=when)
        row = context.outbox.get(message_id)
        if row.status == MessageStatus.SKIPPED:
            raise InvalidInput(detail=f"not queued: {row.error}")
        print(f"queued message {message_id} to {row.to}")
    else:
        recipients = group_recipients(context, args.group, args.text)
        campaign_id = context.outbox.create_campaign(
            f"{args.group} {context.clock.now():%Y-%m-%d %H:%M}", recipients, not_before=when
        )
        counts = context.outbox.counts_by_status(campaign_id)
        print(f"campaign {campaign_id}: {counts.get('queued', 0)} queued, {counts.get('skipped', 0)} skipped")
    context.events.publish(DataChanged(topic="outbox"))
    return 0


def group_recipients(context: AppContext, group: str, text: str) -> list[Recipient]:
    from desk_sms.services.recipients import group_members

    members = group_members(context.database.session_factory, group)
    if not members:
        raise InvalidInput(detail=f"the group {group!r} has no members with a phone number")
    return [Recipient(number, text, contact_id) for contact_id, number in members]


def send_template(context: AppContext, args: argparse.Namespace, when: datetime | None) -> int:
    """`send --template NAME`: render per recipient; recipients lacking a value are left out."""
    from desk_sms.services.compose import ComposeService
    from desk_sms.services.compose_recipients import RecipientSource, SourceKind
    from desk_sms.services.templates import TemplatesService

    factory = context.database.session_factory
    template = TemplatesService(factory).find_by_name(args.template)
    compose = ComposeService.from_context(context)
    context.users.sign_in_default()
    if args.to:
        source = RecipientSource(SourceKind.NUMBERS, args.to)
    else:
        source = RecipientSource(SourceKind.GROUP, args.group)
    plan = compose.prepare([source], template.body, not_before=when, template_id=template.id)
    for excluded in plan.excluded:
        print(f"not sent to {excluded.name or excluded.number}: {excluded.reason} {excluded.detail}".rstrip(),
              file=sys.stderr)
    if not plan.messages:
        raise InvalidInput(detail="no recipient is left to send to")
    name = f"{args.group or args.to} {template.name} {context.clock.now():%Y-%m-%d %H:%M}"
    campaign_id = compose.send(plan, name)
    counts = context.outbox.counts_by_status(campaign_id)
    print(f"campaign {campaign_id}: {counts.get('queued', 0)} queued, {len(plan.excluded)} left out")
    context.events.publish(DataChanged(topic="outbox"))
    return 0


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    where = OutboxFilter(statuses=(args.status,) if args.status else ())
    rows = context.outbox.list(where, limit=args.limit)
    if args.json:
        print_json(row.as_json() for row in rows)
        return 0
    headers = ["id", "to", "status", "modem", "parts", "attempts", "created", "error", "text"]
    print_table(
        headers,
        [
            [r.id, r.to, r.status, r.modem, r.parts, r.attempts, r.created_at, r.error, r.text[:30]]
            for r in rows
        ],
    )
    for modem in context.modems.list():  # queued messages wait for these SIMs' rolling 24 hours
        if modem.enabled and modem.frees_at is not None:
            when = modem.frees_at.astimezone().isoformat(timespec="minutes")
            print(f"{modem.name}: daily limit reached ({modem.sent_24h} of {modem.daily_limit} parts); "
                  f"sends again at {when}")
    return 0
