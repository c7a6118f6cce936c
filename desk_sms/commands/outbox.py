"""`desk-sms send` and `desk-sms outbox list`.

`send` goes through the same pipeline as Compose: placeholders filled per recipient (unless
--literal), duplicates, opt-outs and too-long texts left out with a reason, approval, urgency and a
send-late window for a timed send.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.commands.when import parse_moment
from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.events import DataChanged
from desk_sms.outbox.pipeline import Door
from desk_sms.outbox.rules import AWAITING_APPROVAL, parse_late_within
from desk_sms.services.compose import ComposePlan, ComposeService, Purpose
from desk_sms.services.compose_recipients import RecipientSource, SourceKind
from desk_sms.services.outbox import MessageStatus, OutboxFilter, OutboxRow
from desk_sms.wording import counted


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    send = commands.add_parser("send", help="queue a message to a number, a group or a segment")
    target = send.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="NUMBER", help="a phone number, e.g. 090-1234-5678")
    target.add_argument("--group", metavar="NAME", help="every member of a contact group")
    target.add_argument("--segment", metavar="NAME", help="every contact of a saved segment")
    body = send.add_mutually_exclusive_group(required=True)
    body.add_argument("--text", help="the message text; {name} and other placeholders are filled")
    body.add_argument("--template", metavar="NAME", help="a saved template, rendered for each recipient")
    send.add_argument("--literal", action="store_true", help="send the text exactly as typed (braces too)")
    send.add_argument("--urgent", action="store_true", help="send during quiet hours too, before other work")
    send.add_argument("--at", metavar="DATETIME",
                      help='send at this time: "2026-12-04 10:00" in this computer\'s time zone, or with '
                      "a UTC offset, 2026-12-04T10:00+09:00")
    send.add_argument("--late-within", metavar="30m|2h",
                      help="with --at: how late it may still go (default 2h); later it expires")
    send.add_argument("--advertising", action="store_true",
                      help="an advertisement: only to contacts with recorded consent; the text must name "
                      "the sender (Settings: sender_name) and say how to stop")
    send.add_argument("--json", action="store_true", help="print the queued messages as one JSON array")
    send.set_defaults(handler=with_context(run_send))

    outbox = commands.add_parser("outbox", help="outgoing messages")
    actions = outbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list outgoing messages, newest first")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.add_argument("--status", choices=[s.value for s in MessageStatus], help="only this state")
    listing.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")
    listing.set_defaults(handler=with_context(run_list))


def parse_when(text: str | None) -> datetime | None:
    return None if text is None else parse_moment(text)


def late_window(args: argparse.Namespace) -> timedelta | None:
    if args.late_within is None:
        return None
    if args.at is None:
        raise InvalidInput(detail="--late-within goes with --at (a message sent now has no window)")
    return parse_late_within(args.late_within)


def run_send(context: AppContext, args: argparse.Namespace) -> int:
    when, window = parse_when(args.at), late_window(args)
    context.users.sign_in_default()
    compose = ComposeService.from_context(context)
    until = compose.check_window(when, window)
    plan, label = prepare(context, compose, args, when)
    for excluded in plan.excluded:
        print(f"not sent to {excluded.name or excluded.number}: {excluded.reason} {excluded.detail}".rstrip(),
              file=sys.stderr)
    if not plan.messages:
        raise InvalidInput(detail="no recipient is left to send to")
    if args.to and not args.advertising:
        ids = [queue_one(context, plan, args.urgent, until)]
        summary = f"queued message {ids[0]} to {plan.messages[0].number}"
    else:
        name = f"{label} {context.clock.now():%Y-%m-%d %H:%M}"
        campaign_id = compose.send(plan, name, urgent=args.urgent, late_within=window, door=Door.COMMAND_LINE)
        ids = context.outbox.ids(OutboxFilter(campaign_id=campaign_id))
        waiting = compose.campaign(campaign_id).status == AWAITING_APPROVAL
        summary = campaign_summary(context, campaign_id, len(plan.excluded), waiting)
    context.events.publish(DataChanged(topic="outbox"))
    if args.json:
        print_json(row.as_json() for row in context.outbox.rows(ids))
    else:
        print(summary)
    return 0


def prepare(
    context: AppContext, compose: ComposeService, args: argparse.Namespace, when: datetime | None
) -> tuple[ComposePlan, str]:
    """The plan for the chosen recipients and text, and a label for the campaign's name."""
    if args.to:
        source, label = RecipientSource(SourceKind.NUMBERS, args.to), args.to
    elif args.group:
        source, label = RecipientSource(SourceKind.GROUP, args.group), args.group
    else:
        source, label = RecipientSource(SourceKind.SEGMENT, args.segment), args.segment
    template_id, body = None, args.text
    if args.template:
        from desk_sms.services.templates import TemplatesService

        template = TemplatesService(context.database.session_factory).find_by_name(args.template)
        template_id, body, label = template.id, template.body, f"{label} {template.name}"
    purpose = Purpose.ADVERTISING if args.advertising else Purpose.NOTICE
    plan = compose.prepare([source], body, not_before=when, template_id=template_id,
                           as_template=not args.literal, purpose=purpose)
    return plan, label


def queue_one(context: AppContext, plan: ComposePlan, urgent: bool, until: datetime | None) -> int:
    """`send --to`: one message, not a campaign (it never waits for approval)."""
    message = plan.messages[0]
    message_id = context.outbox.enqueue(
        message.number, message.text, contact_id=message.contact_id, urgent=urgent,
        not_before=plan.not_before, expires_at=until, door=Door.COMMAND_LINE, user=context.users.actor,
    )
    row: OutboxRow = context.outbox.get(message_id)
    if row.status == MessageStatus.SKIPPED:
        raise InvalidInput(detail=f"not queued: {row.error}")
    return message_id


def campaign_summary(context: AppContext, campaign_id: int, left_out: int, waiting: bool) -> str:
    counts = context.outbox.counts_by_status(campaign_id)
    note = " (waiting for an administrator's approval)" if waiting else ""
    return f"campaign {campaign_id}: {counts.get('queued', 0)} queued, {left_out} left out{note}"


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
            [r.id, r.to, r.status, r.modem, r.parts, r.attempts, r.created_at, r.reason(), r.text[:30]]
            for r in rows
        ],
    )
    for modem in context.modems.list():  # queued messages wait for these SIMs' rolling 24 hours
        if modem.enabled and modem.frees_at is not None:
            when = modem.frees_at.astimezone().isoformat(timespec="minutes")
            limit = counted(modem.daily_limit, "part")
            print(f"{modem.name}: daily limit reached ({modem.sent_24h} of {limit}); "
                  f"sends again at {when}")
    return 0
