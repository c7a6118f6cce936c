"""`desk-sms polls create|list|results|export`: a question with numbered answers, and its tally."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.services.polls import PollDraft, PollResults
from desk_sms.wording import counted

_WINDOW = re.compile(r"^\s*(\d{1,4})\s*([mhd])\s*$", re.IGNORECASE)
UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_window(text: str) -> timedelta:
    """'90m', '48h', '3d' → how long replies count."""
    match = _WINDOW.match(text)
    if match is None or int(match.group(1)) == 0:
        raise InvalidInput(detail=f"{text!r} is not a window; write minutes, hours or days, e.g. 48h or 3d")
    return timedelta(**{UNITS[match.group(2).lower()]: int(match.group(1))})


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    polls = commands.add_parser("polls", help="polls: a question with numbered answers, and the tally")
    actions = polls.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="send a poll (its answers are listed, numbered, under it)")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--question", required=True)
    create.add_argument("--answer", action="append", required=True, metavar="TEXT",
                        help="one answer (2 to 9); replies may give its number or its words")
    to = create.add_argument_group("recipients (one or both)")
    to.add_argument("--group", default="", metavar="NAME")
    to.add_argument("--to", action="append", default=[], metavar="NUMBER")
    create.add_argument("--window", default="3d", help="how long replies count (default 3d)")
    create.add_argument("--invalid-reply", default="", metavar="TEXT",
                        help="answer an invalid reply once with this, e.g. 'please reply 1, 2 or 3'")
    create.set_defaults(handler=with_context(run_create))
    listing = actions.add_parser("list", help="polls, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=with_context(run_list))
    results = actions.add_parser("results", help="the tally and who answered what")
    results.add_argument("id", type=int, metavar="ID")
    results.add_argument("--json", action="store_true")
    results.set_defaults(handler=with_context(run_results))
    export = actions.add_parser("export", help="who answered what, to .xlsx or .csv")
    export.add_argument("id", type=int, metavar="ID")
    export.add_argument("file", metavar="FILE")
    export.set_defaults(handler=with_context(run_export))


def run_create(context: AppContext, args: argparse.Namespace) -> int:
    draft = PollDraft(args.name, args.question, tuple(args.answer), tuple(args.to), args.group,
                      parse_window(args.window), args.invalid_reply)
    poll_id = context.polls.create(draft)
    results = context.polls.results(poll_id)
    print(f"poll {poll_id} sent to {counted(len(results.rows), 'recipient')}; replies count until "
          f"{results.closes_at.isoformat()}")
    return 0


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    rows = [{"id": poll_id, "name": name, "closes_at": closes.isoformat()}
            for poll_id, name, closes in context.polls.polls()]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "name", "closes"], [list(row.values()) for row in rows])
    return 0


def _results_json(results: PollResults) -> dict[str, Any]:
    return {
        "id": results.id, "name": results.name, "question": results.question,
        "closes_at": results.closes_at.isoformat(),
        "answers": [{"number": n, "text": text, "count": count}
                    for n, (text, count) in enumerate(zip(results.answers, results.counts, strict=True), 1)],
        "recipients": [{"number": row.number, "contact": row.contact, "state": row.state,
                        "answer": row.answer, "reply": row.reply or None} for row in results.rows],
    }


def run_results(context: AppContext, args: argparse.Namespace) -> int:
    results = context.polls.results(args.id)
    if args.json:
        print_json([_results_json(results)])
        return 0
    print(results.question)
    print_table(["#", "answer", "count"], [[n, text, count] for n, (text, count) in
                                           enumerate(zip(results.answers, results.counts, strict=True), 1)])
    print()
    print_table(["number", "contact", "state", "answer", "reply"],
                [[r.number, r.contact, r.state, r.answer or "", r.reply[:30]] for r in results.rows])
    return 0


def run_export(context: AppContext, args: argparse.Namespace) -> int:
    written = context.polls.export(args.id, args.file)
    print(f"wrote {counted(written, 'recipient')} to {args.file}")
    return 0
