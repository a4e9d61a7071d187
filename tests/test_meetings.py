"""Connector meetings as conversations: offering, finding, requesting, deciding, changing."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from handlers.registration.spoken import language_code, shared
from storage.tables import meetings, slots
from tests.conftest import (
    Transcript,
    choice_number,
    numbered,
    register,
    sent_to,
)


async def offer(chat: Transcript, who: str, day: int, time: str, how: str = "phone",
                extra: str | None = None, weeks: int = 1) -> list[SimMessage]:  # fmt: skip
    """``who`` offers a slot from the main menu; return the final replies."""
    menu = (await chat.say(who, "menu"))[-1]
    await chat.press(who, numbered(menu, "menu:offer"))
    await chat.press(who, day)
    await chat.say(who, time)
    formats = {"in person": 1, "phone": 2, "video": 3}
    await chat.press(who, formats[how])
    if extra is not None:
        await chat.say(who, extra)
    if weeks == 1:
        await chat.press(who, 1)  # just once
    else:
        await chat.say(who, f"{weeks} weeks")
    return await chat.press(who, 1)


async def slot_count(chat: Transcript) -> int:
    """How many open slots exist."""
    async with chat.simulator.app.engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(slots).where(slots.c.status == "open")
        return int((await conn.execute(query)).scalar_one())


async def test_a_connector_offers_a_slot_in_person(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    menu = (await chat.say("ben", "menu"))[-1]
    day = await chat.press("ben", choice_number(menu, "Offer a time"))
    assert day[0].text.startswith("Which day?")
    assert day[0].choices[0].label == "Tue Dec 1"  # today, in Ben's zone (Toronto)
    assert len(day[0].choices) == 14
    time = await chat.press("ben", 2)  # Wed Dec 2
    assert time[0].choices[0].label == "9:00 a.m."
    how = await chat.say("ben", "2:30pm")
    assert how[0].text.startswith("How would you like to meet?\n1. In person")
    await chat.press("ben", 1)
    weeks = await chat.say("ben", "Bridgehead, 366 Bank St")
    assert weeks[0].text.startswith("Just this once")
    summary = await chat.press("ben", 1)
    assert summary[0].text.startswith(
        "Wednesday, December 2 at 2:30 p.m., 30 min, in person: Bridgehead, 366 Bank St."
    )
    done = await chat.press("ben", 1)
    assert done[0].text == "Done: 1 slot offered."
    assert await slot_count(chat) == 1


async def test_a_weekly_offer_typed_in_french_keeps_local_time(chat: Transcript) -> None:
    await register(chat, "lise", connector=True, french=True)
    menu = (await chat.say("lise", "menu"))[-1]
    await chat.press("lise", choice_number(menu, "Offrir une plage"))
    how = await chat.say("lise", "jeudi 12 h")  # day and time at once
    assert how[0].text.startswith("Comment souhaitez-vous vous rencontrer?")
    link = await chat.press("lise", 3)
    assert link[0].text.startswith("Envoyez le lien")
    await chat.press("lise", 1)  # create one
    summary = await chat.say("lise", "4 semaines")
    assert summary[0].text.startswith("jeudi 3 décembre, 12 h 00 et chaque semaine pendant 4")
    assert "https://meet.jit.si/connector-" in summary[0].text
    done = await chat.press("lise", 1)
    assert done[0].text == "C'est fait : 4 plages offertes."
    async with chat.simulator.app.engine.connect() as conn:
        starts = (await conn.execute(sa.select(slots.c.starts_at).order_by(slots.c.id))).scalars()
        hours = [moment.hour for moment in starts]
    assert hours == [17, 17, 17, 17]  # 12:00 in Toronto, standard time, every week


async def test_past_and_overlapping_times_are_refused_with_the_reason(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "10:00")
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", choice_number(menu, "Offer a time"))
    await chat.press("ben", 1)  # today
    past = await chat.say("ben", "8:00")  # it is 9:00 in Toronto
    assert past[0].text == "That time has already passed. Please choose a later one."
    await chat.say("ben", "menu")
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", choice_number(menu, "Offer a time"))
    await chat.press("ben", 2)
    overlap = await chat.say("ben", "10:15")
    assert overlap[0].text == (
        "That overlaps your slot (Wednesday, December 2 at 10:00 a.m.). "
        "Please choose another time."
    )
    assert overlap[1].text.startswith("What time?")


async def find(chat: Transcript, who: str) -> list[SimMessage]:
    """``who`` opens Find a connector (their own field by default); return the results."""
    menu = (await chat.say(who, "menu"))[-1]
    return await chat.press(who, numbered(menu, "menu:find"))


async def book(
    chat: Transcript, who: str, slot: int = 1, note: str | None = None
) -> list[SimMessage]:
    """``who`` finds connectors and asks for the ``slot``-th time listed, with a note if given."""
    await find(chat, who)
    if note is not None:
        await chat.say(who, note)  # a note sent first is kept for the time picked next
    return await chat.press(who, slot)


async def meeting_statuses(chat: Transcript) -> list[str]:
    """Every meeting's status, oldest first."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(sa.select(meetings.c.status).order_by(meetings.c.id))
        return list(rows.scalars())


