"""Handlers for the SMS commands of 3GPP TS 27.005, in PDU and in text mode."""

from __future__ import annotations

from modem.pdu import DecodedSubmit, PduError, decode_pdu
from modem.simulator.at_machine import (
    BodyRequest,
    CmsError,
    Command,
    CommandKind,
    Reply,
)
from modem.simulator.basic_commands import info, is_number
from modem.simulator.core import Handler, ModemCore
from modem.simulator.sms_render import cmgl_lines, cmgr_lines, from_charset, to_charset
from modem.simulator.storage import STATUS_ALL, STATUS_BY_TEXT, MessageStore
from modem.sms_text import (
    GSM7_SINGLE_PART_SEPTETS,
    UCS2_SINGLE_PART_UNITS,
    Encoding,
    gsm7_septets,
    is_gsm7_char,
    ucs2_units,
)

_SET, _READ, _TEST, _EXEC = CommandKind.SET, CommandKind.READ, CommandKind.TEST, CommandKind.EXEC
_MAX_TPDU_OCTETS = 164
_STATUS_REPORT_REQUEST = 0x20  # TP-SRR in the first octet set by AT+CSMP


def _int(command: Command, position: int, allowed: range, *, error: int = 302,
         default: int | None = None) -> int:
    raw = command.args[position].strip() if position < len(command.args) else ""
    if not raw and default is not None:
        return default
    if not is_number(raw) or int(raw) not in allowed:
        raise CmsError(error)
    return int(raw)


def _storage_name(raw: str) -> str:
    return raw.strip().strip('"').upper()  # python-gsmmodem sometimes doubles the quotes


def _read_store(core: ModemCore) -> MessageStore:
    return core.stores[core.settings.memories[0]]


# -------------------------------------------------------------- settings


