"""The modem's signal in dBm and the SIM's PIN tries left, stored with its health.

The engine runs in its own process, so a window reads what it shows of a modem from the database;
these two were only known to an in-process worker before.

Revision ID: 0014_modem_signal_pin
Revises: 0013_claim_indexes
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_modem_signal_pin"
down_revision = "0013_claim_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("modems", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signal_dbm", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pin_attempts_left", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("modems", schema=None) as batch_op:
        batch_op.drop_column("pin_attempts_left")
        batch_op.drop_column("signal_dbm")
