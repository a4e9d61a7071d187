"""Connector meetings (handlers/meetings): what connectors offer, their times, the meetings
booked on them and every change to a meeting."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# What a connector offers: settings that apply to all their slots.
connector_prefs = sa.Table(
    "connector_prefs",
    metadata,
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("monthly_capacity", sa.Integer, nullable=True),
    sa.Column("auto_accept", sa.Boolean, nullable=False, server_default=sa.false()),
)

# A time a connector offers. "open" until a request takes it; "withdrawn" by the connector.
slots = sa.Table(
    "slots",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "connector_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("starts_at", UTCDateTime, nullable=False),
    sa.Column("ends_at", UTCDateTime, nullable=False),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("place", sa.String(200), nullable=True),
    sa.Column("link", sa.String(300), nullable=True),
    # open | taken | withdrawn
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("series", sa.String(32), nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index(None, "connector_id", "starts_at"),
    sa.Index(None, "status", "starts_at"),
    # Search: each candidate's soonest open time, read from the index alone.
    sa.Index(None, "connector_id", "status", "starts_at"),
    holding_text("ends_at", "place IS NOT NULL OR link IS NOT NULL"),
)

ACTIVE_MEETING = "status IN ('requested', 'confirmed')"

meetings = sa.Table(
    "meetings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "slot_id", sa.Integer, sa.ForeignKey("slots.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column(
        "connector_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "mentee_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("starts_at", UTCDateTime, nullable=False),
    sa.Column("ends_at", UTCDateTime, nullable=False),
    # requested | confirmed | declined | cancelled | held | no_show
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("note", sa.String(200), nullable=True),
    # Who did not come, when the meeting is a no-show.
    sa.Column("absent_id", sa.Integer, nullable=True),
    # The referral that led to this meeting (the three-referral chain), if any.
    sa.Column("referral_id", sa.Integer, nullable=True),
    # Another open slot of the same connector that the newcomer asked to move to; the meeting
    # keeps its own slot, status and reminders until the connector accepts the new time.
    sa.Column("proposed_slot_id", sa.Integer, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Index(None, "mentee_id", "status", "starts_at"),
    # Which times a newcomer was declined, so that they are not offered again.
    sa.Index(None, "slot_id", "mentee_id"),
    sa.Index(None, "connector_id", "status", "starts_at"),
    holding_text("ends_at", "note IS NOT NULL"),
    # The last guard against double booking: one live meeting per slot.
    sa.Index(
        "uq_meetings_active_slot",
        "slot_id",
        unique=True,
        sqlite_where=sa.text(ACTIVE_MEETING),
        postgresql_where=sa.text(ACTIVE_MEETING),
    ),
)

# Who changed what and when, for every meeting.
meeting_events = sa.Table(
    "meeting_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "meeting_id",
        sa.Integer,
        sa.ForeignKey("meetings.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("actor_id", sa.Integer, nullable=True),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("detail", sa.String(200), nullable=False, server_default=""),
    sa.Column("at", UTCDateTime, nullable=False),
    holding_text("at", "detail != ''"),
)
