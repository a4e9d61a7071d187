"""Reminders and follow-up: scheduled rows, meeting feedback, activity and no-show pauses.

Revision ID: 0005_follow_up
Revises: 0004_meetings
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_follow_up"
down_revision: str | None = "0004_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the follow-up tables and columns."""
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("last_active_at", TS, nullable=True))
        batch.add_column(sa.Column("nudged_at", TS, nullable=True))
        batch.add_column(
            sa.Column("requests_paused", sa.Boolean, nullable=False, server_default=sa.false())
        )
    op.create_index(
        "ix_participants_role_status_last_active_at",
        "participants",
        ["role", "status", "last_active_at"],
    )
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("absent_id", sa.Integer, nullable=True))
    op.create_table(
        "scheduled",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("meeting_id", sa.Integer, nullable=True),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("done_at", TS, nullable=True),
        sa.Column("detail", sa.String(200), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_scheduled"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_scheduled_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("kind", "key", name="uq_scheduled_kind_key"),
    )
    op.create_index("ix_scheduled_meeting_id", "scheduled", ["meeting_id"])
    op.create_index("ix_scheduled_status_due_at", "scheduled", ["status", "due_at"])
    op.create_table(
        "meeting_feedback",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("met", sa.Boolean, nullable=False),
        sa.Column("rating", sa.Integer, nullable=True),
        sa.Column("comment", sa.String(500), nullable=True),
        sa.Column("reason", sa.String(16), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_feedback"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_meeting_feedback_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name="fk_meeting_feedback_participant_id_participants",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "meeting_id", "participant_id", name="uq_meeting_feedback_meeting_id_participant_id"
        ),
    )


def downgrade() -> None:
    """Remove the follow-up tables and columns."""
    op.drop_table("meeting_feedback")
    op.drop_table("scheduled")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("absent_id")
    op.drop_index("ix_participants_role_status_last_active_at", "participants")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("requests_paused")
        batch.drop_column("nudged_at")
        batch.drop_column("last_active_at")
