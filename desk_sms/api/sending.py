"""POST /v1/messages: one message or a campaign, through the one outgoing pipeline, idempotent.

The recipients and text are checked by the same Compose planning the window uses (placeholders,
opt-outs, duplicates, the part limit); the rows are made by `queue_in`/`campaign_in` in one
transaction together with the answer kept for the request's Idempotency-Key, so a retried request
gets the first answer and nothing is sent twice, and a refused request leaves nothing behind.
An API key acts as an operator: a campaign waits for approval when approval is required, and only
a single message may be urgent.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_sms.api.auth import Caller
from desk_sms.api.errors import ApiError
from desk_sms.api.schemas import SendRequest
from desk_sms.context import AppContext
from desk_sms.db.models import ApiRequest, OutboundMessage
from desk_sms.errors import NotFound, UserError
from desk_sms.events import DataChanged, MessageStateChanged
from desk_sms.outbox.factory import MessageSpec
from desk_sms.outbox.pipeline import CampaignSpec, Door, campaign_in, queue_in
from desk_sms.outbox.rules import campaign_status
from desk_sms.outbox.states import MessageStatus
from desk_sms.services.compose import ComposePlan, ComposeService, ExclusionReason
from desk_sms.services.compose_recipients import RecipientSource, SourceKind
from desk_sms.services.templates import TemplatesService

MAX_IDEMPOTENCY_KEY = 200
TARGETS = ("to", "group", "segment", "contact_id")


@dataclass(frozen=True)
class Answer:
    status_code: int
    body: dict[str, Any]


def fingerprint(request: SendRequest) -> str:
    canonical = json.dumps(request.model_dump(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_idempotency_key(key: str | None) -> None:
    if key is not None and not (0 < len(key) <= MAX_IDEMPOTENCY_KEY and key.isprintable()):
        raise ApiError(422, "Idempotency-Key", f"1 to {MAX_IDEMPOTENCY_KEY} printable characters, please")


class ApiSending:
    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._factory = context.database.session_factory
        self._compose = ComposeService.from_context(context)

    def send(self, caller: Caller, request: SendRequest, idempotency_key: str | None) -> Answer:
        check_idempotency_key(idempotency_key)
        print_ = fingerprint(request)
        if idempotency_key is not None:
            kept = self._kept(caller, idempotency_key, print_)
            if kept is not None:
                return kept
        target = _one_of(request, TARGETS, "to, group, segment or contact_id")
        body_field = _one_of(request, ("text", "template"), "text or template")
        with self._context.users.acting_as(caller.actor):
            plan = self._plan(request, target, body_field)
            single = target == "contact_id" or isinstance(request.to, str)
            if single:
                _check_single(plan, target, body_field)
            write = self._write_single if single else self._write_campaign
            try:
                with self._factory.begin() as session:
                    answer = write(session, caller, request, plan, target)
                    if idempotency_key is not None:
                        session.add(ApiRequest(api_key_id=caller.key.id, idempotency_key=idempotency_key,
                                               fingerprint=print_, status_code=answer.status_code,
                                               response_json=json.dumps(answer.body, ensure_ascii=False),
                                               created_at=self._context.clock.now()))
            except IntegrityError:
                kept = self._kept(caller, idempotency_key, print_) if idempotency_key else None
                if kept is None:
                    raise
                return kept  # the same request, retried at the same moment, was written first
        self._announce(answer)
        return answer

    def _kept(self, caller: Caller, idempotency_key: str, print_: str) -> Answer | None:
        with self._factory() as session:
            row = session.scalars(select(ApiRequest).where(
                ApiRequest.api_key_id == caller.key.id, ApiRequest.idempotency_key == idempotency_key)
            ).first()
            if row is None:
                return None
            if row.fingerprint != print_:
                raise ApiError(422, "Idempotency-Key", "this key was already used for a different request")
            return Answer(row.status_code, json.loads(row.response_json))

    def _plan(self, request: SendRequest, target: str, body_field: str) -> ComposePlan:
        source = _source(request, target)
        body, template_id = request.text or "", None
        try:
            if request.template is not None:
                found = TemplatesService(self._factory).find_by_name(request.template)
                body, template_id = found.body, found.id
            return self._compose.prepare([source], body, fallbacks=request.values, template_id=template_id)
        except NotFound as exc:
            raise ApiError(422, "template" if exc.params.get("what") == "Template" else target,
                           exc.message) from exc
        except UserError as exc:
            raise ApiError(422, body_field, exc.message) from exc

    def _write_single(self, session: Session, caller: Caller, request: SendRequest, plan: ComposePlan,
                      target: str) -> Answer:
        planned = plan.messages[0]
        spec = MessageSpec(planned.number, planned.text, planned.contact_id, urgent=request.urgent)
        message = queue_in(session, spec, Door.API, self._context.clock.now(), self._region(), caller.actor)
        return Answer(202, {"id": message.id, "status": message.status})

    def _write_campaign(self, session: Session, caller: Caller, request: SendRequest, plan: ComposePlan,
                        target: str) -> Answer:
        if request.urgent:
            raise ApiError(422, "urgent", "only a single message may be urgent; an administrator sends "
                           "urgent campaigns from the window")
        if not plan.messages:
            raise ApiError(422, target, "no recipient is left to send to")
        now = self._context.clock.now()
        status = campaign_status(bool(self._context.settings.get("approval_required")), is_admin=False)
        campaign = CampaignSpec(f"API {caller.key.name} {now:%Y-%m-%d %H:%M}", Door.API, status, plan.body,
                                plan.template_id)
        specs = [MessageSpec(m.number, m.text, m.contact_id) for m in plan.messages]
        campaign_id = campaign_in(session, campaign, specs, now, self._region(), caller.actor)
        members = select(OutboundMessage.id).where(OutboundMessage.campaign_id == campaign_id)
        ids = list(session.scalars(members.order_by(OutboundMessage.id)))
        excluded = [{"to": e.number, "name": e.name, "reason": str(e.reason), "detail": e.detail}
                    for e in plan.excluded]
        return Answer(202, {"campaign_id": campaign_id, "status": status, "ids": ids, "excluded": excluded})

    def _region(self) -> str:
        return str(self._context.settings.get("default_region"))

    def _announce(self, answer: Answer) -> None:
        """Wake the dispatcher, as the pipeline does for the window's sends."""
        events = self._context.events
        if answer.body.get("campaign_id") is not None:
            events.publish(MessageStateChanged(0, MessageStatus.QUEUED, answer.body["campaign_id"]))
        else:
            events.publish(MessageStateChanged(answer.body["id"], answer.body["status"]))
        events.publish(DataChanged(topic="outbox"))


