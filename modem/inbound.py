"""Reading received messages and status reports off the modem: callback first, delete after.

Runs on the modem's worker thread only (through `GsmDriver`). The rule that keeps messages safe:
a stored slot is deleted with `AT+CMGD=<index>` (never a delete flag) only after the callback for
that exact slot returned without raising. A slot whose callback raised stays for the next sweep.

# WORKAROUND(python-gsmmodem-new 0.13): processStoredSms() deletes before calling back
# (modem.py:1080) and listStoredSms(delete=True) sends AT+CMGD=1,4, which also deletes what arrived
# after the listing; the +CMTI handler reads only one storage. So we list, read and delete here.
# WORKAROUND(python-gsmmodem-new 0.13): its decoder garbles 16-bit concatenation references
# (pdu.py:464-473), turns emoji into lone surrogates (pdu.py:905-916) and raises UnboundLocalError
# on a malformed +CDS PDU (modem.py:1391-1401); we decode with modem.pdu, whose only error is PduError.
"""

from __future__ import annotations

import logging

from modem import at_parse
from modem.at_parse import StoredPdu
from modem.errors import CommandRejected
from modem.gsm_library import ModemNotice, PatchedGsmModem
from modem.interface import InboundPart, ModemCallbacks, StatusReport
from modem.pdu import DecodedDeliver, DecodedStatusReport, PduError, decode_pdu, delivery_status

log = logging.getLogger(__name__)

_STAT_RECEIVED = (0, 1)  # REC UNREAD, REC READ; 2/3 are drafts/sent copies, never ours to delete
_PREFERRED_RECEIVE = ("SM", "ME", "MT")
_CURRENT = ""  # "the storage already selected", for modems that do not answer AT+CPMS=?


