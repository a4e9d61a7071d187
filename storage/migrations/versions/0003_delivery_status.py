"""SMS: the delivery status providers report back for each sent message.

Revision ID: 0003_delivery_status
Revises: 0002_telegram
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_delivery_status"
down_revision: str | None = "0002_telegram"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the delivery status and its rank (statuses never move backwards)."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("delivery_status", sa.String(16), nullable=True))
        batch.add_column(
            sa.Column("delivery_rank", sa.Integer, nullable=False, server_default="0")
        )


def downgrade() -> None:
    """Remove the delivery status."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("delivery_rank")
        batch.drop_column("delivery_status")
