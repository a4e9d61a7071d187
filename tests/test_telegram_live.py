"""End to end over HTTP on loopback: the real polling loop and the real webhook server."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa

from bot.channels.telegram_service import SECRET_HEADER
from bot.config import Settings
from bot.serve import serve
from storage.db import create_engine
from storage.tables import participants
from tests.telegram_fakes import TOKEN, button_data, tap_update, text_update
from tests.telegram_server import FakeBotApiServer, free_port

CHAT = 3003


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApiServer]:
    """The fake Bot API, listening on loopback."""
    server = FakeBotApiServer()
    yield server
    await server.stop()


def live_settings(tmp_path: Path, base_url: str, **extra: Any) -> Settings:
    """Settings for a real run against the fake Bot API."""
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'live.db'}",
        telegram_token=TOKEN,
        telegram_base_url=base_url,
        telegram_seconds_per_chat=0,
        outbox_poll_seconds=0.2,
        # These runs are about polling and pacing; intake approval has tests of its own.
        **{"http_port": free_port(), "connector_approval": "none", **extra},
    )


async def test_polling_completes_a_registration_through_one_flood_limit(
    api: FakeBotApiServer, tmp_path: Path
) -> None:
    base = await api.start()
    api.fail_once("sendMessage", 429, retry_after=1)
    stopped = asyncio.Event()
    bot = asyncio.create_task(serve(live_settings(tmp_path, base), stopped))
    try:
        await api.ready("getUpdates", bot)  # the bot is up and polling
        update_id = 0

        async def act(update: dict[str, Any]) -> dict[str, Any]:
            seen = len(api.sent)
            await api.push(update)
            return await api.next_message(CHAT, seen)

        def tap(message: dict[str, Any], label: str) -> dict[str, Any]:
            nonlocal update_id
            update_id += 1
            return tap_update(update_id, CHAT, button_data(message, label), message)

        def say(text: str) -> dict[str, Any]:
            nonlocal update_id
            update_id += 1
            return text_update(update_id, CHAT, text)

        message = await act(say("/start"))  # delivered after the 429's retry_after
        assert message["text"].startswith("Welcome to Connector")
        for label in ("English", "Yes", "I'm a professional offering meetings"):
            message = await act(tap(message, label))
        for text in ("Ben", "Accountant"):
            message = await act(say(text))
        message = await act(tap(message, "Business, finance, admin"))
        message = await act(say("Halifax"))
        for label in ("English and French", "Atlantic (Halifax)"):
            message = await act(tap(message, label))
        assert "Role: Professional connector" in message["text"]
        done = await act(tap(message, "Yes, that's right"))
        assert done["text"] == "Thank you, Ben! You are registered."
    finally:
        stopped.set()
        await bot
    taps = 7  # language, consent, role, sector, languages, zone, confirmation
    assert len(api.named("answerCallbackQuery")) == taps
    assert len(api.named("editMessageReplyMarkup")) == taps
    flood_refused, *_ = api.named("sendMessage")
    assert flood_refused["chat_id"] == CHAT


async def test_webhook_accepts_only_the_secret(api: FakeBotApiServer, tmp_path: Path) -> None:
    base = await api.start()
    port = free_port()
    settings = live_settings(
        tmp_path,
        base,
        public_url="https://bot.example.org",
        http_port=port,
        telegram_webhook_secret="s3cret-token_value",
    )
    stopped = asyncio.Event()
    bot = asyncio.create_task(serve(settings, stopped))
    try:
        registered = await api.ready("setWebhook", bot)  # the bot is up, its webhook served
        assert registered["url"] == "https://bot.example.org/telegram"
        assert registered["secret_token"] == "s3cret-token_value"

        url = f"http://127.0.0.1:{port}/telegram"
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: "s3cret-token_valuE"}):
                async with http.post(url, json=text_update(1, CHAT, "hi"), headers=headers) as r:
                    assert r.status == 403
            async with http.post(
                url, json=text_update(2, CHAT, "hi"), headers={SECRET_HEADER: "s3cret-token_value"}
            ) as accepted:
                assert accepted.status == 200
            # What Telegram never sends is refused with 400, recorded nowhere, answered never.
            malformed = [
                "[1, 2]",
                "null",
                "42",
                json.dumps(text_update(3, CHAT, "hi")).replace(f'"id": {CHAT}', '"id": "abc"'),
                json.dumps(text_update(4, CHAT, "hi")).replace('"text": "hi"', '"text": 5'),
                '{"update_id": 5, "message": ' + "[" * 100_000 + "]" * 100_000 + "}",
                "{not json",
            ]
            secret = {SECRET_HEADER: "s3cret-token_value", "Content-Type": "application/json"}
            for body in malformed:
                async with http.post(url, data=body, headers=secret) as refused:
                    assert refused.status == 400, body[:80]
        welcome = await api.next_message(CHAT, 0)
        assert welcome["text"].startswith("Welcome to Connector")
    finally:
        stopped.set()
        await bot
    engine = create_engine(settings.database_url)
    async with engine.connect() as conn:
        count = await conn.execute(sa.select(sa.func.count()).select_from(participants))
        assert count.scalar_one() == 1  # only the accepted update created anyone
    await engine.dispose()


async def until_polling(api: FakeBotApiServer, process: asyncio.subprocess.Process) -> None:
    """Wait until the bot in ``process`` polls the fake Bot API; fail at once if it exits."""
    try:
        await api.ready("getUpdates", process.wait())
    except AssertionError:
        assert process.stderr is not None
        stderr = (await process.stderr.read()).decode(errors="replace")
        pytest.fail(f"connector-bot run exited ({process.returncode}) before polling:\n{stderr}")


async def test_sigterm_stops_intake_and_exits_cleanly_after_replying(
    api: FakeBotApiServer, tmp_path: Path
) -> None:
    base = await api.start()
    env = {
        **os.environ,
        "CONNECTOR_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'signal.db'}",
        "CONNECTOR_TELEGRAM_TOKEN": TOKEN,
        "CONNECTOR_TELEGRAM_BASE_URL": base,
        "CONNECTOR_TELEGRAM_SECONDS_PER_CHAT": "0",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await until_polling(api, process)
        await api.push(text_update(1, CHAT, "hi"))
        welcome = await api.next_message(CHAT, 0)
        assert welcome["text"].startswith("Welcome to Connector")
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
    assert process.returncode == 0
    assert b"Traceback" not in stderr
    assert TOKEN.encode() not in stderr  # the token never reaches the logs
