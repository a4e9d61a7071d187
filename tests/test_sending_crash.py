"""A send interrupted by a crash or a SIGTERM: never resent blindly where the provider can be
asked (Twilio), resent with a warning where it cannot (Telegram). A SIGTERM finishes or puts
back what is in flight within its grace period and leaves the queue for the next start."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Literal

import pytest
import sqlalchemy as sa
from pydantic import SecretStr

from bot.app import App, open_app, running
from bot.channels.base import Ready, RenderedMessage, SendResult, last_check
from bot.channels.sms import SmsChannel, build_twilio_client
from bot.clock import ManualClock
from bot.config import Settings
from bot.render import render
from handlers.core.values import Address, Inbound
from storage.tables import outbox
from tests.test_resilience import ScriptedChannel, hello
from tests.twilio_fakes import (
    ACCEPTED_THEN_TIMEOUT,
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM,
    PUBLIC_URL,
    RecordingTwilioHttp,
)

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

AMINA = "+15145550111"

# The outbox lease of the default settings.
LEASE = timedelta(seconds=Settings.model_fields["outbox_lease_seconds"].default)


def sms_settings(settings: Settings) -> Settings:
    """The test settings with SMS configured."""
    return settings.model_copy(
        update={
            "twilio_account_sid": ACCOUNT_SID,
            "twilio_auth_token": SecretStr(AUTH_TOKEN),
            "twilio_from": FROM,
        }
    )


def texted(clock: ManualClock, body: str = "Bonjour", sid: str = "SM-in-1") -> Inbound:
    """Amina texts the bot."""
    return Inbound(
        address=Address(channel="sms", value=AMINA),
        external_id=sid,
        received_at=clock.now(),
        text=body,
        carrier_keywords=True,
    )


async def rows(app: App) -> list[tuple[str, str | None, bool]]:
    """Each outbox row's status, provider id and uncertain flag, oldest first."""
    query = sa.select(outbox.c.status, outbox.c.provider_id, outbox.c.uncertain).order_by(
        outbox.c.id
    )
    async with app.engine.connect() as conn:
        return [(r.status, r.provider_id, r.uncertain) for r in (await conn.execute(query)).all()]


@pytest.fixture
def twilio(clock: ManualClock) -> RecordingTwilioHttp:
    """What Twilio's REST API saw, and the messages it accepted."""
    return RecordingTwilioHttp(clock)


@pytest.fixture
def sms(settings: Settings, twilio: RecordingTwilioHttp) -> SmsChannel:
    """The SMS channel on the recording client."""
    return SmsChannel(
        build_twilio_client(sms_settings(settings), twilio), FROM, PUBLIC_URL, 1e3, 600
    )


@pytest.fixture
async def crashed(
    settings: Settings, clock: ManualClock, sms: SmsChannel
) -> AsyncIterator[tuple[int, RenderedMessage]]:
    """A process that claimed Amina's reply and died mid-send; yields the row and message."""
    async with open_app(sms_settings(settings), clock, {"sms": sms}) as app:
        await app.conversation.handle(texted(clock))
        [item] = await app.outbox.claim_due(10, ["sms"])
        yield item.id, render(app.catalogue, item, "sms", clock.now())


async def test_an_sms_the_dead_process_sent_is_found_at_twilio_and_not_sent_again(
    settings: Settings,
    clock: ManualClock,
    sms: SmsChannel,
    twilio: RecordingTwilioHttp,
    crashed: tuple[int, RenderedMessage],
    caplog: pytest.LogCaptureFixture,
) -> None:
    row, message = crashed
    await sms.send(Address(channel="sms", value=AMINA), message)  # then kill -9
    async with open_app(sms_settings(settings), clock, {"sms": sms}) as app:
        clock.advance(LEASE + timedelta(seconds=1))
        assert await app.sender.drain() == 1
        assert len(twilio.requests) == 1  # looked up, not sent again
        assert twilio.lookups[0]["params"]["To"] == AMINA
        assert await rows(app) == [("sent", twilio.accepted[0]["sid"], False)]
    assert f"outbox {row} " in caplog.text


