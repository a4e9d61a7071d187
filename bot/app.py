"""The composition root: builds everything from settings and owns its lifecycle."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import Channel
from bot.config import Settings
from bot.health import Health, Heartbeats, Periodic
from bot.i18n import Catalogue
from bot.sender import OutboxSender
from handlers.core.conversation import Conversation, Outcome
from handlers.core.due import DueScan
from handlers.core.ports import Clock
from handlers.core.registry import Registry
from handlers.core.roles import seed_coordinators
from handlers.core.undelivered import Undelivered, tell_coordinators
from handlers.core.values import Address, Inbound
from handlers.features import FEATURES
from scheduler.ticker import Ticker
from storage.db import (
    check_integrity,
    create_engine,
    is_conflict,
    migrate,
    optimize,
    reachable,
)
from storage.outbox import OutboxStore
from storage.participants import SqlStore
from storage.retention import Retention
from storage.stores import bindings_for

log = logging.getLogger(__name__)

# How many times an inbound message is handled when PostgreSQL stops it for another's sake.
CONFLICT_TRIES = 3
# How often text older than the retention period is looked for (it is cleared in batches).
RETENTION_SCAN_SECONDS = 3600.0
# How often the query planner's statistics are refreshed (a bounded ANALYZE on SQLite).
OPTIMIZE_SECONDS = 6 * 3600.0
# How often failing health checks are logged.
HEALTH_WATCH_SECONDS = 60.0


@dataclass
class App:
    """Every long-lived part of a running bot, built once and passed down explicitly."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    store: SqlStore
    outbox: OutboxStore
    catalogue: Catalogue
    features: Registry
    conversation: Conversation
    sender: OutboxSender
    ticker: Ticker
    health: Health
    due: DueScan
    # The due-scan as the scheduler runs it: with its heartbeat, waking the sender after.
    run_due: Callable[[], Awaitable[object]]

    async def receive(self, inbound: Inbound) -> Outcome:
        """Process one inbound message and wake the sender.

        With several processes, two messages can need the same rows in opposite orders (a
        newcomer booking a connector's time while the connector changes it); PostgreSQL then
        stops one transaction, which changed nothing, and it is handled again at once. Twilio
        does not deliver a message again after an error, so this is not left to the provider.
        """
        for attempt in range(1, CONFLICT_TRIES + 1):
            try:
                outcome = await self.conversation.handle(inbound)
                break
            except Exception as error:
                if attempt == CONFLICT_TRIES or not is_conflict(error):
                    raise
                log.warning("inbound message: a conflicting transaction, handled again")
        self.sender.wake()
        return outcome


