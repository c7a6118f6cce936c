"""Where the API listens: `[HOST:]PORT`, loopback unless an address is typed (then a warning)."""

from __future__ import annotations

import argparse
import ipaddress
from dataclasses import dataclass

from desk_sms.errors import InvalidInput

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Bind:
    host: str
    port: int

    @property
    def loopback(self) -> bool:
        return self.host == "localhost" or ipaddress.ip_address(self.host).is_loopback

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def warning(self) -> str | None:
        """What an administrator must know when the API is open to other computers."""
        if self.loopback:
            return None
        return (f"the API listens on {self.host}: other computers on the network can reach it; anyone with "
                "an API key can send messages. Use 127.0.0.1 unless another computer must call it")


def parse_bind(text: str, default_host: str = LOOPBACK) -> Bind:
    """`[HOST:]PORT` as `serve --api` takes it; IPv6 as `[::1]:8765`."""
    host, _, port = text.strip().rpartition(":")
    host = host.strip("[]") or default_host
    try:
        number = int(port)
    except ValueError as exc:
        raise InvalidInput(detail=f"[HOST:]PORT is expected (e.g. 8765), not {text!r}") from exc
    if not 1 <= number <= 65535:
        raise InvalidInput(detail=f"{number} is not a port (1 to 65535)")
    if host != "localhost":
        try:
            host = str(ipaddress.ip_address(host))
        except ValueError as exc:
            raise InvalidInput(detail=f"{host!r} is not an IP address (e.g. 127.0.0.1)") from exc
    return Bind(host, number)


def bind_argument(text: str) -> Bind:
    """`parse_bind` for argparse (`serve --api`): a bad value is a usage error, one line."""
    try:
        return parse_bind(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc
