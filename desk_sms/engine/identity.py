"""Which modem and SIM answer on a port, compared on every connect with what the record expects.

The SIM (IMSI) is the sender: the number customers know, the daily limit, the conversations. So:
- the same SIM in another modem carries on (the record takes the new IMEI and notes it);
- another SIM where a known one was expected is another sender: refused, kept for a person to
  decide (use it as a new modem, or confirm the same line got a replacement SIM);
- a record that knows no SIM yet records what it finds, unless its known modem (IMEI) is not the
  one answering, which is refused the same way;
- the SIM of another entry of this computer answers on the port (a USB reshuffle, COM ports
  renumbered at a reboot): the connection is refused, that entry moves to this port and this one
  looks for its own SIM where the other's was (`trade_ports`).
The SIM card (ICCID) is compared before the SIM PIN is given, so our PIN never costs another SIM
card one of its three tries; a card a person confirmed as "the same line" is taken with its IMSI.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Collection
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_sms.db.models import Modem, OutboundPart
from desk_sms.services.sim_usage import WINDOW
from modem.interface import ModemStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    imei: str | None = None
    imsi: str | None = None
    iccid: str | None = None
    own_number: str | None = None

    def describe(self) -> str:
        """Plain words, e.g. 'SIM 440101234567890 (number +819011112222) in modem IMEI 3569…'."""
        card = f"SIM card {self.iccid}" if self.iccid else "an unreadable SIM"
        sim = f"SIM {self.imsi}" if self.imsi else card
        number = f" (number {self.own_number})" if self.own_number else ""
        modem = f"modem IMEI {self.imei}" if self.imei else "a modem without IMEI"
        return f"{sim}{number} in {modem}"

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> Identity | None:
        if not text:
            return None
        values = json.loads(text)
        return cls(**{key: values.get(key) for key in ("imei", "imsi", "iccid", "own_number")})

    @classmethod
    def of_status(cls, status: ModemStatus) -> Identity:
        return cls(status.imei, status.imsi, status.iccid, status.own_number)

    @classmethod
    def of_modem(cls, modem: Modem) -> Identity:
        return cls(modem.imei, modem.imsi, modem.iccid, modem.own_number)


class Verdict(enum.StrEnum):
    SAME = "same"  # the expected SIM in the expected modem
    FIRST = "first"  # nothing known yet: record it
    SIM_MOVED = "sim_moved"  # the expected SIM, in another modem: carry on
    CARD_CONFIRMED = "card_confirmed"  # the replacement card a person confirmed: take its IMSI
    DIFFERENT = "different"  # not the expected SIM (or modem): do not drive


def judge(expected: Identity, found: Identity) -> Verdict:
    other_modem = bool(expected.imei and found.imei and expected.imei != found.imei)
    if expected.imsi and found.imsi:
        if expected.imsi != found.imsi:
            same_card = bool(expected.iccid and expected.iccid == found.iccid)
            return Verdict.CARD_CONFIRMED if same_card else Verdict.DIFFERENT
        return Verdict.SIM_MOVED if other_modem else Verdict.SAME
    if other_cards(expected, found) or other_modem:  # the SIMs cannot be compared by IMSI
        return Verdict.DIFFERENT
    return Verdict.SAME if expected.imsi else Verdict.FIRST


def other_cards(expected: Identity, found: Identity) -> bool:
    return bool(expected.iccid and found.iccid and expected.iccid != found.iccid)


def mismatch_text(expected: Identity, found: Identity) -> str:
    return f"expected {expected.describe()}, found {found.describe()}"


def check_card(session: Session, modem_id: int, found: Identity) -> str | None:
    """Before the PIN: None to go on, else why this SIM card is not the record's (not driven)."""
    modem = session.get(Modem, modem_id)
    if modem is None:
        return None
    expected = Identity.of_modem(modem)
    if not card_differs(expected, found):
        return None  # the full comparison follows once the SIM is unlocked
    modem.found_identity = found.to_json()
    return mismatch_text(expected, found)


def card_differs(expected: Identity, found: Identity) -> bool:
    """What shows before the PIN: another card, or (a SIM without a PIN) another IMSI on another card."""
    if other_cards(expected, found):
        return True
    other_sim = bool(expected.imsi and found.imsi and expected.imsi != found.imsi)
    return other_sim and not (expected.iccid and expected.iccid == found.iccid)


def carry_count(session: Session, old_sim: str | None, new_sim: str | None, now: datetime) -> None:
    """The same line got a new SIM: the parts of the last 24 hours count for the new one."""
    if old_sim and new_sim and old_sim != new_sim:
        session.execute(
            update(OutboundPart)
            .where(OutboundPart.imsi == old_sim, OutboundPart.submitted_at > now - WINDOW)
            .values(imsi=new_sim)
        )


