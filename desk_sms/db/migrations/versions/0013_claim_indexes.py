"""Indexes that keep the engine's work per message constant as the queue and the history grow.

A claim takes the first queued message by priority then id: `ix_outbound_next` holds them in that
order, so the claim reads one row instead of sorting the whole queue. A status report finds its part
by modem, reference and time: `ix_outbound_parts_match` now ends with the time, so the search no
longer walks every part the modem sent in the last week.

Revision ID: 0013_claim_indexes
Revises: 0012_engine_commands
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_claim_indexes"
down_revision = "0012_engine_commands"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_outbound_due", table_name="outbound_messages")
    op.create_index(
        "ix_outbound_next", "outbound_messages", ["status", sa.text("priority DESC"), "id"], unique=False
    )
    op.drop_index("ix_outbound_parts_match", table_name="outbound_parts")
    op.create_index(
        "ix_outbound_parts_match", "outbound_parts", ["modem_id", "reference", "submitted_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_outbound_parts_match", table_name="outbound_parts")
    op.create_index("ix_outbound_parts_match", "outbound_parts", ["modem_id", "reference"], unique=False)
    op.drop_index("ix_outbound_next", table_name="outbound_messages")
    op.create_index(
        "ix_outbound_due", "outbound_messages", ["status", "priority", "not_before"], unique=False
    )
