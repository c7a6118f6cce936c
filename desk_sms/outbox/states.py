"""The states of an outgoing message and the transitions between them (DESIGN.md §2).

    queued ──claim──▶ sending ──all parts accepted──▶ sent ──status report──▶ delivered | undeliverable
      │                 │ transient error, nothing written → back to queued
      │                 │ permanent error / retries exhausted → failed;  unknown fate → uncertain
      └── cancelled (by a user) · skipped (opted out, invalid number) · expired (past its send-late window)

Only `desk_sms.outbox` writes a message's status; it checks every change against `TRANSITIONS`.
"""

from __future__ import annotations

import enum


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERABLE = "undeliverable"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"
    EXPIRED = "expired"


S = MessageStatus
TRANSITIONS: dict[MessageStatus, frozenset[MessageStatus]] = {
    S.QUEUED: frozenset({S.SENDING, S.CANCELLED, S.SKIPPED, S.EXPIRED}),
    S.SENDING: frozenset({S.QUEUED, S.SENT, S.FAILED, S.UNCERTAIN}),
    S.SENT: frozenset({S.DELIVERED, S.UNDELIVERABLE}),
    S.DELIVERED: frozenset({S.UNDELIVERABLE}),  # a later part's report says it failed
    S.UNDELIVERABLE: frozenset(),
    S.FAILED: frozenset(),
    S.UNCERTAIN: frozenset(),
    S.CANCELLED: frozenset(),
    S.SKIPPED: frozenset(),
    S.EXPIRED: frozenset(),
}
FINAL = frozenset(state for state, nexts in TRANSITIONS.items() if not nexts)
# What a user should look at (and may resend with one click).
NEEDS_ATTENTION = (S.FAILED, S.UNCERTAIN, S.EXPIRED)
RESENDABLE = (*NEEDS_ATTENTION, S.UNDELIVERABLE)
CANCELLABLE = (S.QUEUED,)

# Higher goes first: a reply to a customer, then a one-off message, then a campaign; urgent before all.
PRIORITY_REPLY = 100
PRIORITY_ONE_OFF = 50
PRIORITY_CAMPAIGN = 10
URGENT_BOOST = 1000


class IllegalTransition(RuntimeError):
    """A bug: code tried to move a message between states DESIGN.md §2 does not connect."""


def check_transition(old: str, new: str) -> None:
    if MessageStatus(new) not in TRANSITIONS[MessageStatus(old)]:
        raise IllegalTransition(f"an outgoing message cannot go from {old} to {new}")


def priority_for(base: int, urgent: bool) -> int:
    return base + URGENT_BOOST if urgent else base