async def test_request_accept_and_confirmation_on_both_sides(chat: Transcript) -> None:
    await register(chat, "ben", connector=True, style="telegram", city="Halifax", zone=3)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina", french=True, zone="Europe/Paris")
    results = await find(chat, "amina")  # her own field, without being asked
    assert results[0].text.startswith("Votre domaine. Répondez par un numéro (un mot peut suivre)")
    card = results[0].choices[0].label
    assert card == "Ben, Civil engineer : mer. 2 déc., 19 h 00"  # 14:00 in Halifax, her Paris time
    assert "+1" not in results[0].text  # no phone number before a confirmed booking
    sent = await chat.say("amina", "1 Ingénieure civile, je vise le municipal")  # time and note
    to = {message.to: message for message in sent}
    assert to["amina"].text == (
        "Demande envoyée à Ben pour le mercredi 2 décembre, 19 h 00. La réponse arrivera ici."
    )
    request = to["ben"]
    assert request.text == (
        "Amina (Civil engineer) asks to meet you on Wednesday, December 2 at 2:00 p.m. "
        'with a note: "Ingénieure civile, je vise le municipal"'
    )
    assert [c.label for c in request.choices] == ["Accept", "Decline"]
    confirmed = {message.to: message for message in await chat.press("ben", 1)}
    assert confirmed["ben"].text.startswith(
        "Confirmed: you meet Amina on Wednesday, December 2 at 2:00 p.m., by phone."
    )
    assert confirmed["ben"].attachments[0].filename == "meeting.ics"
    assert confirmed["amina"].text == (
        "Confirmé : mercredi 2 décembre, 19 h 00 avec Ben, par téléphone."
    )  # SMS: the compact wording, and no calendar file
    assert confirmed["amina"].attachments == ()
    assert await meeting_statuses(chat) == ["confirmed"]


