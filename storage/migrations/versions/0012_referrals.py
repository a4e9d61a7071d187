"""Referrals: the three-referral chain, each referral's status and its history.

Revision ID: 0012_referrals
Revises: 0010_meetings_loop
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_referrals"
down_revision: str | None = "0011_intake"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the referrals and referral_events tables."""
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("mentee_id", sa.Integer, nullable=False),
        sa.Column("connector_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("person_key", sa.String(200), nullable=False),
        sa.Column("person_id", sa.Integer, nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("profession", sa.String(160), nullable=False, server_default=""),
        sa.Column("organisation", sa.String(160), nullable=False, server_default=""),
        sa.Column("contact", sa.String(200), nullable=False, server_default=""),
        sa.Column("code", sa.String(16), nullable=True),
        sa.Column("invited_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_referrals_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["participants.id"], name="fk_referrals_mentee_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["connector_id"], ["participants.id"],
            name="fk_referrals_connector_id_participants", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["participants.id"], name="fk_referrals_person_id_participants",
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("mentee_id", "person_key", name="uq_referrals_mentee_id_person_key"),
        sa.UniqueConstraint("code", name="uq_referrals_code"),
    )  # fmt: skip
    op.create_index("ix_referrals_meeting_id", "referrals", ["meeting_id"])
    op.create_index("ix_referrals_connector_id", "referrals", ["connector_id"])
    op.create_index("ix_referrals_person_id", "referrals", ["person_id"])
    op.create_index("ix_referrals_status", "referrals", ["status"])
    op.create_index("ix_participants_referral_code", "participants", ["referral_code"])
    op.create_index("ix_meetings_referral_id", "meetings", ["referral_id"])
    op.create_table(
        "referral_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("referral_id", sa.Integer, nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False, server_default=""),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_referral_events"),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name="fk_referral_events_referral_id_referrals",
            ondelete="CASCADE",
        ),
    )  # fmt: skip
    op.create_index("ix_referral_events_referral_id", "referral_events", ["referral_id"])
    op.create_table(
        "job_reports",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("mentee_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(160), nullable=False),
        sa.Column("in_field", sa.String(8), nullable=False),
        sa.Column("start_month", sa.String(7), nullable=False),
        sa.Column("meeting_id", sa.Integer, nullable=True),
        sa.Column("referral_id", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_job_reports"),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["participants.id"], name="fk_job_reports_mentee_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_job_reports_meeting_id_meetings",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name="fk_job_reports_referral_id_referrals",
            ondelete="SET NULL",
        ),
    )  # fmt: skip
    op.create_index("ix_job_reports_mentee_id", "job_reports", ["mentee_id"])


def downgrade() -> None:
    """Remove the referral tables and indexes."""
    op.drop_index("ix_meetings_referral_id", "meetings")
    op.drop_index("ix_participants_referral_code", "participants")
    op.drop_table("job_reports")
    op.drop_table("referral_events")
    op.drop_table("referrals")
