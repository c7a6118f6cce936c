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


def first_word(text: str) -> str:
    """The reply's first word (split at spaces of either width, or at 、,): "予約 明日" → "予約"."""
    words = unicodedata.normalize("NFKC", text).replace("、", " ").replace(",", " ").split()
    return words[0] if words else ""


def keyword_hit(text: str, keywords: Iterable[str], first_word_counts: bool = False) -> str | None:
    """The keyword the whole reply is, or (with `first_word_counts`) its first word is; else None."""
    keywords = list(keywords)
    whole = match_keyword(text, keywords)
    if whole is not None or not first_word_counts:
        return whole
    return match_keyword(first_word(text), keywords)


def contains_text(text: str, needle: str) -> bool:
    """`needle` in `text`, ignoring width, case and spaces (「ＡＢＣ」 contains "abc")."""
    wanted = "".join(unicodedata.normalize("NFKC", needle).casefold().split())
    return bool(wanted) and wanted in "".join(unicodedata.normalize("NFKC", text).casefold().split())
