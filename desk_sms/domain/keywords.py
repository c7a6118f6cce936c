"""Reply keywords (停止, STOP, はい, キャンセル …): a whole reply that is a keyword triggers an action."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Trailing punctuation people add to a one-word reply: "STOP.", "停止。", "はい！"
_TRAILING = " \t\r\n.,!?。、！？・…~〜ー-"


def normalize_reply(text: str) -> str:
    """Full-width to half-width (NFKC), case-folded, without surrounding spaces and punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.strip(_TRAILING).strip()


def match_keyword(text: str, keywords: Iterable[str]) -> str | None:
    """The keyword the whole reply equals, or None. "STOP" matches "stop", "ＳＴＯＰ", "Stop!"."""
    reply = normalize_reply(text)
    if not reply:
        return None
    for keyword in keywords:
        if reply == normalize_reply(keyword):
            return keyword
    return None