async def test_an_sms_the_dead_process_never_sent_goes_out_once_after_the_lookup(
    settings: Settings,
    clock: ManualClock,
    sms: SmsChannel,
    twilio: RecordingTwilioHttp,
    crashed: tuple[int, RenderedMessage],
) -> None:
    async with open_app(sms_settings(settings), clock, {"sms": sms}) as app:
        clock.advance(LEASE + timedelta(seconds=1))
        assert await app.sender.drain() == 1
        assert len(twilio.lookups) == 1
        assert twilio.bodies(AMINA) == [crashed[1].text + "\n1. ENGLISH\n2. FRANÇAIS"]
        assert [status for status, _, _ in await rows(app)] == ["sent"]


async def test_an_sms_that_timed_out_after_twilio_accepted_it_is_not_sent_twice(
    settings: Settings, clock: ManualClock, sms: SmsChannel, twilio: RecordingTwilioHttp
) -> None:
    twilio.script.append(ACCEPTED_THEN_TIMEOUT)
    async with open_app(sms_settings(settings), clock, {"sms": sms}) as app:
        await app.conversation.handle(texted(clock))
        await app.sender.drain()
        assert [(s, u) for s, _, u in await rows(app)] == [("pending", True)]
        clock.advance(timedelta(minutes=11))  # no status report came
        assert await app.sender.drain() == 1
        assert len(twilio.requests) == 1
        assert await rows(app) == [("sent", twilio.accepted[0]["sid"], False)]


async def test_a_lookup_twilio_cannot_answer_waits_and_sends_nothing(
    settings: Settings,
    clock: ManualClock,
    sms: SmsChannel,
    twilio: RecordingTwilioHttp,
    crashed: tuple[int, RenderedMessage],
) -> None:
    async with open_app(sms_settings(settings), clock, {"sms": sms}) as app:
        clock.advance(LEASE + timedelta(seconds=1))
        twilio.fail_lookups = True
        assert await app.sender.drain() == 1
        assert twilio.requests == []
        assert [(s, u) for s, _, u in await rows(app)] == [("pending", True)]