def message_format(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return info("+CMGF: (0,1)")
    if command.kind is _READ:
        return info(f"+CMGF: {int(core.settings.text_mode)}")
    core.settings.text_mode = _int(command, 0, range(2), default=0) == 1
    return Reply()


def _charsets(core: ModemCore) -> tuple[str, ...]:
    return ("IRA", "GSM", "UCS2") if core.profile.supports_ucs2_cscs else ("IRA", "GSM")


def character_set(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return info("+CSCS: (" + ",".join(f'"{c}"' for c in _charsets(core)) + ")")
    if command.kind is _READ:
        return info(f'+CSCS: "{core.settings.charset}"')
    charset = command.args[0].upper() if command.args else ""
    if charset not in _charsets(core):
        raise CmsError(303)
    core.settings.charset = charset
    return Reply()


def service_centre(core: ModemCore, command: Command) -> Reply:
    charset = core.settings.charset
    if command.kind is _READ:
        smsc = core.sim.smsc
        return info(f'+CSCA: "{to_charset(smsc, charset)}",{145 if smsc.startswith("+") else 129}')
    if command.kind is _SET and command.args:
        try:
            core.sim.smsc = from_charset(command.args[0], charset)
        except ValueError:
            raise CmsError(304) from None
    return Reply()


def preferred_storage(core: ModemCore, command: Command) -> Reply:
    names = list(core.stores)
    writable = [n for n in names if n != "SR"]
    if command.kind is _TEST:
        first, others = _name_list(names), _name_list(writable)
        return info(f"+CPMS: {first},{others},{others}")
    if command.kind is _READ:
        parts = [f'"{m}",{core.stores[m].used},{core.stores[m].capacity}'
                 for m in core.settings.memories]
        return info("+CPMS: " + ",".join(parts))
    chosen = [_storage_name(a) for a in command.args[:3]]
    if not chosen or any(n not in (names if i == 0 else writable) for i, n in enumerate(chosen)):
        raise CmsError(302)
    core.settings.memories[: len(chosen)] = chosen
    counts = [f"{core.stores[m].used},{core.stores[m].capacity}" for m in core.settings.memories]
    return info("+CPMS: " + ",".join(counts))


def _name_list(names: list[str]) -> str:
    return "(" + ",".join(f'"{n}"' for n in names) + ")"


def new_message_indications(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return info("+CNMI: (0-2),(0-3),(0,2),(0-2),(0,1)")
    if command.kind is _READ:
        return info("+CNMI: " + ",".join(str(v) for v in core.settings.cnmi))
    limits = (range(4), range(4), range(4), range(3), range(2))
    values = [
        _int(command, i, limits[i], error=303, default=core.settings.cnmi[i]) for i in range(5)
    ]
    core.settings.cnmi = (values[0], values[1], values[2], values[3], values[4])
    core.drain()
    return Reply()


def text_parameters(core: ModemCore, command: Command) -> Reply:
    settings = core.settings
    if command.kind is _READ:
        return info("+CSMP: " + ",".join(str(v) for v in settings.csmp))
    if command.kind is _SET:
        values = [_int(command, i, range(256), error=305, default=settings.csmp[i]) for i in range(4)]
        settings.csmp = (values[0], values[1], values[2], values[3])
    return Reply()


# ---------------------------------------------------------------- sending


def send_message(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return Reply()
    if command.kind is not _SET or not command.args:
        raise CmsError(302)
    core.require_sim(sms=True)
    if core.settings.text_mode:
        try:
            number = from_charset(command.args[0], core.settings.charset)
        except ValueError:
            raise CmsError(305) from None
        return Reply(body=BodyRequest(lambda body: _submit_text(core, number, body), multiline=True))
    length = _int(command, 0, range(1, _MAX_TPDU_OCTETS + 1), error=304)
    return Reply(body=BodyRequest(lambda body: _submit_pdu(core, length, body)))


def _submit_pdu(core: ModemCore, length: int, body: str) -> Reply:
    pdu = "".join(body.split()).upper()
    try:
        decoded = decode_pdu(pdu, has_smsc=True)
        smsc_octets = int(pdu[:2], 16)
    except (PduError, ValueError):
        raise CmsError(304) from None
    if not isinstance(decoded, DecodedSubmit) or len(pdu) // 2 - 1 - smsc_octets != length:
        raise CmsError(304)
    _check_network(core)
    reference = core.accept_submit(
        decoded.number, decoded.text, encoding=str(decoded.encoding), concat=decoded.concat,
        pdu=pdu, request_status_report=decoded.request_status_report,
    )
    return Reply(blocks=[(f"+CMGS: {reference}",)], delay=core.options.send_delay)


def _submit_text(core: ModemCore, number: str, body: str) -> Reply:
    settings = core.settings
    try:
        text = from_charset(body, settings.charset)
    except ValueError:
        raise CmsError(305) from None
    ucs2 = settings.csmp[3] & 0x0C == 0x08
    if not ucs2:
        # A modem told to send GSM-7 turns what it cannot encode into "?".
        text = "".join(c if is_gsm7_char(c) else "?" for c in text)
    size, limit = (
        (ucs2_units(text), UCS2_SINGLE_PART_UNITS) if ucs2
        else (gsm7_septets(text), GSM7_SINGLE_PART_SEPTETS)
    )
    if size > limit:
        raise CmsError(305)
    _check_network(core)
    reference = core.accept_submit(
        number, text, encoding=str(Encoding.UCS2 if ucs2 else Encoding.GSM7), concat=None,
        pdu=None, request_status_report=bool(settings.csmp[0] & _STATUS_REPORT_REQUEST),
    )
    return Reply(blocks=[(f"+CMGS: {reference}",)], delay=core.options.send_delay)


def _check_network(core: ModemCore) -> None:
    """Injected errors first (they model the network refusing), then registration."""
    if core.injected_cms_errors:
        raise CmsError(core.injected_cms_errors.pop(0))
    if not core.network.registered(core.sim):
        raise CmsError(331)


# ---------------------------------------------------------------- storage


def list_messages(core: ModemCore, command: Command) -> Reply:
    text_mode = core.settings.text_mode
    if command.kind is _TEST:
        if text_mode:
            return info("+CMGL: (" + ",".join(f'"{s}"' for s in STATUS_BY_TEXT) + ")")
        return info("+CMGL: (0-4)")
    core.require_sim(sms=True)
    status = _listing_status(command, text_mode)
    store = _read_store(core)
    listed = store.listing(status)
    charset = core.settings.charset
    blocks = [cmgl_lines(m, text_mode=text_mode, charset=charset) for m in listed]
    for message in listed:
        store.mark_read(message.index)
    return Reply(blocks=blocks)


def _listing_status(command: Command, text_mode: bool) -> int:
    if not command.args:
        return 0  # REC UNREAD, the default of TS 27.005
    raw = command.args[0].strip()
    if text_mode:
        if raw.upper() not in STATUS_BY_TEXT:
            raise CmsError(305)
        return STATUS_BY_TEXT[raw.upper()]
    if not is_number(raw) or int(raw) > STATUS_ALL:
        raise CmsError(304)
    return int(raw)


def read_message(core: ModemCore, command: Command) -> Reply:
    if command.kind is _TEST:
        return Reply()
    core.require_sim(sms=True)
    store = _read_store(core)
    index = _int(command, 0, range(1, store.capacity + 1), error=321)
    message = store.get(index)
    if message is None:
        return Reply()  # an empty slot: OK with nothing, as most modems answer
    store.mark_read(index)
    charset = core.settings.charset
    return Reply(blocks=[cmgr_lines(message, text_mode=core.settings.text_mode, charset=charset)])


def delete_message(core: ModemCore, command: Command) -> Reply:
    store = _read_store(core)
    if command.kind is _TEST:
        used = ",".join(str(m.index) for m in store.messages())
        return info(f"+CMGD: ({used}),(0-4)")
    core.require_sim(sms=True)
    flag = _int(command, 1, range(5), default=0)
    if flag:
        store.delete_by_flag(flag)
    else:
        store.delete(_int(command, 0, range(1, store.capacity + 1), error=321))
    core.drain()  # freed slots let the network's held messages in
    return Reply()


SMS_HANDLERS: dict[str, Handler] = {
    "+CMGF": message_format,
    "+CSCS": character_set,
    "+CSCA": service_centre,
    "+CPMS": preferred_storage,
    "+CNMI": new_message_indications,
    "+CSMP": text_parameters,
    "+CMGS": send_message,
    "+CMGL": list_messages,
    "+CMGR": read_message,
    "+CMGD": delete_message,
}
