"""The tables every feature shares: people, their roles and channel addresses, the flood
limits' windows, dialogue state, messages in (only to recognise redeliveries) and out (the
outbox), scheduled jobs, the bot's own secrets and the audit log."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, holding_text, metadata

# Newcomers not nudged since they last wrote (every person has a last_active_at).
AWAITING_NUDGE = "nudged_at IS NULL OR nudged_at < last_active_at"

# Outbox rows not yet settled (the sender's queue).
QUEUED = "status IN ('pending', 'sending')"

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

# Secrets the bot generates for itself (the Telegram webhook secret), kept across restarts.
bot_secrets = sa.Table(
    "bot_secrets",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(128), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
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
