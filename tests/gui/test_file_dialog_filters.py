"""File dialogs' filters are well-formed, in English and in Japanese.

Qt's own dialog (Linux tests) forgives a malformed filter; the native Windows dialog does not: a
filter without its "(*.ext)" part, or a translation that changed the patterns, shows no files at
all. So every filter passed to QFileDialog in ui/ is read from the source and checked here, with its
Japanese translation from the .ts file.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from ui.dialogs.import_wizard import FILE_FILTER

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations" / "desk_sms_ja.ts"
DIALOG_FUNCTIONS = {"getOpenFileName", "getSaveFileName", "getOpenFileNames"}
ONE_FILTER = re.compile(r"^[^()]+ \((?P<patterns>\*(\.[A-Za-z0-9]+)?( \*\.[A-Za-z0-9]+)*)\)$")


def filter_sources() -> list[tuple[str, str]]:
    """(file:line, filter text) of every QFileDialog call in ui/ whose filter is a literal (inside tr())."""
    found = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in DIALOG_FUNCTIONS and len(call.args) >= 4):
                continue
            literals = [node.value for node in ast.walk(call.args[3]) if isinstance(node, ast.Constant)
                        and isinstance(node.value, str) and "(" in node.value]
            assert literals, f"{path.name}:{call.lineno}: the filter is not a literal this test can read"
            found.append((f"{path.relative_to(REPO)}:{call.lineno}", literals[-1]))
    return found


def japanese_translation(source: str) -> str:
    for message in ElementTree.parse(TRANSLATIONS).getroot().iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    raise AssertionError(f"no Japanese translation of {source!r}")


def patterns_of(filter_text: str) -> list[str]:
    """The patterns of each ";;"-separated filter; fails on a filter the Windows dialog cannot read."""
    patterns = []
    for one in filter_text.replace("{patterns}", FILE_FILTER).split(";;"):
        match = ONE_FILTER.match(one)
        assert match, f"malformed filter {one!r}"
        patterns.append(match["patterns"])
    return patterns


SOURCES = filter_sources()


def test_the_dialogs_were_found() -> None:
    assert len(SOURCES) >= 8  # exports, backup restore, roster and appointment imports


@pytest.mark.parametrize(("where", "source"), SOURCES, ids=[where for where, _ in SOURCES])
def test_each_filter_is_well_formed_and_its_translation_keeps_the_patterns(where: str, source: str) -> None:
    translation = japanese_translation(source)
    assert patterns_of(translation) == patterns_of(source), where
