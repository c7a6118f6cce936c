"""Engine commands: what a window asks of the engine process (reconnect a modem, scan ports, reload
the modems, stop), polled by the engine through an index on `state`.

Revision ID: 0012_engine_commands
Revises: 0011_api_keys
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_engine_commands"
down_revision = "0011_api_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "engine_commands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("modem_id", sa.Integer(), nullable=True),
        sa.Column("host", sa.String(length=200), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engine_commands")),
    )
    op.create_index(op.f("ix_engine_commands_state"), "engine_commands", ["state"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_engine_commands_state"), table_name="engine_commands")
    op.drop_table("engine_commands")
