"""`desk-sms rules list|add|remove`: the rules for incoming messages (DESIGN.md §4)."""

from __future__ import annotations

import argparse
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.services.rules import SENDER_KINDS, RuleDraft


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    rules = commands.add_parser("rules", help="rules for incoming messages (automatic answers, routing)")
    actions = rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the rules in the order they are tried")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=with_context(run_list))
    add = actions.add_parser("add", help="add a rule at the end of the list")
    add.add_argument("name", metavar="NAME")
    _conditions(add)
    _actions(add)
    add.set_defaults(handler=with_context(run_add))
    remove = actions.add_parser("remove", help="remove a rule")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=with_context(run_remove))


def _conditions(parser: argparse.ArgumentParser) -> None:
    when = parser.add_argument_group("conditions (all must hold; none: every message)")
    when.add_argument("--keyword", action="append", default=[], metavar="WORD",
                      help="the whole reply is this word (width, case and punctuation ignored); repeatable")
    when.add_argument("--first-word", action="store_true", help="the keyword may also be the first word")
    when.add_argument("--contains", default="", metavar="TEXT", help="the reply contains this text")
    when.add_argument("--sender", choices=SENDER_KINDS[1:], help="the sender is a contact / unknown")
    when.add_argument("--sender-group", default="", metavar="GROUP", help="the sender is in this group")
    when.add_argument("--modem", default="", metavar="NAME", help="received on this modem")
    when.add_argument("--outside-hours", action="store_true",
                      help="received outside business hours (settings business_hours, closed_dates)")


def _actions(parser: argparse.ArgumentParser) -> None:
    then = parser.add_argument_group("actions")
    answer = then.add_mutually_exclusive_group()
    answer.add_argument("--reply", default="", metavar="TEXT",
                        help="answer with this text ({name} … filled), once per number per day")
    answer.add_argument("--reply-template", default="", metavar="NAME", help="answer with a saved template")
    then.add_argument("--assign", default="", metavar="USER", help="assign the message to this user")
    then.add_argument("--mark-handled", action="store_true", help="mark the message handled")
    then.add_argument("--add-to-group", default="", metavar="GROUP", help="add the sender to this group")
    then.add_argument("--tag", default="", help="tag the message")
    then.add_argument("--keep-waiting", action="store_true",
                      help="an answered message still waits for a person")


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    rules = context.rules.list()
    if args.json:
        print_json(rule.as_json() for rule in rules)
        return 0
    headers = ["#", "name", "when", "then"]
    print_table(headers, [
        [rule.position, rule.name + ("" if rule.draft.enabled else " (off)"),
         "; ".join(f"{code} {value}" for code, value in rule.conditions) or "every message",
         "; ".join(f"{code} {value}" for code, value in rule.actions)]
        for rule in rules
    ])
    return 0


def run_add(context: AppContext, args: argparse.Namespace) -> int:
    if args.sender and args.sender_group:
        raise InvalidInput(detail="give --sender or --sender-group, not both")
    sender = "group" if args.sender_group else (args.sender or "any")
    draft = RuleDraft(
        name=args.name, keywords=tuple(args.keyword), first_word=args.first_word, contains=args.contains,
        sender=sender, sender_group=args.sender_group, modem=args.modem, outside_hours=args.outside_hours,
        reply_text=args.reply, reply_template=args.reply_template, assign_to=args.assign,
        mark_handled=args.mark_handled, add_to_group=args.add_to_group, tag=args.tag,
        keep_waiting=args.keep_waiting,
    )
    context.rules.add(draft)
    print(f"added rule {draft.name.strip()} (number {context.rules.get(draft.name).position})")
    return 0


def run_remove(context: AppContext, args: argparse.Namespace) -> int:
    context.rules.remove(args.name)
    print(f"removed rule {args.name}")
    return 0
