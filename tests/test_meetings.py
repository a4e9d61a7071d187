"""Connector meetings as conversations: offering, finding, requesting, deciding, changing."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from bot.i18n import Rendering
from handlers.core.values import Address, Inbound
from handlers.registration.spoken import language_code, shared
from storage.tables import channel_addresses, meetings, outbox, slots
from tests.conftest import (
    Transcript,
    body,
    calendar,
    choice_number,
    labels,
    numbered,
    register,
    sent_to,
    texts,
    wording,
)


async def offer(chat: Transcript, who: str, day: int, time: str, how: str = "phone",
                extra: str | None = None, weeks: int = 1,
                number: str | None = None) -> list[SimMessage]:  # fmt: skip
    """``who`` offers a slot from the main menu; return the final replies.

    ``day`` is a position in the list of days (1 is today); it reads the same on SMS and on
    Telegram, as do the other choices, pressed by position. ``number``: the phone number to
    call typed where one is asked (else "No number").
    """
    await chat.say(who, "menu")
    await chat.pick(who, "menu:offer")
    await chat.press(who, day)
    await chat.say(who, time)
    formats = {"in person": 1, "phone": 2, "video": 3}
    asked = await chat.press(who, formats[how])
    if any(choice.id == "phone:none" for choice in asked[-1].choices):  # no number known yet
        if number is not None:
            await chat.say(who, number)
        else:
            await chat.pick(who, "phone:none")  # no number: they write through the bot first
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
    assert summary[0].text.startswith("Le jeudi 3 décembre à 12 h et chaque semaine pendant 4")
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


@pytest.mark.parametrize(
    ("ben_style", "amina_style"),
    [("telegram", "sms")],
    ids=["connector-telegram-newcomer-sms"],
)
async def test_request_accept_and_confirmation_on_both_sides(
    chat: Transcript, ben_style: str, amina_style: str
) -> None:
    await register(chat, "ben", connector=True, style=ben_style, city="Halifax", zone=3)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina", style=amina_style, french=True, zone="Europe/Paris")
    results = await find(chat, "amina")  # her own field, without being asked
    assert body(results[0]).startswith(
        wording(
            results[0],
            sms="Votre domaine. Répondez par un numéro (un mot peut suivre)",
            telegram="Connecteurs de votre domaine, avec leur prochaine plage.",
        )
    )
    card = results[0].choices[0].label
    assert card == "Ben, Civil engineer : mer. 2 déc., 19 h" or card == (
        "Ben, Civil engineer (anglais, français). Prochaine plage\u00a0: mer. 2 déc., 19 h"
    )  # 14:00 in Halifax, her Paris time
    assert "+1" not in results[0].text  # no phone number before a confirmed booking
    sent = await chat.say("amina", "1 Ingénieure civile, je vise le municipal")  # time and note
    to = {message.to: message for message in sent}
    assert body(to["amina"]) == (
        "Demande envoyée à Ben pour le mercredi 2 décembre à 19 h. Vous recevrez sa réponse ici."
    )
    request = to["ben"]
    assert body(request) == (
        "Amina (Civil engineer) asks to meet you on Wednesday, December 2 at 2:00 p.m. "
        'with a note: "Ingénieure civile, je vise le municipal"'
    )
    assert labels(request) == ["Accept", "Decline"]

    confirmed = {message.to: message for message in await chat.pick("ben", "accept:")}
    # Each in their own language and time zone; the compact wording and no file on SMS, the
    # full wording and a calendar file on Telegram.
    ben_sees, amina_sees = confirmed["ben"], confirmed["amina"]
    assert body(ben_sees) == wording(
        ben_sees,
        sms="Confirmed: Wednesday, December 2 at 2:00 p.m. with Amina, by phone. "
        "To write to Amina: WRITE 1 and your message.",
        telegram="Confirmed: you meet Amina on Wednesday, December 2 at 2:00 p.m., by phone. "
        "You can write to Amina through the bot with the button below.\n"
        "The calendar file adds it to your calendar.",
    )
    assert body(amina_sees) == wording(
        amina_sees,
        sms="Confirmé : Ben, le mercredi 2 décembre à 19 h, par téléphone. "
        "Pour écrire à Ben : ECRIRE 1 et votre message.",
        telegram="C'est confirmé\u00a0: vous rencontrez Ben le mercredi 2 décembre à 19 h, "
        "par téléphone. Vous pouvez écrire à Ben par le bot avec le bouton ci-dessous.\n"
        "Pour l'ajouter à votre agenda, ouvrez le fichier joint.",
    )
    # Neither gave a number, so they write through the bot: a button on Telegram (by SMS the
    # command above, since an option would replace the last menu).
    for seen, button in ((ben_sees, "Message Amina"), (amina_sees, "Écrire à Ben")):
        assert labels(seen) == ([] if seen.style == "sms" else [button])
    titles = {"ben": "Connector meeting with Amina", "amina": "Rencontre Connecteur avec Ben"}
    for name, style in (("ben", ben_style), ("amina", amina_style)):
        event = calendar(confirmed[name])
        if style == "sms":
            assert event == ""
        else:
            assert "METHOD:PUBLISH" in event
            assert "DTSTART:20261202T180000Z" in event  # 14:00 in Halifax, 19:00 in Paris
            assert "DTEND:20261202T183000Z" in event
            assert f"SUMMARY:{titles[name]}" in event
            # The file is named in its reader's language too.
            files = {"ben": "meeting.ics", "amina": "rencontre.ics"}
            assert [a.filename for a in confirmed[name].attachments] == [files[name]]
    assert await meeting_statuses(chat) == ["confirmed"]


async def test_decline_tells_the_newcomer_kindly_with_other_times(
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True, style=style)
    await offer(chat, "ben", 2, "14:00")
    await offer(chat, "ben", 3, "14:00")
    await register(chat, "amina", style=style)
    await book(chat, "amina")
    declined = await chat.pick("ben", "decline:")
    assert body(sent_to(declined, "ben")[0]) == (
        "Declined. We let them know kindly and suggested your other times."
    )
    told = sent_to(declined, "amina")
    assert body(told[0]) == (
        "Ben cannot meet at the time you asked for (Wednesday, December 2 at 2:00 p.m.). "
        "Don't be discouraged: it is usually about timing."
    )
    assert body(told[1]) == "Other times you could ask for:"
    assert labels(told[1]) == ["Thu Dec 3, 2:00 p.m.", "Find another connector", "Go to the menu"]
    again = await chat.pick("amina", "book:")  # book the other time directly
    assert body(again[0]).startswith("Add a short note")
    await chat.pick("amina", "note:none")
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
    assert booked["amina"].text == (
        "Confirmed: Wednesday, December 2 at 2:00 p.m. with Ben, by phone. "
        "To write to Ben: WRITE 1 and your message."
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
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True, style=style)
    await offer(chat, "ben", 1, "11:00")  # today, two hours from now
    await register(chat, "amina", style=style)
    await book(chat, "amina")
    await chat.pick("ben", "accept:")
    chat.simulator.clock.advance(timedelta(hours=1, minutes=15))
    await chat.say("amina", "menu")
    listed = (await chat.pick("amina", "menu:meetings"))[0]
    assert body(listed) == "Your upcoming meetings:"
    assert labels(listed) == ["Tue Dec 1, 11:00 a.m., Ben (confirmed)", "Go to the menu"]
    details = (await chat.pick("amina", "meeting:"))[0]
    assert body(details) == "Tuesday, December 1 at 11:00 a.m. with Ben: confirmed."
    assert labels(details) == [
        "Move to another time", "Cancel the meeting", "Message Ben", "Go to the menu",
    ]  # fmt: skip
    asked = (await chat.pick("amina", "cancel:"))[0]
    assert body(asked) == (
        'Cancel this meeting? You can add a reason for them, or choose "No reason".'
    )
    assert labels(asked) == ["No reason"]
    done = await chat.say("amina", "My daughter is sick")
    assert body(sent_to(done, "amina")[0]) == (
        "Cancelled. It was very short notice, so we told them right away."
    )
    told = sent_to(done, "ben")[0]
    assert body(told) == (
        "Short notice: Amina cancelled your meeting (Tuesday, December 1 at 11:00 a.m.). "
        'Reason: "My daughter is sick"'
    )
    # On Telegram a calendar file takes the meeting out of Ben's calendar; SMS carries none.
    if style == "sms":
        assert calendar(told) == ""
    else:
        assert "METHOD:CANCEL" in calendar(told)
        assert "STATUS:CANCELLED" in calendar(told)
    assert await meeting_statuses(chat) == ["cancelled"]
    assert await slot_count(chat) == 1  # open again for others


async def test_a_newcomer_moves_a_waiting_request_to_another_time(chat: Transcript) -> None:
    style = "sms"  # its assertions read the numbered list
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    await offer(chat, "ben", 3, "9:30")
    await register(chat, "amina", style=style)
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
    asked = sent_to(proposed, "ben")[0]
    assert body(asked) == (
        "Amina (Civil engineer) asks to meet you on Thursday, December 3 at 9:30 a.m."
    )
    assert labels(asked) == ["Accept", "Decline"]
    confirmed = await chat.pick("ben", "accept:")
    for name, other in (("ben", "Amina"), ("amina", "Ben")):
        told = sent_to(confirmed, name)[0]
        assert body(told) == wording(
            told,
            sms=f"Confirmed: Thursday, December 3 at 9:30 a.m. with {other}, by phone. "
            f"To write to {other}: WRITE 1 and your message.",
            telegram=f"Confirmed: you meet {other} on Thursday, December 3 at 9:30 a.m., "
            f"by phone. You can write to {other} through the bot with the button below.\n"
            "The calendar file adds it to your calendar.",
        )
        if style == "telegram":  # the new time replaces the old one in their calendars
            assert "DTSTART:20261203T143000Z" in calendar(told)
        else:
            assert calendar(told) == ""
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
    # Only writing to Ben is left (the relay stays open a week after the meeting).
    assert [c.label for c in details[0].choices] == ["Message Ben", "Go to the menu"]


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


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_time_withdrawn_after_the_list_was_shown_is_no_dead_end(
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", day=2, time="10:00")
    await register(chat, "amina", style=style)
    results = await find(chat, "amina")
    assert results[-1].choices[0].id.startswith("slot:")
    async with chat.simulator.app.engine.begin() as conn:  # Ben withdraws it meanwhile
        await conn.execute(sa.update(slots).values(status="withdrawn"))
    gone = await chat.press("amina", 1)
    assert "no longer" in texts(gone).lower() or "gone" in texts(gone).lower()
    assert gone[-1].choices  # something to do next, never a question with nothing to pick


async def test_an_sms_newcomer_is_never_given_a_telegram_link_and_knows_who_calls(
    chat: Transcript,
) -> None:
    """Amina reads by SMS on a basic phone; Ben uses Telegram and gave no number."""
    await register(chat, "ben", connector=True, style="telegram")
    await offer(chat, "ben", 2, "14:00")  # by phone
    await register(chat, "amina", french=True)
    await book(chat, "amina")
    from tests.test_coordination import person_id

    ben, amina = await person_id(chat, "ben"), await person_id(chat, "amina")
    app = chat.simulator.app
    async with app.engine.begin() as conn:  # their real addresses, as the channels record them
        for who, channel, value in ((ben, "telegram", "5001"), (amina, "sms", "+16135550123")):
            await conn.execute(
                sa.update(channel_addresses)
                .where(channel_addresses.c.participant_id == who)
                .values(channel=channel, value=value)
            )
    async with app.engine.connect() as conn:
        meeting_id = (await conn.execute(sa.select(meetings.c.id))).scalar_one()
    await app.conversation.handle(
        Inbound(address=Address(channel="telegram", value="5001"), external_id="tap-1",
                received_at=chat.simulator.clock.now(), choice=f"accept:{meeting_id}")
    )  # fmt: skip
    async with app.engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.select(outbox.c.channel, outbox.c.payload).order_by(outbox.c.id.desc()).limit(2)
            )
        ).all()
    told = {channel: json.loads(payload) for channel, payload in rows}
    to_amina = json.dumps(told["sms"])
    assert "tg://" not in to_amina  # a basic phone cannot open it
    assert '"contact": "calls-you"' in to_amina  # "Ben vous appellera à ce numéro."
    assert '"contact": "+16135550123"' in json.dumps(told["telegram"])  # Ben has her number
    rendered = app.catalogue.render(
        "booking-confirmed",
        {"when": "jeudi", "name": "Ben", "format": "par téléphone", "where": "none",
         "contact": "calls-you"},
        Rendering(language="fr", timezone="UTC", channel="sms"),
    )  # fmt: skip
    assert rendered.endswith("par téléphone. Ben vous appellera à ce numéro.")


async def test_a_telegram_connector_gives_the_number_to_call_once_and_only_they_get_it(
    chat: Transcript,
) -> None:
    await register(chat, "ben", connector=True, style="telegram")
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:offer")
    await chat.press("ben", 2)
    await chat.say("ben", "14:00")
    asked = (await chat.press("ben", 2))[-1]  # by phone
    assert body(asked).startswith("What number should newcomers call for phone meetings?")
    assert labels(asked) == ["Share my phone number", "No number"]
    wrong = await chat.say("ben", "call me")
    assert texts(wrong).startswith("That is not a phone number. Type one such as 613-555-0100")
    weeks = await chat.say("ben", "613-555-0100")
    assert body(weeks[-1]).startswith("Just this once")
    await chat.press("ben", 1)  # once
    await chat.press("ben", 1)  # confirm
    # Kept: the next meeting by phone does not ask again.
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:offer")
    await chat.press("ben", 3)
    await chat.say("ben", "10:00")
    assert "What number" not in texts(await chat.press("ben", 2))
    await chat.say("ben", "menu")  # leaves that offer unfinished

    await register(chat, "amina", french=True)  # by SMS
    found = await book(chat, "amina")
    assert "555" not in texts(found)  # never before the confirmation
    confirmed = await chat.pick("ben", "accept:")
    assert "Appelez Ben au +16135550100." in body(sent_to(confirmed, "amina")[0])
    assert "Amina will call you at your number." in body(sent_to(confirmed, "ben")[0])

    # Changed in the menu: the next newcomer he confirms gets the new number.
    await chat.say("ben", "menu")
    current = await chat.pick("ben", "menu:share-phone")
    assert body(current[-1]).startswith("Your phone number: +16135550100.")
    changed = await chat.say("ben", "902 555 0123")
    assert texts(sent_to(changed, "ben")).startswith("Thank you!")
    # Amina, whose meeting with him is confirmed, is told the new number at once.
    told = sent_to(changed, "amina")
    assert [body(m) for m in told] == [
        "Nouveau numéro de Ben pour votre rencontre du mer. 2 déc., 14 h : +19025550123. "
        "L'ancien ne sert plus."
    ]
    await chat.pick("ben", "menu:offer")
    await chat.press("ben", 3)
    await chat.say("ben", "10:00")
    assert "What number" not in texts(await chat.press("ben", 2))  # by phone
    await chat.press("ben", 1)  # once
    await chat.press("ben", 1)  # confirm
    await register(chat, "omar")
    await book(chat, "omar")
    confirmed = await chat.pick("ben", "accept:")
    assert "Call Ben at +19025550123." in body(sent_to(confirmed, "omar")[0])


async def test_an_sms_connector_is_not_asked_for_the_number_they_write_from(
    chat: Transcript,
) -> None:
    await register(chat, "ben", connector=True)
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:offer")
    await chat.press("ben", 2)
    await chat.say("ben", "14:00")
    assert "What number" not in texts(await chat.press("ben", 2))


async def test_a_number_taken_back_reaches_the_newcomer_of_a_confirmed_meeting(
    chat: Transcript,
) -> None:
    await register(chat, "ben", connector=True, style="telegram")
    await offer(chat, "ben", 2, "14:00", number="613-555-0100")
    await register(chat, "amina", french=True)  # by SMS
    await book(chat, "amina")
    await chat.pick("ben", "accept:")
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:share-phone")
    removed = await chat.pick("ben", "phone:remove")
    told = sent_to(removed, "amina")
    assert len(told) == 1
    assert body(told[0]).startswith("Ben ne donne plus de numéro pour votre rencontre du")
    assert "ECRIRE 1 et votre message" in told[0].text
