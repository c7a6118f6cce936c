"""`desk-sms modem add | list | remove | scan | test-send | use-as-new | same-line`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.db.models.modems import DEFAULT_DAILY_LIMIT, DEFAULT_MIN_INTERVAL_SECONDS
from desk_sms.engine.identity import Identity
from desk_sms.outbox.states import MessageStatus
from desk_sms.services.modems import ModemRow, normalize_own_number


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    modem = commands.add_parser("modem", help="add, list, remove and find modems")
    actions = modem.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a modem on a serial port")
    add.add_argument("port", metavar="PORT", help="e.g. COM5 or /dev/ttyUSB2")
    add.add_argument("--name")
    add.add_argument("--pin", help="the SIM PIN, if the SIM asks for one")
    add.add_argument("--number", help="the SIM's own phone number, when the modem does not tell it")
    add.add_argument(
        "--daily-limit",
        type=int,
        default=DEFAULT_DAILY_LIMIT,
        help=f"SMS parts per rolling 24 hours (default {DEFAULT_DAILY_LIMIT})",
    )
    add.add_argument(
        "--min-interval",
        type=float,
        default=DEFAULT_MIN_INTERVAL_SECONDS,
        metavar="SECONDS",
        help=f"pause between two sends (default {DEFAULT_MIN_INTERVAL_SECONDS})",
    )
    add.add_argument(
        "--any-host",
        action="store_true",
        help="on a shared server: any desk-sms computer may drive it (a port every computer can open); "
        "by default only this computer drives it",
    )
    add.set_defaults(handler=with_context(run_add))
    listing = actions.add_parser("list", help="list modems")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=with_context(run_list))
    remove = actions.add_parser("remove", help="remove a modem")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=with_context(run_remove))
    scan = actions.add_parser("scan", help="probe serial ports for modems that answer AT")
    scan.add_argument("--json", action="store_true", help="print one JSON array")
    scan.set_defaults(handler=with_context(run_scan))
    test = actions.add_parser(
        "test-send", help="send a test message through one modem and wait for the outcome"
    )
    test.add_argument("name", metavar="NAME", help="the modem (as `modem list` names it)")
    test.add_argument("--to", required=True, metavar="NUMBER", help="the phone that should receive it")
    test.add_argument("--text", help="the message (default: a short test text naming the modem)")
    test.add_argument("--wait", type=float, default=120.0, metavar="SECONDS",
                      help="how long to wait for the outcome (default 120; 0: queue and return)")
    test.set_defaults(handler=with_context(run_test_send))
    answers = {
        "use-as-new": ("the other SIM found on NAME's port becomes a modem of its own (NAME is switched off)",
                       run_use_as_new),
        "same-line": ("the other SIM found on NAME's port replaced NAME's SIM on the same line (the day's "
                      "count carries over)", run_same_line),
    }
    for action, (text, handler) in answers.items():
        answer = actions.add_parser(action, help=text)
        answer.add_argument("name", metavar="NAME")
        answer.set_defaults(handler=with_context(handler))


def run_add(context: AppContext, args: argparse.Namespace) -> int:
    identity = context.modems.read_identity(args.port) or Identity()
    if args.number:
        identity = dataclasses.replace(identity, own_number=normalize_own_number(args.number))
    modem_id = context.modems.add(
        args.port,
        name=args.name,
        pin=args.pin,
        daily_limit=args.daily_limit,
        min_interval=args.min_interval,
        any_host=args.any_host,
        identity=identity,
    )
    row = next(r for r in context.modems.list() if r.id == modem_id)
    print(f"added {row.name} on {row.port}")
    if identity.imei or identity.imsi:
        print(f"identity: {identity.describe()}")
    else:
        print("identity not read now (no answer on the port, or the SIM waits for its PIN); "
              "it is recorded at the first connect")
    return 0


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    rows = context.modems.list()
    if args.json:
        print_json(row.as_json() for row in rows)
        return 0
    print_table(
        [
            "name", "port", "state", "SIM", "number", "signal", "operator", "sent 24h", "limit",
            "frees at", "enabled", "driven by", "last error",
        ],
        [
            [
                r.name,
                r.port,
                state_in_words(r),
                r.imsi or "",
                r.own_number or "",
                signal_in_words(r),
                r.operator,
                r.sent_24h,
                r.daily_limit,
                r.frees_at.astimezone().strftime("%m-%d %H:%M") if r.frees_at else "",
                "yes" if r.enabled else "no",
                r.driven_by or "",
                last_error_text(r),
            ]
            for r in rows
        ],
    )
    for r in rows:
        if r.found is not None:
            print(f"{r.name}: another SIM answers on its port ({r.found.describe()}); nothing is sent "
                  f"through it until you answer: modem use-as-new {r.name} | modem same-line {r.name}")
    return 0


def run_use_as_new(context: AppContext, args: argparse.Namespace) -> int:
    new_id = context.modems.use_as_new_modem(context.modems.find(args.name).id)
    added = next(r for r in context.modems.list() if r.id == new_id)
    print(f"added {added.name} for the SIM found on {added.port}; {args.name} is switched off")
    return 0


def run_same_line(context: AppContext, args: argparse.Namespace) -> int:
    context.modems.same_line(context.modems.find(args.name).id)
    print(f"{args.name} carries on with the SIM found on its port")
    return 0


def state_in_words(row: ModemRow) -> str:
    words = {"not_answering": "not answering", "different_sim": "different SIM", "pin_needed": "PIN needed"}
    state = words.get(row.state, row.state)
    if row.pin_attempts_left is not None and row.state in ("pin_needed", "error"):
        return f"{state} ({row.pin_attempts_left} PIN tries left)"
    return state


def signal_in_words(row: ModemRow) -> str:
    bars = f"{row.signal_bars}/5"
    return f"{bars} ({row.signal_dbm} dBm)" if row.signal_dbm is not None else bars


def last_error_text(row: ModemRow) -> str:
    if not row.last_error:
        return ""
    when = row.last_error_at.astimezone().strftime("%m-%d %H:%M ") if row.last_error_at else ""
    return f"{when}{row.last_error}"


def run_remove(context: AppContext, args: argparse.Namespace) -> int:
    context.modems.remove(args.name)
    print(f"removed {args.name}")
    return 0


def run_test_send(context: AppContext, args: argparse.Namespace) -> int:
    text = args.text or f"desk-sms test message through {args.name}"
    message_id = context.modem_tests.send(args.name, args.to, text)
    print(f"test message {message_id} queued through {args.name}")
    if args.wait <= 0:
        return 0
    found = context.modem_tests.wait(message_id, args.name, args.wait)
    row = found.row
    if not found.answered:
        print(f"desk-sms: no outcome within {args.wait:g} s: message {message_id} is still {row.status} "
              "(is the engine running? see `outbox list`)", file=sys.stderr)
        return 1
    if row.status in (MessageStatus.SENT, MessageStatus.DELIVERED):
        through = f" (through {row.modem}, not {args.name})" if found.other_modem else f" through {row.modem}"
        print(f"{row.status}{through} to {row.to}")
        return 0
    reason = row.error or "no reason given"
    print(f"desk-sms: test message {message_id} {row.status}: {reason}", file=sys.stderr)
    return 1


def run_scan(context: AppContext, args: argparse.Namespace) -> int:
    found = context.modems.scan()
    if args.json:
        print_json(
            {
                "port": c.device,
                "description": c.description,
                "answers_at": c.answers_at,
                "imei": c.imei,
                "model": c.model,
                "error": c.error,
            }
            for c in found
        )
        return 0
    if not found:
        print("no serial ports found")
        return 0
    print_table(
        ["port", "description", "modem", "imei", "model"],
        [[c.device, c.description, "yes" if c.answers_at else "no", c.imei, c.model] for c in found],
    )
    return 0
