"""An AT modem on a pseudo-terminal, for tests, benchmarks and `desk-sms --demo`.

    with SimulatedModem("huawei", pin="1234", auto_status_reports=True, seed=1) as sim:
        driver = GsmDriver(sim.port, ...)          # opens the pty like /dev/ttyUSB0
        sim.receive_sms("+819012345678", "予約を変更できますか？")
        sim.ledger.wait_for_count(1, timeout=5)    # what the network accepted

`python -m modem.simulator --port-file FILE` runs one as its own process.
Profiles (generic, huawei, wavecom, quectel, noisy) live in `profiles.py`.
Imports neither `desk_sms` nor `ui`, and nothing of Qt.
"""

from modem.simulator.ledger import Ledger, LedgerEntry, LedgerMessage
from modem.simulator.profiles import PROFILES, Profile, get_profile
from modem.simulator.simulated_modem import SimulatedModem
from modem.simulator.storage import DeliverContent, ReportContent, SlotStatus, StoredMessage

__all__ = [
    "PROFILES",
    "DeliverContent",
    "Ledger",
    "LedgerEntry",
    "LedgerMessage",
    "Profile",
    "ReportContent",
    "SimulatedModem",
    "SlotStatus",
    "StoredMessage",
    "get_profile",
]
