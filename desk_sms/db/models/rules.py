"""Rules for incoming messages, and polls (a campaign whose replies are counted).

A rule's conditions all have to hold (an empty condition holds always); its actions run in the
engine right after the opt-out and appointment keywords (desk_sms/engine/incoming_rules.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column

from desk_sms.db.base import Base, UTCDateTime, utcnow


class InboundRule(Base):
    __tablename__ = "inbound_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(default=0)  # rules are tried in this order, lowest first
    enabled: Mapped[bool] = mapped_column(default=True, server_default=true())
    # Conditions
    keywords: Mapped[list[Any]] = mapped_column(JSON, default=list)
    first_word: Mapped[bool] = mapped_column(default=False, server_default=false())  # else the whole reply
    contains: Mapped[str] = mapped_column(String(200), default="")
    sender: Mapped[str] = mapped_column(String(10), default="any")  # any | contact | group | unknown
    sender_group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    modem_id: Mapped[int | None] = mapped_column(ForeignKey("modems.id", ondelete="SET NULL"))
    outside_hours: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Actions
    reply_text: Mapped[str] = mapped_column(Text, default="")
    reply_template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id", ondelete="SET NULL"))
    assign_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    mark_handled: Mapped[bool] = mapped_column(default=False, server_default=false())
    add_group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    tag: Mapped[str] = mapped_column(String(50), default="")
    keep_waiting: Mapped[bool] = mapped_column(default=False, server_default=false())  # answered, still open
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Poll(Base):
    """A campaign's question with numbered (or worded) answers; replies within the window count."""

    __tablename__ = "polls"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), unique=True)
    question: Mapped[str] = mapped_column(Text)
    answers: Mapped[list[Any]] = mapped_column(JSON, default=list)  # labels; answer n is the n-th, 1-based
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)
    invalid_reply: Mapped[str] = mapped_column(Text, default="")  # "" = no automatic answer
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
