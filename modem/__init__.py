"""Everything that talks to a GSM modem. Imports neither `desk_sms` nor `ui`."""

from modem.interface import (
    DeliveryStatus,
    InboundPart,
    ModemCallbacks,
    ModemDriver,
    ModemState,
    ModemStatus,
    Registration,
    SendResult,
    StatusReport,
)

__all__ = [
    "DeliveryStatus",
    "InboundPart",
    "ModemCallbacks",
    "ModemDriver",
    "ModemState",
    "ModemStatus",
    "Registration",
    "SendResult",
    "StatusReport",
]
