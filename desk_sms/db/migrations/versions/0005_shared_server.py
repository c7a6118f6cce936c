"""Several engines on one server: modems pinned to the computer they are plugged into; change polling.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import socket

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("modems", schema=None) as batch_op:
        batch_op.add_column(sa.Column("host", sa.String(length=200), nullable=True))
    # Until now every database was a file on the computer the modems are plugged into.
    op.execute(sa.text("UPDATE modems SET host = :host").bindparams(host=socket.gethostname()))
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.execute(sa.text("UPDATE inbound_messages SET updated_at = stored_at"))
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.alter_column("updated_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index("ix_inbound_updated", ["updated_at"], unique=False)
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.create_index("ix_outbound_updated", ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_updated")
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_inbound_updated")
        batch_op.drop_column("updated_at")
    with op.batch_alter_table("modems", schema=None) as batch_op:
        batch_op.drop_column("host")
