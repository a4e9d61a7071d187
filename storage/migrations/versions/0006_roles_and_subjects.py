"""Roles per person (with who granted each, and when) and scheduled jobs about any subject.

Revision ID: 0006_roles_and_subjects
Revises: 0005_follow_up
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_roles_and_subjects"
down_revision: str | None = "0005_follow_up"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add participant_roles (seeded from each person's role) and job subjects."""
    op.create_table(
        "participant_roles",
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("granted_by", sa.Integer, nullable=True),
        sa.Column("granted_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("participant_id", "role", name="pk_participant_roles"),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name="fk_participant_roles_participant_id_participants",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by"],
            ["participants.id"],
            name="fk_participant_roles_granted_by_participants",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_participant_roles_role", "participant_roles", ["role"])
    op.execute(
        "INSERT INTO participant_roles (participant_id, role, granted_by, granted_at) "
        "SELECT id, role, NULL, created_at FROM participants WHERE role IS NOT NULL"
    )
    with op.batch_alter_table("scheduled") as batch:
        batch.add_column(sa.Column("subject_kind", sa.String(32), nullable=True))
        batch.add_column(sa.Column("subject_id", sa.Integer, nullable=True))
    op.execute(
        "UPDATE scheduled SET subject_kind = 'meeting', subject_id = meeting_id "
        "WHERE meeting_id IS NOT NULL"
    )
    op.drop_index("ix_scheduled_meeting_id", "scheduled")
    with op.batch_alter_table("scheduled") as batch:
        batch.drop_constraint("fk_scheduled_meeting_id_meetings", type_="foreignkey")
        batch.drop_column("meeting_id")
    op.create_index(
        "ix_scheduled_subject_kind_subject_id_status",
        "scheduled",
        ["subject_kind", "subject_id", "status"],
    )


def downgrade() -> None:
    """Put meeting_id back and drop participant_roles."""
    op.drop_index("ix_scheduled_subject_kind_subject_id_status", "scheduled")
    with op.batch_alter_table("scheduled") as batch:
        batch.add_column(sa.Column("meeting_id", sa.Integer, nullable=True))
    op.execute("UPDATE scheduled SET meeting_id = subject_id WHERE subject_kind = 'meeting'")
    with op.batch_alter_table("scheduled") as batch:
        batch.drop_column("subject_kind")
        batch.drop_column("subject_id")
        batch.create_foreign_key(
            "fk_scheduled_meeting_id_meetings",
            "meetings",
            ["meeting_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.create_index("ix_scheduled_meeting_id", "scheduled", ["meeting_id"])
    op.drop_index("ix_participant_roles_role", "participant_roles")
    op.drop_table("participant_roles")
