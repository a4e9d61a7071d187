"""Follow-up after meetings (handlers/followup): what each side said."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# What each side said after a meeting. Comments are private: only coordinators see them.
meeting_feedback = sa.Table(
    "meeting_feedback",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "meeting_id",
        sa.Integer,
        sa.ForeignKey("meetings.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("met", sa.Boolean, nullable=False),
    sa.Column("rating", sa.Integer, nullable=True),
    sa.Column("comment", sa.String(500), nullable=True),
    # other_absent | self_absent | rescheduled (when they did not meet)
    sa.Column("reason", sa.String(16), nullable=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("meeting_id", "participant_id"),
    holding_text("at", "comment IS NOT NULL"),
)