class StorageReader:
    """Lists, reads, hands over and deletes stored messages on SM, ME and SR."""

    def __init__(self, at: PatchedGsmModem, callbacks: ModemCallbacks, *,
                 command_timeout: float, list_timeout: float) -> None:
        self._at = at
        self._callbacks = callbacks
        self._timeout = command_timeout
        self._list_timeout = list_timeout
        self._selected: str | None = None
        self._sweep_storages: tuple[str, ...] = ()
        self._warned_pdus: set[str] = set()

    @property
    def storages(self) -> tuple[str, ...]:
        return self._sweep_storages

    def configure(self) -> None:
        """Pick storages so SIM (SM) and modem (ME) messages, and stored reports (SR), are all read.

        # WORKAROUND(python-gsmmodem-new 0.13): connect() picks ME when offered, so messages
        # already on the SIM are never listed (modem.py:373-382). We sweep every readable storage.
        """
        support = at_parse.parse_cpms_support(self._write("AT+CPMS=?", parse_error=False))
        readable = support[0] if support else ()
        receive = support[2] if len(support) > 2 else readable
        sweep = [name for name in ("SM", "ME", "SR") if name in readable]
        # No usable AT+CPMS=? answer: still list whatever storage the modem uses by default.
        self._sweep_storages = tuple(sweep) or readable[:1] or (_CURRENT,)
        chosen = next((name for name in _PREFERRED_RECEIVE if name in receive), None)
        if chosen is not None:
            lines = self._write(f'AT+CPMS="{chosen}","{chosen}","{chosen}"', parse_error=False)
            self._selected = chosen if lines and lines[-1] == "OK" else None

    def usage(self) -> at_parse.StorageUsage | None:
        return at_parse.parse_cpms(self._write("AT+CPMS?", parse_error=False))

    def sweep(self) -> int:
        """List every storage with AT+CMGL=4 and hand over what is there; return anomalies seen."""
        anomalies = 0
        for storage in self._sweep_storages:
            if not self._select(storage):
                continue
            listing = at_parse.parse_cmgl_pdu(
                self._write("AT+CMGL=4", timeout=self._list_timeout, parse_error=False))
            anomalies += listing.anomalies
            for stored in listing.messages:
                if stored.index is not None:
                    self._hand_over(storage, stored.index, stored)
        return anomalies

    def read_slot(self, storage: str, index: int) -> bool:
        """Read one slot announced by +CMTI/+CDSI; False when it could not be read (sweep later)."""
        if not self._select(storage):
            return False
        lines = self._write(f"AT+CMGR={index}", parse_error=False)
        stored = at_parse.parse_cmgr_pdu(lines)
        if stored is None:
            return bool(lines) and lines[-1] == "OK"  # an empty slot: already handled
        self._hand_over(storage, index, stored)
        return True

    def deliver_direct(self, notice: ModemNotice) -> bool:
        """Hand over a +CMT/+CDS PDU (not stored on the modem, so nothing to delete).

        # WORKAROUND(python-gsmmodem-new 0.13): +CMT (direct delivery) is ignored by the library
        # and the message lost; +CDS reports are matched by reference only (modem.py:1376).
        """
        if notice.pdu is None:
            return False
        try:
            decoded = decode_pdu(notice.pdu)
        except PduError:
            log.warning("%s: undecodable direct PDU %s", self._at.port, notice.pdu)
            return False
        self._call_back(decoded, None, None, notice.pdu)
        return True

    # ------------------------------------------------------------------ internals

    def _hand_over(self, storage: str, index: int, stored: StoredPdu) -> None:
        if stored.stat not in _STAT_RECEIVED:
            return
        try:
            decoded = decode_pdu(stored.pdu)
        except PduError as error:
            self._warn_once(stored.pdu, f"{storage}/{index}: undecodable PDU kept on the modem: {error}")
            return
        if not isinstance(decoded, DecodedDeliver | DecodedStatusReport):
            return
        if self._call_back(decoded, storage, index, stored.pdu):
            self._delete(index)

    def _call_back(self, decoded: DecodedDeliver | DecodedStatusReport | object, storage: str | None,
                   index: int | None, pdu: str) -> bool:
        try:
            if isinstance(decoded, DecodedDeliver):
                self._callbacks.on_inbound(to_inbound_part(decoded, storage, index, pdu))
            elif isinstance(decoded, DecodedStatusReport):
                self._callbacks.on_status_report(to_status_report(decoded, storage, index))
            else:
                return False
        except Exception:  # the slot stays on the modem; the next sweep tries again
            log.exception("%s: callback failed for %s/%s; kept on the modem", self._at.port,
                          storage, index)
            return False
        return True

    def _delete(self, index: int) -> None:
        try:
            self._write(f"AT+CMGD={index}")
        except CommandRejected as error:
            log.warning("%s: could not delete slot %d: %s", self._at.port, index, error)

    def _select(self, storage: str) -> bool:
        if storage in (self._selected, _CURRENT):
            return True
        lines = self._write(f'AT+CPMS="{storage}"', parse_error=False)
        if not lines or lines[-1] != "OK":
            log.warning("%s: cannot select storage %s: %s", self._at.port, storage, lines[-1:])
            self._selected = None
            return False
        self._selected = storage
        return True

    def _write(self, command: str, *, timeout: float | None = None,
               parse_error: bool = True) -> list[str]:
        return self._at.write(command, timeout=timeout or self._timeout, parseError=parse_error)

    def _warn_once(self, pdu: str, message: str) -> None:
        if pdu not in self._warned_pdus:
            self._warned_pdus.add(pdu)
            log.warning("%s: %s", self._at.port, message)


def to_inbound_part(decoded: DecodedDeliver, storage: str | None, index: int | None,
                    pdu: str) -> InboundPart:
    concat = decoded.concat
    return InboundPart(
        sender=decoded.sender, text=decoded.text, sent_at=decoded.timestamp,
        concat_ref=concat.reference if concat else None,
        concat_total=concat.total if concat else None,
        concat_seq=concat.sequence if concat else None,
        storage=storage, storage_index=index, smsc=decoded.smsc, pdu=pdu,
    )


def to_status_report(decoded: DecodedStatusReport, storage: str | None,
                     index: int | None) -> StatusReport:
    return StatusReport(
        reference=decoded.reference, recipient=decoded.recipient,
        status=delivery_status(decoded.status_code), status_code=decoded.status_code,
        submitted_at=decoded.submitted_at, discharged_at=decoded.discharged_at,
        storage=storage, storage_index=index,
    )

