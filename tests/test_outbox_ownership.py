"""Only `desk_sms.outbox` builds an OutboundMessage row or writes its status (issue 15).

A test over the source: every module of desk_sms/ and ui/ outside the package is parsed, and any
construction of an `OutboundMessage` (under whatever name it was imported), any Core or ORM
`update`/`insert` on its table (function or method form, a bulk call, raw SQL text), and any write of
a `status`/`error_code`/`error_text` attribute is reported. Such a write is allowed only where it is
listed below as being about another row; a listed write that is gone fails too, so the list shrinks
with the code. The last tests prove the check fails: each way of writing, put into real modules.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OWNER = ROOT / "desk_sms" / "outbox"
CLASS = "OutboundMessage"
WRITTEN = ("status", "error_code", "error_text")
# Attribute writes of those names that are about other rows, each named by its whole statement.
OTHER_ROWS = {
    ("desk_sms/services/appointments.py", "row.status = status"),  # an appointment
    ("desk_sms/services/compose.py", "campaign.status = 'running'"),  # an approved campaign
    ("desk_sms/services/outbox.py", "campaign.status = status"),
    ("desk_sms/engine/incoming_rules.py", "message.status = HANDLED"),  # a received message
    ("desk_sms/engine/poll_replies.py", "message.status, message.handled_at = ('handled', now)"),
    ("desk_sms/api/errors.py",  # an HTTP answer's status code
     "self.status, self.field, self.message, self.headers = (status, field, message, headers)"),
    ("ui/dialogs/import_pages.py", "self.status = named(QLabel(wordWrap=True), 'pageLead')"),  # a label
}
SQL_WRITE = re.compile(r"\b(update|insert\s+(or\s+\w+\s+)?into)\s+[\"`]?outbound_messages\b", re.IGNORECASE)
SQL_MODULES = {"sa", "sqlalchemy"}


def _mentions(node: ast.AST, names: set[str]) -> bool:
    return any(
        (isinstance(item, ast.Name) and item.id in names)
        or (isinstance(item, ast.Attribute) and item.attr == CLASS)
        for item in ast.walk(node)
    )


def _is_table_like(value: ast.expr, names: set[str]) -> bool:
    """`OutboundMessage`, `models.OutboundMessage`, its `__table__`, or a cast()/aliased() of one."""
    if isinstance(value, ast.Call) and ast.unparse(value.func) in ("cast", "aliased", "sa.cast"):
        return any(_is_table_like(arg, names) for arg in value.args)
    if isinstance(value, ast.Attribute) and value.attr == "__table__":
        value = value.value
    return isinstance(value, ast.Name | ast.Attribute) and _mentions(value, names)


def outgoing_names(tree: ast.Module) -> set[str]:
    """Every name bound to the class or its table: imports `as`, and assignments at any depth."""
    names = {CLASS}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.update(alias.asname for alias in node.names if alias.name == CLASS and alias.asname)
    grew = True
    while grew:
        before = len(names)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None \
                    and _is_table_like(node.value, names):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
        grew = len(names) > before
    return names


def _call_problem(node: ast.Call, names: set[str]) -> str | None:
    func = node.func
    callee = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if callee in names or callee == CLASS:
        return f"builds an {CLASS}"
    on_module = isinstance(func, ast.Attribute) and ast.unparse(func.value) in SQL_MODULES
    if callee == "update" or callee.endswith("insert"):
        if isinstance(func, ast.Name) or on_module:  # update(table), sa.insert(table), sqlite_insert(...)
            if node.args and _mentions(node.args[0], names):
                return f"{callee}() on the outgoing messages"
        elif isinstance(func, ast.Attribute) and _mentions(func.value, names):  # table.update(), q.update()
            return f".{callee}() on the outgoing messages"
    if callee.startswith("bulk_") and any(_mentions(arg, names) for arg in node.args):
        return f"{callee}() on the outgoing messages"
    if callee == "setattr" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
            and node.args[1].value in WRITTEN:
        return f"writes {node.args[1].value} through setattr()"
    return None


def violations(source: str, path: str) -> list[str]:
    tree = ast.parse(source)
    names = outgoing_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (problem := _call_problem(node, names)):
            found.append(f"{path}:{node.lineno}: {problem}")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_WRITE.search(node.value):
            found.append(f"{path}:{node.lineno}: writes the outgoing messages in SQL text")
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign | ast.AugAssign) else []
        for target in targets:
            for item in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(item, ast.Attribute) and item.attr in WRITTEN \
                        and (path, ast.unparse(node)) not in OTHER_ROWS:
                    found.append(f"{path}:{node.lineno}: writes {ast.unparse(item)}")
    return found


def modules(root: Path) -> list[tuple[Path, str]]:
    """The modules the rule covers: desk_sms/ and ui/, without the owner and the migrations."""
    owner = root / "desk_sms" / "outbox"
    return [
        (file, file.relative_to(root).as_posix())
        for folder in ("desk_sms", "ui")
        for file in sorted((root / folder).rglob("*.py"))
        if owner not in file.parents and "migrations" not in file.parts
    ]


def scan(root: Path) -> list[str]:
    found = []
    for file, relative in modules(root):
        found += violations(file.read_text(encoding="utf-8"), relative)
    return found


def test_no_module_outside_the_pipeline_builds_a_message_or_writes_its_status() -> None:
    assert scan(ROOT) == []


def test_every_allowed_write_still_exists() -> None:
    """An allowance for a write that is gone would hide the next write under the same words."""
    statements = {
        (relative, ast.unparse(node))
        for file, relative in modules(ROOT)
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign)
    }
    assert OTHER_ROWS - statements == set()


# Each way a module could write an outgoing message behind the pipeline's back (the last one is
# also the shape of an allowed write, in the wrong module).
WAYS = {
    "constructor": "session.add(OutboundMessage(to_number='+81', body='x'))",
    "constructor under another name": "from desk_sms.db.models import OutboundMessage as Out\n"
                                      "session.add(Out(to_number='+81'))",
    "constructor through the models module": "session.add(models.OutboundMessage(to_number='+81'))",
    "Core update": "session.execute(update(OutboundMessage).values(status='sent'))",
    "sqlalchemy.update": "session.execute(sqlalchemy.update(OutboundMessage).values(status='sent'))",
    "Core insert of many": "session.execute(insert(OutboundMessage), [{'to_number': '+81'}])",
    "dialect insert": "session.execute(sqlite_insert(OutboundMessage).values(to_number='+81'))",
    "table method": "session.execute(OutboundMessage.__table__.update().values(status='sent'))",
    "table alias at module level": "_out = cast(Table, OutboundMessage.__table__)\n"
                                   "STATEMENT = update(_out).values(status='sent')",
    "table alias in a function": "def f(session):\n    table = OutboundMessage.__table__\n"
                                 "    session.execute(table.insert().values(to_number='+81'))",
    "ORM query update": "session.query(OutboundMessage).filter_by(id=1).update({'status': 'sent'})",
    "bulk update": "session.bulk_update_mappings(OutboundMessage, [{'id': 1, 'status': 'sent'}])",
    "raw SQL": "session.execute(text(\"UPDATE outbound_messages SET status = 'sent' WHERE id = 1\"))",
    "raw SQL insert": "connection.exec_driver_sql('INSERT INTO outbound_messages (body) VALUES (?)', ('x',))",
    "attribute of a row from elsewhere": "message = claims.own(session, 1)\nmessage.status = 'sent'",
    "two attributes at once": "message.error_code, message.error_text = 'x', 'y'",
    "setattr": "setattr(message, 'status', 'failed')",
    "an allowed statement in another module": "campaign.status = status",
}
HOSTS = ("desk_sms/services/inbox.py", "desk_sms/engine/dispatcher.py", "ui/pages/sent.py")


@pytest.mark.parametrize("way", sorted(WAYS))
def test_the_check_fails_on_each_way_of_writing_put_into_a_real_module(way: str) -> None:
    for host in HOSTS:
        source = (ROOT / host).read_text(encoding="utf-8")
        assert violations(source, host) == []
        found = violations(f"{source}\n\n{WAYS[way]}\n", host)
        first_line = source.count("\n") + 3
        assert found and all(int(line.split(":")[1]) >= first_line for line in found), (way, host, found)


def test_the_whole_scan_fails_when_one_module_of_a_copy_writes_a_status(tmp_path: Path) -> None:
    for folder in ("desk_sms", "ui"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    assert scan(tmp_path) == []
    target = tmp_path / "desk_sms" / "engine" / "dispatcher.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n\ndef f(m):\n    m.status = 'sent'\n",
                      encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in scan(tmp_path)] == ["writes m.status"]
