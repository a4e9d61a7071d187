"""The composition root: builds everything from settings and owns its lifecycle."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.base import Channel
from bot.config import Settings
from bot.health import Health, Heartbeats, Periodic
from bot.i18n import Catalogue
from bot.sender import OutboxSender
from handlers.conversation import Conversation, Outcome
from handlers.ports import Clock
from handlers.reminders import FollowUp
from handlers.undelivered import Undelivered, tell_coordinators
from handlers.values import Inbound
from scheduler.ticker import Ticker
from storage.db import create_engine, migrate
from storage.outbox import OutboxStore
from storage.participants import SqlStore

log = logging.getLogger(__name__)

# A claimed message whose sender died is retried after this long.
OUTBOX_LEASE = timedelta(minutes=2)
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
    conversation: Conversation
    sender: OutboxSender
    ticker: Ticker
    health: Health

    async def receive(self, inbound: Inbound) -> Outcome:
        """Process one inbound message and wake the sender."""
        outcome = await self.conversation.handle(inbound)
        self.sender.wake()
        return outcome


@asynccontextmanager
async def open_app(
    settings: Settings,
    clock: Clock,
    channels: Mapping[str, Channel],
    catalogue: Catalogue | None = None,
) -> AsyncIterator[App]:
    """Open the database (migrating it) and build the app; close the database on exit."""
    engine = create_engine(settings.database_url)
    try:
        await migrate(engine)
        store = SqlStore(engine, clock)
        outbox = OutboxStore(engine, clock, OUTBOX_LEASE)
        catalogue = catalogue or Catalogue()

        heartbeats = Heartbeats(clock)

        async def undelivered(failures: list[Undelivered]) -> None:
            async with store.transaction() as tx:
                await tell_coordinators(tx, settings.handler_config(), failures)

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
        follow_up = FollowUp(store, clock, settings.handler_config())
        ticker.every(
            "follow-up:due",
            settings.follow_up_scan_seconds,
            heartbeats.around("due-scan", follow_up.run_due),
        )
        ticker.every("outbox:drain", settings.outbox_poll_seconds, sender.drain)
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
            conversation=Conversation(store, clock, settings.handler_config()),
            sender=sender,
            ticker=ticker,
            health=health,
        )
    finally:
        await engine.dispose()


@asynccontextmanager
async def running(app: App) -> AsyncIterator[App]:
    """Start the scheduler and the outbox sender; on exit let the outbox finish (within the
    grace period), then stop."""
    app.ticker.start()
    sender_task = asyncio.create_task(app.sender.run())
    try:
        yield app
    finally:
        app.ticker.shutdown()
        # What is due goes out within the grace period; sends still in flight then are put
        # back in the queue, and the database closes only after that.
        await app.sender.close(app.settings.shutdown_grace_seconds)
        sender_task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender_task