@asynccontextmanager
async def open_app(
    settings: Settings,
    clock: Clock,
    channels: Mapping[str, Channel],
    catalogue: Catalogue | None = None,
    features: Registry | None = None,
    complete: Callable[[Settings], Awaitable[Settings]] | None = None,
) -> AsyncIterator[App]:
    """Open the database (checking and migrating it) and build the app; close it on exit.

    ``complete`` fills in what the settings learn from a provider (the bot's Telegram
    username), once the database is known to be sound: a damaged database is reported before
    anything goes over the network.
    """
    features = features or Registry(FEATURES)
    engine = create_engine(settings.database_url)
    try:
        await reachable(engine)
        await check_integrity(engine)
        await migrate(engine)
        await optimize(engine)
        if complete is not None:
            settings = await complete(settings)
        store = SqlStore(engine, clock, bindings_for(features.features))
        config = settings.handler_config()

        def rendering(address: Address) -> str:
            adapter = channels.get(address.channel)
            return adapter.rendering(address) if adapter is not None else address.channel

        config = dataclasses.replace(config, rendering=rendering)
        await seed_coordinators(store, config)
        outbox = OutboxStore(engine, clock, timedelta(seconds=settings.outbox_lease_seconds))
        catalogue = catalogue or Catalogue()

        heartbeats = Heartbeats(clock)

        async def undelivered(failures: list[Undelivered]) -> None:
            async with store.transaction() as tx:
                await tell_coordinators(tx, config, failures)

        sender = OutboxSender(
            outbox,
            catalogue,
            channels,
            clock,
            batch=settings.outbox_batch,
            give_up_after=timedelta(hours=settings.outbox_give_up_hours),
            on_undelivered=undelivered,
            heartbeat=lambda: heartbeats.beat("sender"),
        )
        ticker = Ticker()
        # Follow-up first: what it queues goes out in the drain right after.
        due = DueScan(store, clock, config, features, queued=sender.wake)
        run_due = heartbeats.around("due-scan", lambda: _run_due_and_wake(due, sender))
        ticker.every("follow-up:due", settings.follow_up_scan_seconds, run_due)
        ticker.every("outbox:drain", settings.outbox_poll_seconds, sender.poll)
        retention = Retention(engine, clock, timedelta(days=settings.retention_days))
        ticker.every("retention:purge", RETENTION_SCAN_SECONDS, retention.run)
        ticker.every("db:optimize", OPTIMIZE_SECONDS, lambda: optimize(engine))
        health = Health(
            clock,
            outbox,
            heartbeats,
            [
                Periodic("sender", timedelta(seconds=settings.outbox_poll_seconds)),
                Periodic("due-scan", timedelta(seconds=settings.follow_up_scan_seconds)),
            ],
            list(channels),
            timedelta(seconds=settings.health_pending_warning_seconds),
        )
        ticker.every("health:watch", HEALTH_WATCH_SECONDS, health.watch)
        yield App(
            settings=settings,
            clock=clock,
            engine=engine,
            store=store,
            outbox=outbox,
            catalogue=catalogue,
            features=features,
            conversation=Conversation(store, clock, config, features),
            sender=sender,
            ticker=ticker,
            health=health,
            due=due,
            run_due=run_due,
        )
    finally:
        await engine.dispose()


async def _run_due_and_wake(due: DueScan, sender: OutboxSender) -> int:
    """Run the due-scan; wake the sender for the reminders it queued, now rather than later."""
    try:
        return await due.run_due()
    finally:
        sender.wake()


async def _due_timer(app: App) -> None:
    """Run the due-scan when the soonest job falls due, so its message leaves on time.

    The periodic scan alone left a reminder up to a whole scan period late; this sleeps until
    the next due time (at most a scan period, so jobs added meanwhile are seen) and runs it.
    The periodic scan stays, for whatever this misses.
    """
    period = app.settings.follow_up_scan_seconds
    while True:
        try:
            soonest = await app.due.next_due()
        except Exception:
            log.exception("due timer: could not read the next due time")
            soonest = None
        if soonest is None:
            await asyncio.sleep(period)
            continue
        wait = (soonest - app.clock.now()).total_seconds()
        if wait > 0:
            await asyncio.sleep(min(wait, period))
            continue
        try:
            await app.run_due()
            after = await app.due.next_due()
        except Exception:
            log.exception("due timer: the due-scan failed; the periodic scan will retry")
            after = soonest
        if after is not None and after <= app.clock.now():
            # Still due after a run (a job that keeps failing): leave it to the periodic scan.
            await asyncio.sleep(period)


@asynccontextmanager
async def running(app: App) -> AsyncIterator[App]:
    """Start the scheduler and the outbox sender; on exit stop claiming, let the sends the
    providers already have finish (within the grace period), leave the rest queued, stop."""
    app.ticker.start()
    sender_task = asyncio.create_task(app.sender.run())
    # What an earlier run left queued (a shutdown keeps the queue) goes out now, not at the
    # first poll.
    app.sender.wake()
    timer = asyncio.create_task(_due_timer(app))
    try:
        yield app
    finally:
        timer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await timer
        # The due-scan stops after the batch it is on; the scheduler lets it get there.
        app.due.stop()
        await app.ticker.shutdown()
        # Sends the providers already have finish within the grace period (or are put back,
        # uncertain); what is queued stays queued; the database closes only after that.
        await app.sender.close(app.settings.shutdown_grace_seconds)
        sender_task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender_task