def _check_single(plan: ComposePlan, target: str, body_field: str) -> None:
    """A single message that would be left out is refused, naming why (and nothing is written)."""
    if plan.messages:
        return
    if not plan.excluded:
        raise ApiError(422, target, "no such contact")
    left_out = plan.excluded[0]
    field = body_field if left_out.reason in (ExclusionReason.TOO_LONG, ExclusionReason.MISSING_FIELD) \
        else target
    raise ApiError(422, field, f"not sent: {left_out.reason} {left_out.detail}".strip())


def _one_of(request: SendRequest, names: tuple[str, ...], said: str) -> str:
    given = [name for name in names if getattr(request, name) is not None]
    if len(given) != 1:
        raise ApiError(422, given[1] if len(given) > 1 else names[0], f"give exactly one of {said}")
    return given[0]


def _source(request: SendRequest, target: str) -> RecipientSource:
    if target == "to":
        numbers = [request.to] if isinstance(request.to, str) else list(request.to or [])
        return RecipientSource(SourceKind.NUMBERS, "\n".join(numbers))
    if target == "contact_id":
        return RecipientSource(SourceKind.CONTACT, request.contact_id or 0)
    kind = SourceKind.GROUP if target == "group" else SourceKind.SEGMENT
    value = request.group if target == "group" else request.segment
    return RecipientSource(kind, value if value is not None else "")
