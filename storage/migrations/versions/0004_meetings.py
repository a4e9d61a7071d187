"""Connector meetings: connector preferences, slots, meetings and their history.

Revision ID: 0004_meetings
Revises: 0003_delivery_status
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_meetings"
down_revision: str | None = "0003_delivery_status"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)
ACTIVE_MEETING = "status IN ('requested', 'confirmed')"


def _participant(column: str, table: str, **kwargs: object) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        ["participants.id"],
        name=f"fk_{table}_{column}_participants",
        ondelete="CASCADE",
        **kwargs,  # type: ignore[arg-type]
    )


def upgrade() -> None:
    """Create the meeting tables."""
    op.create_table(
        "connector_prefs",
        sa.Column("participant_id", sa.Integer, nullable=False),
        sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("monthly_capacity", sa.Integer, nullable=True),
        sa.Column("auto_accept", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("participant_id", name="pk_connector_prefs"),
        _participant("participant_id", "connector_prefs"),
    )
    op.create_table(
        "slots",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("connector_id", sa.Integer, nullable=False),
        sa.Column("starts_at", TS, nullable=False),
        sa.Column("ends_at", TS, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("place", sa.String(200), nullable=True),
        sa.Column("link", sa.String(300), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("series", sa.String(32), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_slots"),
        _participant("connector_id", "slots"),
    )
    op.create_index("ix_slots_connector_id_starts_at", "slots", ["connector_id", "starts_at"])
    op.create_index("ix_slots_status_starts_at", "slots", ["status", "starts_at"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("slot_id", sa.Integer, nullable=False),
        sa.Column("connector_id", sa.Integer, nullable=False),
        sa.Column("mentee_id", sa.Integer, nullable=False),
        sa.Column("starts_at", TS, nullable=False),
        sa.Column("ends_at", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.String(200), nullable=True),
        sa.Column("referral_id", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meetings"),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name="fk_meetings_slot_id_slots", ondelete="CASCADE"
        ),
        _participant("connector_id", "meetings"),
        _participant("mentee_id", "meetings"),
    )
    op.create_index(
        "ix_meetings_mentee_id_status_starts_at", "meetings", ["mentee_id", "status", "starts_at"]
    )
    op.create_index(
        "ix_meetings_connector_id_status_starts_at",
        "meetings",
        ["connector_id", "status", "starts_at"],
    )
    op.create_index(
        "uq_meetings_active_slot",
        "meetings",
        ["slot_id"],
        unique=True,
        sqlite_where=sa.text(ACTIVE_MEETING),
        postgresql_where=sa.text(ACTIVE_MEETING),
    )
    op.create_table(
        "meeting_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False, server_default=""),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_events"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_meeting_events_meeting_id_meetings",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_meeting_events_meeting_id", "meeting_events", ["meeting_id"])


def downgrade() -> None:
    """Drop the meeting tables."""
    for table in ("meeting_events", "meetings", "slots", "connector_prefs"):
        op.drop_table(table)
