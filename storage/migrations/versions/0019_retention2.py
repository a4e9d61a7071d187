"""Retention 2: the free text of the mentorship programmes, found as the first kinds are.

Private evaluation comments, check-in concerns, the reasons a match was declined and why a
coordinator referred a person back are typed text like a meeting's comment: the retention purge
clears them once older than the period. Each gets a partial index of the rows still holding
text, so a purge costs what it clears.

Revision ID: 0019_retention2
Revises: 0018_perf2
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_retention2"
down_revision: str | None = "0018_perf2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, table, column, rows it holds) as declared in storage/tables.py.
INDEXES = (
    ("ix_mentorship_evaluations_created_at", "mentorship_evaluations", "created_at",
     "comment IS NOT NULL"),
    ("ix_checkin_answers_concern_at", "checkin_answers", "answered_at", "concern != ''"),
    ("ix_mentorships_updated_at", "mentorships", "updated_at", "decline_reason IS NOT NULL"),
    ("ix_programme_members_updated_at", "programme_members", "updated_at", "reason != ''"),
)  # fmt: skip


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


def downgrade() -> None:
    """Drop the retention indexes."""
    for name, table, _column, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
