"""``GET /healthz`` over real loopback HTTP, and the warning when the outbox is stuck."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa

from bot.app import App, open_app
from bot.channels.base import TransientSendError
from bot.clock import ManualClock
from bot.config import Settings
from bot.health import PATH, Health, Heartbeats, Periodic
from bot.http import HttpServer
from bot.serve import serve
from handlers.core.context import Scope
from handlers.core.feature import Feature, JobKind
from handlers.core.jobs import Job
from handlers.core.registry import Registry
from handlers.features import FEATURES
from storage.db import create_engine
from storage.outbox import OutboxStore
from storage.tables import participants, scheduled
from tests.telegram_server import WAIT, FakeBotApiServer, free_port
from tests.test_resilience import ScriptedChannel, hello
from tests.test_telegram_live import live_settings

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


async def get(port: int) -> tuple[int, dict[str, Any]]:
    """GET /healthz; return the status and the JSON body."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}{PATH}") as response,
    ):
        return response.status, await response.json()


@pytest.fixture
async def served(
    settings: Settings, clock: ManualClock
) -> AsyncIterator[tuple[App, ScriptedChannel, int]]:
    """The app with /healthz on a loopback port, and a channel that can be made to fail."""
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        port = free_port()
        server = HttpServer("127.0.0.1", port)
        server.get(PATH, app.health.handle)
        await server.start()
        try:
            yield app, channel, port
        finally:
            await server.stop()


async def test_a_bot_whose_parts_all_ran_is_healthy(
    served: tuple[App, ScriptedChannel, int],
) -> None:
    app, _, port = served
    await app.ticker.tick()
    status, body = await get(port)
    assert status == 200
    assert body["ok"] is True
    assert body["checks"]["database"] == {"ok": True}
    assert body["checks"]["sender"]["ok"] is True
    assert body["checks"]["due-scan"]["ok"] is True
    assert body["checks"]["outbox"] == {"ok": True, "oldest_waiting_seconds": None}


async def test_a_stuck_sender_and_due_scan_answer_503(
    served: tuple[App, ScriptedChannel, int], clock: ManualClock
) -> None:
    app, _, port = served
    await app.ticker.tick()
    clock.advance(timedelta(minutes=10))  # nothing ran meanwhile
    status, body = await get(port)
    assert status == 503
    assert body["ok"] is False
    assert body["checks"]["sender"] == {
        "ok": False,
        "seconds_since_last_run": 600,
        "failures_in_a_row": 0,
    }
    assert body["checks"]["due-scan"]["ok"] is False
    assert body["checks"]["database"] == {"ok": True}


async def test_a_message_waiting_too_long_answers_503_and_logs_a_warning(
    served: tuple[App, ScriptedChannel, int],
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app, channel, port = served
    channel.failures = [TransientSendError("provider down") for _ in range(10)]
    await app.conversation.handle(hello(clock))
    for _ in range(4):  # the provider stays down for 20 minutes; the bot keeps trying
        clock.advance(timedelta(minutes=5))
        await app.ticker.tick()
    status, body = await get(port)
    assert status == 503
    assert body["checks"]["outbox"] == {"ok": False, "oldest_waiting_seconds": 1200}
    assert body["checks"]["sender"]["ok"] is True
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(w.startswith("health: outbox is failing") for w in warnings)


async def test_the_running_bot_serves_healthz_in_polling_mode_too(tmp_path: Path) -> None:
    port = free_port()
    api = FakeBotApiServer()
    settings = live_settings(tmp_path, await api.start(), http_port=port)
    stopped = asyncio.Event()
    bot = asyncio.create_task(serve(settings, stopped))
    try:
        for _ in range(100):
            try:
                status, body = await get(port)
                break
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)
    finally:
        stopped.set()
        await asyncio.wait_for(bot, WAIT)
        await api.stop()
    assert status == 200
    assert body["checks"]["database"] == {"ok": True}


