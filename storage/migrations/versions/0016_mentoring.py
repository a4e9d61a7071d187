"""Mentoring: weekly logs, closure, final evaluations and certificate links of a mentorship.

Revision ID: 0016_mentoring
Revises: 0015_pairing
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_mentoring"
down_revision: str | None = "0015_pairing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add closure columns to mentorships, and the weekly logs, evaluations and certificates."""
    with op.batch_alter_table("mentorships") as batch:
        batch.add_column(sa.Column("closed_at", TS, nullable=True))
        batch.add_column(sa.Column("close_reason", sa.String(16), nullable=True))
        batch.add_column(sa.Column("mentoring_since", TS, nullable=True))
        batch.add_column(sa.Column("extend_asked_by", sa.Integer, nullable=True))
        batch.add_column(sa.Column("extend_weeks", sa.Integer, nullable=True))
        batch.add_column(sa.Column("end_asked_by", sa.Integer, nullable=True))
    op.create_index(
        "ix_mentorships_status_mentoring_since", "mentorships", ["status", "mentoring_since"]
    )
    op.create_table(
        "mentorship_weeks",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("mentorship_id", sa.Integer, nullable=False),
        sa.Column("week", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String(8), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("topics", sa.JSON, nullable=True),
        sa.Column("asked_at", TS, nullable=False),
        sa.Column("answered_at", TS, nullable=True),
        sa.Column("alerted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name="pk_mentorship_weeks"),
        sa.UniqueConstraint(
            "mentorship_id", "week", name="uq_mentorship_weeks_mentorship_id_week"
        ),
        sa.ForeignKeyConstraint(
            ["mentorship_id"], ["mentorships.id"],
            name="fk_mentorship_weeks_mentorship_id_mentorships", ondelete="CASCADE",
        ),
    )  # fmt: skip
    op.create_table(
        "mentorship_evaluations",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("mentorship_id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("helped", sa.JSON, nullable=True),
        sa.Column("recommend", sa.Boolean, nullable=False),
        sa.Column("comment", sa.String(300), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentorship_evaluations"),
        sa.UniqueConstraint(
            "mentorship_id", "side", name="uq_mentorship_evaluations_mentorship_id_side"
        ),
        sa.ForeignKeyConstraint(
            ["mentorship_id"], ["mentorships.id"],
            name="fk_mentorship_evaluations_mentorship_id_mentorships", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participants.id"],
            name="fk_mentorship_evaluations_participant_id_participants", ondelete="CASCADE",
        ),
    )  # fmt: skip
    op.create_table(
        "certificate_links",
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("mentorship_id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("token", name="pk_certificate_links"),
        sa.UniqueConstraint("mentorship_id", name="uq_certificate_links_mentorship_id"),
        sa.ForeignKeyConstraint(
            ["mentorship_id"], ["mentorships.id"],
            name="fk_certificate_links_mentorship_id_mentorships", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participants.id"],
            name="fk_certificate_links_participant_id_participants", ondelete="CASCADE",
        ),
    )  # fmt: skip


def downgrade() -> None:
    """Remove what ``upgrade`` added."""
    op.drop_table("certificate_links")
    op.drop_table("mentorship_evaluations")
    op.drop_table("mentorship_weeks")
    op.drop_index("ix_mentorships_status_mentoring_since", "mentorships")
    with op.batch_alter_table("mentorships") as batch:
        for column in ("end_asked_by", "extend_weeks", "extend_asked_by", "mentoring_since",
                       "close_reason", "closed_at"):  # fmt: skip
            batch.drop_column(column)
