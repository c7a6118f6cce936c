"""English wording of counts for what the core itself says (command line, reports, audit details).

The window says its sentences through Qt's tr() with %n, which picks the plural form of the
user's language; this module is the command line's equivalent for its English lines.
"""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the form it takes: "1 contact", "2 contacts", "1,200 rows".

    ``plural`` defaults to the singular with an "s" (pass it for "replies", "entries"…).
    """
    noun = singular if count == 1 else (plural if plural is not None else singular + "s")
    return f"{count:,} {noun}"
