"""The connector loop: a proposed new time kept beside the meeting, and search keys.

Revision ID: 0010_meetings_loop
Revises: 0009_sending
Create Date: 2026-11-23
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_meetings_loop"
down_revision: str | None = "0009_sending"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500


def _key(text: str | None) -> str | None:
    """The folded words of ``text`` (a frozen copy of handlers.core.parsing.search_key)."""
    if not text:
        return None
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()
    words = re.findall(r"[a-z0-9]+", bare)
    return f" {' '.join(words)} " if words else None


def upgrade() -> None:
    """Add meetings.proposed_slot_id, the search keys (filled from profiles), and indexes."""
    op.add_column("meetings", sa.Column("proposed_slot_id", sa.Integer, nullable=True))
    op.create_index("ix_meetings_slot_id_mentee_id", "meetings", ["slot_id", "mentee_id"])
    op.add_column("participants", sa.Column("profession_key", sa.String(200), nullable=True))
    op.add_column("participants", sa.Column("city_key", sa.String(160), nullable=True))
    op.create_index(
        "ix_participants_role_status_sector", "participants", ["role", "status", "sector"]
    )
    conn = op.get_bind()
    table = sa.table(
        "participants",
        sa.column("id", sa.Integer),
        sa.column("profession", sa.String),
        sa.column("city", sa.String),
        sa.column("profession_key", sa.String),
        sa.column("city_key", sa.String),
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(table.c.id, table.c.profession, table.c.city)
            .where(table.c.id > last)
            .order_by(table.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            if row.profession or row.city:
                conn.execute(
                    sa.update(table)
                    .where(table.c.id == row.id)
                    .values(profession_key=_key(row.profession), city_key=_key(row.city))
                )
        last = rows[-1].id


def downgrade() -> None:
    """Drop what upgrade added."""
    op.drop_index("ix_participants_role_status_sector", "participants")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("city_key")
        batch.drop_column("profession_key")
    op.drop_index("ix_meetings_slot_id_mentee_id", "meetings")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("proposed_slot_id")
