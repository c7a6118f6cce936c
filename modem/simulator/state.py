"""The plain state of a simulated modem: volatile settings, the SIM card, the network."""

from __future__ import annotations

from dataclasses import dataclass, field

from modem.simulator.profiles import Profile

MAX_PIN_ATTEMPTS = 3
MAX_PUK_ATTEMPTS = 10
REGISTERED_STATES = (1, 5)  # +CREG <stat>: home, roaming


@dataclass
class Settings:
    """What ATZ and a power cycle reset (the V.250 / 27.005 / 27.007 parameters)."""

    echo: bool = True
    cmee: int = 0
    text_mode: bool = False  # AT+CMGF=1
    charset: str = "GSM"  # AT+CSCS
    cnmi: tuple[int, int, int, int, int] = (2, 1, 0, 2, 0)
    csmp: tuple[int, int, int, int] = (17, 167, 0, 0)  # fo, vp, pid, dcs
    cops_format: int = 0  # 0 long name, 1 short name, 2 numeric
    creg_mode: int = 0  # 0 silent, 1 +CREG: <stat>, 2 with location
    clip: int = 0
    crc: int = 0
    cvhu: int = 0
    curc: int = 1  # Huawei: periodic ^RSSI etc. on
    wind: int = 0  # Wavecom +WIND indication mask
    memories: list[str] = field(default_factory=lambda: ["SM", "SM", "SM"])  # mem1-3

    @classmethod
    def at_power_up(cls, profile: Profile) -> Settings:
        return cls(echo=profile.echo_at_start, cnmi=profile.cnmi_at_start)

    @property
    def mt(self) -> int:
        """+CNMI <mt>: 0 store only, 1/3 store and +CMTI, 2 route directly (+CMT)."""
        return self.cnmi[1]

    @property
    def ds(self) -> int:
        """+CNMI <ds>: 0 store silently, 1 route directly (+CDS), 2 store and +CDSI."""
        return self.cnmi[3]


@dataclass
class SimCard:
    imsi: str
    pin: str | None
    puk: str
    own_number: str
    smsc: str
    iccid: str = "8981440101234567890"
    attempts_left: int = MAX_PIN_ATTEMPTS
    puk_attempts_left: int = MAX_PUK_ATTEMPTS
    unlocked: bool = False

    @property
    def state(self) -> str:
        """The +CPIN: answer."""
        if self.unlocked:
            return "READY"
        if self.attempts_left <= 0:
            return "SIM PUK"
        return "SIM PIN"

    def power_up(self) -> None:
        self.unlocked = self.pin is None

    def try_pin(self, pin: str) -> bool:
        if pin == self.pin:
            self.attempts_left = MAX_PIN_ATTEMPTS
            self.unlocked = True
            return True
        self.attempts_left -= 1
        return False

    def try_puk(self, puk: str, new_pin: str) -> bool:
        if puk == self.puk:
            self.pin = new_pin
            self.attempts_left = MAX_PIN_ATTEMPTS
            self.puk_attempts_left = MAX_PUK_ATTEMPTS
            self.unlocked = True
            return True
        self.puk_attempts_left -= 1
        return False


@dataclass
class Network:
    operator: str
    rssi: int
    registration: int = 1  # +CREG <stat>
    radio_on: bool = True  # AT+CFUN=1 / 0
    operator_numeric: str = "44010"  # NTT DOCOMO's MCC/MNC

    def registered(self, sim: SimCard) -> bool:
        return self.radio_on and sim.unlocked and self.registration in REGISTERED_STATES

    def reported_registration(self, sim: SimCard) -> int:
        """What +CREG shows: nothing can register without radio or an unlocked SIM."""
        if not self.radio_on or not sim.unlocked:
            return 0
        return self.registration
