"""Table definitions, declared once; Alembic migrations create them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite stores them naive, so we re-attach UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes and store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Return an aware UTC datetime."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def holding_text(column: str, where: str, name: str | None = None) -> sa.Index:
    """A partial index of the rows that still hold free text, for the retention purge."""
    return sa.Index(name, column, sqlite_where=sa.text(where), postgresql_where=sa.text(where))


# Newcomers not nudged since they last wrote (every person has a last_active_at).
AWAITING_NUDGE = "nudged_at IS NULL OR nudged_at < last_active_at"

# Outbox rows not yet settled (the sender's queue).
QUEUED = "status IN ('pending', 'sending')"

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

participants = sa.Table(
    "participants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("role", sa.String(16), nullable=True),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("status", sa.String(24), nullable=False),
    sa.Column("name", sa.String(120), nullable=True),
    sa.Column("profession", sa.String(160), nullable=True),
    sa.Column("sector", sa.String(4), nullable=True),
    sa.Column("city", sa.String(120), nullable=True),
    sa.Column("languages_spoken", sa.JSON, nullable=True),
    sa.Column("referral_code", sa.String(64), nullable=True),
    sa.Column("consent_at", UTCDateTime, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    # Follow-up: when the person last wrote, when they were last nudged, and whether repeated
    # no-shows paused their new requests until a coordinator lifts it.
    sa.Column("last_active_at", UTCDateTime, nullable=True),
    sa.Column("nudged_at", UTCDateTime, nullable=True),
    sa.Column("requests_paused", sa.Boolean, nullable=False, server_default=sa.false()),
    # Profession and city folded to plain lowercase words (" civil engineer "), written with
    # them, so that search can match and rank in SQL on every backend.
    sa.Column("profession_key", sa.String(200), nullable=True),
    sa.Column("city_key", sa.String(160), nullable=True),
    # Intake (CONNECTOR_APPROVAL): "pending" while a coordinator has not decided, "rejected"
    # after a refusal; NULL once approved or when no approval was needed. Until approved, the
    # role chosen at registration is not granted, so nothing of that role is offered.
    sa.Column("approval", sa.String(16), nullable=True, index=True),
    sa.Index(None, "role", "status"),
    sa.Index(None, "role", "status", "last_active_at"),
    sa.Index(None, "role", "status", "sector"),
    # Programme numbers: who registered in a period, per role, counted from the index alone.
    sa.Index(None, "role", "consent_at", "status", "approval"),
    # The stalled-newcomer scan: only those not nudged since they last wrote.
    sa.Index(
        "ix_participants_awaiting_nudge",
        "role",
        "status",
        "last_active_at",
        sqlite_where=sa.text(AWAITING_NUDGE),
        postgresql_where=sa.text(AWAITING_NUDGE),
    ),
)

# How many messages a person sent (kind "inbound"), or how many replies to text the bot could
# not read they were sent ("unread"), since the window started: one row per person and kind.
rate_windows = sa.Table(
    "rate_windows",
    metadata,
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("kind", sa.String(16), primary_key=True),
    sa.Column("started_at", UTCDateTime, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
)

# Every role a person holds (newcomer, connector, coordinator, ...), with who granted it.
participant_roles = sa.Table(
    "participant_roles",
    metadata,
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("role", sa.String(16), primary_key=True),
    sa.Column(
        "granted_by",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column("granted_at", UTCDateTime, nullable=False),
    # Who holds a role, in id order: a page of mentors or coordinators is read from here,
    # stopping at the page's end, however rare the role (the role alone left the scan to
    # participants, in id order, until enough holders turned up).
    sa.Index(None, "role", "participant_id"),
)

channel_addresses = sa.Table(
    "channel_addresses",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("value", sa.String(64), nullable=False),
    # ok | unreachable | opted_out
    sa.Column("status", sa.String(16), nullable=False, server_default="ok"),
    # The numbered menu this address was last sent, so "2" means what that message said.
    sa.Column("menu", sa.JSON, nullable=True),
    # The keyboard this address was last sent (Telegram), and whether a tap has used it.
    sa.Column("menu_token", sa.String(16), nullable=True),
    sa.Column("menu_token_used", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("channel", "value"),
)

dialogue_states = sa.Table(
    "dialogue_states",
    metadata,
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("state", sa.JSON, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False, index=True),
)

# No message bodies here: only enough to recognise a redelivery.
inbound_messages = sa.Table(
    "inbound_messages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("external_id", sa.String(128), nullable=False),
    sa.Column("received_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("channel", "external_id"),
)

outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "address_id",
        sa.Integer,
        sa.ForeignKey("channel_addresses.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    # pending | sending | sent | failed
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("claimed_until", UTCDateTime, nullable=True),
    sa.Column("provider_id", sa.String(64), nullable=True),
    sa.Column("last_error", sa.String(200), nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("sent_at", UTCDateTime, nullable=True),
    # What the provider last reported (queued, sent, delivered, failed...), never going back.
    sa.Column("delivery_status", sa.String(16), nullable=True),
    sa.Column("delivery_rank", sa.Integer, nullable=False, server_default="0"),
    # An earlier send may have reached the provider (it timed out, or the process stopped
    # mid-send): look for it before sending again, where the provider allows it.
    sa.Column("uncertain", sa.Boolean, nullable=False, server_default=sa.false()),
    # After this the message is no longer worth sending (a reminder once its meeting started).
    sa.Column("useful_until", UTCDateTime, nullable=True),
    sa.Index(None, "status", "next_attempt_at"),
    sa.Index(None, "address_id", "status", "id"),
    holding_text("created_at", "payload != ''"),
    # The queue: only messages not yet settled, per channel in order. The sent history grows
    # forever; claiming and the health check must not walk it.
    sa.Index(
        "ix_outbox_queue",
        "channel",
        "id",
        sqlite_where=sa.text(QUEUED),
        postgresql_where=sa.text(QUEUED),
    ),
)

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

# Reminders and follow-ups: one row each, written with the change that causes it, claimed with
# a conditional update when due. The key makes scheduling the same thing twice a no-op.
scheduled = sa.Table(
    "scheduled",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("key", sa.String(64), nullable=False),
    # What the job is about ("meeting" 12, "referral" 3); both null for programme-wide jobs.
    sa.Column("subject_kind", sa.String(32), nullable=True),
    sa.Column("subject_id", sa.Integer, nullable=True),
    sa.Column("due_at", UTCDateTime, nullable=False),
    # pending | claimed | done | dropped | cancelled
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("done_at", UTCDateTime, nullable=True),
    sa.Column("detail", sa.String(200), nullable=False, server_default=""),
    sa.UniqueConstraint("kind", "key"),
    sa.Index(None, "status", "due_at"),
    sa.Index(None, "subject_kind", "subject_id", "status"),
)

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

# Secrets the bot generates for itself (the Telegram webhook secret), kept across restarts.
bot_secrets = sa.Table(
    "bot_secrets",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(128), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

# A coordinator's PIN (handlers/safeguards): asked by SMS before a destructive command, since
# caller id can be forged. Kept hashed; ``verified_until`` ends the PIN session.
coordinator_pins = sa.Table(
    "coordinator_pins",
    metadata,
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("pin_hash", sa.String(64), nullable=False),
    sa.Column("salt", sa.String(32), nullable=False),
    sa.Column("set_at", UTCDateTime, nullable=False),
    sa.Column("verified_until", UTCDateTime, nullable=True),
    # Wrong PINs given lately (since ``wrong_at`` minus an hour of quiet): five stop trying.
    sa.Column("wrong", sa.Integer, nullable=False, server_default="0"),
    sa.Column("wrong_at", UTCDateTime, nullable=True),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "participant_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("detail", sa.String(200), nullable=False, server_default=""),
    sa.Column("at", UTCDateTime, nullable=False),
    holding_text("at", "detail != ''"),
)

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

# Mentorship programmes (handlers/mentorship): one row per person and programme, with their role
# there and where their intake stands. Connector programme membership is implicit (the mentee
# and connector roles), so only the longer programmes have rows here.
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


# Mentorship pairs (handlers/pairing): a mentee and a mentor in one programme, from the
# coordinator's proposal through the agreement to closure. The programme is named by its id in
# the programmes file; the pair keeps its own dates and target, so a changed file never moves
# a running mentorship.
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
    # proposed | declined | expired | agreeing | active | closed
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

# Outcomes (handlers/outcomes): each side's monthly check-in of a mentorship, once a month.
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
