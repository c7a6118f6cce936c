"""`desk-sms contacts list [--json]`, `contacts export FILE` and `contacts import FILE` (DESIGN.md §4).

`contacts import` reads the roster once: every row is checked and written in the same
pass, and an error part-way (a row limit, a second encoding, an errors file that cannot
be written) undoes what was written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desk_sms.commands.output import print_json, print_table
from desk_sms.context import AppContext
from desk_sms.domain.phones import format_national
from desk_sms.importing.exporting import XLSX_MAX_COLUMNS, ExportResult
from desk_sms.importing.mapping import parse_map_option
from desk_sms.importing.readers import ReadWarning, ReadWarningCode
from desk_sms.importing.roster_import import (
    ErrorsFile,
    ImportOptions,
    ImportPreview,
    ImportResult,
    RosterImporter,
)
from desk_sms.importing.roster_rows import RowStatus
from desk_sms.services.contacts import ContactDetails, ContactsService
from desk_sms.wording import counted

Command = Callable[[AppContext, argparse.Namespace], int]
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

    register_import(actions, with_context)


def contacts_service(context: AppContext) -> ContactsService:
    return ContactsService(
        context.database.session_factory, context.events, context.clock,
        region=str(context.settings.get("default_region")), users=context.users,
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
    written = contacts_service(context).export(args.file)
    print(f"exported {counted(written, 'contact')} to {args.file}")
    return 0


# --- contacts import ------------------------------------------------------------------------


def register_import(actions: argparse._SubParsersAction[Any], with_context: Callable[[Command], Any]) -> None:
    parser = actions.add_parser("import", help="import contacts from an .xlsx, .xls, .ods or .csv roster")
    parser.add_argument("file", metavar="FILE", type=Path, help="the roster to read")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first visible one)")
    parser.add_argument(
        "--map", metavar="COLUMN=FIELD", action="append", default=[],
        help="map a column (header or letter) to a field: name, reading, phone, group, notes, "
        "consent_date, consent_source, custom[:NAME] or ignore; repeatable",
    )
    parser.add_argument("--region", metavar="CC", help="country of numbers without +code (default: setting)")
    parser.add_argument("--update", action="store_true", help="update contacts whose number exists")
    parser.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    parser.add_argument("--errors", metavar="OUT.xlsx", type=Path, help="write the invalid rows to this file")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON array")
    parser.set_defaults(handler=with_context(run_import))


def run_import(context: AppContext, args: argparse.Namespace) -> int:
    region = (args.region or str(context.settings.get("default_region"))).upper()
    importer = RosterImporter(
        context.database.session_factory, context.events, context.clock, region=region, users=context.users
    )
    options = ImportOptions(
        sheet=args.sheet, overrides=tuple(parse_map_option(option) for option in args.map),
        update_existing=args.update,
    )
    overview = importer.inspect(args.file, options)  # bad files fail here, before any write
    errors_file: ExportResult | None = None
    if args.dry_run:
        preview = importer.preview(args.file, options)
        summary, warnings = _preview_summary(preview), preview.warnings
        if args.errors is not None:
            invalid = [row for row in preview.problem_rows if row.status is RowStatus.INVALID]
            errors_file = importer.save_invalid_rows(args.errors, overview.headers, invalid)
    else:
        errors_to = ErrorsFile(args.errors) if args.errors is not None else None
        result = importer.commit(args.file, options, errors_to=errors_to)
        summary, warnings, errors_file = _result_summary(result), result.warnings, result.errors_file
    summary["file"] = str(args.file)
    summary["warnings"] = [warning_text(warning) for warning in warnings]
    if errors_file is not None:
        summary["errors_written"] = errors_file.rows
        if errors_file.rows_cut:
            summary["warnings"].append(
                f"the errors file keeps the first {XLSX_MAX_COLUMNS:,} columns of {errors_file.rows_cut} "
                "wider rows"
            )
    _print_summary(summary, args.json)
    return 0


_WARNINGS = {
    ReadWarningCode.CELL_TRUNCATED: "row {row}: a cell of {length} characters was cut to fit",
    ReadWarningCode.MERGED_CELLS_FILLED: "merged cells {ranges} were filled down with their value",
    ReadWarningCode.FORMULAS_WITHOUT_VALUES: (
        "formulas have no saved values (the file was not saved by Excel): open and save it in Excel"
    ),
    ReadWarningCode.CSV_WITH_SPREADSHEET_NAME: "the file is CSV text under a spreadsheet name",
    ReadWarningCode.FAR_CELLS_IGNORED: "{cells} far from the table; ignored",
}


def warning_text(warning: ReadWarning) -> str:
    template = _WARNINGS.get(warning.code, warning.code)
    params = {"row": warning.row, "column": warning.column, **warning.params}
    if "ranges" in params:
        params["ranges"] = ", ".join(params["ranges"])
    if warning.code == ReadWarningCode.FAR_CELLS_IGNORED:
        params["cells"] = _far_cells_text(params["cells"], params["count"])
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return warning.code


def _far_cells_text(cells: list[str], count: int) -> str:
    if count == 1:
        return f"cell {cells[0]} has a value"
    more = f" and {count - len(cells):,} more" if count > len(cells) else ""
    return f"cells {', '.join(cells)}{more} have values"


def _preview_summary(preview: ImportPreview) -> dict[str, Any]:
    counts = preview.counts
    return {
        "dry_run": True,
        "rows_read": preview.rows_read,
        "imported": counts[RowStatus.NEW],
        "updated": counts[RowStatus.UPDATE],
        "skipped": counts[RowStatus.EXISTS] + counts[RowStatus.DUPLICATE],
        "invalid": counts[RowStatus.INVALID],
    }


def _result_summary(result: ImportResult) -> dict[str, Any]:
    return {
        "dry_run": False,
        "rows_read": result.rows_read,
        "imported": result.imported,
        "updated": result.updated,
        "skipped": result.skipped,
        "invalid": result.invalid,
        "batch_id": result.batch_id,
    }


def _print_summary(summary: dict[str, Any], as_json_array: bool) -> None:
    if as_json_array:
        print_json([summary])
        return
    verb = "would import" if summary["dry_run"] else "imported"
    print(
        f"{summary['file']}: {counted(summary['rows_read'], 'row')} read, {verb} {summary['imported']}, "
        f"updated {summary['updated']}, skipped {summary['skipped']}, invalid {summary['invalid']}"
    )
    for warning in summary["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    if "errors_written" in summary:
        print(f"{counted(summary['errors_written'], 'invalid row')} written to the errors file")
    if not summary["dry_run"]:
        print(f"import batch {summary['batch_id']}")
