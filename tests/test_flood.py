"""One person cannot make the bot spend without limit: floods and unreadable text by SMS."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from storage.tables import channel_addresses
from tests.conftest import Recorder, Transcript, register


@pytest.fixture
async def limited(settings: Settings, clock: ManualClock) -> AsyncIterator[Transcript]:
    """The simulator with the shipped flood limits (12 a minute, 4 unread answers an hour)."""
    shipped = settings.model_copy(update={"inbound_per_minute": 12, "unread_per_hour": 4})
    recorder = Recorder()
    async with Simulator(shipped, clock, recorder) as simulator:
        yield Transcript(simulator, recorder)


async def test_two_hundred_texts_in_four_seconds_get_a_dozen_answers(
    limited: Transcript, clock: ManualClock
) -> None:
    chat = limited
    chat.persona("spam", "sms")
    replies = []
    for n in range(200):
        replies += await chat.say("spam", f"hello {n}")
        clock.set(clock.now() + timedelta(milliseconds=20))
    waits = [m for m in replies if m.text.startswith("You are writing faster")]
    assert len(waits) == 1
    # The first 12 were handled (one reply each here: the language question), then one wait.
    assert len(replies) <= 12 * 2 + 1
    clock.set(clock.now() + timedelta(minutes=1))
    answered = await chat.say("spam", "menu")  # a minute later, answered again
    assert answered
    assert not answered[0].text.startswith("You are writing faster")


async def test_stop_is_honoured_in_the_middle_of_a_flood(
    limited: Transcript, clock: ManualClock
) -> None:
    chat = limited
    chat.persona("spam", "sms")
    for n in range(30):
        await chat.say("spam", f"hello {n}")
    assert await chat.say("spam", "STOP") == []
    async with chat.simulator.app.engine.connect() as conn:
        status = (await conn.execute(sa.select(channel_addresses.c.status))).scalars().all()
    assert "opted_out" in status


async def test_unreadable_text_by_sms_gets_a_few_answers_an_hour(
    limited: Transcript, clock: ManualClock
) -> None:
    chat = limited
    await register(chat, "amina")
    await register(chat, "ben", style="telegram")
    answered = []
    for _ in range(8):
        clock.set(clock.now() + timedelta(minutes=5))  # slow enough for the flood limit
        answered.append(bool(await chat.say("amina", "qwerty")))
    assert answered == [True] * 4 + [False] * 4
    # Telegram costs nothing per message, so it has no such budget.
    assert all([await chat.say("ben", "qwerty") for _ in range(6)])
    clock.set(clock.now() + timedelta(hours=1))
    again = await chat.say("amina", "qwerty")
    assert again[0].text.startswith("Sorry")
    # Words the bot understands are always answered.
    assert await chat.say("amina", "menu")


async def test_unreadable_answers_to_a_question_count_too(
    limited: Transcript, clock: ManualClock
) -> None:
    # Ten garbage texts from an unknown number once drew twenty SMS: the language question's
    # "reply 1 or 2" and the question again, each time.
    chat = limited
    chat.persona("stranger", "sms")
    welcome = await chat.say("stranger", "hi")
    assert len(welcome) == 1
    sent = []
    for n in range(10):
        clock.set(clock.now() + timedelta(minutes=5))  # slow enough for the flood limit
        sent += await chat.say("stranger", f"xq{n}zz")
    segments = sum(message.segments or 0 for message in sent)
    assert len([m for m in sent if m.to == "stranger"]) <= 4 * 2  # four answers an hour at most
    assert segments <= 4 * 2 * 2
    # A real answer to the question is still taken at once.
    assert (await chat.say("stranger", "1"))[0].text.startswith("We keep your name")


async def test_a_person_answering_menus_quickly_is_never_held(
    limited: Transcript, clock: ManualClock
) -> None:
    # Registration alone is about eleven answers, and a quick person taps or types numbers
    # every two seconds: only typed words count towards the limit.
    chat = limited
    await register(chat, "amina", style="telegram")
    await register(chat, "omar", style="sms")
    for name in ("amina", "omar"):
        for _ in range(20):  # well past twelve in a minute, all of them menu answers
            clock.set(clock.now() + timedelta(seconds=2))
            replies = await chat.press(name, 1)
            assert replies, name
            assert not any(m.text.startswith("You are writing faster") for m in replies)
            await chat.say(name, "menu")  # back to the menu (typed: counted, but few)
            clock.set(clock.now() + timedelta(seconds=3))
