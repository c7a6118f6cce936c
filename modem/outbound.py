"""Sending one message part by part with AT+CMGS, keeping every part's reference.

# WORKAROUND(python-gsmmodem-new 0.13): sendSms() keeps only the last part's reference, raises a
# bare CmsError on part k without saying parts 1..k-1 went out (modem.py:928-945), cannot encode
# emoji (pdu.py:930), refuses UCS-2 unless AT+CSCS=? lists it (modem.py:693-713) and waits 35 s
# on a silent modem. We encode with modem.pdu and drive AT+CMGS ourselves through write().

Runs on the modem's worker thread only (through `GsmDriver`).
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass

from modem import at_parse
from modem.errors import (
    ModemError,
    ModemUnavailable,
    PartialSendError,
    SendError,
    SendUncertain,
    send_error_for,
)
from modem.gsm_library import NoAnswer, PatchedGsmModem
from modem.interface import SendResult
from modem.pdu import PduError, SubmitPdu, encode_submit_message
from modem.sms_text import split_text

log = logging.getLogger(__name__)

_CTRL_Z = "\x1a"
_ESCAPE = b"\x1b"


@dataclass(frozen=True)
class SendTimeouts:
    prompt: float  # AT+CMGS=<n> until "> "
    submit: float  # PDU written until +CMGS: <mr> (the network round trip)


class PartSender:
    """Sends the parts of one message; raises the errors listed in `modem.errors`."""

    def __init__(self, at: PatchedGsmModem, timeouts: SendTimeouts) -> None:
        self._at = at
        self._timeouts = timeouts
        # A random start keeps two desk-sms restarts from reusing a concat reference soon.
        self._concat_reference = random.randrange(256)

    def send(self, number: str, text: str) -> SendResult:
        encoding = split_text(text).encoding
        self._concat_reference = (self._concat_reference + 1) % 256
        try:
            pdus = encode_submit_message(number, text, concat_reference=self._concat_reference)
        except PduError as error:  # a number or text no PDU can carry: retrying cannot help
            raise SendError(None, False, f"cannot encode the message: {error}") from error
        accepted: list[int] = []
        for pdu in pdus:
            try:
                accepted.append(self._send_part(pdu, tuple(accepted)))
            except SendUncertain:
                raise
            except ModemError as error:
                if accepted:
                    raise PartialSendError(tuple(accepted), error) from error
                raise
        return SendResult(part_refs=tuple(accepted), encoding=str(encoding))

    def _send_part(self, pdu: SubmitPdu, accepted: tuple[int, ...]) -> int:
        self._open_prompt(pdu.tpdu_length)
        try:
            lines = self._at.write(pdu.hex, timeout=self._timeouts.submit, parseError=False,
                                   writeTerm=_CTRL_Z)
        except ModemUnavailable as error:
            # The PDU is out of our hands: the network may have it. Never "failed", never retried.
            raise SendUncertain(accepted, f"no answer after part {len(accepted) + 1} "
                                          f"was written: {error}") from error
        return self._reference_from(lines, accepted)

    def _open_prompt(self, tpdu_length: int) -> None:
        try:
            lines = self._at.write(f"AT+CMGS={tpdu_length}", timeout=self._timeouts.prompt,
                                   parseError=False, expectedResponseTermSeq="> ")
        except NoAnswer:
            self._cancel_prompt()
            raise
        final = lines[-1] if lines else ""
        if final != ">":
            error = at_parse.parse_cm_error(final)
            raise send_error_for(error.kind if error else None, error.code if error else None)

    def _cancel_prompt(self) -> None:
        # ESC abandons a half-open "> " prompt so the next command is not taken as PDU text.
        try:
            self._at.write_raw(_ESCAPE)
        except ModemUnavailable:
            log.debug("could not cancel the CMGS prompt", exc_info=True)

    @staticmethod
    def _reference_from(lines: list[str], accepted: tuple[int, ...]) -> int:
        reference = at_parse.parse_cmgs(lines)
        if reference is not None:
            return reference
        error = at_parse.parse_cm_error(lines[-1]) if lines else None
        if error is not None or (lines and lines[-1] == "ERROR"):
            raise send_error_for(error.kind if error else None, error.code if error else None)
        # OK without +CMGS, or garbage: the modem took the PDU but we cannot prove it went.
        raise SendUncertain(accepted, f"no +CMGS reference in the answer {lines!r}")

