"""Errors raised by the modem layer, and the one table that says which +CMS/+CME codes are worth retrying.

The tree, as the engine sees it:

- `ModemUnavailable`: the port is gone, closed, or the modem stopped answering. Nothing of the
  current message was written; the worker reconnects and the message may go through another modem.
- `PinRequired`, `PinRejected`, `SimLocked`: the SIM needs a person. A rejected PIN is never retried.
- `IdentityMismatch`: another SIM or modem than the expected one answers on the port; not driven.
- `SendError(code, transient)`: the modem refused part 1 with `+CMS ERROR`; nothing went out.
- `PartialSendError(accepted_refs, cause)`: parts 1..k-1 went out, part k failed.
- `SendUncertain`: a part was written but neither `+CMGS` nor `+CMS ERROR` came back; the part MAY
  have gone out, so the message must never be resent automatically.
- `CommandRejected`: any other AT command answered with an error (kept for logs and diagnostics).
"""

from __future__ import annotations

from dataclasses import dataclass


class ModemError(Exception):
    """Base of every error the modem layer raises on purpose."""


class ModemUnavailable(ModemError):
    """The port is gone or closed, or the modem did not answer in time."""


class ModemSilent(ModemUnavailable):
    """The port opens, but the modem answers nothing (hung firmware): it needs a reset or a replug."""


class PinRequired(ModemError):
    """The SIM asks for a PIN and none was configured."""

    def __init__(self, attempts_left: int | None = None) -> None:
        super().__init__("the SIM card asks for a PIN")
        self.attempts_left = attempts_left


class PinRejected(ModemError):
    """The SIM refused the PIN. Never retried: three wrong PINs lock the SIM."""

    def __init__(self, attempts_left: int | None = None) -> None:
        suffix = "" if attempts_left is None else f" ({attempts_left} attempts left)"
        super().__init__(f"the SIM card rejected the PIN{suffix}")
        self.attempts_left = attempts_left


class SimLocked(ModemError):
    """The SIM asks for its PUK (too many wrong PINs); only a person can fix this."""


class SimUnusable(ModemError):
    """No SIM, a broken SIM, or a lock we cannot answer (PH-SIM PIN, network lock...)."""


class IdentityMismatch(ModemError):
    """The modem on the port holds another SIM (or is another modem) than the one expected.

    Nothing is read from or sent through it until a person says what it is.
    """


class CommandRejected(ModemError):
    """An AT command answered ERROR, +CME ERROR or +CMS ERROR."""

    def __init__(self, command: str, kind: str | None = None, code: int | None = None) -> None:
        detail = "ERROR" if kind is None else f"+{kind} ERROR: {code}"
        super().__init__(f"{command} -> {detail}")
        self.command = command
        self.kind = kind  # "CMS", "CME" or None for a bare ERROR
        self.code = code


class SendError(ModemError):
    """The modem refused the message before any part went out."""

    def __init__(self, code: int | None, transient: bool, reason: str = "") -> None:
        label = "ERROR" if code is None else f"+CMS ERROR: {code}"
        super().__init__(f"{label} ({reason})" if reason else label)
        self.code = code
        self.transient = transient
        self.reason = reason


class SendUncertain(ModemError):
    """A part was written but no answer came: it may have gone out. Never retry automatically."""

    def __init__(self, accepted_refs: tuple[int, ...] = (), detail: str = "") -> None:
        super().__init__(detail or "no answer after the message was written to the modem")
        self.accepted_refs = accepted_refs  # parts before the uncertain one, known to have gone out


class PartialSendError(ModemError):
    """Parts 1..k-1 were accepted (their references are kept), part k failed."""

    def __init__(self, accepted_refs: tuple[int, ...], cause: ModemError) -> None:
        super().__init__(f"part {len(accepted_refs) + 1} failed after "
                         f"{len(accepted_refs)} part(s) went out: {cause}")
        self.accepted_refs = accepted_refs
        self.cause = cause


@dataclass(frozen=True)
class CmsInfo:
    """What one error code means for the sender."""

    code: int
    transient: bool  # True: the same message may succeed later (or on another modem)
    reason: str


