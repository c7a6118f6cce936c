"""The JSON bodies the API takes, validated field by field (a wrong field is named in the 422)."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

MAX_NUMBERS = 1000  # numbers in one request; more go in a group


class SendRequest(BaseModel):
    """Exactly one of `to`, `group`, `segment`, `contact_id`; exactly one of `text`, `template`."""

    model_config = ConfigDict(extra="forbid")

    to: StrictStr | list[StrictStr] | None = Field(
        None, description="a number (+819012345678, 090-1234-5678) or a list of numbers (a campaign)",
        max_length=MAX_NUMBERS)
    group: StrictStr | StrictInt | None = Field(None, description="a group's name or id (a campaign)")
    segment: StrictStr | StrictInt | None = Field(None, description="a segment's name or id (a campaign)")
    contact_id: StrictInt | None = Field(None, description="one contact, at its first number")
    text: StrictStr | None = Field(None, description="the text; {name} and other placeholders are filled")
    template: StrictStr | None = Field(None, description="a saved template's name")
    values: dict[StrictStr, StrictStr] = Field(
        default_factory=dict, description="values for placeholders the contact has none for")
    urgent: StrictBool = Field(False, description="goes during quiet hours too, first (one message only)")


class SendAnswer(BaseModel):
    id: int | None = Field(None, description="the message (a single send)")
    status: str = Field(description="the message's state, or the campaign's (running, awaiting_approval)")
    campaign_id: int | None = None
    ids: list[int] = Field(default_factory=list, description="a campaign's message ids")
    excluded: list[dict[str, str]] = Field(default_factory=list,
                                           description="recipients left out, with the reason")


class AppointmentRequest(BaseModel):
    """Whose appointment (a contact id, or a phone number: a contact is made when nobody has it) and when."""

    model_config = ConfigDict(extra="forbid")

    starts_at: AwareDatetime = Field(description="ISO 8601 with an offset, e.g. 2026-12-04T10:30:00+09:00")
    contact_id: StrictInt | None = None
    phone: StrictStr | None = Field(None, max_length=40)
    name: StrictStr = Field("", max_length=200, description="the contact's name, used when one is made")
    place: StrictStr = Field("", max_length=200)
    notes: StrictStr = Field("", max_length=2000)
