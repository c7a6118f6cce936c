"""The HTTP API through FastAPI's test client: keys and scopes, sending through the one pipeline
(idempotent), message status, replies by cursor, appointments, modems, field-level errors that
leave nothing written, and an audit entry naming the key for every call."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desk_sms.api.app import build_app
from desk_sms.api.sending import ApiSending
from desk_sms.context import AppContext
from desk_sms.db.models import (
    Appointment,
    AuditEntry,
    Campaign,
    Contact,
    InboundMessage,
    OutboundMessage,
)
from desk_sms.engine.scheduler import Scheduler
from desk_sms.services.api_keys import ApiKeysService
from desk_sms.services.appointments import AppointmentsService, ReminderRule
from desk_sms.services.contacts import ContactDraft, ContactsService
from desk_sms.services.groups import GroupsService

OUTBOX_KEYS = {"id", "to", "text", "status", "modem", "parts", "attempts", "error", "created_at", "sent_at",
               "delivered_at"}
INBOX_KEYS = {"id", "from", "text", "received_at", "modem", "contact_id", "status", "rule"}


@pytest.fixture
def client(context: AppContext) -> Iterator[TestClient]:
    with TestClient(build_app(context)) as test_client:
        yield test_client


def key(context: AppContext, name: str, *scopes: str) -> dict[str, str]:
    made = ApiKeysService(context.database.session_factory, context.users, context.clock).create(name, scopes)
    return {"Authorization": f"Bearer {made.key}"}


def count(context: AppContext, model: Any) -> int:
    with context.database.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def receive(context: AppContext, sender: str, text: str) -> int:
    with context.database.session() as session:
        message = InboundMessage(sender=sender, body=text, received_at=context.clock.now())
        session.add(message)
        session.flush()
        return message.id


def audit(context: AppContext, prefix: str = "") -> list[tuple[str, str, str]]:
    with context.database.session_factory() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(e.user_name, e.action, e.detail) for e in entries if e.action.startswith(prefix)]


def test_send_then_read_its_status_with_the_outbox_list_keys(context: AppContext, client: TestClient) -> None:
    sender = key(context, "予約システム", "send")
    answer = client.post("/v1/messages", json={"to": "090-1234-5678", "text": "明日10時です"}, headers=sender)
    assert answer.status_code == 202 and answer.json() == {"id": answer.json()["id"], "status": "queued"}
    status = client.get(f"/v1/messages/{answer.json()['id']}", headers=sender)
    assert status.status_code == 200 and set(status.json()) == OUTBOX_KEYS
    assert status.json() == context.outbox.get(answer.json()["id"]).as_json()
    assert status.json()["to"] == "+819012345678" and status.json()["text"] == "明日10時です"
    assert client.get("/v1/messages/999", headers=sender).json() == {
        "error": {"field": "message_id", "message": "Message not found: 999"}}
    assert ("API key 予約システム", "send.message") in [(u, a) for u, a, _ in audit(context, "send")]
    calls = audit(context, "api.")
    assert calls == [("API key 予約システム", "api.call", "POST /v1/messages → 202"),
                     ("API key 予約システム", "api.call", f"GET /v1/messages/{answer.json()['id']} → 200"),
                     ("API key 予約システム", "api.refused", "GET /v1/messages/999 → 404")]


def test_a_retried_send_with_the_same_idempotency_key_sends_once(
    context: AppContext, client: TestClient
) -> None:
    sender = {**key(context, "kiosk", "send"), "Idempotency-Key": "order-42"}
    body = {"to": "090-1234-5678", "text": "受付しました"}
    first = client.post("/v1/messages", json=body, headers=sender)
    again = client.post("/v1/messages", json=body, headers=sender)
    assert first.status_code == again.status_code == 202 and first.json() == again.json()
    assert count(context, OutboundMessage) == 1
    changed = client.post("/v1/messages", json={**body, "text": "別の文"}, headers=sender)
    assert changed.status_code == 422 and changed.json()["error"]["field"] == "Idempotency-Key"
    other = client.post("/v1/messages", json=body, headers={**sender, "Idempotency-Key": "order-43"})
    assert other.status_code == 202 and count(context, OutboundMessage) == 2


def test_a_campaign_to_a_group_follows_approval_and_leaves_out_opted_out_contacts(
    context: AppContext, client: TestClient
) -> None:
    grade = GroupsService(context.database.session_factory).create_group("中3")
    contacts = ContactsService(context.database.session_factory)
    for name, phone in (("山田", "090-1234-0001"), ("佐藤", "090-1234-0002"), ("加藤", "090-1234-0003")):
        contacts.create(ContactDraft(name, phones=(phone,), group_ids=(grade,)))
    with context.database.session_factory.begin() as session:
        kato = session.scalars(select(Contact).where(Contact.name == "加藤")).one()
        kato.opted_out_at = context.clock.now()
    context.settings.set("approval_required", True)
    sender = key(context, "school", "send")
    answer = client.post("/v1/messages", json={"group": "中3", "text": "{name}様 明日は休校です"},
                         headers=sender)
    body = answer.json()
    assert answer.status_code == 202 and body["status"] == "awaiting_approval" and len(body["ids"]) == 2
    assert [e["reason"] for e in body["excluded"]] == ["opted_out"]
    assert sorted(context.outbox.get(i).text for i in body["ids"]) == ["佐藤様 明日は休校です",
                                                                     "山田様 明日は休校です"]
    urgent = client.post("/v1/messages", json={"group": "中3", "text": "x", "urgent": True}, headers=sender)
    assert urgent.status_code == 422 and urgent.json()["error"]["field"] == "urgent"
    assert count(context, Campaign) == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"to": "090-1234-5678", "text": 5}, "text"),
        ({"to": "090-1234-5678"}, "text"),
        ({"to": "090-1234-5678", "text": "a", "template": "b"}, "template"),
        ({"text": "hello"}, "to"),
        ({"to": "090-1234-5678", "group": "中3", "text": "a"}, "group"),
        ({"to": "090-1234-5678", "text": "{colour}さん"}, "text"),
        ({"to": "090-1234-5678", "text": "   "}, "text"),
        ({"to": "090-1234-5678", "text": "あ" * 671}, "text"),
        ({"to": "090-1234-5678", "text": "{name}様"}, "text"),
        ({"to": "12", "text": "hello"}, "to"),
        ({"to": ["090-1234-5678", 7], "text": "hello"}, "to"),
        ({"to": "090-1234-5678", "text": "a", "values": {"x": 1}}, "values.x"),
        ({"to": "090-1234-5678", "template": "無い"}, "template"),
        ({"group": "無い", "text": "hello"}, "group"),
        ({"contact_id": 404, "text": "hello"}, "contact_id"),
        ({"to": "090-1234-5678", "text": "a", "urgent": "yes"}, "urgent"),
        ({"to": "090-1234-5678", "text": "a", "colour": "red"}, "colour"),
    ],
)
def test_bad_input_gets_a_422_naming_the_field_and_writes_nothing(
    context: AppContext, client: TestClient, body: dict[str, Any], field: str
) -> None:
    answer = client.post("/v1/messages", json=body, headers=key(context, "k", "send"))
    assert answer.status_code == 422, answer.json()
    error = answer.json()["error"]
    assert set(answer.json()) == {"error"} and error["field"] == field and error["message"]
    assert count(context, OutboundMessage) == count(context, Campaign) == 0


def test_a_deleted_contact_is_refused_with_its_reason(context: AppContext, client: TestClient) -> None:
    contacts = ContactsService(context.database.session_factory)
    gone = contacts.create(ContactDraft("山田", phones=("090-1234-0001",)))
    contacts.delete_contacts([gone])
    answer = client.post("/v1/messages", json={"contact_id": gone, "text": "{name}様"},
                         headers=key(context, "k", "send"))
    assert answer.status_code == 422
    assert answer.json()["error"] == {"field": "contact_id", "message": "not sent: deleted_contact"}
    assert count(context, OutboundMessage) == 0


def test_a_body_that_is_not_a_json_object_is_told_so(context: AppContext, client: TestClient) -> None:
    headers = {**key(context, "k", "send"), "Content-Type": "application/json"}
    broken = client.post("/v1/messages", content=b'{"to": ', headers=headers)
    assert broken.status_code == 422 and "not valid JSON" in broken.json()["error"]["message"]
    form = client.post("/v1/messages", content=b"to=1", headers={**headers, "Content-Type": "text/plain"})
    assert form.status_code == 422 and "Content-Type: application/json" in form.json()["error"]["message"]


def test_without_a_key_with_a_revoked_key_or_the_wrong_scope_nothing_happens(
    context: AppContext, client: TestClient
) -> None:
    body = {"to": "090-1234-5678", "text": "hello"}
    missing = client.post("/v1/messages", json=body)
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"] == "Bearer"
    assert missing.json()["error"]["field"] == "Authorization"
    guess = {"Authorization": "Bearer dsk_guess"}
    assert client.post("/v1/messages", json=body, headers=guess).status_code == 401
    reader = key(context, "reader", "inbox")
    wrong = client.post("/v1/messages", json=body, headers=reader)
    assert wrong.status_code == 403 and "'send'" in wrong.json()["error"]["message"]
    sender = key(context, "revoked", "send")
    ApiKeysService(context.database.session_factory, context.users, context.clock).revoke("revoked")
    assert client.post("/v1/messages", json=body, headers=sender).status_code == 401
    assert count(context, OutboundMessage) == 0
    refused = [(user, detail) for user, _, detail in audit(context, "api.refused")]
    assert refused == [("API (no valid key)", "POST /v1/messages → 401"),
                       ("API (no valid key)", "POST /v1/messages → 401"),
                       ("API key reader", "POST /v1/messages → 403"),
                       ("API (no valid key)", "POST /v1/messages → 401")]


def test_replies_page_by_cursor_with_the_inbox_list_keys_and_are_marked_handled(
    context: AppContext, client: TestClient
) -> None:
    reader = key(context, "crm", "inbox")
    ids = [receive(context, "+819012340001", f"返信 {n}") for n in range(5)]
    first = client.get("/v1/replies", params={"limit": 2}, headers=reader).json()
    assert [r["id"] for r in first["replies"]] == ids[:2] and first["cursor"] == ids[1]
    assert all(set(r) == INBOX_KEYS | {"cursor"} for r in first["replies"])
    rest = client.get("/v1/replies", params={"after": first["cursor"]}, headers=reader).json()
    assert [r["text"] for r in rest["replies"]] == ["返信 2", "返信 3", "返信 4"]
    empty = client.get("/v1/replies", params={"after": rest["cursor"]}, headers=reader).json()
    assert empty == {"replies": [], "cursor": rest["cursor"]}
    done = client.post(f"/v1/replies/{ids[0]}/handled", headers=reader)
    assert done.status_code == 200 and done.json()["status"] == "handled"
    assert context.inbox.get(ids[0]).status == "handled"
    assert client.post("/v1/replies/999/handled", headers=reader).status_code == 404
    assert ("API key crm", "inbox.handled") in [(u, a) for u, a, _ in audit(context, "inbox")]
    bad = client.get("/v1/replies", params={"after": "yesterday"}, headers=reader)
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "after"


def test_appointments_by_external_id_and_their_reminders_follow_the_rules(
    context: AppContext, client: TestClient
) -> None:
    keeper = key(context, "reservations", "appointments")
    service = AppointmentsService(context.database.session_factory, context.events, context.clock)
    service.save_rule(ReminderRule(None, "1時間前", "{name}様 {time}からです", minutes_before=60))
    visit = (context.clock.now() + timedelta(days=2)).replace(microsecond=0)
    body = {"phone": "090-5555-0001", "name": "森 花子", "starts_at": visit.isoformat(), "place": "本院"}
    made = client.put("/v1/appointments/R-100", json=body, headers=keeper)
    assert made.status_code == 201 and made.json()["status"] == "scheduled"
    assert made.json()["contact"] == "森 花子"
    later = visit + timedelta(hours=1)
    moved = client.put("/v1/appointments/R-100", json={**body, "starts_at": later.isoformat()},
                       headers=keeper)
    assert moved.status_code == 200 and moved.json()["id"] == made.json()["id"]
    assert count(context, Appointment) == count(context, Contact) == 1
    queued = Scheduler(context.database.session_factory, context.events, context.clock).tick(
        later - timedelta(minutes=59)).reminders
    assert len(queued) == 1 and context.outbox.get(queued[0]).text.startswith("森 花子様")
    cancelled = client.delete("/v1/appointments/R-100", headers=keeper)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert context.outbox.get(queued[0]).status == "cancelled"
    assert client.delete("/v1/appointments/R-999", headers=keeper).status_code == 404
    naive = client.put("/v1/appointments/R-101", json={**body, "starts_at": "2026-12-05T10:00:00"},
                       headers=keeper)
    assert naive.status_code == 422 and naive.json()["error"]["field"] == "starts_at"
    nobody = client.put("/v1/appointments/R-102", json={**body, "phone": "12"}, headers=keeper)
    assert nobody.status_code == 422 and nobody.json()["error"]["field"] == "phone"
    assert count(context, Appointment) == count(context, Contact) == 1
    assert client.put("/v1/appointments/R-1", json=body, headers=key(context, "s", "send")).status_code == 403


def test_modem_health_for_any_key_and_the_openapi_description(
    context: AppContext, client: TestClient
) -> None:
    context.modems.add("/dev/ttyUSB0", name="受付")
    answer = client.get("/v1/modems", headers=key(context, "monitor", "inbox"))
    assert answer.status_code == 200
    assert answer.json() == [row.as_json() for row in context.modems.list()]
    assert answer.json()[0]["name"] == "受付"
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/messages", "/v1/messages/{message_id}", "/v1/replies", "/v1/replies/{reply_id}/handled",
            "/v1/appointments/{external_id}", "/v1/modems"} <= set(paths)


def test_two_requests_with_one_idempotency_key_at_the_same_moment_send_once(
    context: AppContext, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second request passed the check before the first committed: the unique key stops it."""
    real_kept = ApiSending._kept
    looks: list[str] = []

    def racing(self: ApiSending, *args: Any) -> Any:
        looks.append("look")
        return None if len(looks) <= 2 else real_kept(self, *args)  # both looked before either wrote

    monkeypatch.setattr(ApiSending, "_kept", racing)
    sender = {**key(context, "kiosk", "send"), "Idempotency-Key": "same"}
    body = {"to": "090-1234-5678", "text": "一度だけ"}
    first = client.post("/v1/messages", json=body, headers=sender)
    second = client.post("/v1/messages", json=body, headers=sender)
    assert first.status_code == second.status_code == 202 and first.json() == second.json()
    assert count(context, OutboundMessage) == 1
    assert len(looks) == 3  # the second request found the first one's answer after its write was refused
