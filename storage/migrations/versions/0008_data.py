"""Retention: partial indexes that find old rows still holding free text.

Revision ID: 0008_data
Revises: 0007_rate_windows
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_data"
down_revision: str | None = "0007_rate_windows"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, table, column, rows it holds) as declared in storage/tables.py.
INDEXES = (
    ("ix_outbox_created_at", "outbox", "created_at", "payload != ''"),
    ("ix_meetings_ends_at", "meetings", "ends_at", "note IS NOT NULL"),
    ("ix_slots_ends_at", "slots", "ends_at", "place IS NOT NULL OR link IS NOT NULL"),
    ("ix_meeting_feedback_at", "meeting_feedback", "at", "comment IS NOT NULL"),
    ("ix_meeting_events_at", "meeting_events", "at", "detail != ''"),
    ("ix_audit_log_at", "audit_log", "at", "detail != ''"),
)


def upgrade() -> None:
    """Index what the retention purge looks for."""
    for name, table, column, where in INDEXES:
        op.create_index(
            name,
            table,
            [column],
            sqlite_where=sa.text(where),
            postgresql_where=sa.text(where),
        )
    op.create_index("ix_dialogue_states_updated_at", "dialogue_states", ["updated_at"])


def downgrade() -> None:
    """Drop the retention indexes."""
    op.drop_index("ix_dialogue_states_updated_at", table_name="dialogue_states")
    for name, table, _column, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
