"""The relay through the real adapters, over loopback: an SMS newcomer (Twilio's webhook in, its
REST API out) and a Telegram connector (the Bot API's long polling) write to each other about a
meeting, and neither is ever shown the other's number or chat id."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa

from bot.channels.telegram_service import SECRET_HEADER
from bot.serve import serve
from storage.db import create_engine
from storage.seeding import seed_held_meetings, seed_people
from storage.tables import participants
from tests.telegram_fakes import button_data, tap_update, text_update
from tests.telegram_server import WAIT, FakeBotApiServer
from tests.test_telegram_live import live_settings
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, RestApi, signed, sms_form

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

PUBLIC_URL = "https://bot.example.org"
SECRET = "relay-webhook-secret"


async def test_an_sms_newcomer_and_a_telegram_connector_write_through_the_relay(
    tmp_path: Path,
) -> None:
    twilio = RestApi()
    twilio_base = await twilio.start()
    api = FakeBotApiServer()
    settings = live_settings(
        tmp_path,
        await api.start(),
        public_url=PUBLIC_URL,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from=FROM,
        twilio_api_base=twilio_base,
        sms_segments_per_second=100,
        telegram_webhook_secret=SECRET,
    )
    stopped = asyncio.Event()
    bot = asyncio.create_task(serve(settings, stopped))
    engine = create_engine(settings.database_url)
    try:
        await api.ready("setWebhook", bot)  # migrated, up, both webhooks served
        now = datetime.now(UTC)
        (amina,) = await seed_people(engine, now, 1, connector_every=0, channel="sms")
        await seed_people(engine, now, 1, connector_every=1, channel="telegram")
        ben = amina + 1
        (meeting,) = await seed_held_meetings(engine, now, [(ben, amina)])  # yesterday
        async with engine.begin() as conn:
            for who, name, language in ((amina, "Amina Diallo", "fr"), (ben, "Ben Okafor", "en")):
                await conn.execute(
                    sa.update(participants)
                    .where(participants.c.id == who)
                    .values(name=name, language=language)
                )
        phone, chat = f"+16137{amina:06d}", 10_000_000 + ben

        base = f"http://127.0.0.1:{settings.http_port}"

        async def telegram(update: dict[str, Any]) -> None:
            async with (
                aiohttp.ClientSession() as http,
                http.post(f"{base}/telegram", json=update, headers={SECRET_HEADER: SECRET}) as r,
            ):
                assert r.status == 200

        # Amina texts the command with the meeting's number; Ben reads it in Telegram.
        form = sms_form("SM-relay-1", phone, f"ECRIRE {meeting} Merci pour hier, Ben!")
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                f"{base}/sms", data=form, headers=signed("/sms", form, url=PUBLIC_URL)
            ) as response,
        ):
            assert response.status == 200
        to_ben = await api.next_message(chat, 0)
        assert to_ben["text"].startswith("Message from Amina about your meeting on ")
        assert '"Merci pour hier, Ben!"' in to_ben["text"]
        assert phone[2:] not in str(to_ben)  # nor her number in any form
        sent = await asyncio.wait_for(twilio.posted.get(), WAIT)
        assert sent["To"] == phone
        assert sent["Body"] == "C'est transmis à Ben.\n1. Aller au menu"

        # Ben taps Answer, types his message; Amina gets it as a text message, in French.
        seen = len(api.sent)
        await telegram(tap_update(1, chat, button_data(to_ben, "Answer"), to_ben))
        asked = await api.next_message(chat, seen)
        assert asked["text"].startswith("Your message to Amina, in one line")
        seen = len(api.sent)
        await telegram(text_update(2, chat, "With pleasure. Good luck on Monday!"))
        assert (await api.next_message(chat, seen))["text"] == "Sent to Amina."
        relayed: dict[str, Any] = await asyncio.wait_for(twilio.posted.get(), WAIT)
    finally:
        stopped.set()
        await bot
        await engine.dispose()
        await api.stop()
        await twilio.stop()
    assert relayed["To"] == phone
    assert relayed["Body"].startswith("Ben (rencontre du ")
    assert '"With pleasure. Good luck on Monday!" Pour répondre : ECRIRE' in relayed["Body"]
    assert relayed["Body"].endswith("\n1. Répondre\n2. Signaler")
    assert str(chat) not in relayed["Body"]
