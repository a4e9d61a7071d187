"""Drains the outbox through the channel adapters, paced and retried."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
import secrets
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta
from typing import Literal

from bot.channels.base import (
    Channel,
    PermanentSendError,
    RenderedMessage,
    TransientSendError,
    WithdrawnSend,
    answered_by_typing,
)
from bot.channels.pacing import PACE_MARGIN, Pacer
from bot.i18n import Catalogue
from bot.logsafe import mask
from bot.render import render
from bot.retries import GIVE_UP_AFTER, backoff, undelivered, useful_until
from bot.uncertain import find_earlier_send
from handlers.core.ports import Clock
from handlers.core.undelivered import Undelivered
from storage.outbox import ClaimCheck, OutboxItem, OutboxStore

log = logging.getLogger(__name__)

# Messages in flight at once per channel: at least this many, and at least a second of the
# channel's rate, so that sends waiting for the writer lock (behind a batch of reminders being
# queued) never leave the channel's pace idle. Waiting for the lock holds no connection.
# Per channel, so a provider that hangs cannot take the places another channel needs.
SEND_CONCURRENCY = 8
# The next batch is claimed once this few sends of the last one are left: they are all in
# their places by then, so the channel stays busy while the claim waits for the database.
REFILL_BELOW = SEND_CONCURRENCY


class OutboxSender:
    """Claims due outbox rows and sends each through its channel exactly as rendered."""

    def __init__(
        self,
        store: OutboxStore,
        catalogue: Catalogue,
        channels: Mapping[str, Channel],
        clock: Clock,
        batch: int = 50,
        give_up_after: timedelta = GIVE_UP_AFTER,
        on_undelivered: Callable[[list[Undelivered]], Awaitable[object]] | None = None,
        heartbeat: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._catalogue = catalogue
        self._channels = dict(channels)
        self._clock = clock
        self._batch = batch
        self._pacers = {
            name: Pacer(c.rate_per_second * PACE_MARGIN) for name, c in self._channels.items()
        }
        # One loop per channel, each woken on its own: an SMS wave paced at one segment a
        # second never holds back a Telegram reply.
        self._wakes = {name: asyncio.Event() for name in self._channels}
        self._looping = False
        self._concurrency = {
            name: asyncio.Semaphore(max(SEND_CONCURRENCY, math.ceil(c.rate_per_second)))
            for name, c in self._channels.items()
        }
        # Deliveries claimed, from whichever drain, so shutdown can finish or release them.
        self._active: set[asyncio.Task[None]] = set()
        # Those among them past their last check: handed to the provider (or about to be).
        self._handed: set[asyncio.Task[None]] = set()
        # Drains under way, so shutdown can wait for them to put back what they claimed.
        self._draining = 0
        self._drained = asyncio.Event()
        self._closing = False
        self._give_up_after = give_up_after
        self._on_undelivered = on_undelivered
        # Messages given up on since the coordinators were last told.
        self._undelivered: list[Undelivered] = []
        # Called whenever the sender makes progress, for the health check.
        self._heartbeat = heartbeat or (lambda: None)

    def wake(self) -> None:
        """Ask the running sender to look at the outbox now (every channel)."""
        for event in self._wakes.values():
            event.set()

    async def poll(self) -> None:
        """The scheduler's periodic look at the outbox (retries whose backoff has ended).

        With the channel loops running this only wakes them, so the scheduler never waits
        behind a long wave; without them (the simulator's clock ticks) it drains here.
        """
        if self._looping:
            self.wake()
        else:
            await self.drain()

    async def drain(self) -> int:
        """Send everything due now; return how many messages were attempted.

        Each channel drains on its own, so a slow or hung provider only delays its own
        messages: Telegram keeps going while Twilio times out, and the other way round.
        """
        self._heartbeat()
        counts = await asyncio.gather(*(self._drain_channel(name) for name in self._channels))
        self._heartbeat()
        return sum(counts)

    async def _drain_channel(self, name: str) -> int:
        """Send everything due now on one channel, until done or shutting down.

        The next batch is claimed while the last few sends of the previous one still wait
        their turn, so the channel never idles between batches (a wave's batches used to
        leave a gap each: the slowest send of a batch, then the claim, waiting for the writer
        lock behind the due-scan). Order per person holds: a later message to an address is
        not claimed while an earlier one is still being sent.
        """
        attempted = 0
        sending: set[asyncio.Task[None]] = set()
        self._draining += 1
        self._drained.clear()
        try:
            while not self._closing:
                items = await self._store.claim_due(self._batch, [name])
                if self._closing:  # shutdown began while claiming: none of them was tried
                    for item in items:
                        await self._store.release(item, item.uncertain, tried=False)
                    break
                if not items:
                    if not sending:
                        break
                    # Those in flight may free later messages to the same people.
                    await asyncio.gather(*sending, return_exceptions=True)
                    sending.clear()
                    await self._report_undelivered()
                    continue
                attempted += len(items)
                sending |= self._start_sends(items)
                while len(sending) > REFILL_BELOW:
                    _, pending = await asyncio.wait(sending, return_when=asyncio.FIRST_COMPLETED)
                    sending = set(pending)
                await self._report_undelivered()
            await asyncio.gather(*sending, return_exceptions=True)
            await self._report_undelivered()
        finally:
            self._draining -= 1
            if not self._draining:
                self._drained.set()
        return attempted

    def _start_sends(self, items: list[OutboxItem]) -> set[asyncio.Task[None]]:
        """Start one task per claimed message; return them."""
        # A batch holds at most one message per address, so its messages can go out
        # together: one chat waiting for its per-chat pace does not hold up the others.
        # Each is a task the shutdown can find, whichever drain started it.
        # Started oldest first, so they take their turns at the pace in that order.
        tasks = [asyncio.create_task(self._deliver_bounded(item)) for item in items]
        self._active.update(tasks)
        for task in tasks:
            task.add_done_callback(self._active.discard)
            task.add_done_callback(self._handed.discard)
        return set(tasks)

    async def _report_undelivered(self) -> None:
        """Tell the coordinators about the messages given up on (one notice per batch)."""
        if not self._undelivered or self._on_undelivered is None:
            return
        failures, self._undelivered = self._undelivered, []
        try:
            await self._on_undelivered(failures)
        except Exception:
            log.exception(
                "could not tell coordinators about %s undelivered messages", len(failures)
            )
            return
        self.wake()

    async def run(self) -> None:
        """Drain each channel whenever woken, until cancelled.

        Woken after each inbound message, after the due-scan queued reminders, and by the
        scheduler's ``outbox:drain`` job (retries whose backoff has ended). Each channel has
        its own loop, so one channel's long wave never delays another's replies.
        """
        self._looping = True
        try:
            await asyncio.gather(*(self._loop(name) for name in self._channels))
        finally:
            self._looping = False

    async def _loop(self, name: str) -> None:
        """Drain one channel whenever woken."""
        wake = self._wakes[name]
        while True:
            await wake.wait()
            wake.clear()
            try:
                self._heartbeat()
                await self._drain_channel(name)
                self._heartbeat()
            except Exception:
                log.exception("outbox drain of %s failed; the scheduler will retry", name)

    async def close(self, grace: float) -> None:
        """Stop sending: finish what the providers already have, leave the rest queued.

        Claiming stops at once. A message claimed but not yet handed to its provider (waiting
        for its place, its pace, or its last check) is put back in the queue untouched, as it
        was never tried. A send already past its last check is given up to ``grace`` seconds
        (the provider's own timeout bounds it too) to finish and be recorded; one still in
        flight after that is cancelled and put back marked uncertain, so the next start asks
        the provider before sending it again. Queued messages go out at the next start.
        """
        self._closing = True
        for task in list(self._active - self._handed):
            task.cancel()
        try:
            async with asyncio.timeout(grace):
                # Deliveries any drain started (the loops' or the scheduler's), then the drains
                # themselves, which put back a batch claimed as shutdown began.
                while self._active or self._draining:
                    await asyncio.gather(*self._active, return_exceptions=True)
                    if self._draining and not self._active:
                        await self._drained.wait()
        except TimeoutError:
            log.warning(
                "shutdown: %s sends still in flight after %s s are put back, marked uncertain",
                len(self._active),
                grace,
            )
        in_flight = list(self._active)
        for task in in_flight:
            task.cancel()
        await asyncio.gather(*in_flight, return_exceptions=True)

    async def _deliver_bounded(self, item: OutboxItem) -> None:
        entered = False
        try:
            async with self._concurrency[item.address.channel]:
                entered = True
                await self._deliver(item)
                # A long wave at one SMS a second still shows progress.
                self._heartbeat()
        except asyncio.CancelledError:
            if not entered:  # shut down while waiting for a place: it was never tried
                await self._store.release(item, item.uncertain, tried=False)
            raise

    async def _deliver(self, item: OutboxItem) -> None:
        channel = self._channels[item.address.channel]
        variant = channel.rendering(item.address)
        if self._clock.now() >= useful_until(item, self._give_up_after):
            await self._give_up(item, "no longer useful")
            return
        message = render(self._catalogue, item, variant, self._clock.now())
        began = False
        check: ClaimCheck | Literal["closing"] = "go"
        buttons = variant != "sms"
        # What typed text is read against: SMS's numbered menu, or the labels of keys that
        # send their label (cleared by a message with other buttons, so no stale label is).
        menu = list(message.choices) if answered_by_typing(message, variant) else []
        token = secrets.token_hex(4) if buttons and message.choices else None
        if buttons:
            message = dataclasses.replace(message, keyboard_token=token)

        async def ready() -> bool:
            """The last check before the provider call: still ours, and still wanted; the
            menu or keyboard the person is about to see is recorded in the same transaction."""
            nonlocal began, check
            if self._closing:  # not handed over yet: it stays queued for the next start
                check = "closing"
                return False
            # From here on shutdown lets this send finish rather than cancel it half-way.
            me = asyncio.current_task()
            if me is not None:
                self._handed.add(me)
            check = await self._store.confirm_claim(item, menu, token, buttons=buttons)
            began = check == "go"
            return began

        try:
            if item.uncertain and await self._settled_elsewhere(item, channel, message):
                return
            await self._pacers[item.address.channel].wait()
            result = await channel.send(item.address, message, ready)
        except asyncio.CancelledError:
            # Shutdown: give the row back rather than leave it leased to a dead process.
            await self._store.release(item, began or item.uncertain, tried=began)
            raise
        except WithdrawnSend:
            if check == "closing":
                await self._store.release(item, item.uncertain, tried=False)
                return
            if check == "lost":  # settled meanwhile, or taken over by another drain
                log.info("outbox %s: no longer this claim's; not sent from here", item.id)
                return
            # Claimed before a STOP (or a block) arrived: the last check caught it.
            log.info("outbox %s to %s withdrawn before sending", item.id, mask(item.address))
            await self._store.mark_failed(item, "withdrawn: address no longer reachable", None)
            return
        except PermanentSendError as error:
            log.warning(
                "outbox %s to %s failed permanently: %s", item.id, mask(item.address), error
            )
            await self._store.mark_failed(item, str(error), error.address_status)
            if error.address_status != "opted_out":  # opting out is the person's choice
                self._undelivered.append(undelivered(item))
            return
        except TransientSendError as error:
            await self._retry(item, str(error), error.retry_after, error.uncertain)
            return
        except Exception as error:  # an adapter bug must not stop the queue
            log.exception("outbox %s to %s: unexpected error", item.id, mask(item.address))
            await self._retry(item, type(error).__name__, None, began)
            return
        # Sent: record it even if shutdown comes now, or it would be sent again.
        await asyncio.shield(self._store.mark_sent(item, result.provider_id))

    async def _settled_elsewhere(
        self, item: OutboxItem, channel: Channel, message: RenderedMessage
    ) -> bool:
        """For an uncertain message: True when it is settled (the provider has it) or put back
        for later (the provider could not say); False when it should be sent."""
        try:
            provider_id = await find_earlier_send(self._store, channel, item, message)
        except TransientSendError as error:
            await self._retry(item, str(error), error.retry_after, True)
            return True
        if provider_id is None:
            return False
        await self._store.mark_sent(item, provider_id)
        return True

    async def _give_up(self, item: OutboxItem, reason: str) -> None:
        """Stop trying, and have the coordinators told who missed a message."""
        log.warning(
            "outbox %s to %s: given up after %s attempts (%s); coordinators will be told",
            item.id,
            mask(item.address),
            item.attempts,
            reason,
        )
        await self._store.mark_failed(item, reason, None)
        self._undelivered.append(undelivered(item))

    async def _retry(
        self, item: OutboxItem, reason: str, retry_after: float | None, uncertain: bool
    ) -> None:
        """Try again later, with capped backoff, for as long as the message is useful."""
        # A provider that says when to come back (Telegram's flood control) knows best.
        wait = (
            timedelta(seconds=retry_after) if retry_after is not None else backoff(item.attempts)
        )
        at = self._clock.now() + wait
        if at >= useful_until(item, self._give_up_after):
            await self._give_up(item, f"{reason}; no longer useful by the next attempt")
            return
        await self._store.mark_retry(item, reason, at, uncertain)
