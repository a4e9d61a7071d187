"""Outcomes (handlers/mentorship/outcomes): check-ins, interviews and events, employment
follow-ups."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# Each side's monthly check-in of a mentorship, once a month.
checkin_answers = sa.Table(
    "checkin_answers",
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
        index=True,
    ),
    # Months since the mentorship started (1 is the first check-in).
    sa.Column("month", sa.Integer, nullable=False),
    sa.Column("satisfaction", sa.Integer, nullable=False),
    # none | some | achieved, per goal in the agreement's order.
    sa.Column("progress", sa.JSON, nullable=True),
    # Anything the coordinator should know, in the person's words ("" for nothing).
    sa.Column("concern", sa.String(500), nullable=False, server_default=""),
    sa.Column("alerted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("answered_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("mentorship_id", "participant_id", "month"),
    sa.Index(None, "answered_at"),
    holding_text("answered_at", "concern != ''", name="ix_checkin_answers_concern_at"),
)

# Interviews and events a mentee logged, per programme (a mentorship's, or the Connector one).
outcome_events = sa.Table(
    "outcome_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("programme", sa.String(64), nullable=False),
    # interview | event
    sa.Column("kind", sa.String(16), nullable=False),
    # The employer or the event, and for interviews the role, as typed.
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("role", sa.String(80), nullable=False, server_default=""),
    sa.Column("on_day", sa.Date, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index(None, "created_at", "kind"),
)

# Employment follow-ups: the status question at a mentorship's closure and 3, 6 and 12 months
# after it, or 3, 6 and 12 months after a newcomer's first held Connector meeting. One row per
# question, written when it is scheduled; ``started_at`` is the programme start, from which the
# time to employment counts.
employment_asks = sa.Table(
    "employment_asks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("programme", sa.String(64), nullable=False),
    # mentorship (source_id: the mentorship) | connector (source_id: the newcomer)
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("source_id", sa.Integer, nullable=False),
    sa.Column("months", sa.Integer, nullable=False),
    sa.Column("started_at", UTCDateTime, nullable=False),
    sa.Column("due_at", UTCDateTime, nullable=False),
    sa.Column("asked_at", UTCDateTime, nullable=True),
    sa.Column("answered_at", UTCDateTime, nullable=True),
    # field | related | other | studying | searching
    sa.Column("status", sa.String(16), nullable=True),
    sa.Column("role", sa.String(80), nullable=False, server_default=""),
    sa.Column("start_month", sa.String(7), nullable=False, server_default=""),
    sa.UniqueConstraint("source", "source_id", "months"),
    sa.Index(None, "months", "status"),
)
