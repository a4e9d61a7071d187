"""Coordination (handlers/coordination): broadcasts scheduled for later."""

from __future__ import annotations

import sqlalchemy as sa

from storage.tables.base import UTCDateTime, metadata

# A broadcast a coordinator scheduled (``broadcast all at 2026-12-10 09:00 ...``): its audience
# and both texts until it leaves or is cancelled, when the texts are cleared and only the
# count is kept. A ``broadcast_due`` job (subject "broadcast") sends it at ``due_at``.
broadcasts = sa.Table(
    "broadcasts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "coordinator_id",
        sa.Integer,
        sa.ForeignKey("participants.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("audience_kind", sa.String(16), nullable=False),
    sa.Column("audience_value", sa.String(120), nullable=False, server_default=""),
    sa.Column("text_en", sa.String(500), nullable=True),
    sa.Column("text_fr", sa.String(500), nullable=True),
    sa.Column("due_at", UTCDateTime, nullable=False),
    # scheduled | sent | cancelled
    sa.Column("status", sa.String(16), nullable=False, server_default="scheduled"),
    sa.Column("sent_count", sa.Integer, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index(None, "status", "due_at"),
)
