"""Performance: indexes for the stalled-newcomer scan and the outbox queue; statistics.

The stalled-newcomer scan ran every 30 s over every active newcomer, because its filter was
``coalesce(last_active_at, created_at)``, which no index serves. Every person now has
``last_active_at`` (their registration until they write), and a partial index holds only the
newcomers not nudged since they last wrote, ordered by when that was. The sender's claim and
the health check walked the outbox in id order from its oldest (sent) row; a partial index
holds only the unsettled rows, per channel. Search reads each candidate connector's soonest
open time from (connector_id, status, starts_at) alone.

Revision ID: 0014_perf
Revises: 0012_referrals
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_perf"
down_revision: str | None = "0013_programmes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AWAITING_NUDGE = "nudged_at IS NULL OR nudged_at < last_active_at"
QUEUED = "status IN ('pending', 'sending')"


def upgrade() -> None:
    """Fill last_active_at, index who awaits a nudge, and let the planner learn the tables."""
    op.execute("UPDATE participants SET last_active_at = created_at WHERE last_active_at IS NULL")
    op.create_index(
        "ix_participants_awaiting_nudge",
        "participants",
        ["role", "status", "last_active_at"],
        sqlite_where=sa.text(AWAITING_NUDGE),
        postgresql_where=sa.text(AWAITING_NUDGE),
    )
    op.create_index(
        "ix_slots_connector_id_status_starts_at", "slots", ["connector_id", "status", "starts_at"]
    )
    op.create_index(
        "ix_outbox_queue",
        "outbox",
        ["channel", "id"],
        sqlite_where=sa.text(QUEUED),
        postgresql_where=sa.text(QUEUED),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Without statistics SQLite guesses, and guessed wrong for the search's per-connector
        # lookups; the bot keeps them fresh with PRAGMA optimize (storage/db.py).
        op.execute("PRAGMA analysis_limit=1000")
        op.execute("ANALYZE")
    else:
        op.execute("ANALYZE")


def downgrade() -> None:
    """Drop the index (last_active_at keeps its values: they are true)."""
    op.drop_index("ix_outbox_queue", "outbox")
    op.drop_index("ix_slots_connector_id_status_starts_at", "slots")
    op.drop_index("ix_participants_awaiting_nudge", "participants")
