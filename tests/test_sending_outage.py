"""Provider outages: nothing is dropped while it is still useful, and coordinators hear about
what could not be delivered, and to whom."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.app import open_app
from bot.channels.base import (
    PermanentSendError,
    Ready,
    RenderedMessage,
    SendResult,
    TransientSendError,
)
from bot.channels.simulator import SimulatorChannel
from bot.clock import ManualClock
from bot.config import Settings
from handlers.core.values import Address
from storage.tables import outbox
from tests.conftest import Transcript, register, sent_to
from tests.test_reminders import clock as clock_to
from tests.test_reminders import confirmed_meeting
from tests.test_resilience import ScriptedChannel, hello

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


def failing_for(
    monkeypatch: pytest.MonkeyPatch, channel: SimulatorChannel, who: str, error: Exception
) -> None:
    """Every message to ``who`` fails with ``error``; the others go through."""
    send = channel.send

    async def maybe_fail(
        address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        if address.value == who:
            raise error
        return await send(address, message, ready)

    monkeypatch.setattr(channel, "send", maybe_fail)


async def test_an_outage_of_hours_loses_nothing(settings: Settings, clock: ManualClock) -> None:
    # Down for about four hours: far more than the eight attempts that used to drop it.
    channel = ScriptedChannel([TransientSendError("provider down") for _ in range(20)])
    async with open_app(settings, clock, {"sim": channel}) as app:
        await app.conversation.handle(hello(clock))
        for _ in range(21):
            await app.sender.drain()
            clock.advance(timedelta(minutes=15))
        async with app.engine.connect() as conn:
            row = (await conn.execute(sa.select(outbox.c.status, outbox.c.attempts))).one()
    assert (row.status, row.attempts) == ("sent", 21)
    assert len(channel.sent) == 1


async def test_a_reminder_that_cannot_arrive_before_the_meeting_is_given_up_and_reported(
    chat: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register(chat, "coord", style="telegram")
    await confirmed_meeting(chat)  # Thursday Dec 3, 14:00 Toronto
    failing_for(monkeypatch, chat.simulator.channel, "amina", TransientSendError("down"))
    at_one = await clock_to(chat, "2026-12-03T13:00")  # the one-hour reminder
    assert [m.to for m in at_one] == ["ben"]
    assert await clock_to(chat, "2026-12-03T13:30") == []  # still retrying
    at_two = await clock_to(chat, "2026-12-03T14:01")  # the meeting has started
    assert [m.to for m in at_two] == ["coord"]
    assert at_two[0].text == (
        "A message could not be delivered (the service refused it, or it was no longer "
        "useful): Amina (sim). Please contact them another way."
    )
    later = await clock_to(chat, "2026-12-03T18:00")
    assert sent_to(later, "coord") == []  # given up once, reported once


async def test_a_refused_message_is_reported_to_coordinators_in_their_language(
    chat: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register(chat, "coord", french=True)
    await register(chat, "amina")
    failing_for(monkeypatch, chat.simulator.channel, "amina", PermanentSendError("bad request"))
    replies = await chat.say("amina", "menu")
    told = sent_to(replies, "coord")
    assert [m.text for m in told] == [
        "Un message n'a pas été transmis (refusé par le service, ou devenu inutile) : "
        "Amina (sim). Merci de joindre ces personnes autrement."
    ]


async def test_an_opt_out_is_not_reported(
    chat: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register(chat, "coord")
    await register(chat, "amina")
    failing_for(
        monkeypatch,
        chat.simulator.channel,
        "amina",
        PermanentSendError("opted out", "opted_out"),
    )
    assert await chat.say("amina", "menu") == []
