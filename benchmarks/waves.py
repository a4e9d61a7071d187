"""A reminder wave through the running bot and the real channel adapters, against loopback
provider stubs that enforce their rate limits; then a shutdown with a backlog queued."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from pydantic import SecretStr

from benchmarks.floors import TOKEN
from benchmarks.providers import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM,
    StubProvider,
    TelegramStub,
    TwilioStub,
)
from benchmarks.stats import clock
from bot.app import open_app, running
from bot.channels.base import Channel
from bot.channels.sms import SmsChannel, build_twilio_client
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram_service import build_application
from bot.clock import SystemClock
from bot.config import Settings
from storage.seeding import seed_reminder_wave, seed_wave

# Seconds between the app being up and the wave falling due.
LEAD = 2.0


@dataclass(frozen=True)
class ChannelWave:
    """How one channel's share of a wave went."""

    channel: str
    queued: int
    rate: float  # the configured rate (messages, or segments, a second)
    delivered: int
    duplicates: int
    refused: int  # 429s from the stub
    first_after: float  # seconds from the due time to the first send
    drain_rate: float  # messages a second, first send to last

    @classmethod
    def of(
        cls, channel: str, queued: int, rate: float, stub: StubProvider, due: float
    ) -> ChannelWave:
        """Read the stub's counters."""
        first = stub.first_at if stub.first_at is not None else due
        last = stub.last_at if stub.last_at is not None else due
        delivered = len(stub.accepted)
        span = last - first
        return cls(
            channel=channel,
            queued=queued,
            rate=rate,
            delivered=delivered,
            duplicates=sum(stub.accepted.values()) - delivered,
            refused=stub.refused,
            first_after=first - due,
            drain_rate=(delivered - 1) / span if delivered > 1 and span > 0 else 0.0,
        )


@dataclass(frozen=True)
class Shutdown:
    """A stop with a backlog queued: how long it took and what stayed queued."""

    backlog: int
    seconds: float
    still_queued: int


async def _delivered(stubs: list[tuple[StubProvider, int]]) -> None:
    """Wait until each stub has accepted its count of recipients."""
    for stub, count in stubs:
        while len(stub.accepted) < count:
            stub.changed.clear()
            await stub.changed.wait()


async def wave(
    folder: Path, telegram_pairs: int, sms_pairs: int, telegram_rate: float, sms_rate: float
) -> tuple[list[ChannelWave], Shutdown]:
    """Reminders for ``*_pairs`` meetings fall due at once; both sides of each are written to.

    Then a backlog of SMS is queued and the bot is stopped as SIGTERM would.
    """
    telegram_stub, twilio_stub = TelegramStub(telegram_rate), TwilioStub(sms_rate)
    telegram_url, twilio_url = await telegram_stub.start(), await twilio_stub.start()
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'wave.db'}",
        timezone="America/Toronto",
        telegram_token=SecretStr(TOKEN),
        telegram_base_url=telegram_url,
        telegram_rate_per_second=telegram_rate,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=SecretStr(AUTH_TOKEN),
        twilio_from=FROM,
        twilio_api_base=twilio_url,
        public_url="https://bot.example.org",
        sms_segments_per_second=sms_rate,
    )
    system = SystemClock()
    application = build_application(settings)
    assert settings.twilio_from is not None
    sms = SmsChannel(
        build_twilio_client(settings),
        settings.twilio_from,
        str(settings.public_url),
        sms_rate,
        settings.sms_uncertain_retry_seconds,
    )
    queued = {"telegram": 2 * telegram_pairs, "sms": 2 * sms_pairs}
    try:
        async with application.bot as bot:
            channels: dict[str, Channel] = {
                "telegram": TelegramChannel(
                    bot, telegram_rate, settings.telegram_seconds_per_chat
                ),
                "sms": sms,
            }
            async with open_app(settings, system, channels) as app:
                due_at = system.now() + timedelta(seconds=LEAD)
                due = clock() + LEAD
                await seed_reminder_wave(
                    app.engine, system.now(), "telegram", telegram_pairs, due_at
                )
                await seed_reminder_wave(app.engine, system.now(), "sms", sms_pairs, due_at)
                async with running(app):
                    longest = (
                        LEAD
                        + 30
                        + max(queued["telegram"] / telegram_rate, queued["sms"] / sms_rate) * 2
                    )
                    async with asyncio.timeout(longest):
                        await _delivered(
                            [(telegram_stub, queued["telegram"]), (twilio_stub, queued["sms"])]
                        )
                    waves = [
                        ChannelWave.of(name, queued[name], rate, stub, due)
                        for name, rate, stub in (
                            ("telegram", telegram_rate, telegram_stub),
                            ("sms", sms_rate, twilio_stub),
                        )
                    ]
                    backlog = max(20, queued["sms"])
                    await seed_wave(app.engine, system.now(), "sms", backlog)
                    app.sender.wake()
                    await asyncio.sleep(1.0)
                    stopping = clock()
                stopped = clock() - stopping
                shutdown = Shutdown(backlog, stopped, await app.outbox.pending_count())
        return waves, shutdown
    finally:
        await sms.close()
        await telegram_stub.stop()
        await twilio_stub.stop()
