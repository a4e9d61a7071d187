"""The outbox claim is right whatever SQLite's version and statistics.

SQLite 3.40.1 (Debian 12's) answers ``address_id=? AND status IN ('pending','sending') AND
id < ?`` on the covering index (address_id, status, id) with the very row the range excludes,
once ``sqlite_stat1`` says about one row per status. The claim asked exactly that ("is an
earlier message to this person still queued?"), so after a crash and the ANALYZE at the next
start, each message left ``sending`` blocked itself and its person's queue for good.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import ManualClock
from handlers.core.registry import Registry
from handlers.core.values import Address, Reply
from handlers.features import FEATURES
from storage.db import create_engine, migrate, optimize
from storage.outbox import OutboxStore
from storage.participants import SqlStore
from storage.stores import bindings_for

PEOPLE = 119
START = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
# The claim's old question, as SQLite received it.
EARLIER = "SELECT id FROM outbox WHERE address_id=? AND status IN ('pending','sending') AND id < ?"


async def _queue(engine: AsyncEngine, clock: ManualClock, first_gets: int = 1) -> None:
    """Migrate, then queue one message for each of PEOPLE people (``first_gets`` for the
    first): one row per person and status, as after a wave."""
    await migrate(engine)
    store = SqlStore(engine, clock, bindings_for(Registry(FEATURES).features))
    async with store.transaction() as tx:
        for n in range(PEOPLE):
            address = Address(channel="sms", value=f"+1613555{n:04d}")
            person = await tx.create_participant(address, language="en", timezone="UTC", role=None)
            replies = [Reply(key="registration-welcome")] * (first_gets if n == 0 else 1)
            await tx.enqueue_to(person.id, replies)


async def _crashed_mid_wave(path: Path, clock: ManualClock) -> None:
    """One queued message for each of PEOPLE people, all claimed by a sender that died."""
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await _queue(engine, clock)
        outbox = OutboxStore(engine, clock, timedelta(seconds=120))
        assert len(await outbox.claim_due(PEOPLE, ["sms"])) == PEOPLE  # then the kill -9
    finally:
        await engine.dispose()


async def test_messages_left_sending_by_a_crash_are_claimed_after_analyze(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crashed.db"
    clock = ManualClock(START)
    await _crashed_mid_wave(path, clock)
    clock.advance(timedelta(minutes=5))  # the dead sender's leases have run out
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await optimize(engine)  # what every start does: ANALYZE, ~1 row per status now
        with sqlite3.connect(path) as raw:
            stats = dict(raw.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'outbox'"))
            wrong = raw.execute(EARLIER, (5, 5)).fetchall()
        assert stats["ix_outbox_address_id_status_id"] == f"{PEOPLE} 1 1 1"
        if sqlite3.sqlite_version_info[:2] == (3, 40):
            # The planner's wrong answer, as the SQLite that Debian 12 ships gives it: the
            # reason the claim no longer asks it this way.
            assert wrong == [(5,)]
        claimed = await OutboxStore(engine, clock, timedelta(seconds=120)).claim_due(
            PEOPLE, ["sms"]
        )
        assert len(claimed) == PEOPLE
        assert all(item.uncertain for item in claimed)  # the dead sender may have sent them
    finally:
        await engine.dispose()


@pytest.mark.parametrize("queued", [2, 3])
async def test_a_later_message_still_waits_for_an_earlier_one_after_analyze(
    tmp_path: Path, queued: int
) -> None:
    # The same claim keeps each person's replies in order: one at a time, oldest first.
    path = tmp_path / "order.db"
    clock = ManualClock(START)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        await _queue(engine, clock, first_gets=queued)
        await optimize(engine)
        outbox = OutboxStore(engine, clock, timedelta(seconds=120))
        first = await outbox.claim_due(PEOPLE + queued, ["sms"])
        assert len(first) == PEOPLE  # one each: the first person's others wait their turn
        assert len({item.address_id for item in first}) == PEOPLE
        assert await outbox.claim_due(PEOPLE, ["sms"]) == []
    finally:
        await engine.dispose()
