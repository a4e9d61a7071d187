"""Drains the outbox through the channel adapters, paced and retried."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta

from bot.calendar import ics
from bot.channels.base import (
    Channel,
    PermanentSendError,
    RenderedMessage,
    TransientSendError,
)
from bot.channels.pacing import Pacer
from bot.i18n import Catalogue, Rendering
from bot.logsafe import mask
from handlers.core.ports import Clock
from handlers.core.values import MenuEntry
from storage.outbox import OutboxItem, OutboxStore

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# Messages in flight at once (each one also holds a database connection briefly).
SEND_CONCURRENCY = 8
BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=15)


def backoff(attempts: int) -> timedelta:
    """Return the wait before attempt ``attempts + 1``: 5 s, 10 s, 20 s … up to 15 minutes."""
    return min(BACKOFF_BASE * (1 << max(attempts - 1, 0)), BACKOFF_CAP)


def render(catalogue: Catalogue, item: OutboxItem, variant: str, now: datetime) -> RenderedMessage:
    """Render an outbox item's reply, choice labels and calendar in the recipient's language."""
    to = Rendering(language=item.language, timezone=item.timezone, channel=variant)
    reply = item.reply
    attachments = reply.attachments
    if reply.calendar is not None:
        attachments = (*attachments, ics(reply.calendar, catalogue, to, now))
    return RenderedMessage(
        reference=str(item.id),
        text=catalogue.render(reply.key, reply.args, to),
        choices=tuple(
            MenuEntry(
                id=choice.id,
                label=catalogue.render(choice.label, choice.args, to),
                means=choice.means,
            )
            for choice in reply.choices
        ),
        attachments=attachments,
    )


class OutboxSender:
    """Claims due outbox rows and sends each through its channel exactly as rendered."""

    def __init__(
        self,
        store: OutboxStore,
        catalogue: Catalogue,
        channels: Mapping[str, Channel],
        clock: Clock,
        batch: int = 50,
    ) -> None:
        self._store = store
        self._catalogue = catalogue
        self._channels = dict(channels)
        self._clock = clock
        self._batch = batch
        self._pacers = {name: Pacer(c.rate_per_second) for name, c in self._channels.items()}
        self._wake = asyncio.Event()
        self._concurrency = asyncio.Semaphore(SEND_CONCURRENCY)

    def wake(self) -> None:
        """Ask the running sender to look at the outbox now."""
        self._wake.set()

    async def drain(self) -> int:
        """Send everything due now; return how many messages were attempted."""
        attempted = 0
        while True:
            items = await self._store.claim_due(self._batch, list(self._channels))
            if not items:
                return attempted
            # A batch holds at most one message per address, so its messages can go out
            # together: one chat waiting for its per-chat pace does not hold up the others.
            await asyncio.gather(*(self._deliver_bounded(item) for item in items))
            attempted += len(items)

    async def run(self) -> None:
        """Drain whenever woken (after each inbound message), until cancelled.

        Periodic draining, for retries whose backoff has ended and anything else that became
        due, is the scheduler's ``outbox:drain`` job; this loop only makes replies prompt.
        """
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.drain()
            except Exception:
                log.exception("outbox drain failed; the scheduler will retry")

    async def _deliver_bounded(self, item: OutboxItem) -> None:
        async with self._concurrency:
            await self._deliver(item)

    async def _deliver(self, item: OutboxItem) -> None:
        channel = self._channels[item.address.channel]
        variant = channel.rendering(item.address)
        message = render(self._catalogue, item, variant, self._clock.now())
        if variant == "sms":
            await self._store.arm_menu(item, list(message.choices), None)
        else:
            token = secrets.token_hex(4) if message.choices else None
            await self._store.arm_menu(item, None, token)
            message = dataclasses.replace(message, keyboard_token=token)
        await self._pacers[item.address.channel].wait()
        try:
            result = await channel.send(item.address, message)
        except PermanentSendError as error:
            log.warning(
                "outbox %s to %s failed permanently: %s", item.id, mask(item.address), error
            )
            await self._store.mark_failed(item, str(error), error.address_status)
            return
        except TransientSendError as error:
            await self._retry(item, str(error), error.retry_after)
            return
        except Exception as error:  # an adapter bug must not stop the queue
            log.exception("outbox %s to %s: unexpected error", item.id, mask(item.address))
            await self._retry(item, type(error).__name__, None)
            return
        await self._store.mark_sent(item, result.provider_id)

    async def _retry(self, item: OutboxItem, reason: str, retry_after: float | None) -> None:
        if item.attempts >= MAX_ATTEMPTS:
            log.warning(
                "outbox %s to %s: giving up after %s attempts",
                item.id,
                mask(item.address),
                item.attempts,
            )
            await self._store.mark_failed(item, reason, None)
            return
        # A provider that says when to come back (Telegram's flood control) knows best.
        wait = (
            timedelta(seconds=retry_after) if retry_after is not None else backoff(item.attempts)
        )
        await self._store.mark_retry(item, reason, self._clock.now() + wait)
