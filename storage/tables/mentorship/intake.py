"""Intake (handlers/mentorship/intake): programme memberships and agencies' referral codes."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# Mentorship programmes: one row per person and programme, with their role there and where
# their intake stands. Connector programme membership is implicit (the mentee and connector
# roles), so only the longer programmes have rows here.
programme_members = sa.Table(
    "programme_members",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    # A programme id from the programmes file.
    sa.Column("programme", sa.String(24), nullable=False),
    # mentee | mentor
    sa.Column("role", sa.String(16), nullable=False),
    # intake | waiting | eligible | ineligible | active | closed
    sa.Column("status", sa.String(16), nullable=False),
    # The agency that referred the person, if one did.
    sa.Column(
        "agency_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    # The eligibility answers (JSON), and the criteria they missed ("clb,...").
    sa.Column("answers", sa.JSON, nullable=True),
    sa.Column("missing", sa.String(200), nullable=False, server_default=""),
    # Why a coordinator referred the person back (said to them and to their agency).
    sa.Column("reason", sa.String(200), nullable=False, server_default=""),
    sa.Column("decided_by", sa.Integer, nullable=True),
    # Mentors: the sessions of the mentoring workshop attended (two half days), as recorded
    # by a coordinator with /workshop.
    sa.Column("workshop_sessions", sa.Integer, nullable=False, server_default="0"),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("participant_id", "programme"),
    # Coordinators' /pending reads the waiting ones, oldest first.
    sa.Index(None, "status", "updated_at"),
    holding_text("updated_at", "reason != ''"),
)

# Referral codes agencies mint for clients (/refer): single use, joined by a Telegram deep link
# or by texting JOIN and the code, like invitations.
agency_codes = sa.Table(
    "agency_codes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(16), nullable=False, unique=True),
    sa.Column(
        "agency_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("programme", sa.String(24), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column(
        "used_by",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("used_at", UTCDateTime, nullable=True),
)
