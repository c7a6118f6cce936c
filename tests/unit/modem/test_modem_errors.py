"""The +CMS/+CME table and the error tree the engine relies on."""

from __future__ import annotations

import pytest

from modem.errors import (
    ModemError,
    PartialSendError,
    PinRejected,
    SendError,
    SendUncertain,
    classify_cme,
    classify_cms,
    send_error_for,
)


@pytest.mark.parametrize(
    ("code", "transient", "words"),
    [
        (38, True, "network out of order"),
        (330, False, "SMSC address unknown"),
        (331, True, "no network service"),
        (322, True, "memory full"),
        (21, False, "short message transfer rejected"),
        (42, True, "congestion"),
        (1, False, "unassigned"),
        (500, True, "unknown error"),
    ],
)
def test_known_cms_codes_are_classified_with_a_reason(code: int, transient: bool, words: str) -> None:
    info = classify_cms(code)
    assert (info.code, info.transient) == (code, transient)
    assert words in info.reason


def test_unlisted_codes_fall_back_by_range() -> None:
    assert classify_cms(63).transient  # unlisted RP cause: a network hiccup
    assert classify_cms(600).transient  # manufacturer specific: do not lose the message
    assert not classify_cms(400).transient  # reserved range


def test_cme_codes() -> None:
    assert not classify_cme(16).transient
    assert "incorrect password" in classify_cme(16).reason
    assert classify_cme(14).transient


def test_send_error_for_cms_and_bare_error() -> None:
    permanent = send_error_for("CMS", 330)
    assert isinstance(permanent, SendError)
    assert (permanent.code, permanent.transient) == (330, False)
    assert "330" in str(permanent)
    bare = send_error_for(None, None)
    assert bare.code is None and bare.transient


def test_partial_send_error_keeps_references_and_cause() -> None:
    cause = SendError(38, True, "network out of order")
    error = PartialSendError((7, 8), cause)
    assert isinstance(error, ModemError)
    assert error.accepted_refs == (7, 8) and error.cause is cause
    assert "part 3" in str(error)


def test_pin_rejected_and_uncertain_messages() -> None:
    assert PinRejected(2).attempts_left == 2
    assert "2 attempts left" in str(PinRejected(2))
    assert "attempts" not in str(PinRejected())
    assert SendUncertain((4,)).accepted_refs == (4,)
