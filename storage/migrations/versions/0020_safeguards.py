"""Safeguards: coordinators' PINs, asked by SMS before a destructive command.

Revision ID: 0020_safeguards
Revises: 0019_retention2
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_safeguards"
down_revision: str | None = "0019_retention2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the coordinators' PINs."""
    op.create_table(
        "coordinator_pins",
        sa.Column(
            "participant_id",
            sa.Integer,
            sa.ForeignKey("participants.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("pin_hash", sa.String(64), nullable=False),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("set_at", TS, nullable=False),
        sa.Column("verified_until", TS, nullable=True),
        sa.Column("wrong", sa.Integer, nullable=False, server_default="0"),
        sa.Column("wrong_at", TS, nullable=True),
    )


def downgrade() -> None:
    """Drop the coordinators' PINs."""
    op.drop_table("coordinator_pins")
