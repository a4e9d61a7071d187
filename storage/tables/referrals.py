"""The three-referral chain (handlers/referrals): referrals, the jobs newcomers found, and who
changed a referral's status."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, metadata
from storage.tables.core import participants
from storage.tables.meetings import meetings

# The three-referral chain: after a held meeting, the connector refers the newcomer to people
# in the programme, to people invited to join, or to contacts outside it. ``person_key`` makes
# the same person referred twice to one newcomer one referral.
referrals = sa.Table(
    "referrals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column(
        "mentee_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "connector_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    # member | invite | outside
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("person_key", sa.String(200), nullable=False),
    # The person in the programme (a member, or an invited person once they join).
    sa.Column(
        "person_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("profession", sa.String(160), nullable=False, server_default=""),
    sa.Column("organisation", sa.String(160), nullable=False, server_default=""),
    # A phone number, Telegram username or "how to reach them": only the mentee is shown it.
    sa.Column("contact", sa.String(200), nullable=False, server_default=""),
    sa.Column("code", sa.String(16), nullable=True, unique=True),
    sa.Column("invited_at", UTCDateTime, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("mentee_id", "person_key"),
    sa.Index(None, "meeting_id"),
    sa.Index(None, "connector_id"),
    sa.Index(None, "person_id"),
    sa.Index(None, "status"),
)

# The referral scan reads these: who registered with a code, and meetings from a referral.
sa.Index("ix_participants_referral_code", participants.c.referral_code)
sa.Index("ix_meetings_referral_id", meetings.c.referral_id)

# Jobs newcomers found, credited to the chain node that helped: a meeting or a referral.
job_reports = sa.Table(
    "job_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "mentee_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("role", sa.String(160), nullable=False),
    # yes | related | no
    sa.Column("in_field", sa.String(8), nullable=False),
    sa.Column("start_month", sa.String(7), nullable=False),
    sa.Column(
        "meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True
    ),
    sa.Column(
        "referral_id",
        sa.Integer,
        sa.ForeignKey("referrals.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

# Who changed a referral's status, and when.
referral_events = sa.Table(
    "referral_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "referral_id",
        sa.Integer,
        sa.ForeignKey("referrals.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("actor_id", sa.Integer, nullable=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("detail", sa.String(200), nullable=False, server_default=""),
    sa.Column("at", UTCDateTime, nullable=False),
)
