"""The rules every door applies before a message is queued: text, placeholders, lateness,
urgency and approval. Pure functions: the pipeline and the services call them with what they know.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from desk_sms.domain.keywords import normalize_reply
from desk_sms.domain.templates import ParsedTemplate, Placeholder, parse_template
from desk_sms.errors import UserError
from modem.sms_text import split_text

MAX_TEXT_LENGTH = 670  # Japanese carriers deliver long SMS up to 670 characters
DEFAULT_MAX_PARTS = 10
DEFAULT_LATE_WITHIN = timedelta(hours=2)  # a one-off "At" send still goes this long after its time
AWAITING_APPROVAL = "awaiting_approval"
RUNNING = "running"


class EmptyText(UserError):
    code = "outbox.empty"
    template = "the message is empty"


class TextTooLong(UserError):
    code = "outbox.too_long"
    template = "the message is {length} characters; at most {limit} characters can be sent as one message"


class TooManyParts(UserError):
    code = "outbox.too_many_parts"
    template = "the message needs {parts} SMS parts; at most {limit} parts are allowed per message"


class UnknownPlaceholder(UserError):
    code = "outbox.unknown_placeholder"
    template = "unknown placeholder {names}: nothing was sent (write {{{{ and }}}} for literal braces)"


class UrgentNotAllowed(UserError):
    code = "outbox.urgent_campaign"
    template = "only an administrator may send a campaign as urgent"


class NoSenderName(UserError):
    code = "outbox.ad_no_sender_name"
    template = "an advertising message must name its sender: set the sender name in Settings first"


class AdvertisingWithoutSender(UserError):
    code = "outbox.ad_without_sender"
    template = "an advertising message must name its sender: add {sender} to the text"


class AdvertisingWithoutStop(UserError):
    code = "outbox.ad_without_stop"
    template = "an advertising message must say how to stop receiving it, e.g. 配信停止は「{keyword}」と返信"


class BadLateWindow(UserError):
    code = "outbox.late_window"
    template = "{text!r} is not a send-late window; write minutes or hours, e.g. 30m or 2h"


def check_text(text: str, max_parts: int = DEFAULT_MAX_PARTS) -> int:
    """Refuse an empty, too long or too many-part text; return its part count."""
    if not text.strip():
        raise EmptyText()
    if len(text) > MAX_TEXT_LENGTH:
        raise TextTooLong(length=len(text), limit=MAX_TEXT_LENGTH)
    parts = split_text(text).part_count
    if parts > max_parts:
        raise TooManyParts(parts=parts, limit=max_parts)
    return parts


def text_problem(text: str, max_parts: int = DEFAULT_MAX_PARTS) -> UserError | None:
    try:
        check_text(text, max_parts)
    except UserError as exc:
        return exc
    return None


def parse_body(body: str, known_fields: Collection[str], literal: bool = False) -> ParsedTemplate:
    """`body` as a template whose every placeholder is known (or, `literal`, as typed)."""
    if literal:
        return ParsedTemplate((body,))
    parsed = parse_template(body)
    unknown = [s.name for s in parsed.segments if isinstance(s, Placeholder) and s.name not in known_fields]
    if unknown:
        raise UnknownPlaceholder(names=", ".join("{" + name + "}" for name in dict.fromkeys(unknown)))
    return parsed


_WINDOW = re.compile(r"^\s*(\d{1,4})\s*(m|min|h)\s*$", re.IGNORECASE)


def parse_late_within(text: str) -> timedelta:
    """'30m', '2h' → a send-late window (1 minute to 7 days)."""
    match = _WINDOW.match(text)
    if match is None:
        raise BadLateWindow(text=text)
    amount, unit = int(match.group(1)), match.group(2).lower()
    window = timedelta(hours=amount) if unit == "h" else timedelta(minutes=amount)
    if not timedelta(minutes=1) <= window <= timedelta(days=7):
        raise BadLateWindow(text=text)
    return window


def expires_at(not_before: datetime | None, late_within: timedelta | None = None) -> datetime | None:
    """The end of a timed send's window; a message sent "now" has none."""
    if not_before is None:
        return None
    return not_before + (late_within if late_within is not None else DEFAULT_LATE_WITHIN)


def check_urgent(urgent: bool, campaign: bool, is_admin: bool) -> None:
    """An operator may mark one reply urgent; only an administrator a whole campaign."""
    if urgent and campaign and not is_admin:
        raise UrgentNotAllowed()


def campaign_status(approval_required: bool, is_admin: bool) -> str:
    """A campaign from an operator waits for approval, whichever door made it."""
    return AWAITING_APPROVAL if approval_required and not is_admin else RUNNING


def advertising_problem(text: str, sender_name: str, stop_keywords: Sequence[str]) -> UserError | None:
    """What an advertising text lacks under 特定電子メール法 (the sender's name, how to stop), or None.

    Compared after folding width, case and spaces, as replies are: "ＳＡＫＵＲＡ 塾" names "Sakura塾".
    """
    if not sender_name.strip():
        return NoSenderName()
    written = normalize_reply(text)
    if normalize_reply(sender_name) not in written:
        return AdvertisingWithoutSender(sender=sender_name.strip())
    if not any(word and word in written for word in map(normalize_reply, stop_keywords)):
        return AdvertisingWithoutStop(keyword=stop_keywords[0] if stop_keywords else "停止")
    return None
