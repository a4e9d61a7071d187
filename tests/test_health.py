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

from bot.app import App, open_app
from bot.channels.base import TransientSendError
from bot.clock import ManualClock
from bot.config import Settings
from bot.health import PATH, Health, Heartbeats, Periodic
from bot.http import HttpServer
from bot.serve import serve
from storage.db import create_engine
from storage.outbox import OutboxStore
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
    assert body["checks"]["sender"] == {"ok": False, "seconds_since_last_run": 600}
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
