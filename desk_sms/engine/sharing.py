"""Several engines on one database server: each modem is driven by exactly one of them.

Every engine holds a membership lease (`engine:<owner>`) and one lease per modem it drives
(`modem:<id>`), all renewed by its heartbeat. A lease is live while its heartbeat is younger than
`STALE_AFTER` and, when its owner ran on this computer, while that process exists. The modems of
an engine that is no longer live go to the live ones, and the messages it had in hand become
`uncertain` (DESIGN.md §2: never resent blindly). A modem pinned to a computer (`modems.host`) is
driven only by an engine on that computer; engines even out the modems each may drive.
"""

from __future__ import annotations

import logging
import os
import socket
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import EngineLease
from desk_sms.db.session import database_now
from desk_sms.engine.lease import STALE_AFTER, Lease, LeaseHolder

log = logging.getLogger(__name__)

MEMBER_PREFIX = "engine:"
MODEM_PREFIX = "modem:"


def modem_lease_name(modem_id: int) -> str:
    return f"{MODEM_PREFIX}{modem_id}"


@dataclass(frozen=True)
class LeaseRow:
    name: str
    holder: LeaseHolder


@dataclass(frozen=True)
class Plan:
    """What one engine does with the modems at one heartbeat."""

    take: frozenset[int] = frozenset()
    release: frozenset[int] = frozenset()
    lost: frozenset[int] = frozenset()  # ours no more: another engine took them while we were silent
    live_owners: frozenset[str] = frozenset()
    dead_owners: frozenset[str] = frozenset()
    modem_holders: Mapping[int, LeaseHolder] = field(default_factory=dict)


def plan_modems(
    me: str,
    my_host: str,
    driving: frozenset[int],
    rows: list[LeaseRow],
    drivable: Mapping[int, str | None],
    is_live: Callable[[LeaseHolder], bool],
) -> Plan:
    """Decide which modems to take and release; pure, so every rule is testable on its own.

    `driving` is what this engine drives now; `drivable` maps each enabled modem to the computer
    it is pinned to (None: any). An engine takes a free modem while it drives no more than any
    other engine that could take it, and gives one back when such an engine drives two fewer.
    """
    members = {r.holder.owner: r.holder.host for r in rows if r.name.startswith(MEMBER_PREFIX)}
    live = {owner for owner in members if owner == me or is_live(_member(rows, owner))}
    holders: dict[int, LeaseHolder] = {}
    for row in rows:
        if row.name.startswith(MODEM_PREFIX) and row.holder.owner in live and is_live(row.holder):
            holders[int(row.name.removeprefix(MODEM_PREFIX))] = row.holder
    load = Counter(holder.owner for holder in holders.values())
    here = {m for m, pin in drivable.items() if pin is None or pin == my_host}
    ours = {m for m, holder in holders.items() if holder.owner == me}
    lost = frozenset(driving - ours)
    release = (ours - here) | (ours - set(drivable))

    def rivals(modem_id: int) -> list[str]:
        pin = drivable.get(modem_id)
        return [o for o in live if o != me and (pin is None or members.get(o) == pin)]

    take: set[int] = set()
    for modem_id in sorted(here - set(holders)):
        if all(load[me] <= load[o] for o in rivals(modem_id)):
            take.add(modem_id)
            load[me] += 1
    if not take and not release:
        for modem_id in sorted(ours & here, reverse=True):
            if any(load[o] <= load[me] - 2 for o in rivals(modem_id)):
                release = {modem_id}
                break
    everyone = {r.holder.owner for r in rows}
    return Plan(
        take=frozenset(take),
        release=frozenset(release),
        lost=lost,
        live_owners=frozenset(live),
        dead_owners=frozenset(everyone - live),
        modem_holders=holders,
    )


def _member(rows: list[LeaseRow], owner: str) -> LeaseHolder:
    return next(r.holder for r in rows if r.name == f"{MEMBER_PREFIX}{owner}")


class ModemSharing:
    """The database side of sharing: membership, heartbeats, taking and giving back modem leases."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        owner: str,
        now: Callable[[], datetime] | None = None,
        stale_after: timedelta = STALE_AFTER,
    ) -> None:
        self._session_factory = session_factory
        self.owner = owner
        # Heartbeats are stamped and judged by one clock, the server's: desks' own clocks drift apart,
        # and a desk whose clock runs 30 s behind must not look dead to the others.
        self.now = now or self._server_now
        self.host = socket.gethostname()
        self.stale_after = stale_after
        self._membership = Lease(session_factory, owner, f"{MEMBER_PREFIX}{owner}", stale_after)

    def _server_now(self) -> datetime:
        with self._session_factory() as session:
            return database_now(session)

    def is_live(self, holder: LeaseHolder, now: datetime) -> bool:
        if holder.owner == self.owner:
            return True
        return holder.heartbeat_at >= now - self.stale_after and not holder.died_on_this_host()

    def join(self, now: datetime) -> None:
        self._membership.acquire(now)

    def leave(self) -> None:
        with self._session_factory.begin() as session:
            session.execute(delete(EngineLease).where(EngineLease.owner == self.owner))

    def heartbeat(self, now: datetime) -> None:
        """Renew every lease we hold in one statement; rejoin if we were taken for dead."""
        with self._session_factory.begin() as session:
            session.execute(
                update(EngineLease).where(EngineLease.owner == self.owner).values(heartbeat_at=now)
            )
        if self._membership.holder() is None:
            log.warning("this engine was taken for dead by the others; joining again")
            self.join(now)

    def rows(self) -> list[LeaseRow]:
        with self._session_factory() as session:
            return [
                LeaseRow(row.name, LeaseHolder(row.owner, row.host, row.pid, row.heartbeat_at))
                for row in session.scalars(select(EngineLease))
            ]

    def take(self, modem_id: int, now: datetime) -> bool:
        """Atomic: free, ours, stale or left by a dead local process; two engines never both win."""
        return Lease(self._session_factory, self.owner, modem_lease_name(modem_id), self.stale_after).acquire(
            now
        )

    def give_back(self, modem_id: int) -> None:
        Lease(self._session_factory, self.owner, modem_lease_name(modem_id)).release()

    def forget(self, owners: frozenset[str]) -> None:
        """Remove the leases of engines that are gone (their modems were handed over first)."""
        if not owners:
            return
        with self._session_factory.begin() as session:
            session.execute(
                delete(EngineLease).where(
                    EngineLease.owner.in_(owners), EngineLease.name.startswith(MEMBER_PREFIX)
                )
            )

    def describe(self) -> str:
        return f"process {os.getpid()} on {self.host}"
