"""Whether a week's meeting was face to face, and the mentor workshop sessions attended.

Revision ID: 0022_face_to_face_and_workshops
Revises: 0021_broadcasts
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022_face_to_face_and_workshops"
down_revision: str | None = "0021_broadcasts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add mentorship_weeks.in_person and programme_members.workshop_sessions."""
    with op.batch_alter_table("mentorship_weeks") as batch:
        batch.add_column(sa.Column("in_person", sa.Boolean, nullable=True))
    with op.batch_alter_table("programme_members") as batch:
        batch.add_column(
            sa.Column("workshop_sessions", sa.Integer, nullable=False, server_default="0")
        )


def downgrade() -> None:
    """Drop them again."""
    with op.batch_alter_table("programme_members") as batch:
        batch.drop_column("workshop_sessions")
    with op.batch_alter_table("mentorship_weeks") as batch:
        batch.drop_column("in_person")
