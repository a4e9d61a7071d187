"""A Twilio API that accepts the request and never answers, on a real loopback socket.

Fakes that raise ``TimeoutError`` themselves cannot catch a timeout that is never applied: here
the REST client's own HTTP stack meets a server that reads the request and stays silent.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from pydantic import SecretStr

from bot.app import open_app
from bot.channels.base import RenderedMessage, TransientSendError
from bot.channels.sms import SmsChannel, build_twilio_client
from bot.clock import ManualClock, SystemClock
from bot.config import Settings
from bot.serve import serve
from handlers.core.values import Address, Inbound
from storage.tables import outbox
from tests.telegram_server import WAIT, free_port
from tests.test_resilience import ScriptedChannel, hello
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

TIMEOUT = 0.5
# No test may outlive this, hung server or not.
SERVER_LIFETIME = 20.0


class SilentApi:
    """Accepts connections, reads each request, and never answers."""

    def __init__(self) -> None:
        self.requests = 0
        self.arrived = asyncio.Event()
        self._release = asyncio.Event()
        self._server: asyncio.Server | None = None
        self.port = 0

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            self.requests += 1
            self.arrived.set()
            # Silent until the test ends, and never longer than the server's lifetime.
            await asyncio.wait_for(self._release.wait(), SERVER_LIFETIME)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> SilentApi:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._release.set()
        assert self._server is not None
        self._server.close()
        await asyncio.wait_for(self._server.wait_closed(), 5)

    @property
    def base(self) -> str:
        """The API base URL to configure."""
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
async def silent() -> AsyncIterator[SilentApi]:
    """A silent Twilio API on loopback, closed after the test."""
    async with SilentApi() as api:
        yield api


def sms_settings(settings: Settings, api: SilentApi, timeout: float = TIMEOUT) -> Settings:
    """Settings sending SMS to the silent API, with a short timeout."""
    return settings.model_copy(
        update={
            "twilio_account_sid": ACCOUNT_SID,
            "twilio_auth_token": SecretStr(AUTH_TOKEN),
            "twilio_from": FROM,
            "public_url": PUBLIC_URL,
            "twilio_api_base": api.base,
            "sms_request_timeout_seconds": timeout,
        }
    )


async def test_a_send_to_an_api_that_never_answers_fails_as_uncertain_within_the_timeout(
    settings: Settings, silent: SilentApi
) -> None:
    channel = SmsChannel(
        build_twilio_client(sms_settings(settings, silent)), FROM, PUBLIC_URL, 1000, 600
    )
    started = time.monotonic()
    try:
        with pytest.raises(TransientSendError) as raised:
            await asyncio.wait_for(
                channel.send(Address(channel="sms", value="+15145550111"), RenderedMessage("hi")),
                WAIT,
            )
    finally:
        await channel.close()
    assert silent.requests == 1
    assert time.monotonic() - started < TIMEOUT + 2
    # Twilio may have accepted it: wait for its report rather than send again at once.
    assert raised.value.retry_after == 600
    assert raised.value.uncertain


async def test_a_hung_sms_api_does_not_hold_up_other_channels(
    settings: Settings, clock: ManualClock, silent: SilentApi
) -> None:
    configured = sms_settings(settings, silent, timeout=3.0)
    sms = SmsChannel(build_twilio_client(configured), FROM, PUBLIC_URL, 1000, 600)
    sim = ScriptedChannel()
    try:
        async with open_app(configured, clock, {"sms": sms, "sim": sim}) as app:
            # More hung SMS than the sender has places for, queued before the other message.
            for n in range(12):
                await app.conversation.handle(
                    Inbound(
                        address=Address(channel="sms", value=f"+1514555{n:04d}"),
                        external_id=f"SM{n}",
                        received_at=clock.now(),
                        text="hi",
                    )
                )
            await app.conversation.handle(hello(clock))
            drain = asyncio.create_task(app.sender.drain())
            await asyncio.wait_for(sim.arrived.wait(), 1.5)
            assert not drain.done()  # the SMS are still hanging, the other channel went on
            await asyncio.wait_for(drain, WAIT)
            async with app.engine.connect() as conn:
                statuses = (
                    await conn.execute(sa.select(outbox.c.status).where(outbox.c.channel == "sms"))
                ).scalars()
                assert set(statuses) == {"pending"}  # waiting for a report, not lost
    finally:
        await sms.close()
    assert silent.requests == 12


async def test_shutdown_does_not_hang_on_a_silent_twilio_api(
    tmp_path: Path, silent: SilentApi
) -> None:
    bot_port = free_port()
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'sms.db'}",
        public_url=PUBLIC_URL,
        http_port=bot_port,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from=FROM,
        twilio_api_base=silent.base,
        # Twilio would be waited for longer than the shutdown allows.
        sms_request_timeout_seconds=30,
        shutdown_grace_seconds=TIMEOUT * 2,
        sms_segments_per_second=100,
        outbox_poll_seconds=300,
    )
    # A reply left queued by the last run: the start sends it, into the silence.
    clock = SystemClock()  # serve() runs on real time
    async with open_app(settings, clock, {}) as app:
        await app.conversation.handle(
            Inbound(
                address=Address(channel="sms", value="+19025550123"),
                external_id="SM-hang-1",
                received_at=clock.now(),
                text="Bonjour",
            )
        )
    stopped = asyncio.Event()
    bot = asyncio.create_task(serve(settings, stopped))
    try:
        await asyncio.wait_for(silent.arrived.wait(), WAIT)  # handed to Twilio, no answer
    finally:
        stopped.set()  # as SIGTERM does
        started = time.monotonic()
        await asyncio.wait_for(bot, WAIT)
    assert silent.requests == 1
    # Out within the grace period, not the provider's timeout.
    assert time.monotonic() - started < TIMEOUT * 2 + 3
    async with open_app(settings, clock, {}) as app, app.engine.connect() as conn:
        row = (await conn.execute(sa.select(outbox.c.status, outbox.c.uncertain))).one()
    # Back in the queue, marked uncertain: the next start asks Twilio before sending it again.
    assert tuple(row) == ("pending", True)
