"""Matching (handlers/mentorship/matching): the mentorship pairs, from proposal to closure."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# Mentorship pairs: a mentee and a mentor in one programme, from the coordinator's proposal
# through the agreement to closure. The programme is named by its id in the programmes file;
# the pair keeps its own dates and target, so a changed file never moves a running mentorship.
mentorships = sa.Table(
    "mentorships",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("programme", sa.String(64), nullable=False),
    sa.Column(
        "mentee_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "mentor_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "coordinator_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
    ),
    # proposed | declined | expired | introducing | agreeing | active | closed
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("mentee_answer", sa.String(16), nullable=True),
    sa.Column("mentor_answer", sa.String(16), nullable=True),
    sa.Column("decline_reason", sa.String(200), nullable=True),
    sa.Column("target_minutes", sa.Integer, nullable=False),
    sa.Column("proposed_at", UTCDateTime, nullable=False),
    sa.Column("starts_on", UTCDateTime, nullable=True),
    sa.Column("ends_on", UTCDateTime, nullable=True),
    # The agreement: up to three goals, a usual meeting day (0 is Monday) and time in the
    # mentee's zone, and a format; ``agreed_at`` is when the mentee sent it to the mentor.
    sa.Column("goals", sa.JSON, nullable=True),
    sa.Column("meeting_day", sa.Integer, nullable=True),
    sa.Column("meeting_time", sa.String(5), nullable=True),
    sa.Column("meeting_zone", sa.String(64), nullable=True),
    sa.Column("meeting_format", sa.String(16), nullable=True),
    sa.Column("agreed_at", UTCDateTime, nullable=True),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    # Closure (0016_mentoring): when and why (planned, mutual, coordinator, withdrawn).
    sa.Column("closed_at", UTCDateTime, nullable=True),
    sa.Column("close_reason", sa.String(16), nullable=True),
    # When the mentoring feature scheduled the pair's weekly questions and end (None: not yet).
    sa.Column("mentoring_since", UTCDateTime, nullable=True),
    # A pending extension (who asked, by how many weeks) and a pending early end (who asked).
    sa.Column("extend_asked_by", sa.Integer, nullable=True),
    sa.Column("extend_weeks", sa.Integer, nullable=True),
    sa.Column("end_asked_by", sa.Integer, nullable=True),
    sa.Index(None, "mentee_id", "status"),
    sa.Index(None, "mentor_id", "status"),
    sa.Index(None, "status", "mentoring_since"),
    holding_text("updated_at", "decline_reason IS NOT NULL"),
)
