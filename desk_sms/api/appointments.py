"""PUT/DELETE /v1/appointments/{external_id}: another program's appointments, by its own id.

PUT makes or updates the appointment (a cancelled one comes back as scheduled); DELETE cancels it,
and its reminders still waiting with it. Reminders then follow the reminder rules, as for an
appointment entered in the window. Whose appointment: a contact id, or a phone number; a contact
is made (with `name`) when no contact has that number. Everything is checked before anything is
written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desk_sms.api.auth import Caller
from desk_sms.api.errors import ApiError
from desk_sms.api.schemas import AppointmentRequest
from desk_sms.context import AppContext
from desk_sms.db.models import Contact, ContactPhone
from desk_sms.domain.phones import normalize_phone
from desk_sms.services.appointments import AppointmentInfo, AppointmentsService
from desk_sms.services.contacts import ContactDraft, ContactsService

MAX_EXTERNAL_ID = 200


class ApiAppointments:
    def __init__(self, context: AppContext) -> None:
        self._context = context
        factory = context.database.session_factory
        self._appointments = AppointmentsService(factory, context.events, context.clock, context.users)
        self._contacts = ContactsService(factory, context.events, context.clock,
                                         lambda: str(context.settings.get("default_region")), context.users)

    def put(self, caller: Caller, external_id: str, request: AppointmentRequest
            ) -> tuple[int, dict[str, Any]]:
        _check_external_id(external_id)
        with self._context.users.acting_as(caller.actor):
            contact_id = self._contact(request)
            existing = self._appointments.find_external(external_id)
            appointment_id = self._appointments.save(contact_id, request.starts_at, request.place,
                                                     request.notes, existing, external_id)
            info = self._appointments.get(appointment_id)
            if info.status == "cancelled":
                self._appointments.set_status(appointment_id, "scheduled")
                info = self._appointments.get(appointment_id)
        return (200 if existing else 201), _json(external_id, info)

    def delete(self, caller: Caller, external_id: str) -> dict[str, Any]:
        appointment_id = self._existing(external_id)
        with self._context.users.acting_as(caller.actor):
            self._appointments.set_status(appointment_id, "cancelled")
        return _json(external_id, self._appointments.get(appointment_id))

    def _existing(self, external_id: str) -> int:
        _check_external_id(external_id)
        found = self._appointments.find_external(external_id)
        if found is None:
            raise ApiError(404, "external_id", f"no appointment {external_id!r}")
        return found

    def _contact(self, request: AppointmentRequest) -> int:
        if (request.contact_id is None) == (request.phone is None):
            raise ApiError(422, "contact_id", "give exactly one of contact_id or phone")
        factory = self._context.database.session_factory
        if request.contact_id is not None:
            with factory() as session:
                contact = session.get(Contact, request.contact_id)
                if contact is None or contact.deleted_at is not None:
                    raise ApiError(422, "contact_id", f"no contact {request.contact_id}")
            return request.contact_id
        e164 = normalize_phone(request.phone or "", str(self._context.settings.get("default_region"))).e164
        if e164 is None:
            raise ApiError(422, "phone", f"not a mobile number: {request.phone}")
        with factory() as session:
            found = session.scalars(
                select(ContactPhone.contact_id).join(Contact, Contact.id == ContactPhone.contact_id)
                .where(ContactPhone.e164 == e164, Contact.deleted_at.is_(None))
                .order_by(ContactPhone.contact_id).limit(1)).first()
        if found is not None:
            return found
        return self._contacts.create(ContactDraft(request.name.strip() or e164, phones=(e164,)))


def _check_external_id(external_id: str) -> None:
    if not 0 < len(external_id) <= MAX_EXTERNAL_ID or not external_id.isprintable():
        raise ApiError(422, "external_id", f"1 to {MAX_EXTERNAL_ID} printable characters, please")


def _json(external_id: str, info: AppointmentInfo) -> dict[str, Any]:
    return {"external_id": external_id, "id": info.id, "contact_id": info.contact_id, "contact": info.contact,
            "starts_at": info.starts_at.isoformat(), "place": info.place, "notes": info.notes,
            "status": info.status, "reminders": [{"rule": rule, "status": status}
                                                  for rule, status in info.reminders]}
