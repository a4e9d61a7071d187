"""Broadcasts scheduled for later, and cancelled before they leave.

Revision ID: 0021_broadcasts
Revises: 0020_safeguards
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_broadcasts"
down_revision: str | None = "0020_safeguards"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the scheduled broadcasts."""
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "coordinator_id",
            sa.Integer,
            sa.ForeignKey("participants.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("audience_kind", sa.String(16), nullable=False),
        sa.Column("audience_value", sa.String(120), nullable=False, server_default=""),
        sa.Column("text_en", sa.String(500), nullable=True),
        sa.Column("text_fr", sa.String(500), nullable=True),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="scheduled"),
        sa.Column("sent_count", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_broadcasts_status_due_at", "broadcasts", ["status", "due_at"])


def downgrade() -> None:
    """Drop the scheduled broadcasts."""
    op.drop_index("ix_broadcasts_status_due_at", table_name="broadcasts")
    op.drop_table("broadcasts")
