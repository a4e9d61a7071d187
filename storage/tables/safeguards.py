"""Safeguards (handlers/safeguards): coordinators' PINs."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, metadata

# A coordinator's PIN: asked by SMS before a destructive command, since caller id can be
# forged. Kept hashed; ``verified_until`` ends the PIN session.
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
