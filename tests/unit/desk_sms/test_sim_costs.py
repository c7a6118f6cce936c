"""Parts and cost per SIM, per day and month, exported as CSV and Excel."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from desk_sms.context import AppContext
from desk_sms.db.models import OutboundMessage, OutboundPart
from desk_sms.engine.identity import Identity
from desk_sms.errors import InvalidInput
from desk_sms.services.reports import Period
from desk_sms.services.sim_costs import SimCostsService, SimPartsRow

SIM_X, SIM_Y = "440101111111111", "440209999999999"


def add_parts(context: AppContext, parts: list[tuple[datetime, str | None, int]]) -> None:
    with context.database.session() as session:
        message_id = session.execute(
            insert(OutboundMessage).values(to_number="+819012345678", body="x", status="sent")
        ).inserted_primary_key[0]
        session.execute(
            insert(OutboundPart),
            [
                {"message_id": message_id, "seq": seq, "modem_id": modem_id, "imsi": imsi, "submitted_at": at}
                for seq, (at, imsi, modem_id) in enumerate(parts, start=1)
            ],
        )


@pytest.fixture
def filled(context: AppContext) -> tuple[SimCostsService, int, int]:
    reception = context.modems.add(
        "/dev/a", name="受付", identity=Identity("356938035641001", SIM_X, None, "+81901")
    )
    spare = context.modems.add("/dev/b", name="予備", identity=Identity("356938035641002", SIM_Y))
    context.modems.update(reception, price_per_part=3.3)
    march_1 = datetime(2026, 3, 1, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo
    march_2 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    april_1 = datetime(2026, 4, 1, 1, 0, tzinfo=UTC)
    add_parts(
        context,
        [
            (march_1, SIM_X, reception),
            (march_1, SIM_X, spare),  # SIM X sat in the spare modem for a while: still SIM X
            (march_2, SIM_X, reception),
            (march_2, SIM_Y, spare),
            (april_1, SIM_X, reception),
            (datetime(2026, 2, 28, 14, 30, tzinfo=UTC), SIM_Y, spare),  # 23:30 in Tokyo: February
            (march_1, None, spare),  # sent before SIMs were recorded: counted under its modem
        ],
    )
    service = SimCostsService(context.database.session_factory, lambda: str(context.settings.get("timezone")))
    return service, reception, spare


def test_parts_per_sim_per_month_with_cost(filled: tuple[SimCostsService, int, int]) -> None:
    service, reception, spare = filled
    rows = service.parts_per_sim(Period.MONTH, date(2026, 2, 1), date(2026, 4, 30))
    assert rows == [
        SimPartsRow("2026-02-01", SIM_Y, "予備", "", 1, None, spare),
        SimPartsRow("2026-03-01", "", "予備", "", 1, None, spare),
        SimPartsRow("2026-03-01", SIM_Y, "予備", "", 1, None, spare),
        SimPartsRow("2026-03-01", SIM_X, "受付", "+81901", 3, 3.3, reception),
        SimPartsRow("2026-04-01", SIM_X, "受付", "+81901", 1, 3.3, reception),
    ]
    assert rows[3].cost == 9.9


def test_parts_per_sim_per_day_within_the_range(filled: tuple[SimCostsService, int, int]) -> None:
    service, _reception, _spare = filled
    rows = service.parts_per_sim(Period.DAY, date(2026, 3, 2), date(2026, 3, 2))
    assert [(row.period, row.sim, row.parts) for row in rows] == [
        ("2026-03-02", SIM_Y, 1),
        ("2026-03-02", SIM_X, 1),
    ]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_as_csv_and_excel(
    filled: tuple[SimCostsService, int, int], tmp_path: Path, suffix: str
) -> None:
    service, _reception, _spare = filled
    rows = service.parts_per_sim(Period.MONTH, date(2026, 3, 1), date(2026, 3, 31))
    path = tmp_path / f"sims.{suffix}"
    assert service.export(path, rows) == 3
    if suffix == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
        assert table[0] == ["period", "sim", "modem", "number", "parts", "price_per_part", "cost"]
        assert table[3] == ["2026-03-01", SIM_X, "受付", "'+81901", "3", "3.3", "9.9"]
        assert table[-1] == ["total", "", "", "", "5", "", "9.9"]
    else:
        sheet = load_workbook(path).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[3][:5] == ["2026-03-01", SIM_X, "受付", "'+81901", 3]
        assert values[-1][4] == 5 and values[-1][6] == pytest.approx(9.9)


def test_a_price_out_of_range_is_refused(context: AppContext) -> None:
    modem_id = context.modems.add("/dev/a", name="受付")
    with pytest.raises(InvalidInput, match="price of one SMS part"):
        context.modems.update(modem_id, price_per_part=-1.0)
    assert context.modems.find("受付").price_per_part is None