def check_on_connect(session: Session, modem_id: int, found: Identity, now: datetime) -> str | None:
    """Compare and record; None to carry on, else why this is not the record's SIM (not driven)."""
    modem = session.get(Modem, modem_id)
    if modem is None:
        return None
    expected = Identity.of_modem(modem)
    verdict = judge(expected, found)
    owners = holders_of_sim(session, found.imsi, modem_id) if found.imsi else []
    if verdict is Verdict.DIFFERENT or (verdict is Verdict.FIRST and owners):
        # (A record that knew no SIM yet does not take one that is another entry's line.)
        modem.found_identity = found.to_json()
        known = f" (the SIM of {', '.join(owners)})" if owners else ""
        return mismatch_text(expected, found) + known
    modem.found_identity = None
    if verdict is Verdict.SIM_MOVED:
        release_imei(session, found.imei, keep=modem_id)
        modem.identity_note = f"SIM {found.imsi} moved from modem IMEI {expected.imei} to IMEI {found.imei}"
        modem.identity_changed_at = now
        log.info("%s: %s; carrying on with its count", modem.name, modem.identity_note)
    if verdict is Verdict.CARD_CONFIRMED:
        carry_count(session, modem.imsi, found.imsi, now)
        modem.identity_note = f"SIM replaced on the same line: {modem.imsi} → {found.imsi}"
        modem.identity_changed_at = now
    if verdict in (Verdict.FIRST, Verdict.CARD_CONFIRMED):
        release_imei(session, found.imei, keep=modem_id)
    adopt(modem, found, replace_sim=verdict in (Verdict.FIRST, Verdict.CARD_CONFIRMED))
    return None


def adopt(modem: Modem, found: Identity, *, replace_sim: bool) -> None:
    """Take the modem's IMEI, and the SIM's values where missing (all of them with `replace_sim`)."""
    modem.imei = found.imei or modem.imei
    if replace_sim:
        modem.imsi = found.imsi or modem.imsi
        modem.iccid = found.iccid or modem.iccid
    else:
        modem.iccid = modem.iccid or found.iccid
    modem.own_number = modem.own_number or found.own_number  # a number typed in by a person wins


def release_imei(session: Session, imei: str | None, keep: int) -> None:
    """Another record that knew this modem by its IMEI forgets it (its SIM is elsewhere now)."""
    if imei:
        session.execute(update(Modem).where(Modem.imei == imei, Modem.id != keep).values(imei=None))
        session.flush()


def trade_ports(
    session: Session, modem_id: int, found: Identity, port: str, busy: Collection[int], now: datetime
) -> int | None:
    """The SIM found on `port` is another entry's: that entry moves to `port`, this one to its old port.

    Only an enabled entry of the same computer that is not sending now (`busy`: the healthy ones)
    follows its SIM; one that is driven shows the same SIM through another port of its modem.
    Both sides of a swap may find the other's SIM at once: each move is made from the port where
    the SIM was found, so the second finding confirms the first. Returns the entry that moved.
    """
    modem = session.get(Modem, modem_id)
    if modem is None:
        return None
    owner = next((m for m in owners_of(session, modem, found) if m.id not in busy), None)
    if owner is None:
        return None
    their_port = owner.port
    if their_port != port:
        owner.port = port
        note(owner, f"SIM found on port {port} (was {their_port})", now)
        if modem.port == port:
            modem.port = their_port
            note(modem, f"port {port} holds the SIM of {owner.name}: looks on {their_port} now", now)
    return owner.id


def note(modem: Modem, text: str, now: datetime) -> None:
    modem.identity_note, modem.identity_changed_at = text, now
    log.info("%s: %s", modem.name, text)


def owners_of(session: Session, modem: Modem, found: Identity) -> list[Modem]:
    """Other enabled entries of this computer whose SIM (or SIM card) is the one found."""
    if not (found.imsi or found.iccid):
        return []
    query = select(Modem).where(Modem.id != modem.id, Modem.enabled.is_(True)).order_by(Modem.id)
    return [
        other for other in session.scalars(query)
        if other.host == modem.host
        and ((found.imsi and other.imsi == found.imsi) or (found.iccid and other.iccid == found.iccid))
    ]


def holders_of_sim(session: Session, imsi: str, other_than: int) -> list[str]:
    query = select(Modem.name).where(Modem.imsi == imsi, Modem.id != other_than).order_by(Modem.id)
    return list(session.scalars(query))
