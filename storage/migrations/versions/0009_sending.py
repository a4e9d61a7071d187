"""Sending: messages whose send was interrupted are marked uncertain (looked up, not resent
blindly), and messages can say until when they are worth sending.

Revision ID: 0009_sending
Revises: 0008_data
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_sending"
down_revision: str | None = "0008_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add the outbox's uncertain flag and its "useful until" moment."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("uncertain", sa.Boolean, nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("useful_until", TS, nullable=True))


def downgrade() -> None:
    """Remove the uncertain flag and the "useful until" moment."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("useful_until")
        batch.drop_column("uncertain")
