"""SMS parts and their cost per SIM, per day or month (Reports), exportable as CSV or Excel.

Each sent part records the SIM it went out on (see `sim_usage`), so a SIM moved between modems
is one line. A part sent before SIMs were recorded counts under its modem. A SIM's price per
part is the one set on the modem entry that holds the SIM now; without one, the cost is blank.
"""

from __future__ import annotations

import builtins
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Modem, OutboundPart
from desk_sms.importing.exporting import export_rows
from desk_sms.services.reports import Period, period_start

HEADERS = ("period", "sim", "modem", "number", "parts", "price_per_part", "cost")


@dataclass(frozen=True)
class SimLine:
    """What one modem entry (one SIM) is called and costs."""

    modem: str
    number: str
    price_per_part: float | None
    modem_id: int | None = None


@dataclass(frozen=True)
class SimPartsRow:
    period: str  # the first day of the day or month, ISO
    sim: str  # the IMSI, or "" for parts sent before SIMs were recorded
    modem: str
    number: str
    parts: int
    price_per_part: float | None
    modem_id: int | None = None  # the modem entry holding the SIM (where its price is set)

    @property
    def cost(self) -> float | None:
        return None if self.price_per_part is None else round(self.parts * self.price_per_part, 2)

    def cells(self) -> tuple[object, ...]:
        return (self.period, self.sim, self.modem, self.number, self.parts, self.price_per_part, self.cost)


class SimCostsService:
    def __init__(self, session_factory: sessionmaker[Session], timezone: Callable[[], str]) -> None:
        self._session_factory = session_factory
        self._timezone = timezone

    def parts_per_sim(self, period: Period, first: date, last: date) -> builtins.list[SimPartsRow]:
        """Parts each SIM sent per day or month within `first`..`last` (local days), oldest first."""
        zone = ZoneInfo(self._timezone())
        start = datetime.combine(first, time.min, zone)
        end = datetime.combine(last + timedelta(days=1), time.min, zone)
        with self._session_factory() as session:
            lines, by_modem = _lines(session)
            parts = session.execute(
                select(OutboundPart.submitted_at, OutboundPart.imsi, OutboundPart.modem_id).where(
                    OutboundPart.submitted_at >= start, OutboundPart.submitted_at < end
                )
            ).all()
        counts: Counter[tuple[str, str, int | None]] = Counter()
        for at, imsi, modem_id in parts:
            if at is None:
                continue
            key = period_start(at.astimezone(zone).date(), period).isoformat()
            counts[(key, imsi or "", None if imsi else modem_id)] += 1
        rows = []
        for (key, imsi, modem_id), count in counts.items():
            line = lines.get(imsi) if imsi else by_modem.get(modem_id or -1)
            line = line or SimLine("", "", None)
            rows.append(
                SimPartsRow(key, imsi, line.modem, line.number, count, line.price_per_part, line.modem_id)
            )
        return sorted(rows, key=lambda row: (row.period, row.modem, row.sim))

    def export(self, path: str | Path, rows: builtins.list[SimPartsRow]) -> int:
        """Write the rows (and a total) as .csv or .xlsx, by the file's suffix."""
        costs = [row.cost for row in rows if row.cost is not None]
        total_cost = round(sum(costs), 2) if costs else None
        total = ("total", "", "", "", sum(row.parts for row in rows), None, total_cost)
        export_rows(path, HEADERS, [*(row.cells() for row in rows), total], sheet_title="Parts per SIM")
        return len(rows)


def _lines(session: Session) -> tuple[dict[str, SimLine], dict[int, SimLine]]:
    by_sim: dict[str, SimLine] = {}
    by_modem: dict[int, SimLine] = {}
    for modem in session.scalars(select(Modem).order_by(Modem.enabled, Modem.id)):  # enabled entries win
        line = SimLine(modem.name, modem.own_number or "", modem.price_per_part, modem.id)
        by_modem[modem.id] = line
        if modem.imsi:
            by_sim[modem.imsi] = line
    return by_sim, by_modem
