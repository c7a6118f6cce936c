"""Compose and bulk send: recipients, per-recipient rendering, the summary, campaigns and approval.

`prepare` turns recipient sources and a text (typed or from a template) into a `ComposePlan`:
the messages as they will be sent, the recipients excluded with a reason (opted out, invalid,
duplicate, missing field, too long, no consent to advertising, a chosen contact deleted since), the
recipients whose placeholder values are missing, the total number of SMS parts and an estimate of
the time with the current modems and quiet hours.
`send` stores the plan as a campaign; with approval switched on, an operator's campaign waits
as "awaiting_approval" until an administrator calls `approve`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk_sms.clock import Clock
from desk_sms.db.models import Campaign, Schedule, ScheduleRun, User
from desk_sms.domain.phones import format_national, normalize_phone
from desk_sms.domain.roles import Permission
from desk_sms.domain.templates import ParsedTemplate, missing_fields, parse_template, render
from desk_sms.errors import InvalidInput, NotFound, UserError
from desk_sms.events import EventBus, MessageStateChanged
from desk_sms.outbox.audience import has_consent, is_opted_out
from desk_sms.outbox.pipeline import Door, Purpose
from desk_sms.outbox.rules import (
    AWAITING_APPROVAL,
    advertising_problem,
    campaign_status,
    check_urgent,
    expires_at,
    parse_body,
    text_problem,
)
from desk_sms.services.compose_recipients import (
    Candidate,
    RecipientSource,
    SegmentFilter,
    SourceChoices,
    SourceKind,
    resolve,
    save_segment,
    source_choices,
)
from desk_sms.services.estimates import Estimate, capacities_from_modems, estimate
from desk_sms.services.modems import ModemService
from desk_sms.services.outbox import OutboxService, Recipient
from desk_sms.services.settings import SettingsService
from desk_sms.services.templates import builtin_values
from desk_sms.services.users import UsersService
from modem.sms_text import Encoding, split_text

if TYPE_CHECKING:
    from desk_sms.context import AppContext

__all__ = ["AWAITING_APPROVAL", "ComposePlan", "ComposeService", "ExclusionReason", "Purpose", "render_for"]


class WindowAlreadyOver(UserError):
    code = "outbox.window_over"
    template = "{at} is past and its send-late window ended at {until}: nothing was sent; choose a later time"


class ExclusionReason(enum.StrEnum):
    OPTED_OUT = "opted_out"
    INVALID_NUMBER = "invalid_number"
    DUPLICATE = "duplicate"
    MISSING_FIELD = "missing_field"
    TOO_LONG = "too_long"  # over 670 characters, or more parts than max_parts_per_message allows
    NO_CONSENT = "no_consent"  # an advertising campaign, and no consent recorded for this recipient
    DELETED_CONTACT = "deleted_contact"  # chosen by name, deleted since


@dataclass(frozen=True)
class PlannedMessage:
    number: str  # E.164
    contact_id: int | None
    name: str
    text: str
    encoding: Encoding
    parts: int


@dataclass(frozen=True)
class Exclusion:
    number: str  # as given
    name: str
    reason: ExclusionReason
    detail: str = ""


@dataclass(frozen=True)
class MissingValue:
    """A recipient lacking values for some placeholders (listed before sending)."""

    number: str
    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ComposePlan:
    messages: tuple[PlannedMessage, ...]
    excluded: tuple[Exclusion, ...]
    missing: tuple[MissingValue, ...]
    estimate: Estimate
    not_before: datetime | None = None
    template_id: int | None = None
    body: str = ""
    purpose: Purpose = Purpose.NOTICE
    advertising_problem: UserError | None = None  # what an advertising text still lacks (the law's two lines)

    @property
    def total_parts(self) -> int:
        return sum(message.parts for message in self.messages)


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    name: str
    status: str
    body: str
    created_by: str
    approved_by: str
    approved_at: datetime | None
    scheduled_at: datetime | None
    created_at: datetime


def render_for(
    body: str, candidate: Candidate, today: date, fallbacks: Mapping[str, str] | None = None
) -> str:
    """`body` as `candidate` gets it; pure, so the GUI can preview on every keystroke."""
    return render(parse_template(body), ComposeService.values_for(candidate, today), fallbacks)


class ComposeService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventBus,
        clock: Clock,
        settings: SettingsService,
        outbox: OutboxService,
        modems: ModemService,
        users: UsersService,
    ) -> None:
        self._session_factory = session_factory
        self._events = events
        self._clock = clock
        self._settings = settings
        self._outbox = outbox
        self._modems = modems
        self._users = users

    @classmethod
    def from_context(cls, context: AppContext) -> ComposeService:
        return cls(
            context.database.session_factory, context.events, context.clock, context.settings,
            context.outbox, context.modems, context.users,
        )

    # -- preparing -----------------------------------------------------------------------------

    def source_choices(self) -> SourceChoices:
        with self._session_factory() as session:
            return source_choices(session)

    def save_segment(self, name: str, segment: SegmentFilter) -> int:
        if not name.strip():
            raise InvalidInput(detail="a segment needs a name")
        with self._session_factory.begin() as session:
            segment_id = save_segment(session, name.strip(), segment)
        self._users.record("segment.save", "segment", segment_id, segment.to_json())
        return segment_id

    def candidates(self, sources: Sequence[RecipientSource]) -> list[Candidate]:
        """Every candidate of every source, in order, duplicates included."""
        region = self._settings.get("default_region")
        with self._session_factory() as session:
            return [c for source in sources for c in resolve(session, source, region)]

    def prepare(
        self,
        sources: Sequence[RecipientSource],
        body: str,
        *,
        fallbacks: Mapping[str, str] | None = None,
        not_before: datetime | None = None,
        template_id: int | None = None,
        as_template: bool = True,
        purpose: Purpose = Purpose.NOTICE,
    ) -> ComposePlan:
        """Render `body` for every recipient and check them; raises on a broken template.

        With `as_template=False` the text goes out exactly as typed (braces included). A placeholder
        that is neither a contact field nor given a fallback refuses the whole send, naming it.
        """
        if not body.strip():
            raise InvalidInput(detail="the message is empty")
        parsed = parse_body(body, self._known_fields() | set(fallbacks or {}), literal=not as_template)
        today = (not_before or self._clock.now()).astimezone(self._timezone()).date()
        candidates = self.candidates(sources)
        advertising = purpose == Purpose.ADVERTISING
        messages, excluded, missing = self._check_all(candidates, parsed, fallbacks or {}, today, advertising)
        return ComposePlan(
            tuple(messages), tuple(excluded), tuple(missing),
            self._estimate(messages, not_before), not_before, template_id, body, purpose,
            self.advertising_problem(body) if advertising else None,
        )

    def advertising_problem(self, text: str) -> UserError | None:
        """What an advertising text still lacks: the sender's name, or how to stop (Compose warns)."""
        return advertising_problem(text, *self.advertising_rules())

    def advertising_rules(self) -> tuple[str, list[str]]:
        """The sender name and the opt-out keywords an advertising text is checked against."""
        return str(self._settings.get("sender_name")), list(self._settings.get("opt_out_keywords"))

    def max_parts(self) -> int:
        """The most SMS parts a message may take (Settings); longer texts are refused."""
        return int(self._settings.get("max_parts_per_message"))

    def _known_fields(self) -> set[str]:
        from desk_sms.services.templates import TemplatesService

        return set(TemplatesService(self._session_factory).known_fields())

    def render_one(self, number: str, body: str, literal: bool = False) -> str:
        """`body` as the holder of `number` gets it (a reply): unknown or missing values refuse it."""
        if literal:
            return body
        parsed = parse_body(body, self._known_fields())
        candidates = self.candidates([RecipientSource(SourceKind.NUMBERS, number)]) or [Candidate(number)]
        return render(parsed, self.values_for(candidates[0], self.today()))

    def today(self) -> date:
        """The date `{date}` stands for when sending now (in the business time zone)."""
        return self._clock.now().astimezone(self._timezone()).date()

    def preview(self, body: str, candidate: Candidate, fallbacks: Mapping[str, str] | None = None) -> str:
        """The text one recipient would get (for the phone-like preview)."""
        return render_for(body, candidate, self.today(), fallbacks)

    @staticmethod
    def values_for(candidate: Candidate, today: date) -> dict[str, str]:
        """Placeholder values for one recipient: custom fields, then the built-in ones."""
        phone = format_national(candidate.number) if candidate.number.startswith("+") else candidate.number
        return {**candidate.fields, **builtin_values(candidate.name, candidate.reading, phone, today)}

    def _check_all(
        self, candidates: list[Candidate], parsed: ParsedTemplate, fallbacks: Mapping[str, str], today: date,
        advertising: bool,
    ) -> tuple[list[PlannedMessage], list[Exclusion], list[MissingValue]]:
        region = self._settings.get("default_region")
        max_parts = self.max_parts()
        messages: list[PlannedMessage] = []
        excluded: list[Exclusion] = []
        missing: list[MissingValue] = []
        seen: set[str] = set()
        with self._session_factory() as session:
            for candidate in candidates:
                e164 = normalize_phone(candidate.number, region).e164
                values = self.values_for(candidate, today)
                lacking = tuple(missing_fields(parsed, values))
                if lacking:
                    missing.append(MissingValue(candidate.number, candidate.name, lacking))
                reason = self._exclusion(session, candidate, e164, seen, lacking, fallbacks, advertising)
                if reason is not None:
                    excluded.append(Exclusion(candidate.number, candidate.name, reason[0], reason[1]))
                    continue
                assert e164 is not None
                seen.add(e164)
                text = render(parsed, values, fallbacks)
                problem = text_problem(text, max_parts)
                if problem is not None:
                    excluded.append(Exclusion(candidate.number, candidate.name, ExclusionReason.TOO_LONG,
                                              problem.message))
                    continue
                split = split_text(text)
                messages.append(PlannedMessage(e164, candidate.contact_id, candidate.name, text,
                                               split.encoding, split.part_count))
        return messages, excluded, missing

    @staticmethod
    def _exclusion(
        session: Session, candidate: Candidate, e164: str | None, seen: set[str],
        lacking: tuple[str, ...], fallbacks: Mapping[str, str], advertising: bool,
    ) -> tuple[ExclusionReason, str] | None:
        if candidate.deleted:
            return ExclusionReason.DELETED_CONTACT, ""
        if e164 is None:
            return ExclusionReason.INVALID_NUMBER, candidate.number
        if e164 in seen:
            return ExclusionReason.DUPLICATE, e164
        if is_opted_out(session, e164, candidate.contact_id):
            return ExclusionReason.OPTED_OUT, ""
        if advertising and not has_consent(session, e164, candidate.contact_id):
            return ExclusionReason.NO_CONSENT, ""
        without_fallback = [name for name in lacking if name not in fallbacks]
        if without_fallback:
            return ExclusionReason.MISSING_FIELD, ", ".join(without_fallback)
        return None

    def _estimate(self, messages: list[PlannedMessage], not_before: datetime | None) -> Estimate:
        parts = sum(m.parts for m in messages)
        per_message = parts / len(messages) if messages else 1.0
        now = max(not_before or self._clock.now(), self._clock.now())
        capacities = capacities_from_modems(self._modems.list())
        return estimate(len(messages), per_message, capacities, now, self._settings.quiet_hours(),
                        self._timezone())

    def _timezone(self) -> ZoneInfo:
        return ZoneInfo(self._settings.get("timezone"))

    # -- sending and approval --------------------------------------------------------------------

    def needs_approval(self) -> bool:
        user = self._users.actor
        approval = bool(self._settings.get("approval_required"))
        return campaign_status(approval, bool(user and user.is_admin)) == AWAITING_APPROVAL

    def may_send_urgent(self) -> bool:
        """Only an administrator may send a whole campaign urgently."""
        user = self._users.actor
        return bool(user and user.is_admin)

    def check_window(self, not_before: datetime | None, late_within: timedelta | None) -> datetime | None:
        """The end of a timed send's window; refused when it has already ended (it would only expire)."""
        until = expires_at(not_before, late_within)
        if not_before is not None and until is not None and until <= self._clock.now():
            local = self._timezone()
            raise WindowAlreadyOver(at=f"{not_before.astimezone(local):%Y-%m-%d %H:%M}",
                                    until=f"{until.astimezone(local):%H:%M}")
        return until

    def send(
        self, plan: ComposePlan, name: str, *, urgent: bool = False, late_within: timedelta | None = None,
        door: Door = Door.COMPOSE,
    ) -> int:
        """Store the plan as a campaign (waiting for approval when required); returns its id.

        A campaign sent "at" a time expires `late_within` (default 2 hours) after it.
        """
        if not plan.messages:
            raise InvalidInput(detail="no recipient is left to send to")
        check_urgent(urgent, True, self.may_send_urgent())
        until = self.check_window(plan.not_before, late_within)
        name = name.strip() or f"{self._clock.now():%Y-%m-%d %H:%M}"
        status = AWAITING_APPROVAL if self.needs_approval() else "running"
        recipients = [Recipient(m.number, m.text, m.contact_id) for m in plan.messages]
        campaign_id = self._outbox.create_campaign(
            name, recipients, not_before=plan.not_before, expires_at=until,
            status=status, urgent=urgent, door=door, user=self._users.actor, body=plan.body,
            template_id=plan.template_id, purpose=plan.purpose,
        )
        return campaign_id

    def approve(self, campaign_id: int) -> None:
        """An administrator lets a waiting campaign go out."""
        user = self._users.require(Permission.APPROVE)
        with self._session_factory.begin() as session:
            campaign = self._campaign(session, campaign_id)
            if campaign.status != AWAITING_APPROVAL:
                raise InvalidInput(detail=f"the campaign {campaign.name!r} is not waiting for approval")
            campaign.status = "running"
            campaign.approved_by_id = None if user.command_line else user.id
            campaign.approved_at = self._clock.now()
            _approve_schedule_of(session, campaign_id)
        self._users.record("campaign.approve", "campaign", campaign_id, "")
        self._events.publish(MessageStateChanged(0, "running", campaign_id))

    def reject(self, campaign_id: int) -> None:
        """An administrator refuses a waiting campaign: its messages are cancelled."""
        self._users.require(Permission.APPROVE)
        self._outbox.set_campaign_status(campaign_id, "cancelled")
        self._users.record("campaign.reject", "campaign", campaign_id, "")

    def awaiting_approval(self) -> list[CampaignInfo]:
        return self.campaigns(AWAITING_APPROVAL)

    def campaign(self, campaign_id: int) -> CampaignInfo:
        found = [c for c in self.campaigns() if c.id == campaign_id]
        if not found:
            raise NotFound(what="Campaign", name=str(campaign_id))
        return found[0]

    def campaigns(self, status: str | None = None) -> list[CampaignInfo]:
        creator, approver = aliased(User), aliased(User)
        query = (
            select(Campaign, creator.name, approver.name)
            .outerjoin(creator, creator.id == Campaign.created_by_id)
            .outerjoin(approver, approver.id == Campaign.approved_by_id)
            .order_by(Campaign.created_at.desc(), Campaign.id.desc())
        )
        if status is not None:
            query = query.where(Campaign.status == status)
        with self._session_factory() as session:
            return [
                CampaignInfo(c.id, c.name, c.status, c.body, made or "", approved or "", c.approved_at,
                             c.scheduled_at, c.created_at)
                for c, made, approved in session.execute(query)
            ]

    @staticmethod
    def _campaign(session: Session, campaign_id: int) -> Campaign:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise NotFound(what="Campaign", name=str(campaign_id))
        return campaign


def _approve_schedule_of(session: Session, campaign_id: int) -> None:
    """Approving a schedule's run approves the schedule: its later runs go without asking."""
    schedule_id = session.scalars(
        select(ScheduleRun.schedule_id).where(ScheduleRun.campaign_id == campaign_id)
    ).first()
    schedule = session.get(Schedule, schedule_id) if schedule_id is not None else None
    if schedule is not None:
        schedule.needs_approval = False
