"""The words for what a rule asks and does, and for what it did to a message (the core gives codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Rules"

CONDITIONS = {
    "keyword": QT_TRANSLATE_NOOP("Rules", "the reply is {value}"),
    "first_word": QT_TRANSLATE_NOOP("Rules", "the reply is or starts with {value}"),
    "contains": QT_TRANSLATE_NOOP("Rules", "the reply contains {value}"),
    "modem": QT_TRANSLATE_NOOP("Rules", "received on {value}"),
    "outside_hours": QT_TRANSLATE_NOOP("Rules", "outside business hours"),
}
SENDERS = {
    "contact": QT_TRANSLATE_NOOP("Rules", "the sender is a contact"),
    "unknown": QT_TRANSLATE_NOOP("Rules", "the sender is unknown"),
}
IN_GROUP = QT_TRANSLATE_NOOP("Rules", "the sender is in {value}")
ACTIONS = {
    "reply": QT_TRANSLATE_NOOP("Rules", "answer “{value}”"),
    "reply_template": QT_TRANSLATE_NOOP("Rules", "answer with template {value}"),
    "assign": QT_TRANSLATE_NOOP("Rules", "assign to {value}"),
    "add_to_group": QT_TRANSLATE_NOOP("Rules", "add the sender to {value}"),
    "tag": QT_TRANSLATE_NOOP("Rules", "tag {value}"),
    "mark_handled": QT_TRANSLATE_NOOP("Rules", "mark handled"),
    "keep_waiting": QT_TRANSLATE_NOOP("Rules", "still waits for a person"),
}
EFFECTS = {
    "answered": QT_TRANSLATE_NOOP("Rules", "answered automatically"),
    "not_answered": QT_TRANSLATE_NOOP("Rules", "not answered: {value}"),
    "assigned": QT_TRANSLATE_NOOP("Rules", "assigned to {value}"),
    "grouped": QT_TRANSLATE_NOOP("Rules", "sender added to {value}"),
    "not_grouped": QT_TRANSLATE_NOOP("Rules", "not added to a group: the sender is not a contact"),
    "tagged": QT_TRANSLATE_NOOP("Rules", "tagged {value}"),
    "handled": QT_TRANSLATE_NOOP("Rules", "marked handled"),
    "poll_answer": QT_TRANSLATE_NOOP("Rules", "poll answer {value}"),
    "poll_invalid": QT_TRANSLATE_NOOP("Rules", "not a valid poll answer"),
    "error": QT_TRANSLATE_NOOP("Rules", "the rules failed on this message (see the log)"),
}
ALREADY = QT_TRANSLATE_NOOP("Rules", "already answered once today or tonight")


def _tr(source: object) -> str:
    """`source` is a QT_TRANSLATE_NOOP string (typed `object` by PySide6's stubs)."""
    return QCoreApplication.translate(CONTEXT, str(source))


def condition_text(code: str, value: str) -> str:
    if code == "sender":
        return _tr(SENDERS[value]) if value in SENDERS else _tr(IN_GROUP).format(value=value)
    return _tr(CONDITIONS.get(code, code)).format(value=value)


def action_text(code: str, value: str) -> str:
    return _tr(ACTIONS.get(code, code)).format(value=value)


def effect_text(line: str) -> str:
    """One line of a message's `rule_effect` ("code value") in the user's language."""
    code, _, value = line.partition(" ")
    if code == "not_answered" and value == "already":
        value = _tr(ALREADY)
    source = EFFECTS.get(code)
    return _tr(source).format(value=value) if source else line


def effects_text(rule_effect: str) -> str:
    return "; ".join(effect_text(line) for line in rule_effect.splitlines() if line.strip())
