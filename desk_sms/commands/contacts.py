"""`desk-sms contacts list [--json]` and `desk-sms contacts export FILE` (DESIGN.md §4).

`contacts import FILE …` (roster import) belongs to this command too: it registers its
parser in `register` below, beside `list` and `export`, and keeps its code in its own functions.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.domain.phones import format_national
from desk_sms.importing.exporting import export_rows
from desk_sms.services.contacts import ContactDetails, ContactsService

TABLE_HEADERS = ["id", "name", "reading", "phone", "groups", "opted out"]


def register(commands: argparse._SubParsersAction[Any]) -> None:
    from desk_sms.cli import with_context

    contacts = commands.add_parser("contacts", help="the contact list")
    actions = contacts.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list every contact, sorted by reading")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.set_defaults(handler=with_context(run_list))

    export = actions.add_parser("export", help="write every contact to an .xlsx or .csv file")
    export.add_argument("file", metavar="FILE", type=Path, help="the file to write (.xlsx or .csv)")
    export.set_defaults(handler=with_context(run_export))

    # `contacts import` registers here: actions.add_parser("import", ...) with its own handler.


def contacts_service(context: AppContext) -> ContactsService:
    return ContactsService(
        context.database.session_factory, context.events, context.clock,
        region=str(context.settings.get("default_region")),
    )


def as_json(details: ContactDetails) -> dict[str, Any]:
    """One contact as `contacts list --json` prints it: numbers in E.164, times ISO 8601."""
    return {
        "id": details.id,
        "name": details.name,
        "reading": details.reading,
        "phones": [phone.e164 for phone in details.phones],
        "groups": list(details.group_names),
        "fields": dict(details.fields),
        "notes": details.notes,
        "consent_at": details.consent_at,
        "consent_source": details.consent_source,
        "opted_out_at": details.opted_out_at,
        "opt_out_reason": details.opt_out_reason,
    }


def table_row(details: ContactDetails) -> list[Any]:
    phone = format_national(details.phones[0].e164) if details.phones else ""
    opted_out = details.opted_out_at.astimezone().strftime("%Y-%m-%d") if details.opted_out_at else ""
    return [details.id, details.name, details.reading, phone, ", ".join(details.group_names), opted_out]


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    contacts: Iterator[ContactDetails] = contacts_service(context).iter_details()
    if args.json:
        print_json(as_json(details) for details in contacts)
    else:
        print_table(TABLE_HEADERS, (table_row(details) for details in contacts))
    return 0


def run_export(context: AppContext, args: argparse.Namespace) -> int:
    headers, rows = contacts_service(context).export_table()
    written = export_rows(args.file, headers, rows, sheet_title="contacts")
    print(f"exported {written} contacts to {args.file}")
    return 0
