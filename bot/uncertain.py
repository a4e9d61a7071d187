"""Messages an earlier send may have delivered: ask the provider before sending them again.

A send is uncertain when it was cut short after the request may have left: a timeout, a crash
mid-send, a shutdown past its grace period. Twilio can say whether it has the message; the
Telegram Bot API cannot, so there the message is sent again (at least once) with a warning.
"""

from __future__ import annotations

import logging

from bot.channels.base import Channel, RenderedMessage, SentLookup
from bot.logsafe import mask
from storage.outbox import OutboxItem, OutboxStore

log = logging.getLogger(__name__)


async def find_earlier_send(
    store: OutboxStore, channel: Channel, item: OutboxItem, message: RenderedMessage
) -> str | None:
    """Return the provider's id for an earlier send of ``item``, or None to send it again.

    A provider message already recorded against another outbox row is not this one (the same
    text can go to the same person twice). Raises ``TransientSendError`` when the provider
    cannot say right now.
    """
    if not isinstance(channel, SentLookup):
        log.warning(
            "outbox %s to %s: an earlier send was interrupted and %s cannot say whether it "
            "arrived; sending again, so it may arrive twice",
            item.id,
            mask(item.address),
            channel.name,
        )
        return None
    found = await channel.find_sent(item.address, message, item.created_at)
    known = await store.known_provider_ids(found)
    fresh = [provider_id for provider_id in found if provider_id not in known]
    if not fresh:
        log.warning(
            "outbox %s to %s: an earlier send was interrupted and %s does not have it; "
            "sending again",
            item.id,
            mask(item.address),
            channel.name,
        )
        return None
    log.warning(
        "outbox %s to %s: an earlier send was interrupted but %s has it; not sent again",
        item.id,
        mask(item.address),
        channel.name,
    )
    return fresh[0]