# +CMS ERROR codes, 3GPP TS 27.005 §3.2.5. 0-127 are RP causes (TS 24.011 Annex E-2), 128-255 are
# TP-FCS values (TS 23.040 §9.2.3.22), 300-500 are the modem's own. "Transient" means waiting or
# another modem may help; "permanent" means this message (or this SIM) will keep failing.
_CMS_TABLE: dict[int, tuple[bool, str]] = {
    1: (False, "unassigned (unallocated) number"),
    8: (False, "operator determined barring"),
    10: (False, "call barred"),
    17: (True, "network failure"),
    21: (False, "short message transfer rejected"),
    22: (True, "memory capacity exceeded at the recipient"),
    27: (True, "destination out of service"),
    28: (False, "unidentified subscriber"),
    29: (False, "facility rejected"),
    30: (False, "unknown subscriber"),
    38: (True, "network out of order"),
    41: (True, "temporary failure"),
    42: (True, "congestion"),
    47: (True, "resources unavailable"),
    50: (False, "requested facility not subscribed"),
    69: (False, "requested facility not implemented"),
    81: (True, "invalid short message transfer reference value"),
    95: (False, "invalid message"),
    96: (False, "invalid mandatory information"),
    97: (False, "message type non-existent or not implemented"),
    98: (True, "message not compatible with the protocol state"),
    99: (False, "information element non-existent or not implemented"),
    111: (True, "protocol error"),
    127: (True, "interworking error"),
    128: (False, "telematic interworking not supported"),
    129: (False, "short message type 0 not supported"),
    130: (False, "cannot replace short message"),
    143: (False, "unspecified TP-PID error"),
    144: (False, "data coding scheme not supported"),
    145: (False, "message class not supported"),
    159: (False, "unspecified TP-DCS error"),
    160: (False, "command cannot be actioned"),
    161: (False, "command unsupported"),
    175: (False, "unspecified TP-Command error"),
    176: (False, "TPDU not supported"),
    192: (True, "service centre busy"),
    193: (False, "no service centre subscription"),
    194: (True, "service centre system failure"),
    195: (False, "invalid recipient address"),
    196: (False, "recipient barred"),
    197: (False, "rejected as a duplicate"),
    198: (False, "validity period format not supported"),
    199: (False, "validity period not supported"),
    208: (True, "SIM message storage full"),
    209: (False, "no message storage on the SIM"),
    210: (True, "error in the mobile station"),
    211: (True, "memory capacity exceeded"),
    212: (True, "SIM toolkit busy"),
    213: (True, "SIM data download error"),
    255: (True, "unspecified error"),
    300: (True, "modem failure"),
    301: (False, "SMS service of the modem reserved"),
    302: (False, "operation not allowed"),
    303: (False, "operation not supported"),
    304: (False, "invalid PDU mode parameter"),
    305: (False, "invalid text mode parameter"),
    310: (False, "SIM not inserted"),
    311: (False, "SIM PIN required"),
    312: (False, "PH-SIM PIN required"),
    313: (False, "SIM failure"),
    314: (True, "SIM busy"),
    315: (False, "SIM wrong"),
    316: (False, "SIM PUK required"),
    317: (False, "SIM PIN2 required"),
    318: (False, "SIM PUK2 required"),
    320: (True, "memory failure"),
    321: (False, "invalid memory index"),
    322: (True, "memory full"),
    330: (False, "SMSC address unknown"),
    331: (True, "no network service"),
    332: (True, "network timeout"),
    340: (False, "no +CNMA acknowledgement expected"),
    500: (True, "unknown error"),
}

# Common +CME ERROR codes, 3GPP TS 27.007 §9.2. 515 is a widespread vendor code ("please wait,
# initialisation in progress").
_CME_TABLE: dict[int, tuple[bool, str]] = {
    0: (True, "phone failure"),
    1: (False, "no connection to phone"),
    3: (False, "operation not allowed"),
    4: (False, "operation not supported"),
    10: (False, "SIM not inserted"),
    11: (False, "SIM PIN required"),
    12: (False, "SIM PUK required"),
    13: (False, "SIM failure"),
    14: (True, "SIM busy"),
    15: (False, "SIM wrong"),
    16: (False, "incorrect password"),
    17: (False, "SIM PIN2 required"),
    18: (False, "SIM PUK2 required"),
    20: (True, "memory full"),
    21: (False, "invalid index"),
    22: (False, "not found"),
    23: (True, "memory failure"),
    30: (True, "no network service"),
    31: (True, "network timeout"),
    32: (False, "network not allowed, emergency calls only"),
    100: (True, "unknown error"),
    515: (True, "please wait, initialisation or command processing in progress"),
}


def _lookup(table: dict[int, tuple[bool, str]], code: int) -> CmsInfo:
    known = table.get(code)
    if known is not None:
        return CmsInfo(code, *known)
    if 0 <= code <= 127:
        # Unlisted RP causes are protocol hiccups more often than verdicts on the recipient.
        return CmsInfo(code, True, "network error")
    if code >= 512:
        # Manufacturer specific: we cannot know, and a wrongly permanent failure loses a message.
        return CmsInfo(code, True, "manufacturer specific error")
    return CmsInfo(code, False, "reserved or unknown error")


def classify_cms(code: int) -> CmsInfo:
    """Say whether a `+CMS ERROR: <code>` is worth retrying, with a plain-English reason."""
    return _lookup(_CMS_TABLE, code)


def classify_cme(code: int) -> CmsInfo:
    """Say whether a `+CME ERROR: <code>` is worth retrying, with a plain-English reason."""
    return _lookup(_CME_TABLE, code)


def send_error_for(kind: str | None, code: int | None) -> SendError:
    """Build the `SendError` for a refused `AT+CMGS` (bare ERROR counts as transient: cause unknown)."""
    if kind is None or code is None:
        return SendError(None, True, "the modem refused the message without a reason")
    info = classify_cms(code) if kind == "CMS" else classify_cme(code)
    return SendError(code, info.transient, info.reason)
