"""Fill the English plural forms of desk_sms_en.ts; scripts/update_translations.sh runs it.

English is the source language, so desk_sms_en.ts translates nothing except the texts with a
count (``self.tr("%Ln contact(s)", "", n)``): Qt needs a singular and a plural form for those,
or "(s)" would show. The rule: drop "(s)" for one, write "s" for more; IRREGULAR holds the
texts where that rule is wrong (verbs that agree with the count, "try"/"tries").
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

IRREGULAR = {
    "%Ln entries": ("%Ln entry", "%Ln entries"),
    "%Ln entries, the newest {shown} shown": ("%Ln entry, the newest {shown} shown",
                                              "%Ln entries, the newest {shown} shown"),
    "%Ln need(s) attention": ("%Ln needs attention", "%Ln need attention"),
    "%Ln wait(s) for tomorrow's limits": (
        "%Ln waits for tomorrow's limits", "%Ln wait for tomorrow's limits"),
    "(%Ln wait(s) for tomorrow's daily limits)": (
        "(%Ln waits for tomorrow's daily limits)", "(%Ln wait for tomorrow's daily limits)"),
    "%Ln tries left.": ("%Ln try left.", "%Ln tries left."),
    "%Ln more row(s) are in the saved file.": (
        "%Ln more row is in the saved file.", "%Ln more rows are in the saved file."),
    "%Ln contact(s) match.": ("%Ln contact matches.", "%Ln contacts match."),
    "Delete the group {name}? Its %Ln contact(s) stay in your list.": (
        "Delete the group {name}? Its %Ln contact stays in your list.",
        "Delete the group {name}? Its %Ln contacts stay in your list."),
}
NUMERUS_MESSAGE = re.compile(r'(<message numerus="yes">.*?<source>(.*?)</source>.*?)'
                             r"(<translation[^>]*>.*?</translation>|<translation[^>]*/>)", re.S)


def forms(source: str) -> tuple[str, str]:
    """The singular and plural English wording of a counted source text."""
    return IRREGULAR.get(source, (source.replace("(s)", ""), source.replace("(s)", "s")))


def _translation(source: str) -> str:
    one, other = (html.escape(form, quote=False).replace("'", "&apos;") for form in forms(source))
    return (f"<translation>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{other}</numerusform>\n        </translation>")


def fill(ts_file: Path) -> None:
    text = ts_file.read_text(encoding="utf-8")
    filled = NUMERUS_MESSAGE.sub(
        lambda found: found.group(1) + _translation(html.unescape(found.group(2))), text)
    ts_file.write_text(filled, encoding="utf-8")


if __name__ == "__main__":
    fill(Path(sys.argv[1]))
