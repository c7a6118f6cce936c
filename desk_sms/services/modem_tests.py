"""A test message through one chosen modem: does this SIM send, and does the message arrive?

It goes through the one outgoing pipeline like any message, pinned to the modem the way a reply is
(`preferred_modem_id`), urgent (quiet hours do not hold a person's test back) and short-lived: a
test the modem could not send within `EXPIRES_AFTER` expires rather than going out hours later.
The outcome is the message's own row: queued → sent → delivered, or failed with the reason.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import timedelta

from desk_sms.clock import Clock
from desk_sms.domain.phones import normalize_phone
from desk_sms.domain.roles import Permission
from desk_sms.errors import InvalidInput, UserError
from desk_sms.outbox.pipeline import Door
from desk_sms.outbox.states import MessageStatus
from desk_sms.services.modems import ModemRow, ModemService
from desk_sms.services.outbox import OutboxRow, OutboxService
from desk_sms.services.users import UsersService

EXPIRES_AFTER = timedelta(minutes=10)
SENDING_STATES = frozenset({"ready", "sending"})
# A test has an answer once it left these: sent (perhaps delivered later), or why not.
WAITING_STATES = frozenset({MessageStatus.QUEUED, MessageStatus.SENDING})
POLL_SECONDS = 0.5


class ModemCannotTest(UserError):
    code = "modem.cannot_test"
    template = "{name} cannot send now ({state}); test it once it shows ready"


@dataclass(frozen=True)
class ModemTestOutcome:
    """Where a test message stands; `modem` is the one that sent it (None until one did)."""


    message_id: int
    modem_asked: str
    row: OutboxRow

    @property
    def answered(self) -> bool:
        return self.row.status not in WAITING_STATES

    @property
    def other_modem(self) -> bool:
        """Another modem took it (the chosen one stopped being able to send meanwhile)."""
        return self.row.modem is not None and self.row.modem != self.modem_asked


class ModemTests:
    def __init__(
        self, modems: ModemService, outbox: OutboxService, users: UsersService, clock: Clock
    ) -> None:
        self._modems = modems
        self._outbox = outbox
        self._users = users
        self._clock = clock

    def send(self, modem_name: str, number: str, text: str) -> int:
        """Queue a test message to `number` through the modem named `modem_name`; its message id."""
        self._users.require(Permission.MANAGE_MODEMS)
        modem = self._modems.find(modem_name)
        self._check_can_send(modem)
        phone = normalize_phone(number, self._outbox.default_region)
        if phone.e164 is None:
            raise InvalidInput(detail=f"not a mobile number: {number.strip() or '(empty)'}")
        return self._outbox.enqueue(
            phone.e164, text, urgent=True, preferred_modem_id=modem.id, door=Door.TEST,
            expires_at=self._clock.now() + EXPIRES_AFTER,
        )

    @staticmethod
    def _check_can_send(modem: ModemRow) -> None:
        state = modem.state if modem.enabled else "disabled"
        if state not in SENDING_STATES:
            raise ModemCannotTest(name=modem.name, state=state.replace("_", " "), state_code=state)

    def outcome(self, message_id: int, modem_name: str) -> ModemTestOutcome:
        return ModemTestOutcome(message_id, modem_name, self._outbox.get(message_id))

    def wait(self, message_id: int, modem_name: str, timeout: float) -> ModemTestOutcome:
        """The outcome once the test has one (sent, failed…), or as it stands after `timeout` seconds."""
        pause = threading.Event()
        deadline = self._clock.monotonic() + timeout
        found = self.outcome(message_id, modem_name)
        while not found.answered and self._clock.monotonic() < deadline:
            self._clock.wait(pause, POLL_SECONDS)
            found = self.outcome(message_id, modem_name)
        return found
