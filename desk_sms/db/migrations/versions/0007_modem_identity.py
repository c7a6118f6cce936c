"""Modem and SIM identity, limits per SIM, health you can see, a price per part.

The SIM (IMSI) is the sender: each sent part records the SIM it went out on, so the rolling
24-hour count follows a SIM moved to another modem. A modem row keeps the identity it was added
with, the identity refused on its port (when another SIM answered there), a note of the last
identity change, when its last error happened, and what one SMS part costs on its SIM.

Revision ID: 0007_modem_identity
Revises: 0006_outbox_pipeline
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_modem_identity"
down_revision = "0006_outbox_pipeline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("modems", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imsi", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("iccid", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("own_number", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("found_identity", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("identity_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("identity_changed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_error_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("price_per_part", sa.Float(), nullable=True))
    with op.batch_alter_table("outbound_parts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imsi", sa.String(length=20), nullable=True))
        batch_op.create_index("ix_outbound_parts_sim", ["imsi", "submitted_at"], unique=False)
        batch_op.create_index("ix_outbound_parts_modem_time", ["modem_id", "submitted_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbound_parts", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_parts_modem_time")
        batch_op.drop_index("ix_outbound_parts_sim")
        batch_op.drop_column("imsi")
    with op.batch_alter_table("modems", schema=None) as batch_op:
        for column in (
            "price_per_part",
            "last_error_at",
            "identity_changed_at",
            "identity_note",
            "found_identity",
            "own_number",
            "iccid",
            "imsi",
        ):
            batch_op.drop_column(column)
