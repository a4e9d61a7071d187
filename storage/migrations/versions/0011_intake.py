"""Intake: participants.approval, for people waiting for a coordinator's approval.

Revision ID: 0011_intake
Revises: 0010_meetings_loop
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_intake"
down_revision: str | None = "0010_meetings_loop"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add participants.approval (NULL: approved or no approval needed) and its index."""
    op.add_column("participants", sa.Column("approval", sa.String(16), nullable=True))
    op.create_index("ix_participants_approval", "participants", ["approval"])


def downgrade() -> None:
    """Drop participants.approval."""
    op.drop_index("ix_participants_approval", table_name="participants")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("approval")
