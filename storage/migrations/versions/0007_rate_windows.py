"""Per-person rate windows: how many messages someone sent (or was answered) in a window.

Revision ID: 0007_rate_windows
Revises: 0006_roles_and_subjects
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_rate_windows"
down_revision: str | None = "0006_roles_and_subjects"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add rate_windows."""
    op.create_table(
        "rate_windows",
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("participant_id", "kind", name="pk_rate_windows"),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name="fk_rate_windows_participant_id_participants",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Drop rate_windows."""
    op.drop_table("rate_windows")
