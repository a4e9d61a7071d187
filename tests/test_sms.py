"""The SMS adapter, offline: signed form posts to the real webhook app, and a twilio HTTP client
that records what would have gone to the REST API."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

from bot.app import App, open_app
from bot.channels.base import RenderedMessage
from bot.channels.pacing import Pacer
from bot.channels.segments import count_segments
from bot.channels.sms import SmsChannel, build_twilio_client
from bot.channels.sms_webhooks import EMPTY_TWIML, SmsWebhooks, routes
from bot.clock import ManualClock
from bot.config import Settings
from bot.http import HttpServer
from handlers.core.values import Address
from storage.tables import channel_addresses, inbound_messages, outbox
from tests.twilio_fakes import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM,
    PUBLIC_URL,
    RecordingTwilioHttp,
    signed,
    sms_form,
)

AMINA = "+15145550111"
BEN = "+19025550177"


@dataclass
class Sms:
    """The app with SMS as its only channel, its webhooks served locally."""

    http: RecordingTwilioHttp
    app: App
    client: TestClient  # type: ignore[type-arg]
    sent: int = 0

    async def text(self, sender: str, body: str, sid: str | None = None) -> list[str]:
        """``sender`` texts ``body``; return the bodies the bot sent back."""
        self.sent += 1
        form = sms_form(sid or f"SM-in-{self.sent}", sender, body)
        response = await self.client.post("/sms", data=form, headers=signed("/sms", form))
        assert response.status == 200
        assert await response.text() == EMPTY_TWIML
        before = len(self.http.requests)
        await self.app.sender.drain()
        return [str(r["data"]["Body"]) for r in self.http.requests[before:]]

    async def report(self, **fields: str) -> int:
        """Twilio reports on the first message sent, at its callback URL; return the status."""
        callback = str(self.http.requests[0]["data"]["StatusCallback"])
        path = "/sms/status?" + callback.split("?", 1)[1]
        response = await self.client.post(path, data=fields, headers=signed(path, fields))
        return response.status

    async def rows(self, query: sa.Select[Any]) -> int:
        """Run a count query."""
        async with self.app.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())


@pytest.fixture
async def sms(settings: Settings, clock: ManualClock) -> AsyncIterator[Sms]:
    """The app with SMS wired to a recording twilio HTTP client."""
    configured = settings.model_copy(
        update={
            "twilio_account_sid": ACCOUNT_SID,
            "twilio_auth_token": SecretStr(AUTH_TOKEN),
            "twilio_from": FROM,
        }
    )
    http = RecordingTwilioHttp(clock)
    channel = SmsChannel(build_twilio_client(configured, http), FROM, PUBLIC_URL, 1000, 600)
    async with open_app(configured, clock, {"sms": channel}) as app:
        server = HttpServer("127.0.0.1", 0)
        for path, handler in routes(
            SmsWebhooks(AUTH_TOKEN, PUBLIC_URL, app.receive, app.outbox, clock)
        ):
            server.post(path, handler)
        async with TestClient(TestServer(server.app)) as client:
            yield Sms(http, app, client)


async def test_a_signed_message_is_answered_through_the_rest_api(sms: Sms) -> None:
    replies = await sms.text(AMINA, "Bonjour")
    assert replies[0].endswith("1. ENGLISH\n2. FRANÇAIS")
    request = sms.http.requests[0]
    assert (
        request["uri"] == f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    )
    assert request["data"]["To"] == AMINA
    assert request["data"]["From"] == FROM
    assert request["data"]["StatusCallback"].startswith(f"{PUBLIC_URL}/sms/status?outbox=")


@pytest.mark.parametrize(
    "case",
    ["forged", "altered after signing", "missing", "signed for the local URL"],
)
async def test_unsigned_or_badly_signed_requests_are_refused(sms: Sms, case: str) -> None:
    form = sms_form("SM-bad", AMINA, "hello")
    headers = signed("/sms", form)
    if case == "forged":
        headers = {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"}
    elif case == "altered after signing":
        form = {**form, "Body": "hello there"}
    elif case == "missing":
        headers = {}
    else:
        headers = signed("/sms", form, url=str(sms.client.make_url("")).rstrip("/"))
    response = await sms.client.post("/sms", data=form, headers=headers)
    assert response.status == 403
    assert await sms.rows(sa.select(sa.func.count()).select_from(inbound_messages)) == 0


async def test_fields_twilio_adds_later_are_part_of_the_signature(sms: Sms) -> None:
    form = sms_form("SM-new", AMINA, "hi", FromCity="MONTREAL", SomeFutureField="x")
    response = await sms.client.post("/sms", data=form, headers=signed("/sms", form))
    assert response.status == 200


async def test_an_unusable_sender_is_refused_without_a_crash(sms: Sms) -> None:
    form = sms_form("SM-short", "SHORTCODE", "hi")
    response = await sms.client.post("/sms", data=form, headers=signed("/sms", form))
    assert response.status == 400
    assert await sms.rows(sa.select(sa.func.count()).select_from(inbound_messages)) == 0


async def test_the_same_message_sid_five_times_gets_one_reply(sms: Sms) -> None:
    assert len(await sms.text(AMINA, "hi", sid="SM-dup")) == 1
    for _ in range(4):
        assert await sms.text(AMINA, "hi", sid="SM-dup") == []


async def test_concurrent_duplicates_get_one_reply(sms: Sms) -> None:
    form = sms_form("SM-race", AMINA, "hi")
    posts = [sms.client.post("/sms", data=form, headers=signed("/sms", form)) for _ in range(5)]
    assert [r.status for r in await asyncio.gather(*posts)] == [200] * 5
    await sms.app.sender.drain()
    assert len(sms.http.requests) == 1


async def test_a_number_means_the_option_of_the_newest_menu(sms: Sms) -> None:
    await sms.text(AMINA, "Bonjour")  # menu: 1. ENGLISH 2. FRANÇAIS
    await sms.text(AMINA, "2")  # newer menu: 1. Oui 2. Non
    role = await sms.text(AMINA, "1.")
    assert role[0].startswith("Laquelle de ces phrases vous décrit?")


async def test_a_full_registration_in_french(sms: Sms) -> None:
    answers = ["Bonjour", "2", "oui", "1", "Amina", "Ingénieure civile", "3", "Montréal",
               "arabe, français", "1"]  # fmt: skip
    for answer in answers:
        await sms.text(AMINA, answer)
    summary = sms.http.bodies(AMINA)[-1]
    assert "Amina" in summary
    done = await sms.text(AMINA, "Oui")
    assert done[0] == "Merci, Amina! Votre inscription est terminée."
    assert all(count_segments(body) <= 2 for body in sms.http.bodies())


async def status_of(sms: Sms) -> tuple[str, str]:
    """The outbox status and the address status after one message."""
    async with sms.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(outbox.c.status))).scalar_one()
        address = (await conn.execute(sa.select(channel_addresses.c.status))).scalar_one()
    return row, address


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, 21610, ("failed", "opted_out")),
        (400, 21211, ("failed", "unreachable")),
        (400, 21614, ("failed", "unreachable")),
        (429, 20429, ("pending", "ok")),
        (503, 20500, ("pending", "ok")),
        (400, 21611, ("pending", "ok")),  # the sender's queue at Twilio is full
        (400, 30001, ("pending", "ok")),  # queue overflow
        (400, 21602, ("failed", "ok")),
        # Refused credentials are the operator's to fix: nobody's message is given up.
        (401, 20003, ("pending", "ok")),
    ],
)
async def test_twilio_error_codes(
    sms: Sms, status: int, code: int, expected: tuple[str, str]
) -> None:
    sms.http.error(status, code)
    await sms.text(AMINA, "hi")
    assert await status_of(sms) == expected


async def test_a_number_twilio_could_not_reach_is_answered_when_it_writes_again(
    sms: Sms,
) -> None:
    sms.http.error(400, 21614)  # "not a mobile number": marked unreachable, nothing retried
    await sms.text(AMINA, "hi")
    assert await status_of(sms) == ("failed", "unreachable")
    assert await sms.text(AMINA, "hi again") != []  # answered: it can be reached after all
    async with sms.app.engine.connect() as conn:
        status = (await conn.execute(sa.select(channel_addresses.c.status))).scalar_one()
        left = await conn.scalar(
            sa.select(sa.func.count()).select_from(outbox).where(outbox.c.status == "pending")
        )
    assert (status, left) == ("ok", 0)


@pytest.mark.postgresql  # PostgreSQL refused to store it (a 500) where SQLite took it
async def test_a_message_id_longer_than_twilios_is_refused(sms: Sms) -> None:
    form = sms_form("SM" + "a" * 200, AMINA, "hi")
    response = await sms.client.post("/sms", data=form, headers=signed("/sms", form))
    assert response.status == 400
    assert await sms.rows(sa.select(sa.func.count()).select_from(inbound_messages)) == 0


async def test_retries_come_back_after_backoff(sms: Sms, clock: ManualClock) -> None:
    sms.http.error(503, 20500)
    await sms.text(AMINA, "hi")
    clock.advance(timedelta(seconds=5))
    assert await sms.app.sender.drain() == 1
    assert len(sms.http.requests) == 2
    assert await status_of(sms) == ("sent", "ok")


async def test_a_timeout_after_twilio_accepted_is_not_sent_twice(
    sms: Sms, clock: ManualClock
) -> None:
    sms.http.script.append(TimeoutError())
    await sms.text(AMINA, "hi")
    report = await sms.report(
        MessageSid="SM-accepted", MessageStatus="sent", AccountSid=ACCOUNT_SID
    )
    assert report == 204
    clock.advance(timedelta(minutes=11))
    assert await sms.app.sender.drain() == 0
    assert len(sms.http.requests) == 1
    assert await status_of(sms) == ("sent", "ok")


async def test_a_timeout_without_any_report_is_sent_again_later(
    sms: Sms, clock: ManualClock
) -> None:
    sms.http.script.append(TimeoutError())
    await sms.text(AMINA, "hi")
    clock.advance(timedelta(minutes=9))
    assert await sms.app.sender.drain() == 0
    clock.advance(timedelta(minutes=2))
    assert await sms.app.sender.drain() == 1


async def test_status_reports_never_move_backwards(sms: Sms) -> None:
    await sms.text(AMINA, "hi")
    for status in ("delivered", "sent", "queued"):
        assert await sms.report(MessageSid="SM1", MessageStatus=status) == 204
    async with sms.app.engine.connect() as conn:
        delivery = (await conn.execute(sa.select(outbox.c.delivery_status))).scalar_one()
    assert delivery == "delivered"


async def test_a_late_report_of_an_opt_out_marks_the_number(sms: Sms) -> None:
    await sms.text(AMINA, "hi")
    await sms.report(MessageSid="SM1", MessageStatus="undelivered", ErrorCode="21610")
    assert (await status_of(sms))[1] == "opted_out"


async def test_a_forged_status_report_is_refused(sms: Sms) -> None:
    await sms.text(AMINA, "hi")
    report = {"MessageSid": "SM1", "MessageStatus": "failed", "ErrorCode": "21610"}
    response = await sms.client.post("/sms/status?outbox=1", data=report)
    assert response.status == 403
    assert (await status_of(sms))[1] == "ok"


async def test_stop_over_sms_stops_everything_until_start(sms: Sms) -> None:
    await sms.text(AMINA, "Bonjour")
    assert await sms.text(AMINA, "ARRÊT") == []
    assert await sms.text(AMINA, "2") == []
    back = await sms.text(AMINA, "START")
    assert back[0].startswith("Welcome back!")


async def test_a_messaging_service_and_another_api_base_are_used_when_configured(
    settings: Settings,
) -> None:
    configured = settings.model_copy(
        update={
            "twilio_account_sid": ACCOUNT_SID,
            "twilio_auth_token": SecretStr(AUTH_TOKEN),
            "twilio_api_base": "https://sms.example.net/",
        }
    )
    http = RecordingTwilioHttp()
    service = "MG" + "1" * 32
    channel = SmsChannel(build_twilio_client(configured, http), service, PUBLIC_URL, 1000, 600)
    await channel.send(Address(channel="sms", value=AMINA), RenderedMessage(text="hi"))
    assert http.requests[0]["uri"].startswith("https://sms.example.net/2010-04-01/")
    assert http.requests[0]["data"]["MessagingServiceSid"] == service
    assert "From" not in http.requests[0]["data"]


def test_sms_is_paced_per_segment() -> None:
    now = [0.0]
    pacer = Pacer(1.0, monotonic=lambda: now[0])
    assert pacer.delay(2) == 0  # a two-segment message goes at once...
    assert pacer.delay(1) == 2.0  # ...and the next waits for both segments
    now[0] = 10.0
    assert pacer.delay(1) == 0


@pytest.mark.parametrize("body", [b"From=%2B15145550111&Body=\xff\xfe", b"Body=caf\xe9"])
async def test_an_unsigned_body_that_is_not_utf8_is_refused_before_parsing(
    sms: Sms, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    response = await sms.client.post("/sms", data=body, headers=headers)
    assert response.status == 400
    status = await sms.client.post("/sms/status?outbox=1", data=body, headers=headers)
    assert status.status == 400
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert await sms.rows(sa.select(sa.func.count()).select_from(inbound_messages)) == 0


async def test_a_reply_waiting_its_turn_is_not_sent_after_stop(
    settings: Settings, clock: ManualClock
) -> None:
    configured = settings.model_copy(
        update={
            "twilio_account_sid": ACCOUNT_SID,
            "twilio_auth_token": SecretStr(AUTH_TOKEN),
            "twilio_from": FROM,
        }
    )
    http = RecordingTwilioHttp()
    # One segment a second: Amina's reply waits a few seconds behind Ben's segments, time
    # enough for her STOP to arrive even on a loaded machine.
    channel = SmsChannel(build_twilio_client(configured, http), FROM, PUBLIC_URL, 1, 600)
    async with open_app(configured, clock, {"sms": channel}) as app:
        hooks = SmsWebhooks(AUTH_TOKEN, PUBLIC_URL, app.receive, app.outbox, clock)
        server = HttpServer("127.0.0.1", 0)
        for path, handler in routes(hooks):
            server.post(path, handler)
        async with TestClient(TestServer(server.app)) as client:
            for sid, sender in (("SM-b", BEN), ("SM-a", AMINA)):
                form = sms_form(sid, sender, "Bonjour")
                assert (await client.post("/sms", data=form, headers=signed("/sms", form))).ok
            drain = asyncio.create_task(app.sender.drain())
            for _ in range(200):  # Ben's reply is out; Amina's is claimed and waiting
                if http.requests:
                    break
                await asyncio.sleep(0.01)
            stop = sms_form("SM-stop", AMINA, "ARRÊT")
            response = await client.post("/sms", data=stop, headers=signed("/sms", stop))
            assert response.status == 200
            await asyncio.wait_for(drain, 10)
    assert len(http.bodies(BEN)) == 1
    assert http.bodies(AMINA) == []
