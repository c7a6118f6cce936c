"""The routes of the local HTTP API (version in the path, JSON in and out, Bearer API keys).

FastAPI checks each body against `schemas` and writes the OpenAPI description served at
/openapi.json; the handlers are thin and call the same services as the window and the CLI.
Handlers are plain functions: FastAPI runs them on worker threads, so database work never
blocks the server's event loop.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select

from desk_sms import __version__
from desk_sms.api import errors
from desk_sms.api.appointments import ApiAppointments
from desk_sms.api.auth import Caller, Gate, audit_calls
from desk_sms.api.errors import ApiError
from desk_sms.api.schemas import AppointmentRequest, SendAnswer, SendRequest
from desk_sms.api.sending import ApiSending
from desk_sms.context import AppContext
from desk_sms.db.models import InboundMessage
from desk_sms.errors import NotFound
from desk_sms.services.api_keys import ApiKeysService
from desk_sms.services.outbox import OutboxRow

MAX_PAGE = 500


def build_app(context: AppContext) -> FastAPI:
    app = FastAPI(title="desk-sms", version=__version__, docs_url=None, redoc_url=None,
                  description="Send SMS, read replies and keep appointments through desk-sms's modems.")
    errors.install(app)
    factory = context.database.session_factory
    app.middleware("http")(audit_calls(factory, context.users))
    gate = Gate(ApiKeysService(factory, context.users, context.clock))
    sending, appointments = ApiSending(context), ApiAppointments(context)
    Sender = Annotated[Caller, Depends(gate.scope("send"))]
    Reader = Annotated[Caller, Depends(gate.scope("inbox"))]
    Keeper = Annotated[Caller, Depends(gate.scope("appointments"))]
    Anyone = Annotated[Caller, Depends(gate.caller)]

    @app.post("/v1/messages", status_code=202, response_model=SendAnswer, response_model_exclude_none=True,
              responses={422: {"description": "a field is wrong: {\"error\": {\"field\", \"message\"}}"}})
    def send(caller: Sender, request: SendRequest,
             idempotency_key: Annotated[str | None, Header()] = None) -> JSONResponse:
        """Queue one message (`to` a number, or `contact_id`) or a campaign (a list of numbers, a group,
        a segment). A retry with the same Idempotency-Key gets the first answer and sends nothing."""
        answer = sending.send(caller, request, idempotency_key)
        return JSONResponse(answer.body, status_code=answer.status_code)

    @app.get("/v1/messages/{message_id}")
    def message(caller: Sender, message_id: int) -> dict[str, Any]:
        """A message's state, with the keys of `desk-sms outbox list --json`."""
        row: OutboxRow = _found(lambda: context.outbox.get(message_id), "message_id")
        return row.as_json()

    @app.get("/v1/replies")
    def replies(caller: Reader, after: Annotated[int, Query(ge=0)] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> dict[str, Any]:
        """Messages received after `cursor` (oldest first), with the keys of `desk-sms inbox list --json`
        plus `cursor`; pass the answer's `cursor` as `after` next time."""
        with factory() as session:
            ids = list(session.scalars(select(InboundMessage.id).where(InboundMessage.id > after)
                                       .order_by(InboundMessage.id).limit(limit)))
        rows = [{**row.as_json(), "cursor": row.id} for row in context.inbox.rows(ids)]
        return {"replies": rows, "cursor": rows[-1]["cursor"] if rows else after}

    @app.post("/v1/replies/{reply_id}/handled")
    def handled(caller: Reader, reply_id: int) -> dict[str, Any]:
        """Mark a received message handled (as the inbox's Handled button does)."""
        _found(lambda: context.inbox.get(reply_id), "reply_id")
        with context.users.acting_as(caller.actor):
            context.inbox.mark_handled([reply_id])
        return context.inbox.get(reply_id).as_json()

    @app.put("/v1/appointments/{external_id}")
    def put_appointment(caller: Keeper, external_id: str, request: AppointmentRequest) -> JSONResponse:
        """Make (201) or update (200) the appointment your program knows as `external_id`."""
        status, body = appointments.put(caller, external_id, request)
        return JSONResponse(body, status_code=status)

    @app.delete("/v1/appointments/{external_id}")
    def delete_appointment(caller: Keeper, external_id: str) -> dict[str, Any]:
        """Cancel it; its reminders still waiting are cancelled too."""
        return appointments.delete(caller, external_id)

    @app.get("/v1/modems")
    def modems(caller: Anyone) -> list[dict[str, Any]]:
        """Each modem's health, with the keys of `desk-sms modem list --json` (any key may read it)."""
        return [row.as_json() for row in context.modems.list()]

    return app


def _found(read: Callable[[], Any], field: str) -> Any:
    try:
        return read()
    except NotFound as exc:
        raise ApiError(404, field, exc.message) from exc
