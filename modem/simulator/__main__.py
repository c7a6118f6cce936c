"""`python -m modem.simulator --port-file FILE`: one simulated modem as its own process.

Prints nothing on stdout. Writes the port to FILE (atomically) once the modem answers: a pty path,
or with `--transport socket` a `socket://127.0.0.1:PORT` URL (every platform, Windows too), then
runs until SIGTERM or SIGINT and exits 0. With `--ledger-file`, every accepted SMS part is appended
there as one JSON line, flushed at once, so a test can count what went out even after killing this
process.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from modem.simulator.profiles import PROFILES
from modem.simulator.simulated_modem import TRANSPORTS, SimulatedModem


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m modem.simulator", description=__doc__)
    parser.add_argument("--port-file", required=True, type=Path,
                        help="where to write the pty path or socket URL once the modem is ready")
    parser.add_argument("--transport", default="pty", choices=TRANSPORTS,
                        help="pty: a pseudo-terminal (POSIX); socket: a loopback TCP port (any platform)")
    parser.add_argument("--profile", default="generic", choices=sorted(PROFILES))
    parser.add_argument("--imei", default="356938035643809")
    parser.add_argument("--imsi", default="440101234567890", help="the SIM's IMSI")
    parser.add_argument("--iccid", default=None, help="the SIM card's serial number (default: from the IMSI)")
    parser.add_argument("--pin", default=None, help="SIM PIN (default: no PIN)")
    parser.add_argument("--own-number", default="+819011112222")
    parser.add_argument("--send-delay", type=float, default=0.0,
                        help="seconds before each +CMGS answer")
    parser.add_argument("--auto-status-reports", action="store_true",
                        help="send a status report for every part that requests one")
    parser.add_argument("--status-report-delay", type=float, default=0.5)
    parser.add_argument("--reply-rate", type=float, default=0.0,
                        help="probability that a sent message gets a reply SMS back")
    parser.add_argument("--reply-delay", type=float, default=2.0)
    parser.add_argument("--storage-capacity", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--ledger-file", type=Path, default=None)
    return parser


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    finished = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        finished.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    modem = SimulatedModem(
        args.profile, imei=args.imei, imsi=args.imsi, iccid=args.iccid, pin=args.pin,
        own_number=args.own_number,
        send_delay=args.send_delay, auto_status_reports=args.auto_status_reports,
        status_report_delay=args.status_report_delay, reply_rate=args.reply_rate,
        reply_delay=args.reply_delay, storage_capacity=args.storage_capacity, seed=args.seed,
        ledger_path=args.ledger_file, transport=args.transport,
    )
    try:
        _write_atomically(args.port_file, modem.start())
        while not finished.wait(1.0):  # a timeout keeps signal handlers running promptly
            pass
    finally:
        modem.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
