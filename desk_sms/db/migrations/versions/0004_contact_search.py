"""Contact search: a normalised search text per contact and a covering index to filter and sort by.

Existing contacts start with NULL search text, which the contacts service treats as stale
and rebuilds before the next search; a partial index finds those rows without a scan.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
        batch_op.create_index(
            "ix_contacts_search", ["reading", "name", "id", "deleted_at", "search_text"], unique=False
        )
        batch_op.create_index(
            "ix_contacts_search_stale",
            ["id"],
            unique=False,
            sqlite_where=sa.text("search_text IS NULL"),
            postgresql_where=sa.text("search_text IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_search_stale")
        batch_op.drop_index("ix_contacts_search")
        batch_op.drop_column("search_text")
