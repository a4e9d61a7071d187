"""The weeks (handlers/mentorship/weeks): weekly logs, final evaluations, certificate links."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# One row per week of a mentorship the mentee was asked about (0016_mentoring).
mentorship_weeks = sa.Table(
    "mentorship_weeks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "mentorship_id",
        sa.Integer,
        sa.ForeignKey("mentorships.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("week", sa.Integer, nullable=False),
    # asked | met | not-met | missed (not answered by the next question)
    sa.Column("outcome", sa.String(8), nullable=False),
    sa.Column("minutes", sa.Integer, nullable=False, server_default="0"),
    sa.Column("topics", sa.JSON, nullable=True),
    # Met face to face (the programme's weekly hour), or by phone or video; None: not said
    # (weeks logged before 0022, and weeks not met).
    sa.Column("in_person", sa.Boolean, nullable=True),
    sa.Column("asked_at", UTCDateTime, nullable=False),
    sa.Column("answered_at", UTCDateTime, nullable=True),
    # The coordinator was alerted of the missed streak ending at this week.
    sa.Column("alerted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("mentorship_id", "week"),
)

# Each side's final evaluation of a closed mentorship.
mentorship_evaluations = sa.Table(
    "mentorship_evaluations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "mentorship_id",
        sa.Integer,
        sa.ForeignKey("mentorships.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("side", sa.String(8), nullable=False),
    sa.Column("rating", sa.Integer, nullable=False),
    sa.Column("helped", sa.JSON, nullable=True),
    sa.Column("recommend", sa.Boolean, nullable=False),
    sa.Column("comment", sa.String(300), nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("mentorship_id", "side"),
    holding_text("created_at", "comment IS NOT NULL"),
)

# Private links to a certificate of completion (SMS, when the bot has a public URL).
certificate_links = sa.Table(
    "certificate_links",
    metadata,
    sa.Column("token", sa.String(64), primary_key=True),
    sa.Column(
        "mentorship_id",
        sa.Integer,
        sa.ForeignKey("mentorships.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("mentorship_id"),
)