async def test_a_telegram_style_send_cut_by_a_crash_is_sent_again_with_a_warning(
    settings: Settings, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        await app.conversation.handle(hello(clock))
        [item] = await app.outbox.claim_due(10, ["sim"])  # then kill -9, mid-send
    async with open_app(settings, clock, {"sim": channel}) as app:
        clock.advance(LEASE + timedelta(seconds=1))
        with caplog.at_level(logging.WARNING):
            assert await app.sender.drain() == 1
    assert len(channel.sent) == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(f"outbox {item.id} " in w and "may arrive twice" in w for w in warnings)


class SlowChannel:
    """A channel whose provider takes ``seconds`` per message (forever when None)."""

    name: Literal["sim"] = "sim"
    rate_per_second = 0.0

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.started = asyncio.Event()
        self.sent: list[str] = []

    def rendering(self, address: Address) -> str:
        """Render like Telegram."""
        return "telegram"

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Start the call, take a while, then record the message."""
        await last_check(ready)
        self.started.set()
        if self.seconds is None:
            await asyncio.Event().wait()
        await asyncio.sleep(self.seconds or 0)
        self.sent.append(address.value)
        return SendResult(provider_id=f"p{len(self.sent)}")


async def test_sigterm_finishes_the_send_in_flight(settings: Settings, clock: ManualClock) -> None:
    channel = SlowChannel(0.3)
    async with open_app(settings, clock, {"sim": channel}) as app:
        async with running(app):
            await app.receive(hello(clock))
            await asyncio.wait_for(channel.started.wait(), 5)
        # The signal came while the provider was answering: the send finished and counts.
        assert [status for status, _, _ in await rows(app)] == ["sent"]
    assert channel.sent == ["zoe"]


async def test_sigterm_puts_back_a_hung_send_and_leaves_the_queue_queued(
    settings: Settings, clock: ManualClock
) -> None:
    hung = SlowChannel(None)
    configured = settings.model_copy(update={"shutdown_grace_seconds": 0.3})
    async with open_app(configured, clock, {"sim": hung}) as app:
        async with running(app):
            await app.receive(hello(clock))
            await asyncio.wait_for(hung.started.wait(), 5)
            # Zoe's next reply waits behind the one in flight.
            await app.conversation.handle(hello(clock, external_id="m2"))
            stopping = time.monotonic()
        assert time.monotonic() - stopping < 3
        # The one in flight is back in the queue, uncertain; those behind it are untouched.
        first, *queued = await rows(app)
        assert first == ("pending", None, True)
        assert queued
        assert set(queued) == {("pending", None, False)}
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        assert await app.sender.drain() == 1 + len(queued)
    assert len(channel.sent) == 1 + len(queued)


async def test_sigterm_leaves_a_paced_sms_queue_queued_and_the_next_start_sends_each_once(
    settings: Settings, clock: ManualClock, twilio: RecordingTwilioHttp
) -> None:
    # Forty people texted; at one segment a second their replies would take minutes to drain.
    numbers = [f"+1902555{n:04d}" for n in range(40)]
    paced = SmsChannel(
        build_twilio_client(sms_settings(settings), twilio), FROM, PUBLIC_URL, 1, 600
    )
    async with open_app(sms_settings(settings), clock, {"sms": paced}) as app:
        for n, number in enumerate(numbers):
            await app.conversation.handle(
                texted(clock, sid=f"SM-q-{n}").model_copy(
                    update={"address": Address(channel="sms", value=number)}
                )
            )
        async with running(app):
            for _ in range(500):  # the first reply is out, the rest wait for their pace
                if twilio.accepted:
                    break
                await asyncio.sleep(0.01)
            stopping = time.monotonic()  # SIGTERM
        assert time.monotonic() - stopping < 10
        statuses = [status for status, _, _ in await rows(app)]
        sent = len(twilio.accepted)
        # What Twilio has is recorded as sent; everything else is back in the queue, never
        # tried (not uncertain), none left claimed by the stopped process.
        assert 1 <= sent < len(numbers)
        assert statuses.count("sent") == sent
        assert statuses.count("pending") == len(numbers) - sent
        assert {row for row in await rows(app) if row[0] == "pending"} == {
            ("pending", None, False)
        }
    fast = SmsChannel(
        build_twilio_client(sms_settings(settings), twilio), FROM, PUBLIC_URL, 1e3, 600
    )
    async with open_app(sms_settings(settings), clock, {"sms": fast}) as app:
        async with running(app):  # the next start sends the rest at once
            for _ in range(1000):
                if await app.outbox.pending_count() == 0:
                    break
                await asyncio.sleep(0.01)
        assert {status for status, _, _ in await rows(app)} == {"sent"}
    assert twilio.lookups == []  # nothing was uncertain, so nothing was looked up
    assert sorted(len(twilio.bodies(number)) for number in numbers) == [1] * len(numbers)


async def test_a_claim_taken_over_while_waiting_its_turn_is_sent_once(
    settings: Settings, clock: ManualClock, twilio: RecordingTwilioHttp
) -> None:
    # Two segments a second: Amina's reply waits behind Ben's in the SMS pace.
    slow = SmsChannel(
        build_twilio_client(sms_settings(settings), twilio), FROM, PUBLIC_URL, 2, 600
    )
    ben = "+19025550177"
    async with open_app(sms_settings(settings), clock, {"sms": slow}) as app:
        await app.conversation.handle(
            texted(clock).model_copy(
                update={"address": Address(channel="sms", value=ben), "external_id": "SM-b"}
            )
        )
        await app.conversation.handle(texted(clock))
        first = asyncio.create_task(app.sender.drain())
        for _ in range(200):  # Ben's reply is out; Amina's is claimed and waiting its turn
            if twilio.requests:
                break
            await asyncio.sleep(0.01)
        # Its lease runs out meanwhile (a long wave), and another drain takes it over; Twilio
        # is slow to answer, so neither send is settled before the other is due.
        clock.advance(LEASE + timedelta(seconds=1))
        twilio.delay = 2.0
        second = asyncio.create_task(app.sender.drain())
        await asyncio.wait_for(asyncio.gather(first, second), 10)
        assert [status for status, _, _ in await rows(app)] == ["sent", "sent"]
    assert len(twilio.bodies(AMINA)) == 1
    assert len(twilio.bodies(ben)) == 1
