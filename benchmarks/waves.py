"""A reminder wave drained through the real channel adapters against rate-enforcing stubs."""

from __future__ import annotations

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
from bot.channels.base import Channel
from bot.channels.sms import SmsChannel, build_twilio_client
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram_service import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.i18n import Catalogue
from bot.sender import OutboxSender
from storage.db import create_engine, migrate
from storage.outbox import OutboxStore
from storage.seeding import seed_wave


@dataclass(frozen=True)
class ChannelWave:
    """How one channel's share of a wave went."""

    channel: str
    queued: int
    rate: float  # the configured rate (messages, or segments, a second)
    delivered: int
    duplicates: int
    refused: int  # 429s from the stub
    first_after: float  # seconds from the start of the drain to the first send
    drain_rate: float  # messages a second, first send to last

    @classmethod
    def of(
        cls, channel: str, queued: int, rate: float, stub: StubProvider, began: float
    ) -> ChannelWave:
        """Read the stub's counters."""
        first = stub.first_at if stub.first_at is not None else began
        last = stub.last_at if stub.last_at is not None else began
        delivered = len(stub.accepted)
        span = last - first
        return cls(
            channel=channel,
            queued=queued,
            rate=rate,
            delivered=delivered,
            duplicates=sum(stub.accepted.values()) - delivered,
            refused=stub.refused,
            first_after=first - began,
            drain_rate=(delivered - 1) / span if delivered > 1 and span > 0 else 0.0,
        )


async def wave(
    folder: Path, telegram: int, sms: int, telegram_rate: float, sms_rate: float
) -> list[ChannelWave]:
    """Queue ``telegram`` and ``sms`` messages at once, drain them, and read the stubs."""
    telegram_stub, twilio_stub = TelegramStub(telegram_rate), TwilioStub(sms_rate)
    telegram_url, twilio_url = await telegram_stub.start(), await twilio_stub.start()
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'wave.db'}",
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
    engine = create_engine(settings.database_url)
    system = SystemClock()
    application = build_application(settings)
    assert settings.twilio_from is not None
    sms_channel = SmsChannel(
        build_twilio_client(settings),
        settings.twilio_from,
        str(settings.public_url),
        sms_rate,
        600,
    )
    try:
        await migrate(engine)
        await seed_wave(engine, system.now(), "telegram", telegram)
        await seed_wave(engine, system.now(), "sms", sms)
        async with application.bot as bot:
            channels: dict[str, Channel] = {
                "telegram": TelegramChannel(
                    bot, telegram_rate, settings.telegram_seconds_per_chat
                ),
                "sms": sms_channel,
            }
            outbox = OutboxStore(engine, system, timedelta(minutes=2))
            sender = OutboxSender(
                outbox, Catalogue(), channels, system, batch=settings.outbox_batch
            )
            began = clock()
            await sender.drain()
        return [
            ChannelWave.of("telegram", telegram, telegram_rate, telegram_stub, began),
            ChannelWave.of("sms", sms, sms_rate, twilio_stub, began),
        ]
    finally:
        await sms_channel.close()
        await engine.dispose()
        await telegram_stub.stop()
        await twilio_stub.stop()
