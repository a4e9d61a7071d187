"""Telegram: the current keyboard token of each address, and generated secrets.

Revision ID: 0002_telegram
Revises: 0001_foundation
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_telegram"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add keyboard tokens and the secrets table."""
    with op.batch_alter_table("channel_addresses") as batch:
        batch.add_column(sa.Column("menu_token", sa.String(16), nullable=True))
        batch.add_column(
            sa.Column("menu_token_used", sa.Boolean, nullable=False, server_default=sa.false())
        )
    op.create_table(
        "bot_secrets",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_bot_secrets"),
    )


def downgrade() -> None:
    """Remove keyboard tokens and the secrets table."""
    op.drop_table("bot_secrets")
    with op.batch_alter_table("channel_addresses") as batch:
        batch.drop_column("menu_token_used")
        batch.drop_column("menu_token")
