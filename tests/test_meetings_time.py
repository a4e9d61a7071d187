"""Meeting times across daylight-saving changes, and the monthly limit."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from storage.tables import slots
from tests.conftest import Transcript, numbered, register
from tests.test_meetings import book, find, offer


async def test_a_weekly_offer_across_dst_shows_right_on_both_sides(chat: Transcript) -> None:
    # Tuesday 9 March 2027: Toronto moves its clocks on the 14th, Paris only on the 28th.
    chat.simulator.clock.set(datetime(2027, 3, 9, 15, 0, tzinfo=UTC))
    await register(chat, "ben", connector=True)  # Toronto
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", numbered(menu, "menu:offer"))
    await chat.say("ben", "thursday 12:00")
    await chat.press("ben", 2)  # by phone
    await chat.say("ben", "3 weeks")
    done = await chat.press("ben", 1)
    assert done[0].text == "Done: 3 slots offered."
    async with chat.simulator.app.engine.connect() as conn:
        starts = list(
            (await conn.execute(sa.select(slots.c.starts_at).order_by(slots.c.id))).scalars()
        )
    assert [s.hour for s in starts] == [17, 16, 16]  # noon EST, then noon EDT

    await register(chat, "amina", french=True, zone="Europe/Paris")
    first = (await find(chat, "amina"))[-1]
    assert first.choices[0].label.endswith("jeu. 11 mars, 18 h")  # Paris is 6 hours ahead...
    offered = await chat.press("amina", numbered(first, "find:times"))
    assert [c.label for c in offered[0].choices][:2] == [
        "Ben : jeu. 18 mars, 17 h",  # ...then 5, after Toronto's change
        "Ben : jeu. 25 mars, 17 h",  # (Paris changes on the 28th)
    ]
    await register(chat, "raj", zone=7)  # Vancouver changes with Toronto
    first = (await find(chat, "raj"))[-1]
    assert first.choices[0].label.endswith("Thu Mar 11, 9:00 a.m.")
    offered = await chat.press("raj", numbered(first, "find:times"))
    assert [c.label for c in offered[0].choices][:2] == [
        "Ben: Thu Mar 18, 9:00 a.m.",
        "Ben: Thu Mar 25, 9:00 a.m.",
    ]


async def test_a_connector_at_their_monthly_limit_is_not_offered(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    await offer(chat, "ben", 3, "14:00")
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", numbered(menu, "menu:settings"))
    asked = await chat.press("ben", 3)
    assert asked[0].text.startswith("At most how many meetings a month?")
    settings = await chat.say("ben", "1")
    assert "At most 1 meeting a month." in settings[0].text
    await register(chat, "amina")
    await book(chat, "amina")
    await register(chat, "lea")
    nobody = await find(chat, "lea")
    assert nobody[0].text.startswith("No connector in your field has open times right now.")
