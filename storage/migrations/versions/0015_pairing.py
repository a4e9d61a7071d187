"""Pairing: mentorships between a mentee and a mentor, from proposal to closure.

Revision ID: 0015_pairing
Revises: 0012_referrals
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_pairing"
# Re-pointed at the mentorship foundation's migration when the branches are merged.
down_revision: str | None = "0014_perf"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the mentorships table."""
    op.create_table(
        "mentorships",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("programme", sa.String(64), nullable=False),
        sa.Column("mentee_id", sa.Integer, nullable=False),
        sa.Column("mentor_id", sa.Integer, nullable=False),
        sa.Column("coordinator_id", sa.Integer, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("mentee_answer", sa.String(16), nullable=True),
        sa.Column("mentor_answer", sa.String(16), nullable=True),
        sa.Column("decline_reason", sa.String(200), nullable=True),
        sa.Column("target_minutes", sa.Integer, nullable=False),
        sa.Column("proposed_at", TS, nullable=False),
        sa.Column("starts_on", TS, nullable=True),
        sa.Column("ends_on", TS, nullable=True),
        sa.Column("goals", sa.JSON, nullable=True),
        sa.Column("meeting_day", sa.Integer, nullable=True),
        sa.Column("meeting_time", sa.String(5), nullable=True),
        sa.Column("meeting_zone", sa.String(64), nullable=True),
        sa.Column("meeting_format", sa.String(16), nullable=True),
        sa.Column("agreed_at", TS, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentorships"),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["participants.id"], name="fk_mentorships_mentee_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["participants.id"], name="fk_mentorships_mentor_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["coordinator_id"], ["participants.id"],
            name="fk_mentorships_coordinator_id_participants", ondelete="SET NULL",
        ),
    )  # fmt: skip
    op.create_index("ix_mentorships_mentee_id_status", "mentorships", ["mentee_id", "status"])
    op.create_index("ix_mentorships_mentor_id_status", "mentorships", ["mentor_id", "status"])


def downgrade() -> None:
    """Remove the mentorships table."""
    op.drop_table("mentorships")
