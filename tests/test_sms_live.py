"""End to end over loopback HTTP: Twilio posts a signed SMS to the running bot, and the bot
answers through a Twilio-compatible REST API set with CONNECTOR_TWILIO_API_BASE."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import aiohttp
import pytest

from bot.config import Settings
from bot.serve import serve
from tests.telegram_server import READY, WAIT, free_port
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, RestApi, signed, sms_form

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

PUBLIC_URL = "https://sms.example.org"


async def test_a_signed_sms_to_the_running_bot_is_answered_through_the_rest_api(
    tmp_path: Path,
) -> None:
    twilio = RestApi()
    api_base, bot_port = await twilio.start(), free_port()

    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'sms.db'}",
        public_url=PUBLIC_URL,
        http_port=bot_port,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from=FROM,
        twilio_api_base=api_base,
        sms_segments_per_second=100,
    )
    stopped = asyncio.Event()
    bot = asyncio.create_task(serve(settings, stopped))
    try:
        form = sms_form("SM-live-1", "+19025550123", "Bonjour")
        async with aiohttp.ClientSession() as http:
            deadline = asyncio.get_running_loop().time() + READY
            while True:  # until the bot's HTTP server is up
                assert not bot.done(), "the bot stopped before its HTTP server came up"
                try:
                    async with http.post(
                        f"http://127.0.0.1:{bot_port}/sms",
                        data=form,
                        headers=signed("/sms", form, url=PUBLIC_URL),
                    ) as response:
                        assert response.status == 200
                        break
                except aiohttp.ClientConnectionError:
                    if asyncio.get_running_loop().time() > deadline:
                        raise
                    await asyncio.sleep(0.05)
        sent = await asyncio.wait_for(twilio.posted.get(), WAIT)
    finally:
        stopped.set()
        await bot
        await twilio.stop()
    assert sent["path"] == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    credentials = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    assert sent["auth"] == f"Basic {credentials}"
    assert sent["To"] == "+19025550123"
    assert sent["From"] == FROM
    assert sent["Body"].endswith("1. ENGLISH\n2. FRANÇAIS")
    assert sent["StatusCallback"].startswith(f"{PUBLIC_URL}/sms/status?outbox=")
