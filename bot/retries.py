"""How long the outbox keeps trying a message, and what the coordinators hear when it stops."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.core.undelivered import Undelivered
from storage.outbox import OutboxItem

# A message that does not say until when it is useful is retried for this long.
GIVE_UP_AFTER = timedelta(hours=72)
BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=15)


def backoff(attempts: int) -> timedelta:
    """Return the wait before attempt ``attempts + 1``: 5 s, 10 s, 20 s … up to 15 minutes."""
    return min(BACKOFF_BASE * (1 << max(attempts - 1, 0)), BACKOFF_CAP)


def useful_until(item: OutboxItem, give_up_after: timedelta) -> datetime:
    """Until when a message is worth sending: its own limit (a reminder's meeting start), or
    ``give_up_after`` from when it was queued."""
    return item.useful_until or item.created_at + give_up_after


def undelivered(item: OutboxItem) -> Undelivered:
    """What the coordinators are told about a message given up on."""
    return Undelivered(
        participant_id=item.participant_id, channel=item.address.channel, key=item.reply.key
    )
