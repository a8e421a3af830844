# ruff: noqa: E501  (one index a line)
"""The report's per-conversation facts (issue 20): ``report_facts`` and its state row.

The facts count business hours with the teams policy's schedules, which live in the server's
policy file, not in the database: so this revision makes the tables and a state row that says
"not counted yet" (an empty fingerprint), and the server fills them for existing data on its first
refresh (``app/server/reports/facts.py``: a rebuild in id order, in steps; the first report does
whatever the background step has not done yet).

Revision ID: 0004_supervisor4
Revises: 0003_lead3_features
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_supervisor4"
down_revision = "0003_lead3_features"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_facts",
        sa.Column("conversation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=False),
        sa.Column("agent", sa.String(length=64), nullable=False),
        sa.Column("manager", sa.String(length=64), nullable=True),
        sa.Column("vip_tier", sa.String(length=8), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("resolved", sa.SmallInteger(), nullable=False),
        sa.Column("fr_s", sa.Float(), nullable=True),
        sa.Column("rs_s", sa.Float(), nullable=True),
        sa.Column("fr_met", sa.SmallInteger(), nullable=False),
        sa.Column("fr_due_fixed", sa.SmallInteger(), nullable=False),
        sa.Column("fr_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("res_met", sa.SmallInteger(), nullable=False),
        sa.Column("res_due_fixed", sa.SmallInteger(), nullable=False),
        sa.Column("res_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reopened", sa.SmallInteger(), nullable=False),
        sa.Column("ever", sa.SmallInteger(), nullable=False),
        sa.Column("csat", sa.SmallInteger(), nullable=True),
        sa.Column("csat_agent", sa.String(length=64), nullable=False),
        sa.Column("csat_team", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("conversation_id"),
        if_not_exists=True,
    )
    op.create_index("ix_report_facts_created", "report_facts", ["created_at"], if_not_exists=True)
    # a percentile walks one of these in value order (the report's key, the value, then the filter)
    op.create_index("ix_report_facts_all_fr_s", "report_facts", ["fr_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_all_rs_s", "report_facts", ["rs_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_team_fr_s", "report_facts", ["team", "fr_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_team_rs_s", "report_facts", ["team", "rs_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_agent_fr_s", "report_facts", ["agent", "fr_s", "created_at", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_agent_rs_s", "report_facts", ["agent", "rs_s", "created_at", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_channel_fr_s", "report_facts", ["channel", "fr_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_channel_rs_s", "report_facts", ["channel", "rs_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_vip_tier_fr_s", "report_facts", ["vip_tier", "fr_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_vip_tier_rs_s", "report_facts", ["vip_tier", "rs_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_topic_fr_s", "report_facts", ["topic", "fr_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_index("ix_report_facts_topic_rs_s", "report_facts", ["topic", "rs_s", "created_at", "agent", "manager"], if_not_exists=True)
    op.create_table(
        "report_facts_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("rebuilt_through", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        if_not_exists=True,
    )
    op.execute(
        "INSERT INTO report_facts_state (id, fingerprint, seq, rebuilt_through) SELECT 1, '', 0, 0 "
        "WHERE NOT EXISTS (SELECT 1 FROM report_facts_state WHERE id = 1)"
    )


def downgrade() -> None:
    op.drop_table("report_facts_state", if_exists=True)
    op.drop_index("ix_report_facts_all_fr_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_all_rs_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_team_fr_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_team_rs_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_agent_fr_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_agent_rs_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_channel_fr_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_channel_rs_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_vip_tier_fr_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_vip_tier_rs_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_topic_fr_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_topic_rs_s", table_name="report_facts", if_exists=True)
    op.drop_index("ix_report_facts_created", table_name="report_facts", if_exists=True)
    op.drop_table("report_facts", if_exists=True)
