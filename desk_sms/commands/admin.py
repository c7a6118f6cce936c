"""`desk-sms settings list|get|set` and `desk-sms audit list`: the business settings and the audit
log from the command line. The command line acts as an administrator, recorded in the log as
`command line (<OS user>)`; a setting is validated exactly as in the window and the change audited.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.errors import InvalidInput
from desk_sms.services.audit import AuditFilter, AuditRecord, AuditService
from desk_sms.services.settings import DEFAULTS, UnknownSetting, parse_setting_text

AUDIT_LIMIT = 1_000_000  # `audit list` prints everything that matches


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    settings = commands.add_parser("settings", help="list, read or change the business settings")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every setting and its value").set_defaults(
        handler=with_context(run_settings_list)
    )
    get = actions.add_parser("get", help="one setting's value (JSON)")
    get.add_argument("key")
    get.set_defaults(handler=with_context(run_settings_get))
    change = actions.add_parser("set", help="change a setting (validated; audited)")
    change.add_argument("key")
    change.add_argument("value", help="true/false, a number, words separated by commas, or JSON")
    change.set_defaults(handler=with_context(run_settings_set))

    audit = commands.add_parser("audit", help="the audit log: who did what and when")
    audit_actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = audit_actions.add_parser("list", help="entries, oldest first")
    listing.add_argument("--since", type=_instant, help="only entries at or after this ISO date/time")
    listing.add_argument("--action", default="", metavar="PREFIX",
                         help="only actions in this family, e.g. settings or contact.opt_out")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=with_context(run_audit_list))


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def run_settings_list(context: AppContext, args: argparse.Namespace) -> int:
    values = context.settings.all()
    print_table(["key", "value"], [(key, _shown(values[key])) for key in DEFAULTS])
    return 0


def run_settings_get(context: AppContext, args: argparse.Namespace) -> int:
    if args.key not in DEFAULTS:
        raise UnknownSetting(key=args.key)
    print(_shown(context.settings.get(args.key)))
    return 0


def run_settings_set(context: AppContext, args: argparse.Namespace) -> int:
    value = parse_setting_text(args.key, args.value)
    changed = context.settings.set(args.key, value)
    print(f"{args.key} = {_shown(context.settings.get(args.key))}" + ("" if changed else " (unchanged)"))
    return 0


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {text!r}") from exc
    return moment if moment.tzinfo is not None else moment.astimezone()  # local time when no offset


def _as_json(record: AuditRecord) -> dict[str, Any]:
    target = record.object_type
    if record.object_id is not None:
        target = f"{target} {record.object_id}"
    return {
        "id": record.id, "at": record.at.isoformat(), "user": record.user_name,
        "action": record.action, "target": target, "detail": record.detail,
    }


def run_audit_list(context: AppContext, args: argparse.Namespace) -> int:
    if args.action and not args.action.strip(". "):
        raise InvalidInput(detail="--action needs a family such as settings or contact")
    service = AuditService(context.database.session_factory, context.users)
    where = AuditFilter(since=args.since, action_prefix=args.action.strip())
    records = list(reversed(service.entries(where, limit=AUDIT_LIMIT)))
    rows = [_as_json(record) for record in records]
    if args.json:
        print_json(rows)
    else:
        columns = ("id", "at", "user", "action", "target", "detail")
        table = [(r.id, r.at, r.user_name, r.action, row["target"], r.detail)
                 for r, row in zip(records, rows, strict=True)]
        print_table(columns, table)
    return 0
