"""An AT modem on a pseudo-terminal, for tests, benchmarks and `desk-sms --demo`.

`SimulatedModem` is the entry point; `python -m modem.simulator` runs one as its
own process. Imports neither `desk_sms` nor `ui`, and nothing of Qt.
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
