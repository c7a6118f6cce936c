"""Handlers for the general AT commands: V.250 basics, identity, SIM PIN, network.

Each handler takes the `ModemCore` and the parsed `Command` and returns a `Reply`
or raises a `CommandError`; the core runs it under its lock.
"""

from __future__ import annotations

from modem.simulator.at_machine import (
    CmeError,
    Command,
    CommandError,
    CommandKind,
    Reply,
    UnknownCommandError,
)
from modem.simulator.core import Handler, ModemCore
from modem.simulator.state import Settings

_SET, _READ, _TEST, _EXEC = CommandKind.SET, CommandKind.READ, CommandKind.TEST, CommandKind.EXEC


def is_number(raw: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts "²", which int() refuses."""
    return raw.isascii() and raw.isdigit()


def int_arg(command: Command, position: int, allowed: range, default: int | None = None) -> int:
    """The integer argument at `position`, checked against `allowed`; CME 3 otherwise."""
    raw = command.args[position].strip() if position < len(command.args) else ""
    if not raw:
        if default is None:
            raise CmeError(3)
        return default
    if not is_number(raw) or int(raw) not in allowed:
        raise CmeError(3)
    return int(raw)


def info(*lines: str) -> Reply:
    return Reply(blocks=[(line,) for line in lines])


# ------------------------------------------------------------------ V.250


def reset(core: ModemCore, command: Command) -> Reply:
    """ATZ / AT&F: back to the power-up settings (storage choice included)."""
    core.settings = Settings.at_power_up(core.profile)
    return Reply()


def echo(core: ModemCore, command: Command) -> Reply:
    core.settings.echo = int_arg(command, 0, range(2), default=0) == 1
    return Reply()


def verbose(core: ModemCore, command: Command) -> Reply:
    if int_arg(command, 0, range(2), default=0) != 1:
        raise CommandError("numeric result codes are not simulated")
    return Reply()


def accept(core: ModemCore, command: Command) -> Reply:
    """Commands whose effect the simulator does not model (ATQ0, ATH, AT&W, ATSn=...)."""
    if command.kind is _READ:
        return info("000")
    return Reply()


def identify(core: ModemCore, command: Command) -> Reply:
    profile = core.profile
    return info(profile.manufacturer, profile.model, f"Revision: {profile.revision}")


# --------------------------------------------------------------- identity


def _identity(value_of: str) -> Handler:
    def handler(core: ModemCore, command: Command) -> Reply:
        if command.kind is _TEST:
            return Reply()
        if command.kind is not _EXEC:
            raise CmeError(3)
        if value_of == "imsi":
            core.require_sim()
        values = {
            "manufacturer": core.profile.manufacturer,
            "model": core.profile.model,
            "revision": core.profile.revision,
            "imei": core.options.imei,
            "imsi": core.sim.imsi,
        }
        return info(values[value_of])

    return handler


def own_number(core: ModemCore, command: Command) -> Reply:
    core.require_sim()
    number = core.sim.own_number
    return info(f'+CNUM: "","{number}",{145 if number.startswith("+") else 129}')


def list_commands(core: ModemCore, command: Command) -> Reply:
    names = ("E", "I", "Z", "+CLAC", *core.profile.supported_commands)
    return info(*sorted({f"AT{name}" for name in names}))


def iccid(prefix: str) -> Handler:
    """AT+CCID (SIMCom, u-blox...) or AT+QCCID (Quectel): the SIM card's serial number."""

    def handler(core: ModemCore, command: Command) -> Reply:
        if command.kind is _TEST:
            return Reply()
        return info(f"{prefix}: {core.sim.iccid}")  # readable before the PIN, as on hardware

    return handler


# -------------------------------------------------------------------- PIN


def cpin(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return Reply()
    if command.kind is _READ:
        # Some Wavecom firmware really ends this answer without OK; drivers must cope.
        return Reply(blocks=[(f"+CPIN: {core.sim.state}",)],
                     final=None if core.profile.cpin_without_ok else "OK")
    if command.kind is not _SET or not command.args:
        raise CmeError(3)
    return _enter_code(core, command.args)


def _enter_code(core: ModemCore, args: tuple[str, ...]) -> Reply:
    sim = core.sim
    state = sim.state
    if state == "READY":
        raise CmeError(3)
    if state == "SIM PUK":
        if len(args) < 2 or sim.puk_attempts_left <= 0:
            raise CmeError(12)
        if not sim.try_puk(args[0], args[1]):
            raise CmeError(16)
    elif not sim.try_pin(args[0]):
        raise CmeError(16)
    core.sim_unlocked()
    return Reply()


def pin_counters(core: ModemCore, command: Command) -> Reply:
    """+CPINC? (attempts left: PIN, PIN2, PUK, PUK2) and Huawei's ^CPIN?."""
    sim = core.sim
    if command.name == "^CPIN":
        code = sim.state if sim.state != "READY" else "READY"
        times = sim.puk_attempts_left if code == "SIM PUK" else sim.attempts_left
        return info(f"^CPIN: {code},{times},{sim.puk_attempts_left},{sim.attempts_left},10,3")
    return info(f"+CPINC: {sim.attempts_left},3,{sim.puk_attempts_left},10")


# ---------------------------------------------------------------- network


def signal_quality(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return info("+CSQ: (0-31,99),(0-7,99)")
    rssi = core.network.rssi if core.network.radio_on else 99
    return info(f"+CSQ: {rssi},99")


def operator(core: ModemCore, command: Command) -> Reply:
    network, settings = core.network, core.settings
    if command.kind is _TEST:
        name = network.operator
        return info(f'+COPS: (2,"{name}","{name[:8]}","{network.operator_numeric}",2),,(0-4),(0-2)')
    if command.kind is _SET:
        if int_arg(command, 0, range(5)) == 3:
            settings.cops_format = int_arg(command, 1, range(3))
        return Reply()
    if not network.registered(core.sim):
        return info("+COPS: 0")
    fmt = settings.cops_format
    name = {0: network.operator, 1: network.operator[:8], 2: network.operator_numeric}[fmt]
    return info(f'+COPS: 0,{fmt},"{name}",2')


def registration(core: ModemCore, command: Command) -> Reply:
    settings = core.settings
    if command.kind is _TEST:
        return info("+CREG: (0-2)")
    if command.kind is _SET:
        settings.creg_mode = int_arg(command, 0, range(3), default=0)
        return Reply()
    stat = core.network.reported_registration(core.sim)
    location = ',"1A2B","01C3F5"' if settings.creg_mode == 2 and stat in (1, 5) else ""
    return info(f"+CREG: {settings.creg_mode},{stat}{location}")


def functionality(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return info("+CFUN: (0,1,4),(0,1)")
    if command.kind is _READ:
        return info(f"+CFUN: {1 if core.network.radio_on else 4}")
    fun = int_arg(command, 0, range(5))
    if fun not in (0, 1, 4):
        raise CmeError(3)
    if int_arg(command, 1, range(2), default=0) == 1:
        core.power_up()  # reset: the SIM asks for its PIN again
        return Reply()
    core.network.radio_on = fun == 1
    core.drain()
    return Reply()


def _setting(attribute: str, allowed: range) -> Handler:
    """A numeric setting with the usual set / read (+NAME: n) / test forms."""

    def handler(core: ModemCore, command: Command) -> Reply:
        if command.kind is _TEST:
            return info(f"{command.name}: ({allowed.start}-{allowed.stop - 1})")
        if command.kind is _READ:
            return info(f"{command.name}: {getattr(core.settings, attribute)}")
        if command.kind is _EXEC:
            raise UnknownCommandError(command.name)
        setattr(core.settings, attribute, int_arg(command, 0, allowed))
        return Reply()

    return handler


def huawei_syscfg(core: ModemCore, command: Command) -> Reply:
    if command.kind is _READ:
        return info("^SYSCFG: 2,2,3FFFFFFF,1,2")
    return Reply()


BASIC_HANDLERS: dict[str, Handler] = {
    "Z": reset,
    "&F": reset,
    "E": echo,
    "V": verbose,
    "Q": accept,
    "H": accept,
    "X": accept,
    "&W": accept,
    "&C": accept,
    "&D": accept,
    "S0": accept,
    "I": identify,
    "+CGMI": _identity("manufacturer"),
    "+GMI": _identity("manufacturer"),
    "+CGMM": _identity("model"),
    "+GMM": _identity("model"),
    "+CGMR": _identity("revision"),
    "+GMR": _identity("revision"),
    "+CGSN": _identity("imei"),
    "+GSN": _identity("imei"),
    "+CIMI": _identity("imsi"),
    "+CNUM": own_number,
    "+CLAC": list_commands,
    "+CPIN": cpin,
    "+CPINC": pin_counters,
    "^CPIN": pin_counters,
    "+CSQ": signal_quality,
    "+COPS": operator,
    "+CREG": registration,
    "+CFUN": functionality,
    "+CMEE": _setting("cmee", range(3)),
    "+CLIP": _setting("clip", range(2)),
    "+CRC": _setting("crc", range(2)),
    "+CVHU": _setting("cvhu", range(2)),
    "^CURC": _setting("curc", range(2)),
    "+WIND": _setting("wind", range(256)),
    "+QINDCFG": accept,
    "+CCID": iccid("+CCID"),
    "+QCCID": iccid("+QCCID"),
    "^SYSCFG": huawei_syscfg,
}
