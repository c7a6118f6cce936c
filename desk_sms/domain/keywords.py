"""Reply keywords (停止, STOP, はい, キャンセル …): a whole reply that is a keyword triggers an action;
a reply that only contains an opt-out keyword is a probable opt-out for a person to confirm."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Trailing punctuation people add to a one-word reply: "STOP.", "停止。", "はい！"
_TRAILING = " \t\r\n.,!?。、！？・…~〜ー-"


def normalize_reply(text: str) -> str:
    """Full-width to half-width (NFKC), case-folded, without spaces and surrounding punctuation:
    「 停止。」, "ＳＴＯＰ!" and "配信 停止" read as 停止, stop and 配信停止."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(folded.strip(_TRAILING).split())


def contains_keyword(text: str, keywords: Iterable[str]) -> str | None:
    """The keyword a longer reply contains ("配信停止でお願いします" contains 配信停止), or None.
    A Latin keyword counts only as a whole word ("stop" is not in "stopwatch")."""
    keywords = list(keywords)
    if match_keyword(text, keywords) is not None:
        return None  # the reply is a keyword itself: acted upon, not merely probable
    reply = normalize_reply(text)
    spaced = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    for keyword in keywords:
        word = normalize_reply(keyword)
        if not word:
            continue
        if word.isascii() and word.isalnum():
            if re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", spaced):
                return keyword
        elif word in reply:
            return keyword
    return None


def match_keyword(text: str, keywords: Iterable[str]) -> str | None:
    """The keyword the whole reply equals, or None. "STOP" matches "stop", "ＳＴＯＰ", "Stop!"."""
    reply = normalize_reply(text)
    if not reply:
        return None
    for keyword in keywords:
        if reply == normalize_reply(keyword):
            return keyword
    return None
