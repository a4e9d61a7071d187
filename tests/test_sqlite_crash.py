"""kill -9 mid-wave and mid-burst on SQLite: after a restart every message goes out once.

A real ``connector-bot run`` on a SQLite file sends a wave of reminders through a loopback
Twilio while people write in, and is killed with SIGKILL halfway. The next start runs ANALYZE
(as every start does), which once made SQLite 3.40 answer the claim's "an earlier message is
still queued" with the message itself, so each message left ``sending`` blocked its person
for good (tests/test_sqlite_planner.py has that query alone). Here the whole path is run.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import sqlalchemy as sa

from storage.db import create_engine, migrate
from storage.seeding import seed_reminder_wave
from storage.tables import channel_addresses, inbound_messages, outbox, scheduled
from tests.telegram_server import free_port
from tests.test_processes import Poster, TwilioServer, script, start_process, until_up
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL

PAIRS = 150  # 300 reminders, one per person
PEOPLE = 40  # writing in while the wave goes out, five messages each
RATE = 80.0


async def _settled(url: str, due: datetime) -> None:
    """Until every inbound message is logged, nothing is queued or claimed, no job is due."""
    engine = create_engine(url)
    deadline = asyncio.get_running_loop().time() + 120
    try:
        while True:
            async with engine.connect() as conn:
                inbound = await conn.scalar(
                    sa.select(sa.func.count()).select_from(inbound_messages)
                )
                left = await conn.scalar(
                    sa.select(sa.func.count())
                    .select_from(outbox)
                    .where(outbox.c.status.in_(("pending", "sending")))
                )
                jobs = await conn.scalar(
                    sa.select(sa.func.count())
                    .select_from(scheduled)
                    .where(scheduled.c.due_at <= due, scheduled.c.status != "done")
                )
            if inbound == PEOPLE * 5 and left == 0 and jobs == 0:
                return
            assert asyncio.get_running_loop().time() < deadline, (
                f"never settled: {inbound} inbound, {left} queued or claimed, {jobs} jobs"
            )
            await asyncio.sleep(0.5)
    finally:
        await engine.dispose()


async def test_kill_9_mid_wave_and_mid_burst_then_every_message_goes_out_once(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    engine = create_engine(url)
    due = datetime.now(UTC) + timedelta(seconds=2)
    try:
        await migrate(engine)
        await seed_reminder_wave(engine, datetime.now(UTC), "sms", PAIRS, due)
        async with engine.connect() as conn:
            seeded = (
                (
                    await conn.execute(
                        sa.select(channel_addresses.c.value).where(
                            channel_addresses.c.value.like("+1613%")
                        )
                    )
                )
                .scalars()
                .all()
            )
    finally:
        await engine.dispose()
    twilio = TwilioServer(100.0)
    twilio_url = await twilio.start()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CONNECTOR_")},
        "CONNECTOR_DATABASE_URL": url,
        "CONNECTOR_PUBLIC_URL": PUBLIC_URL,
        "CONNECTOR_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "CONNECTOR_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "CONNECTOR_TWILIO_FROM": FROM,
        "CONNECTOR_TWILIO_API_BASE": twilio_url,
        "CONNECTOR_SMS_SEGMENTS_PER_SECOND": str(RATE),
        "CONNECTOR_SMS_UNCERTAIN_RETRY_SECONDS": "0",
        "CONNECTOR_OUTBOX_LEASE_SECONDS": "3",
        "CONNECTOR_OUTBOX_BATCH": "20",
        "CONNECTOR_OUTBOX_POLL_SECONDS": "1",
        "CONNECTOR_FOLLOW_UP_SCAN_SECONDS": "1",
    }
    port = free_port()
    first = start_process(0, port, env, tmp_path)
    second: subprocess.Popen[bytes] | None = None
    try:
        async with aiohttp.ClientSession() as http:
            await until_up(http, [port], [first])
            poster = Poster(http, [port], seed=3, replies=twilio)
            burst = asyncio.gather(*(poster.person(i, set()) for i in range(PEOPLE)))
            # Killed once half the wave has reached Twilio, with people mid-way too.
            await twilio.wait_until(
                lambda sent: sum(str(m["to"]).startswith("+1613") for m in sent) >= PAIRS
            )
            first.send_signal(signal.SIGKILL)
            await asyncio.to_thread(first.wait)
            second = start_process(1, port, env, tmp_path)
            await until_up(http, [port], [second])
            await burst
            await _settled(url, due)
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
        await twilio.stop()
    # Every reminder reached Twilio exactly once (none lost at the kill, none sent twice).
    assert len(seeded) == 2 * PAIRS
    assert Counter(len(twilio.bodies(number)) for number in seeded) == {1: 2 * PAIRS}
    # Everyone writing in got one reply to each message, in order, none twice.
    for index in range(PEOPLE):
        number, _, _ = script(index)
        assert len(twilio.bodies(number)) == 5, (number, twilio.bodies(number))
    assert twilio.refused == 0
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            claimed = await conn.scalar(
                sa.select(sa.func.count())
                .select_from(outbox)
                .where(sa.or_(outbox.c.status == "sending", outbox.c.claimed_until.is_not(None)))
            )
        assert claimed == 0
    finally:
        await engine.dispose()
