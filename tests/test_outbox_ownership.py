"""Only `desk_sms.outbox` builds an OutboundMessage row or writes its status (issue 15).

A test over the source: every module of desk_sms/ and ui/ outside the package is parsed, and any
construction of `OutboundMessage(...)`, any Core `update`/`insert` on its table, and any assignment
to a `.status`/`.error_code` attribute in a module that handles outgoing messages is reported.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWNER = ROOT / "desk_sms" / "outbox"
# Attribute writes that are about other rows (a part's delivery state, an appointment's state).
OTHER_ROWS = {
    ("desk_sms/engine/status_reports.py", "part.status"),
    ("desk_sms/services/appointments.py", "row.status"),
    ("desk_sms/services/outbox.py", "campaign.status"),
}
WRITTEN = ("status", "error_code", "error_text")


def _mentions_outbound(node: ast.AST, table_names: set[str]) -> bool:
    text = ast.unparse(node)
    return "OutboundMessage" in text or text in table_names


def _table_aliases(tree: ast.Module) -> set[str]:
    """Module-level names bound to the outgoing table (`_message = cast(Table, Outbound….__table__)`)."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and "OutboundMessage.__table__" in ast.unparse(node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def violations(source: str, path: str) -> list[str]:
    tree = ast.parse(source)
    tables = _table_aliases(tree)
    handles_outbound = "OutboundMessage" in source
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name.endswith("OutboundMessage"):
                found.append(f"{path}:{node.lineno}: builds an OutboundMessage")
            if name in ("update", "insert", "sa.update", "sa.insert") and node.args \
                    and _mentions_outbound(node.args[0], tables):
                found.append(f"{path}:{node.lineno}: {name}() on the outgoing messages")
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign | ast.AugAssign) else []
        for target in targets:
            for item in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(item, ast.Attribute) and item.attr in WRITTEN and handles_outbound \
                        and (path, ast.unparse(item)) not in OTHER_ROWS:
                    found.append(f"{path}:{node.lineno}: writes {ast.unparse(item)}")
    return found


def test_no_module_outside_the_pipeline_builds_a_message_or_writes_its_status() -> None:
    found = []
    for folder in ("desk_sms", "ui"):
        for file in sorted((ROOT / folder).rglob("*.py")):
            if OWNER in file.parents or "migrations" in file.parts:
                continue
            relative = file.relative_to(ROOT).as_posix()
            found += violations(file.read_text(encoding="utf-8"), relative)
    assert found == []


def test_the_check_sees_each_kind_of_write() -> None:
    bad = """
from desk_sms.db.models import OutboundMessage
_table = cast(Table, OutboundMessage.__table__)
def a(session):
    session.add(OutboundMessage(to_number="+81", body="x", status="queued"))
    session.execute(update(OutboundMessage).values(status="cancelled"))
    session.execute(update(_table).values(status="sent"))
    message = session.get(OutboundMessage, 1)
    message.status = "failed"
    message.error_code, message.error_text = "x", "y"
"""
    found = violations(bad, "desk_sms/bad.py")
    assert sorted(line.split(": ", 1)[1] for line in found) == [
        "builds an OutboundMessage",
        "update() on the outgoing messages",
        "update() on the outgoing messages",
        "writes message.error_code",
        "writes message.error_text",
        "writes message.status",
    ]