async def test_a_database_that_does_not_answer_answers_503(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'gone' / 'missing.db'}")
    health = Health(
        clock,
        OutboxStore(engine, clock, timedelta(minutes=2)),
        Heartbeats(clock),
        [Periodic("sender", timedelta(seconds=5))],
        ["sim"],
        timedelta(minutes=15),
    )
    port = free_port()
    server = HttpServer("127.0.0.1", port)
    server.get(PATH, health.handle)
    await server.start()
    try:
        status, body = await get(port)
    finally:
        await server.stop()
        await engine.dispose()
    assert status == 503
    assert body["checks"]["database"] == {"ok": False, "error": "OperationalError"}
    assert body["checks"]["sender"]["ok"] is True


async def test_a_due_scan_that_fails_every_run_fails_the_health_check(clock: ManualClock) -> None:
    # The heartbeat once beat at the start of each run: every scan raised and /healthz said ok.
    heartbeats = Heartbeats(clock)
    runs = 0

    async def failing() -> None:
        nonlocal runs
        runs += 1
        raise RuntimeError("a row nobody can read")

    scan = heartbeats.around("due-scan", failing)
    for _ in range(3):
        clock.advance(timedelta(seconds=30))
        with pytest.raises(RuntimeError):
            await scan()
    assert (runs, heartbeats.failures("due-scan")) == (3, 3)

    async def working() -> None:
        return None

    await heartbeats.around("due-scan", working)()
    assert heartbeats.failures("due-scan") == 0


async def test_healthz_reports_the_failing_scan_and_a_bad_job_is_set_aside(
    settings: Settings, clock: ManualClock
) -> None:
    """One job whose feature raises: set aside with its reason, coordinators told once, the
    other jobs run; a scan that fails three times in a row shows in /healthz."""
    ran: list[str] = []

    async def run(scope: Scope, job: Job) -> str | None:
        if job.key == "bad":
            raise ValueError("cannot read this row")
        ran.append(job.key)
        return None

    scan_breaks = False

    async def scan(scope: Scope) -> None:
        if scan_breaks:
            raise RuntimeError("scan broken")

    broken = Feature(name="broken", jobs=(JobKind("test_job", run),), scans=(scan,))
    channel = ScriptedChannel()
    async with open_app(
        settings, clock, {"sim": channel}, features=Registry((*FEATURES, broken))
    ) as app:
        await app.conversation.handle(hello(clock, who="coord"))  # the coordinator writes
        async with app.engine.begin() as conn:  # and has registered
            await conn.execute(sa.update(participants).values(status="active", name="Claire"))
        await app.sender.drain()
        async with app.store.transaction() as tx:
            for key in ("bad", "good-1", "good-2"):
                await tx.jobs.add("test_job", key, clock.now(), None)
        assert await app.run_due() is None
        assert ran == ["good-1", "good-2"]
        async with app.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(scheduled.c.key, scheduled.c.status, scheduled.c.detail)
                    .where(scheduled.c.kind == "test_job")
                    .order_by(scheduled.c.id)
                )
            ).all()
        assert [tuple(r) for r in rows] == [
            ("bad", "dropped", "failed: ValueError"),
            ("good-1", "done", ""),
            ("good-2", "done", ""),
        ]
        await app.sender.drain()
        told = [text for _, text in channel.sent if "set aside" in text]
        assert told == [
            "A scheduled task (test_job #1) failed and was set aside; the others go on. "
            "The log says why: please tell whoever runs the bot."
        ]
        await app.run_due()  # nothing left to fail: told once
        await app.sender.drain()
        assert len([text for _, text in channel.sent if "set aside" in text]) == 1
        report = await app.health.report()
        assert report["ok"]

        # Now a scan that fails before any job (its feature's periodic scan): three in a row.
        scan_breaks = True
        for _ in range(3):
            with pytest.raises(RuntimeError):
                await app.run_due()
        report = await app.health.report()
        checks = report["checks"]
        assert isinstance(checks, dict)
        assert not report["ok"]
        assert checks["due-scan"]["failures_in_a_row"] == 3
