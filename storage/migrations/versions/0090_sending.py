"""Sending: messages whose send was interrupted are marked uncertain (looked up, not resent
blindly).

Revision ID: 0090_sending
Revises: 0005_follow_up
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0090_sending"
down_revision: str | None = "0005_follow_up"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the outbox's uncertain flag."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("uncertain", sa.Boolean, nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    """Remove the uncertain flag."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("uncertain")
