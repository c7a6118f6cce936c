"""All tables. Import this package to register every model on `Base.metadata`."""

from desk_sms.db.models.api import ApiKey, ApiRequest, WatchedFile
from desk_sms.db.models.audit import AuditEntry, User
from desk_sms.db.models.contacts import (
    Contact,
    ContactFieldValue,
    ContactGroup,
    ContactPhone,
    CustomField,
    Group,
    ImportBatch,
)
from desk_sms.db.models.messages import (
    Campaign,
    InboundMessage,
    InboundPart,
    OutboundMessage,
    OutboundPart,
    StatusReportRecord,
)
from desk_sms.db.models.modems import EngineCommand, EngineLease, Modem, Setting
from desk_sms.db.models.rules import InboundRule, Poll
from desk_sms.db.models.schedules import Appointment, Schedule, ScheduleRun, Segment, Template

__all__ = [
    "ApiKey",
    "ApiRequest",
    "Appointment",
    "AuditEntry",
    "Campaign",
    "Contact",
    "ContactFieldValue",
    "ContactGroup",
    "ContactPhone",
    "CustomField",
    "EngineCommand",
    "EngineLease",
    "Group",
    "ImportBatch",
    "InboundMessage",
    "InboundPart",
    "InboundRule",
    "Modem",
    "OutboundMessage",
    "OutboundPart",
    "Poll",
    "Schedule",
    "ScheduleRun",
    "Segment",
    "Setting",
    "StatusReportRecord",
    "Template",
    "User",
    "WatchedFile",
]
