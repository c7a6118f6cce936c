"""The API server inside the engine process: uvicorn on a thread, bound to loopback unless an
administrator typed another address (then a warning says who can reach it).

The socket is bound here, before uvicorn starts, so a port in use is one clear error at start-up.
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Callable

import uvicorn

from desk_sms.api.bind import LOOPBACK, Bind
from desk_sms.context import AppContext
from desk_sms.errors import UserError

log = logging.getLogger(__name__)

STOP_WAIT_SECONDS = 10.0


class PortTaken(UserError):
    code = "api.port_taken"
    template = "the API cannot listen on {host} port {port}: {reason}"


def configured_bind(context: AppContext, override: Bind | None) -> Bind | None:
    """`serve --api` wins; else the settings (None when the API is off)."""
    if override is not None:
        return override
    if not context.settings.get("api_enabled"):
        return None
    return Bind(str(context.settings.get("api_host")), int(context.settings.get("api_port")))


class ApiServer:
    def __init__(self, context: AppContext, bind: Bind) -> None:
        from desk_sms.api.app import build_app

        self.bind = bind
        self._socket = _listen(bind)
        self.port = int(self._socket.getsockname()[1])  # the real one when 0 was asked for
        config = uvicorn.Config(build_app(context), log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]},
                                        name="desk-sms API", daemon=True)

    def start(self) -> ApiServer:
        self._thread.start()
        return self

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._socket.getsockname()[:2]
        return str(host), int(port)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(STOP_WAIT_SECONDS)
        self._socket.close()


def _listen(bind: Bind) -> socket.socket:
    host = LOOPBACK if bind.host == "localhost" else bind.host
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, bind.port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise PortTaken(host=bind.host, port=bind.port, reason=exc.strerror or str(exc)) from exc
    return sock


def start_api(context: AppContext, override: Bind | None) -> ApiServer | None:
    """The API as the settings (or `serve --api`) want it, started; None when it is off."""
    bind = configured_bind(context, override)
    if bind is None:
        return None
    server = ApiServer(context, bind).start()
    if bind.warning():
        log.warning("%s", bind.warning())
    log.info("API listening on %s", Bind(bind.host, server.port).url)
    return server


def serve_api(context: AppContext, override: Bind | None) -> Callable[[], None]:
    """For `desk-sms serve`: start the API if wanted, say where (and warn) on stderr; returns its stop."""
    server = start_api(context, override)
    if server is None:
        return lambda: None
    warning = server.bind.warning()
    if warning:
        print(f"desk-sms: WARNING: {warning}", file=sys.stderr)
    print(f"desk-sms: API listening on {Bind(server.bind.host, server.port).url}", file=sys.stderr)
    return server.stop
