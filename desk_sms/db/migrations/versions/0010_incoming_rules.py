"""Rules for incoming messages and polls: the rules, the polls, and what a rule did to a message.

Revision ID: 0010_incoming_rules
Revises: 0009_advertising_consent
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_incoming_rules"
down_revision = "0009_advertising_consent"
branch_labels = None
depends_on = None


def _flag(name: str, default: bool = False) -> sa.Column[bool]:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.true() if default else sa.false())


def upgrade() -> None:
    op.create_table(
        "inbound_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _flag("enabled", True),
        sa.Column("keywords", sa.JSON(), nullable=False),
        _flag("first_word"),
        sa.Column("contains", sa.String(200), nullable=False),
        sa.Column("sender", sa.String(10), nullable=False),
        sa.Column("sender_group_id", sa.Integer(), nullable=True),
        sa.Column("modem_id", sa.Integer(), nullable=True),
        _flag("outside_hours"),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("reply_template_id", sa.Integer(), nullable=True),
        sa.Column("assign_user_id", sa.Integer(), nullable=True),
        _flag("mark_handled"),
        sa.Column("add_group_id", sa.Integer(), nullable=True),
        sa.Column("tag", sa.String(50), nullable=False),
        _flag("keep_waiting"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sender_group_id"], ["groups.id"], ondelete="SET NULL",
                                name="fk_inbound_rules_sender_group_id_groups"),
        sa.ForeignKeyConstraint(["modem_id"], ["modems.id"], ondelete="SET NULL",
                                name="fk_inbound_rules_modem_id_modems"),
        sa.ForeignKeyConstraint(["reply_template_id"], ["templates.id"], ondelete="SET NULL",
                                name="fk_inbound_rules_reply_template_id_templates"),
        sa.ForeignKeyConstraint(["assign_user_id"], ["users.id"], ondelete="SET NULL",
                                name="fk_inbound_rules_assign_user_id_users"),
        sa.ForeignKeyConstraint(["add_group_id"], ["groups.id"], ondelete="SET NULL",
                                name="fk_inbound_rules_add_group_id_groups"),
        sa.PrimaryKeyConstraint("id", name="pk_inbound_rules"),
        sa.UniqueConstraint("name", name="uq_inbound_rules_name"),
    )
    op.create_table(
        "polls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("opens_at", sa.DateTime(), nullable=False),
        sa.Column("closes_at", sa.DateTime(), nullable=False),
        sa.Column("invalid_reply", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], ondelete="CASCADE",
                                name="fk_polls_campaign_id_campaigns"),
        sa.PrimaryKeyConstraint("id", name="pk_polls"),
        sa.UniqueConstraint("campaign_id", name="uq_polls_campaign_id"),
    )
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rule", sa.String(300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("rule_effect", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("tag", sa.String(50), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("poll_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("poll_answer", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_inbound_messages_poll_id_polls", "polls", ["poll_id"], ["id"],
                                    ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_constraint("fk_inbound_messages_poll_id_polls", type_="foreignkey")
        for column in ("poll_answer", "poll_id", "tag", "rule_effect", "rule"):
            batch_op.drop_column(column)
    op.drop_table("polls")
    op.drop_table("inbound_rules")
