"""What the engine (`desk-sms serve`) runs for other programs: the HTTP API, when it is on, and the
watched folder, when one is set."""

from __future__ import annotations

from collections.abc import Callable

from desk_sms.api.bind import Bind
from desk_sms.context import AppContext


def start_other_programs(context: AppContext, api: Bind | None) -> Callable[[], None]:
    """Start both (`api` overrides the API settings); returns the function that stops them."""
    from desk_sms.api.server import serve_api
    from desk_sms.watched_folder import start_watching

    stop_api = serve_api(context, api)
    stop_watching = start_watching(context)

    def stop() -> None:
        stop_watching()
        stop_api()

    return stop
