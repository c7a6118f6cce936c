"""Roles and the audit trail: sign-in lockout, the first administrator's password choice, and an
append-only audit log (a trigger refuses UPDATE and DELETE on PostgreSQL).

Revision ID: 0008_roles_audit
Revises: 0007_modem_identity
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk_sms.db import postgres

revision = "0008_roles_audit"
down_revision = "0007_modem_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        # Users that exist already were set up before this question was asked: count as answered.
        batch_op.add_column(
            sa.Column("password_chosen", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    if op.get_bind().dialect.name == "postgresql":
        postgres.create_audit_guard(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        postgres.drop_audit_guard(op.get_bind())
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("password_chosen")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_sign_ins")
