"""Nothing a person says is lost or answered twice, across duplicates, crashes and restarts."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Literal

import pytest
import sqlalchemy as sa

from bot.app import open_app, running
from bot.channels.base import (
    PermanentSendError,
    Ready,
    RenderedMessage,
    SendResult,
    TransientSendError,
    last_check,
)
from bot.clock import ManualClock
from bot.config import Settings
from handlers.core.conversation import Outcome
from handlers.core.values import Address, Inbound
from storage.tables import channel_addresses, outbox
from tests.conftest import Transcript

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

# The outbox lease of the default settings.
LEASE = timedelta(seconds=Settings.model_fields["outbox_lease_seconds"].default)


class ScriptedChannel:
    """A channel whose sends fail as scripted, recording what got through."""

    name: Literal["sim"] = "sim"
    rate_per_second = 0.0

    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.failures = list(failures or [])
        self.sent: list[tuple[str, str]] = []
        self.arrived = asyncio.Event()

    def rendering(self, address: Address) -> str:
        """Render like Telegram."""
        return "telegram"

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Fail if a failure is scripted, else record the message."""
        await last_check(ready)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((address.value, message.text))
        self.arrived.set()
        return SendResult(provider_id=f"p{len(self.sent)}")


def hello(clock: ManualClock, who: str = "zoe", external_id: str = "m1") -> Inbound:
    """A first message from ``who``."""
    return Inbound(
        address=Address(channel="sim", value=who),
        external_id=external_id,
        received_at=clock.now(),
        text="hello",
    )


async def test_restart_in_the_middle_of_registration_resumes_the_same_question(
    chat: Transcript,
) -> None:
    asked = await chat.to_name_question("ana")
    assert asked[0].text.startswith("What name should people see?")
    await chat.line(":restart")
    after = await chat.say("ana", "Ana")
    assert after[0].text.startswith("What is your profession")


async def test_the_same_inbound_delivered_twice_gets_one_reply(chat: Transcript) -> None:
    chat.persona("dup", "sms")
    first = await chat.say("dup", "hello", external_id="sms-1")
    again = await chat.say("dup", "hello", external_id="sms-1")
    assert len(first) == 1
    assert again == []


async def test_concurrent_duplicates_are_processed_once(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        results = await asyncio.gather(*(app.receive(hello(clock)) for _ in range(5)))
        await app.sender.drain()
    assert sorted(results) == [Outcome.DUPLICATE] * 4 + [Outcome.PROCESSED]
    assert len(channel.sent) == 1


async def test_many_people_at_once_are_all_answered(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        people = [hello(clock, f"p{n}", f"m{n}") for n in range(25)]
        outcomes = await asyncio.gather(*(app.receive(m) for m in people))
        assert set(outcomes) == {Outcome.PROCESSED}
        await app.sender.drain()
    assert sorted(to for to, _ in channel.sent) == sorted(f"p{n}" for n in range(25))


async def test_a_crash_after_commit_but_before_send_delivers_once_after_restart(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        assert await app.conversation.handle(hello(clock)) is Outcome.PROCESSED
    assert channel.sent == []  # the process died before the sender ran
    async with open_app(settings, clock, {"sim": channel}) as app:
        assert await app.sender.drain() == 1
        assert await app.sender.drain() == 0
    assert len(channel.sent) == 1
    assert channel.sent[0][1].startswith("Welcome to Connector")


async def test_a_claim_abandoned_by_a_crash_is_retried_after_its_lease(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        await app.conversation.handle(hello(clock))
        assert len(await app.outbox.claim_due(10, ["sim"])) == 1  # then the sender dies
    async with open_app(settings, clock, {"sim": channel}) as app:
        assert await app.sender.drain() == 0  # still leased to the dead sender
        clock.advance(LEASE + timedelta(seconds=1))
        assert await app.sender.drain() == 1
    assert len(channel.sent) == 1


async def test_transient_failures_retry_with_backoff_and_keep_order(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel([TransientSendError("timeout")])
    async with open_app(settings, clock, {"sim": channel}) as app:
        await app.conversation.handle(hello(clock))
        await app.conversation.handle(
            Inbound(
                address=Address(channel="sim", value="zoe"),
                external_id="m2",
                received_at=clock.now(),
                text="English",
            )
        )
        await app.sender.drain()
        assert channel.sent == []  # the second reply waits behind the first
        clock.advance(timedelta(seconds=4))
        await app.sender.drain()
        assert channel.sent == []
        clock.advance(timedelta(seconds=2))
        await app.sender.drain()
    assert [text.split("\n")[0] for _, text in channel.sent] == [
        "Welcome to Connector, where newcomers meet professionals in their field.",
        "Before we start: we keep your name, profession, sector, city and languages so we can "
        "suggest contacts. We share your name and contact details only with people you agree "
        "to meet, and programme coordinators can see your profile. You can ask us to delete "
        "it at any time.",
    ]


async def test_a_permanent_failure_marks_the_address_unreachable_until_they_write_again(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel([PermanentSendError("blocked", "unreachable")])
    async with open_app(settings, clock, {"sim": channel}) as app:
        await app.conversation.handle(hello(clock))
        await app.sender.drain()
        async with app.engine.connect() as conn:
            status = (await conn.execute(sa.select(channel_addresses.c.status))).scalar_one()
            failed = (await conn.execute(sa.select(outbox.c.status))).scalar_one()
        assert (status, failed) == ("unreachable", "failed")
        # Writing again (after unblocking the bot) makes them reachable again: the answer to
        # this message goes out, and nothing is left pending for ever.
        await app.conversation.handle(hello(clock, external_id="m2"))
        answered = await app.sender.drain()
        assert answered >= 1
        async with app.engine.connect() as conn:
            status = (await conn.execute(sa.select(channel_addresses.c.status))).scalar_one()
            left = await conn.scalar(
                sa.select(sa.func.count()).select_from(outbox).where(outbox.c.status == "pending")
            )
            dropped = (
                await conn.execute(
                    sa.select(outbox.c.last_error).where(outbox.c.status == "failed")
                )
            ).scalar_one()
        assert (status, left) == ("ok", 0)
        assert dropped is not None  # the first reply, dropped with its reason
        assert "blocked" in dropped
        assert (await app.health.report())["ok"]
    assert len(channel.sent) == answered


async def test_a_running_bot_replies_promptly_and_a_reply_queued_at_shutdown_waits_for_restart(
    settings: Settings, clock: ManualClock
) -> None:
    channel = ScriptedChannel()
    async with open_app(settings, clock, {"sim": channel}) as app:
        async with running(app):
            await app.receive(hello(clock))
            await asyncio.wait_for(channel.arrived.wait(), timeout=10)
            # Committed without waking the sender, as if shutdown began right after.
            await app.conversation.handle(hello(clock, "yan", "m9"))
        # Shutdown sends nothing new: Yan's reply stays queued, not lost.
        assert await app.outbox.pending_count() == 1
    assert [to for to, _ in channel.sent] == ["zoe"]
    # The next start sends it at once, and once.
    async with open_app(settings, clock, {"sim": channel}) as app:
        channel.arrived.clear()
        async with running(app):
            await asyncio.wait_for(channel.arrived.wait(), timeout=10)
        assert await app.outbox.pending_count() == 0
    assert [to for to, _ in channel.sent] == ["zoe", "yan"]
