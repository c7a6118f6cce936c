"""Device personalities of the simulated modem, as plain data.

Each profile copies the traits of a family of real USB modems that a driver must
survive: echo at power-up, boot chatter, spontaneous status lines (possibly in the
middle of another command's answer), odd final result codes and small delays.
Tests pick one by name or tweak one with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Commands every profile answers; AT+CLAC lists them (plus `Profile.extra_commands`).
COMMON_COMMANDS: tuple[str, ...] = (
    "+CGMI", "+CGMM", "+CGMR", "+CGSN", "+CIMI", "+CPIN", "+CSQ", "+COPS", "+CREG", "+CFUN",
    "+CMEE", "+CMGF", "+CSCS", "+CSCA", "+CPMS", "+CNMI", "+CSMP", "+CMGS", "+CMGL", "+CMGR",
    "+CMGD", "+CLAC", "+CVHU", "+CLIP", "+CRC", "+CNUM", "+CCID",
)


@dataclass(frozen=True)
class Profile:
    """How one family of modems behaves on the serial line.

    Attributes:
        name: the key in `PROFILES`.
        manufacturer, model, revision: answers to AT+CGMI, AT+CGMM, AT+CGMR.
        echo_at_start: whether commands are echoed after power-up and after ATZ.
        boot_lines: unsolicited lines sent right after the answer to the first command
            following power-up (a modem still booting while the host starts talking).
        pin_ready_lines: unsolicited lines sent after the SIM is unlocked.
        unsolicited_lines: spontaneous lines; `{rssi}` is replaced by the current signal.
        unsolicited_period: mean seconds between spontaneous lines; None for never.
        interleave_unsolicited: let unsolicited lines land inside another command's
            answer (real modems do; the driver must survive it) instead of after it.
        interleave_probability: with interleaving on, the chance that an answer also
            carries one spontaneous line from `unsolicited_lines`.
        response_delay: seconds before each answer.
        supports_ucs2_cscs: whether AT+CSCS=? lists "UCS2".
        storages: message storages offered by AT+CPMS=? (received messages and "SR").
        cpin_without_ok: answer AT+CPIN? without the final OK (some Wavecom firmware).
        unknown_command_reply: the final result code for a command the modem lacks.
        extra_commands: vendor commands listed by AT+CLAC besides `COMMON_COMMANDS`.
        storage_full_line: unsolicited line sent when a message finds the storage full.
        cnmi_at_start: the +CNMI setting after power-up (mode, mt, bm, ds, bfr).
    """

    name: str
    manufacturer: str
    model: str
    revision: str
    echo_at_start: bool = True
    boot_lines: tuple[str, ...] = ()
    pin_ready_lines: tuple[str, ...] = ()
    unsolicited_lines: tuple[str, ...] = ()
    unsolicited_period: float | None = None
    interleave_unsolicited: bool = False
    interleave_probability: float = 0.2
    response_delay: float = 0.0
    supports_ucs2_cscs: bool = True
    storages: tuple[str, ...] = ("SM", "ME", "SR")
    cpin_without_ok: bool = False
    unknown_command_reply: str = "ERROR"
    extra_commands: tuple[str, ...] = ()
    storage_full_line: str | None = None
    cnmi_at_start: tuple[int, int, int, int, int] = field(default=(2, 1, 0, 2, 0))

    @property
    def supported_commands(self) -> tuple[str, ...]:
        return COMMON_COMMANDS + self.extra_commands


GENERIC = Profile(
    name="generic",
    manufacturer="SIMULATED",
    model="SIM-GSM-1",
    revision="1.0.0",
)

HUAWEI = Profile(
    name="huawei",
    manufacturer="huawei",
    model="E173",
    revision="11.126.85.00.209",
    boot_lines=("^BOOT:20952548,0,0,0,72",),
    unsolicited_lines=("^RSSI:{rssi}", "^MODE:5,4", "^BOOT:20952548,0,0,0,72"),
    unsolicited_period=2.0,
    response_delay=0.001,
    unknown_command_reply="COMMAND NOT SUPPORT",
    extra_commands=("^CURC", "^SYSCFG", "^CPIN"),
    storage_full_line='^SMMEMFULL: "SM"',
)

WAVECOM = Profile(
    name="wavecom",
    manufacturer="WAVECOM MODEM",
    model="MULTIBAND  900E  1800",
    revision="R7.46.0.201008260000",
    boot_lines=("RDY", "+WIND: 3", "+WIND: 1", "+WIND: 7", "+WIND: 4"),
    unsolicited_lines=("+WIND: 10,\"SM\",0,\"FD\",0,\"ON\",1", "+WIND: 7"),
    unsolicited_period=5.0,
    response_delay=0.002,
    supports_ucs2_cscs=False,
    storages=("SM", "SR"),
    cpin_without_ok=True,
    extra_commands=("+WIND",),
)

QUECTEL = Profile(
    name="quectel",
    manufacturer="Quectel",
    model="EC25",
    revision="EC25JFAR06A06M4G",
    boot_lines=("RDY", "+CFUN: 1", "+QUSIM: 1", "+QIND: SMS DONE", "SMS Ready"),
    pin_ready_lines=("+CPIN: READY", "+QIND: SMS DONE", "SMS Ready"),
    unsolicited_lines=('+QIND: "csq",{rssi},99',),
    unsolicited_period=3.0,
    response_delay=0.001,
    extra_commands=("+QINDCFG", "+QCCID"),
)

# Huawei whose status lines also land inside answers: what the driver must survive.
NOISY = Profile(
    name="noisy",
    manufacturer=HUAWEI.manufacturer,
    model=HUAWEI.model,
    revision=HUAWEI.revision,
    boot_lines=HUAWEI.boot_lines,
    unsolicited_lines=HUAWEI.unsolicited_lines,
    unsolicited_period=0.5,
    interleave_unsolicited=True,
    interleave_probability=0.3,
    unknown_command_reply=HUAWEI.unknown_command_reply,
    extra_commands=HUAWEI.extra_commands,
    storage_full_line=HUAWEI.storage_full_line,
)

PROFILES: dict[str, Profile] = {p.name: p for p in (GENERIC, HUAWEI, WAVECOM, QUECTEL, NOISY)}


def get_profile(profile: str | Profile) -> Profile:
    """The profile named `profile` (or `profile` itself); KeyError names the known ones."""
    if isinstance(profile, Profile):
        return profile
    try:
        return PROFILES[profile]
    except KeyError:
        raise KeyError(f"unknown modem profile {profile!r}; known: {sorted(PROFILES)}") from None