async def test_decline_tells_the_newcomer_kindly_with_other_times(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    await offer(chat, "ben", 3, "14:00")
    await register(chat, "amina")
    await book(chat, "amina")
    await chat.press("ben", 2)  # Decline
    told = [m for m in chat.recorder.messages[-3:] if m.to == "amina"]
    assert told[0].text.startswith("Ben cannot meet at the time you asked for")
    assert told[1].text.startswith("Other times you could ask for:\n1. Thu Dec 3, 2:00 p.m.")
    again = await chat.press("amina", 1)  # book the other time directly
    assert again[0].text.startswith("Add a short note")
    await chat.press("amina", 1)
    assert await meeting_statuses(chat) == ["declined", "requested"]


async def test_auto_accept_confirms_at_once(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    settings = await chat.press(
        "ben", choice_number((await chat.say("ben", "menu"))[-1], "Requests settings")
    )
    assert settings[0].text.startswith("New requests: open. You accept or decline each request.")
    await chat.press("ben", 2)  # accept automatically
    await register(chat, "amina")
    booked = {message.to: message for message in await book(chat, "amina")}
    assert (
        booked["amina"].text == "Confirmed: Wednesday, December 2 at 2:00 p.m. with Ben, by phone."
    )
    assert booked["ben"].text.startswith(
        "Confirmed: Wednesday, December 2 at 2:00 p.m. with Amina"
    )
    assert await meeting_statuses(chat) == ["confirmed"]


async def test_limits_on_open_requests_and_overlapping_meetings(chat: Transcript) -> None:
    for name in ("ben", "cleo", "dan", "eve"):
        await register(chat, name, connector=True)
        await offer(chat, name, 2, "14:00")
    await register(chat, "amina")
    await book(chat, "amina")
    overlap = await book(chat, "amina")  # the next connector's slot is at the same time
    assert overlap[0].text.startswith("You already have a meeting on Wednesday, December 2")
    await offer(chat, "cleo", 3, "10:00")
    await offer(chat, "dan", 4, "10:00")
    await offer(chat, "eve", 5, "10:00")
    replies: list[SimMessage] = []
    for name in ("Cleo", "Dan", "Eve"):  # each one's second (later) time
        results = (await find(chat, "amina"))[-1]
        times = (await chat.press("amina", numbered(results, "find:times")))[-1]
        assert times.choices[0].label.startswith(f"{name}: ")
        replies = await chat.press("amina", 1)
    assert replies[0].text.startswith("You already have 3 requests waiting for an answer.")
    assert await meeting_statuses(chat) == ["requested", "requested", "requested"]


async def test_a_paused_connector_is_not_offered(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    menu = (await chat.say("ben", "menu"))[-1]
    await chat.press("ben", choice_number(menu, "Requests settings"))
    await chat.press("ben", 1)  # pause
    await register(chat, "amina")
    nobody = await find(chat, "amina")
    assert nobody[0].text.startswith("No connector in your field has open times right now.")


async def test_cancel_with_a_reason_reopens_the_slot_and_tells_the_other_side(
    chat: Transcript,
) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 1, "11:00")  # today, two hours from now
    await register(chat, "amina")
    await book(chat, "amina")
    await chat.press("ben", 1)
    chat.simulator.clock.advance(timedelta(hours=1, minutes=15))
    menu = (await chat.say("amina", "menu"))[-1]
    listed = await chat.press("amina", choice_number(menu, "My meetings"))
    assert listed[0].choices[0].label == "Tue Dec 1, 11:00 a.m., Ben (confirmed)"
    details = await chat.press("amina", 1)
    await chat.press("amina", choice_number(details[0], "Cancel"))
    done = await chat.say("amina", "My daughter is sick")
    assert sent_to(done, "amina")[0].text.startswith("Cancelled. It was very short notice")
    told = sent_to(done, "ben")[0]
    assert told.text == (
        "Short notice: Amina cancelled your meeting (Tuesday, December 1 at 11:00 a.m.). "
        'Reason: "My daughter is sick"'
    )
    assert await meeting_statuses(chat) == ["cancelled"]
    assert await slot_count(chat) == 1  # open again for others


async def test_a_newcomer_moves_a_waiting_request_to_another_time(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    await offer(chat, "ben", 3, "9:30")
    await register(chat, "amina")
    await book(chat, "amina")
    menu = (await chat.say("amina", "menu"))[-1]
    await chat.press("amina", choice_number(menu, "My meetings"))
    details = await chat.press("amina", 1)
    times = await chat.press("amina", choice_number(details[0], "Move"))
    assert times[0].text.startswith("Pick the new time:\n1. Thu Dec 3, 9:30 a.m.")
    proposed = await chat.press("amina", 1)
    assert sent_to(proposed, "amina")[0].text.startswith(
        "New time proposed (Thursday, December 3 at 9:30 a.m.)"
    )
    assert sent_to(proposed, "ben")[0].text.startswith(
        "Amina (Civil engineer) asks to meet you on Thursday, December 3 at 9:30 a.m."
    )
    confirmed = await chat.press("ben", 1)
    assert sent_to(confirmed, "ben")[0].text.startswith(
        "Confirmed: Thursday, December 3 at 9:30 a.m. with Amina"
    )
    assert sent_to(confirmed, "amina")[0].text.startswith("Confirmed: Thursday, December 3")
    assert await slot_count(chat) == 1  # the old time is open again


async def test_past_meetings_cannot_be_changed(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 1, "10:00")
    await register(chat, "amina")
    await book(chat, "amina")
    await chat.press("ben", 1)
    menu = (await chat.say("amina", "menu"))[-1]
    await chat.press("amina", choice_number(menu, "My meetings"))
    chat.simulator.clock.advance(timedelta(hours=1, minutes=5))  # 10:05, it has started
    details = await chat.press("amina", 1)
    assert [c.label for c in details[0].choices] == ["Go to the menu"]


async def test_results_come_three_at_a_time_sharing_a_language_first(chat: Transcript) -> None:
    for name, day in (("ben", 5), ("cleo", 2), ("dan", 3), ("eve", 4)):
        await register(chat, name, connector=True)
        await offer(chat, name, day, "14:00")
    await register(chat, "zoe", connector=True, french=True, languages="français, wolof")
    await offer(chat, "zoe", 1, "16:00")
    await register(chat, "amina", languages="English, Arabic")  # shares English with all but Zoe
    first = await find(chat, "amina")
    assert [c.label.split(",")[0] for c in first[0].choices] == [
        "Cleo", "Dan", "Eve", "More people", "Search options",
    ]  # fmt: skip
    more = await chat.press("amina", 4)
    assert [c.label.split(",")[0] for c in more[0].choices] == ["Ben", "Zoe", "Search options"]
    assert "+1" not in "\n".join(m.text for m in first + more)  # no contact details yet


def test_languages_match_whatever_language_they_were_typed_in() -> None:
    assert language_code("français") == language_code("French") == "fr"
    assert language_code("Arabe") == language_code("arabic") == "ar"
    assert shared(("English", "Arabic"), ("arabe", "wolof"))
    assert not shared(("English",), ("français", "Wolof"))
