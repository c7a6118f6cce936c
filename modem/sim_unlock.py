"""Unlocking the SIM: ask its state, give the PIN at most once, never retry a rejected PIN.

Three wrong PINs lock a SIM until someone finds its PUK, so a wrong PIN must reach a person, not a
retry loop. Runs on the modem's worker thread only.
"""

from __future__ import annotations

import logging
import threading

from modem import at_parse
from modem.errors import (
    CommandRejected,
    ModemUnavailable,
    PinRejected,
    PinRequired,
    SimLocked,
    SimUnusable,
)
from modem.gsm_library import NoAnswer, PatchedGsmModem

log = logging.getLogger(__name__)

_QUICK_CPIN_SECONDS = 0.5
_READY_CHECKS = 10  # after a good PIN the SIM may report busy for a moment
_READY_CHECK_INTERVAL = 0.3
_ATTEMPT_QUERIES = ("AT+CPINC?", "AT^CPIN?", 'AT+QPINC="SC"')


def unlock_sim(at: PatchedGsmModem, pin: str | None, *, timeout: float) -> int | None:
    """Make sure the SIM is ready; return PIN attempts left when known.

    Raises PinRequired (no PIN given), PinRejected (wrong PIN; never retried here or by the
    worker), SimLocked (PUK needed), SimUnusable (no SIM, other locks).
    """
    state = read_sim_state(at, timeout)
    if state == "READY":
        return None
    if state == "SIM PIN":
        return _enter_pin(at, pin, timeout)
    if state == "SIM PUK":
        raise SimLocked("the SIM card is locked: it needs its PUK code")
    raise SimUnusable(f"the SIM card is not usable ({state})")


def read_sim_state(at: PatchedGsmModem, timeout: float) -> str:
    """`+CPIN: <state>`, also when the modem never sends the OK after it.

    # WORKAROUND(python-gsmmodem-new 0.13): some Wavecom firmware answers AT+CPIN? without OK and
    # the library waits 15 s on every connect (modem.py:420-430). We ask with a short timeout and
    # accept the +CPIN line on its own; only a completely silent modem gets the full timeout.
    """
    for wait in (_QUICK_CPIN_SECONDS, timeout):
        try:
            lines = at.write("AT+CPIN?", timeout=wait, parseError=False)
        except NoAnswer as silent:
            lines = silent.partial
            if not lines and wait == timeout:
                raise
        state = at_parse.parse_cpin(lines) or _state_from_error(lines)
        if state is not None:
            return state
    raise ModemUnavailable(f"{at.port}: unreadable SIM state")


def _state_from_error(lines: list[str]) -> str | None:
    error = at_parse.parse_cm_error(lines[-1]) if lines else None
    if error is None:
        return None
    return {10: "NOT INSERTED", 11: "SIM PIN", 12: "SIM PUK", 13: "SIM FAILURE"}.get(
        error.code or -1, f"+{error.kind} ERROR: {error.code}")


def _enter_pin(at: PatchedGsmModem, pin: str | None, timeout: float) -> int | None:
    attempts = pin_attempts_left(at, timeout)
    if pin is None:
        raise PinRequired(attempts)
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
        raise PinRejected(attempts)  # never send something that cannot be a PIN: it costs a try
    try:
        at.write(f'AT+CPIN="{pin}"', timeout=timeout)
    except CommandRejected as error:
        log.warning("%s: the SIM rejected the PIN", at.port)
        raise PinRejected(pin_attempts_left(at, timeout)) from error
    _wait_until_ready(at, timeout)
    return None


def _wait_until_ready(at: PatchedGsmModem, timeout: float) -> None:
    pause = threading.Event()
    for _ in range(_READY_CHECKS):
        if read_sim_state(at, timeout) == "READY":
            return
        pause.wait(_READY_CHECK_INTERVAL)  # the SIM needs a moment after a good PIN
    raise ModemUnavailable(f"{at.port}: the SIM did not become ready after the PIN")


def pin_attempts_left(at: PatchedGsmModem, timeout: float) -> int | None:
    """Ask the vendor-specific counters; None when no query is understood."""
    for query in _ATTEMPT_QUERIES:
        try:
            lines = at.write(query, timeout=min(timeout, 2.0), parseError=False)
        except NoAnswer:
            continue
        attempts = at_parse.parse_pin_attempts(lines)
        if attempts is not None:
            return attempts
    return None
