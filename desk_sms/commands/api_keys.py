"""`desk-sms api-key create|list|revoke`: keys for other programs using the local HTTP API.

`create` prints the new key alone on its last line (`desk-sms api-key create X --scope send | tail -1`
gives a script the key); it is never shown again.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.services.api_keys import SCOPES, ApiKeysService


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    parser = commands.add_parser("api-key", help="keys other programs use to call the HTTP API")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make a key (shown once, on the last line)")
    create.add_argument("name", help="who will use it, e.g. the reservation system")
    create.add_argument("--scope", action="extend", nargs="+", required=True, metavar="|".join(SCOPES),
                        help="what the key may do: send, inbox (read and mark replies), appointments")
    create.set_defaults(handler=with_context(run_create))
    listing = actions.add_parser("list", help="every key (never the key itself)")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=with_context(run_list))
    revoke = actions.add_parser("revoke", help="stop a key from working, at once")
    revoke.add_argument("name")
    revoke.set_defaults(handler=with_context(run_revoke))


def keys_service(context: AppContext) -> ApiKeysService:
    return ApiKeysService(context.database.session_factory, context.users, context.clock)


def run_create(context: AppContext, args: argparse.Namespace) -> int:
    made = keys_service(context).create(args.name, args.scope)
    print(f"API key {made.info.name!r} made with scope {', '.join(made.info.scopes)}.")
    print("Copy it now: it is shown only this once.")
    print(made.key)
    return 0


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    keys = keys_service(context).list()
    if args.json:
        print_json(key.as_json() for key in keys)
        return 0
    print_table(
        ["name", "scopes", "starts with", "created", "last used", "state"],
        [[key.name, " ".join(key.scopes), key.prefix + "…", _local(key.created_at),
          _local(key.last_used_at) if key.last_used_at else "never",
          "active" if key.active else "revoked"] for key in keys],
    )
    return 0


def _local(moment: datetime) -> str:
    return moment.astimezone().isoformat("T", "minutes")


def run_revoke(context: AppContext, args: argparse.Namespace) -> int:
    keys_service(context).revoke(args.name)
    print(f"API key {args.name.strip()!r} revoked: it no longer works")
    return 0
