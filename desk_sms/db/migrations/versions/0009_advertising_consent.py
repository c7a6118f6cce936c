"""Advertising or notice: a campaign's purpose decides whether it needs the recipients' consent.

Revision ID: 0009_advertising_consent
Revises: 0008_roles_audit
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_advertising_consent"
down_revision = "0008_roles_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purpose", sa.String(20), nullable=False, server_default="notice"))


def downgrade() -> None:
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_column("purpose")
