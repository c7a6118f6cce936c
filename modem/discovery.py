"""Finding modems: list serial ports, probe them gently, find a modem again by its IMEI.

A USB modem often exposes several serial ports of which only one answers AT, and a replug renames
ports, so the engine identifies a modem by IMEI and asks `find_port_by_imei` on every reconnect.

Probing is read-only: "AT", then `AT+CGSN`, `AT+CGMI`, `AT+CGMM`, and the SIM's `AT+CIMI`,
`AT+CCID` and `AT+CNUM` (unanswered while the SIM waits for its PIN); nothing is configured. Ports are
opened exclusively (POSIX advisory lock) so a port a running driver holds is skipped, not disturbed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import serial
from serial.tools import list_ports

from modem import at_parse
from modem.ports import open_port

log = logging.getLogger(__name__)

# USB vendor IDs of common GSM/LTE modem makers, as a hint in the port list.
KNOWN_MODEM_VENDORS: dict[int, str] = {
    0x12D1: "Huawei",
    0x19D2: "ZTE",
    0x2C7C: "Quectel",
    0x1199: "Sierra Wireless",
    0x1E0E: "SIMCom",
    0x114F: "Wavecom (Sierra Wireless)",
    0x1BC7: "Telit",
    0x1546: "u-blox",
    0x2CB7: "Fibocom",
    0x1E2D: "Cinterion (Thales)",
    0x05C6: "Qualcomm-based modem",
    0x0BDB: "Ericsson",
    0x413C: "Dell (Sierra/Telit inside)",
}


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str
    vid: int | None
    pid: int | None
    manufacturer: str | None
    hint: str | None  # "Huawei" when the vendor ID is a known modem maker


@dataclass(frozen=True)
class ProbeResult:
    device: str
    answers_at: bool
    imei: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    error: str | None = None
    imsi: str | None = None
    iccid: str | None = None
    own_number: str | None = None


def list_serial_ports() -> list[PortInfo]:
    """Every serial port the OS lists, modem makers first."""
    ports = [_port_info(port) for port in list_ports.comports()]
    return sorted(ports, key=lambda port: (port.hint is None, port.device))


def _port_info(port: object) -> PortInfo:
    vid = getattr(port, "vid", None)
    return PortInfo(
        device=str(getattr(port, "device", "")),
        description=str(getattr(port, "description", "") or ""),
        vid=vid, pid=getattr(port, "pid", None),
        manufacturer=getattr(port, "manufacturer", None),
        hint=KNOWN_MODEM_VENDORS.get(vid) if vid is not None else None,
    )


def probe_port(device: str, timeout: float = 1.0) -> ProbeResult:
    """Ask `device` for "AT"; if it answers OK, read its IMEI, maker and model. Never raises."""
    try:
        port = _open(device, timeout)
    except (serial.SerialException, OSError, ValueError) as error:
        return ProbeResult(device, False, error=str(error))
    try:
        return _interrogate(port, device, timeout)
    except (serial.SerialException, OSError) as error:
        return ProbeResult(device, False, error=str(error))
    finally:
        try:
            port.close()
        except (serial.SerialException, OSError):
            log.debug("closing %s failed", device, exc_info=True)


def _open(device: str, timeout: float) -> serial.SerialBase:
    # Exclusive where possible: a port a running driver holds fails here instead of being disturbed.
    return open_port(device, timeout=min(0.1, timeout), write_timeout=timeout)


def _interrogate(port: serial.SerialBase, device: str, timeout: float) -> ProbeResult:
    answer = _ask(port, "AT", timeout)
    if answer is None or answer[-1] != "OK":
        return ProbeResult(device, False, error="no answer to AT" if answer is None else
                           f"unexpected answer {answer[-1]!r}")
    return ProbeResult(
        device, True,
        imei=at_parse.parse_imei(_ask(port, "AT+CGSN", timeout) or []),
        manufacturer=at_parse.parse_info_text(_ask(port, "AT+CGMI", timeout) or [], "AT+CGMI"),
        model=at_parse.parse_info_text(_ask(port, "AT+CGMM", timeout) or [], "AT+CGMM"),
        imsi=at_parse.parse_imsi(_ask(port, "AT+CIMI", timeout) or []),
        iccid=_read_iccid(port, timeout),
        own_number=at_parse.parse_cnum(_ask(port, "AT+CNUM", timeout) or []),
    )


def _read_iccid(port: serial.SerialBase, timeout: float) -> str | None:
    for command in ("AT+CCID", "AT+QCCID"):  # no standard command: SIMCom/u-blox, then Quectel
        iccid = at_parse.parse_iccid(_ask(port, command, timeout) or [])
        if iccid is not None:
            return iccid
    return None


def _ask(port: serial.SerialBase, command: str, timeout: float) -> list[str] | None:
    """Write one command; return its answer lines up to the final result, or None on timeout."""
    port.reset_input_buffer()
    port.write(command.encode("ascii") + b"\r")
    deadline = time.monotonic() + timeout
    buffer = b""
    lines: list[str] = []
    while time.monotonic() < deadline:
        buffer += port.read(max(1, port.in_waiting))
        *complete, buffer = buffer.split(b"\r\n")
        for raw in complete:
            line = at_parse.decode_line(raw)
            if not line or line == command or at_parse.classify_unsolicited(line):
                continue  # echo, blank lines, ^RSSI and friends
            lines.append(line)
            if at_parse.is_final_result(line):
                return lines
        buffer = buffer[-4096:]
    return None


def scan(candidates: Sequence[str] | None = None, timeout: float = 1.0) -> list[ProbeResult]:
    """Probe `candidates` (default: every listed port) in parallel; results in candidate order."""
    devices = list(candidates) if candidates is not None else _default_candidates()
    if not devices:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(devices)),
                            thread_name_prefix="modem-probe") as pool:
        return list(pool.map(lambda device: probe_port(device, timeout), devices))


def find_port_by_imei(imei: str, candidates: Iterable[str] | None = None,
                      timeout: float = 1.0) -> str | None:
    """The port where the modem with `imei` answers now, or None."""
    devices = list(candidates) if candidates is not None else None
    for result in scan(devices, timeout):
        if result.answers_at and result.imei == imei:
            return result.device
    return None


def _default_candidates() -> list[str]:
    return [port.device for port in list_serial_ports()]
