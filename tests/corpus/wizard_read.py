"""Read one roster as the import wizard does (inspect, then preview), in a process of its own.

Prints one JSON object: ``code`` and ``message`` of the refusal (or null), ``rows_read``
and the warning codes. Used by test_hostile_corpus.py to measure this process's memory.
Usage: python tests/corpus/wizard_read.py DATA_DIR FILE
"""

from __future__ import annotations

import json
import sys

from desk_sms.context import build_context
from desk_sms.errors import UserError
from desk_sms.importing.roster_import import ImportOptions, RosterImporter


def main(data_dir: str, path: str) -> None:
    context = build_context(data_dir)
    importer = RosterImporter(context.database.session_factory, context.events, context.clock)
    report: dict[str, object] = {"code": None, "message": None, "rows_read": None, "warnings": []}
    try:
        overview = importer.inspect(path)
        options = ImportOptions(sheet=overview.sheet, header_row=overview.header_row or 0)
        preview = importer.preview(path, options)
        report["rows_read"] = preview.rows_read
        report["warnings"] = [warning.code for warning in preview.warnings]
    except UserError as exc:
        report["code"], report["message"] = exc.code, exc.message
    finally:
        context.close()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
