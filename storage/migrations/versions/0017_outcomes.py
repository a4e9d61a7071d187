"""Outcomes: monthly check-ins, logged interviews and events, employment follow-ups.

Revision ID: 0017_outcomes
Revises: 0016_mentoring
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_outcomes"
# Re-pointed at 0016_mentoring when the branches are merged.
down_revision: str | None = "0016_mentoring"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def _participant(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["participant_id"], ["participants.id"],
        name=f"fk_{table}_participant_id_participants", ondelete="CASCADE",
    )  # fmt: skip


def upgrade() -> None:
    """Add the check-in, event and employment tables."""
    op.create_table(
        "checkin_answers",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("mentorship_id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("month", sa.Integer, nullable=False),
        sa.Column("satisfaction", sa.Integer, nullable=False),
        sa.Column("progress", sa.JSON, nullable=True),
        sa.Column("concern", sa.String(500), nullable=False, server_default=""),
        sa.Column("alerted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("answered_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checkin_answers"),
        sa.ForeignKeyConstraint(
            ["mentorship_id"], ["mentorships.id"],
            name="fk_checkin_answers_mentorship_id_mentorships", ondelete="CASCADE",
        ),
        _participant("checkin_answers"),
        sa.UniqueConstraint(
            "mentorship_id", "participant_id", "month",
            name="uq_checkin_answers_mentorship_id_participant_id_month",
        ),
    )  # fmt: skip
    op.create_index("ix_checkin_answers_participant_id", "checkin_answers", ["participant_id"])
    op.create_index("ix_checkin_answers_answered_at", "checkin_answers", ["answered_at"])
    op.create_table(
        "outcome_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("programme", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(80), nullable=False, server_default=""),
        sa.Column("on_day", sa.Date, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outcome_events"),
        _participant("outcome_events"),
    )
    op.create_index("ix_outcome_events_participant_id", "outcome_events", ["participant_id"])
    op.create_index("ix_outcome_events_created_at_kind", "outcome_events", ["created_at", "kind"])
    op.create_table(
        "employment_asks",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("programme", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("months", sa.Integer, nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("asked_at", TS, nullable=True),
        sa.Column("answered_at", TS, nullable=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("role", sa.String(80), nullable=False, server_default=""),
        sa.Column("start_month", sa.String(7), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_employment_asks"),
        _participant("employment_asks"),
        sa.UniqueConstraint(
            "source", "source_id", "months", name="uq_employment_asks_source_source_id_months"
        ),
    )
    op.create_index("ix_employment_asks_participant_id", "employment_asks", ["participant_id"])
    op.create_index("ix_employment_asks_months_status", "employment_asks", ["months", "status"])


def downgrade() -> None:
    """Remove the outcomes tables."""
    op.drop_table("employment_asks")
    op.drop_table("outcome_events")
    op.drop_table("checkin_answers")
