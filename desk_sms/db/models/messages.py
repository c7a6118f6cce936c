"""Campaigns, outgoing messages and their parts, incoming messages and their parts.

Outgoing message states are those of DESIGN.md §2 (see `desk_sms.outbox.states`); only
`desk_sms.outbox` builds an `OutboundMessage` or writes its status.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_sms.db.base import Base, UTCDateTime, utcnow


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(30), default="running")
    purpose: Mapped[str] = mapped_column(String(20), default="notice", server_default="notice")
    priority: Mapped[int] = mapped_column(default=10)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboundMessage(Base):
    __tablename__ = "outbound_messages"
    __table_args__ = (
        Index("ix_outbound_campaign_status", "campaign_id", "status"),
        Index("ix_outbound_updated", "updated_at"),  # other desks poll for changes
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    to_number: Mapped[str] = mapped_column(String(32), index=True)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    priority: Mapped[int] = mapped_column(default=50)  # higher goes first
    urgent: Mapped[bool] = mapped_column(default=False)  # ignores quiet hours
    held: Mapped[bool] = mapped_column(default=False, server_default=false())  # paused by a user
    resent_as_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id", ondelete="SET NULL"))
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id", ondelete="SET NULL"))
    preferred_modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    encoding: Mapped[str | None] = mapped_column(String(8))
    part_count: Mapped[int] = mapped_column(default=1)
    attempts: Mapped[int] = mapped_column(default=0)
    error_code: Mapped[str | None] = mapped_column(String(50))
    error_text: Mapped[str | None] = mapped_column(Text)
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # past it: expired, never sent
    claim_owner: Mapped[str | None] = mapped_column(String(100))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    parts: Mapped[list[OutboundPart]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="OutboundPart.seq"
    )


# The next message to send is the first row of this index: a claim reads one row, not the whole queue.
Index("ix_outbound_next", OutboundMessage.status, OutboundMessage.priority.desc(), OutboundMessage.id)


class OutboundPart(Base):
    """One SMS part as the modem accepted it: its TP-MR reference and delivery report."""

    __tablename__ = "outbound_parts"
    __table_args__ = (
        UniqueConstraint("message_id", "seq"),
        Index("ix_outbound_parts_match", "modem_id", "reference", "submitted_at"),  # a report's part
        Index("ix_outbound_parts_sim", "imsi", "submitted_at"),  # rolling 24-hour count per SIM
        Index("ix_outbound_parts_modem_time", "modem_id", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("outbound_messages.id", ondelete="CASCADE"))
    seq: Mapped[int]
    modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    imsi: Mapped[str | None] = mapped_column(String(20))  # the SIM it went out on: limits are per SIM
    reference: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(16), default="accepted")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    report_status_code: Mapped[int | None]
    report_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    message: Mapped[OutboundMessage] = relationship(back_populates="parts")


class InboundMessage(Base):
    """A received message, reassembled from its parts (possibly still incomplete)."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index("ix_inbound_status_received", "status", "received_at"),
        Index("ix_inbound_sender", "sender"),
        Index("ix_inbound_updated", "updated_at"),  # other desks poll for changes
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sender: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="unhandled")
    complete: Mapped[bool] = mapped_column(default=True)
    concat_ref: Mapped[int | None]
    concat_total: Mapped[int | None]
    keyword: Mapped[str | None] = mapped_column(String(30))
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the incoming-message rules did: the rules' names ("" when none acted) and their effect.
    rule: Mapped[str] = mapped_column(String(300), default="", server_default="")
    rule_effect: Mapped[str] = mapped_column(Text, default="", server_default="")
    tag: Mapped[str] = mapped_column(String(50), default="", server_default="")
    poll_id: Mapped[int | None] = mapped_column(ForeignKey("polls.id", ondelete="SET NULL"))
    poll_answer: Mapped[int | None]  # 1-based; None with poll_id set: an invalid answer
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class InboundPart(Base):
    """One received SMS part, stored before the modem's storage slot is freed."""

    __tablename__ = "inbound_parts"
    __table_args__ = (
        UniqueConstraint("modem_id", "fingerprint"),
        Index("ix_inbound_parts_concat", "sender", "concat_ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("inbound_messages.id", ondelete="CASCADE"), index=True
    )
    modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    sender: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    concat_ref: Mapped[int | None]
    concat_total: Mapped[int | None]
    concat_seq: Mapped[int | None]
    fingerprint: Mapped[str] = mapped_column(String(64))  # same part read twice -> stored once
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StatusReportRecord(Base):
    """Every status report received, matched to a sent part when one fits."""

    __tablename__ = "status_reports"
    __table_args__ = (Index("ix_status_reports_match", "modem_id", "reference"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    reference: Mapped[int]
    recipient: Mapped[str] = mapped_column(String(32))
    status_code: Mapped[int]
    discharged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    part_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_parts.id", ondelete="SET NULL"))
