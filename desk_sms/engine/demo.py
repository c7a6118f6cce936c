"""`--demo N`: N simulated modems, so a newcomer sees the whole loop without hardware.

Each simulator listens on a loopback TCP port (`socket://127.0.0.1:PORT`, opened through pyserial's
`serial_for_url`), a transport every platform has: Windows has no pseudo-terminals. The simulators
reply to some messages and send delivery reports after a few seconds. They run inside this process
and are registered (by IMEI) as ordinary modems named "Demo modem N".
"""

from __future__ import annotations

import logging
import socket

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk_sms.db.models import Modem
from modem.simulator import SimulatedModem

log = logging.getLogger(__name__)

DEMO_IMEI_PREFIX = "99000000000000"  # 99… is not allocated to real devices in these demos


class DemoModems:
    def __init__(
        self, count: int, *, send_delay: float = 0.8, reply_rate: float = 0.3, min_interval: float = 1.0
    ) -> None:
        self.min_interval = min_interval
        profiles = ("generic", "huawei", "quectel", "wavecom")
        self.simulators = [
            SimulatedModem(
                profiles[index % len(profiles)] if index else "generic",
                imei=f"{DEMO_IMEI_PREFIX}{index + 1}",
                imsi=f"4401090000{index + 1:05d}",  # each demo modem its own SIM: limits are per SIM
                own_number=f"+8190000{index + 1:02d}0000",
                send_delay=send_delay,
                auto_status_reports=True,
                status_report_delay=3.0,
                reply_rate=reply_rate,
                reply_delay=4.0,
                seed=index,
                transport="socket",
            )
            for index in range(count)
        ]

    def start(self, session_factory: sessionmaker[Session]) -> None:
        for index, simulator in enumerate(self.simulators, start=1):
            port = simulator.start()
            register(session_factory, simulator.imei, f"Demo modem {index}", port, self.min_interval)
        log.info("started %d demo modem(s)", len(self.simulators))

    def port_for(self, imei: str) -> str | None:
        for simulator in self.simulators:
            if simulator.imei == imei:
                return simulator.port
        return None

    def stop(self) -> None:
        for simulator in self.simulators:
            simulator.stop()


def register(
    session_factory: sessionmaker[Session], imei: str, name: str, port: str, min_interval: float = 1.0
) -> None:
    """Add the demo modem, or point the existing one (same IMEI) at its new loopback URL."""
    with session_factory.begin() as session:
        modem = session.scalars(select(Modem).where(Modem.imei == imei)).first()
        if modem is None:
            taken = set(session.scalars(select(Modem.name)))
            unique = name if name not in taken else f"{name} ({imei[-4:]})"
            modem = Modem(name=unique, imei=imei, port=port, min_interval_seconds=min_interval)
            session.add(modem)
        modem.port = port
        modem.enabled = True
        modem.host = socket.gethostname()  # its loopback port exists on this computer only
