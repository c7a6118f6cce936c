"""Opening a modem's port: a device name (`/dev/ttyUSB2`, `COM3`) or a pyserial URL.

URLs reach modems that are not a local serial device: `socket://HOST:PORT` (a network serial server,
or the project's simulator on any platform, Windows included), `rfc2217://HOST:PORT`. pyserial's
`serial_for_url` opens both kinds; every setting is applied before the port opens.
"""

from __future__ import annotations

import serial

BAUD_RATE = 115200  # 8N1 are pyserial's defaults; USB modems ignore the rate anyway


def is_url(port: str) -> bool:
    """True for `scheme://…` ports (network or simulated), False for device names."""
    return "://" in port


def open_port(
    port: str, *, timeout: float, write_timeout: float, baudrate: int = BAUD_RATE
) -> serial.SerialBase:
    """Open `port` with hardware flow control off, exclusively where the platform supports it.

    Flow control off: several USB modems never raise CTS on their AT port. Exclusive (a POSIX
    advisory lock on device names): a second engine or a discovery probe cannot talk into a running
    session; URLs have no such lock, the remote end decides who may connect.
    """
    connection: serial.SerialBase = serial.serial_for_url(port, do_not_open=True)
    connection.baudrate = baudrate
    connection.timeout = timeout
    connection.write_timeout = write_timeout
    connection.rtscts = False
    connection.dsrdtr = False
    if not is_url(port):
        connection.exclusive = True
    connection.open()
    return connection
