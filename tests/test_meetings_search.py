"""Finding a connector: the own field by default, narrowing, ranking over everyone, one pick."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from storage.tables import participants, slots
from tests.conftest import START, Transcript, plain, register, sent_to
from tests.test_meetings import offer
from tests.test_meetings_changes import WAY_IDS, WAYS, ids, pick, said

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

SCIENCES = "2"  # the sector registered by pressing 3 ("Natural and applied sciences")


async def many_english_connectors(chat: Transcript, count: int) -> None:
    """``count`` English-only connectors in the same field, each with a time tomorrow."""
    async with chat.simulator.app.engine.begin() as conn:
        for n in range(count):
            person = await conn.execute(
                sa.insert(participants)
                .values(
                    role="connector",
                    language="en",
                    timezone="America/Toronto",
                    status="active",
                    name=f"Sam{n} Lee",
                    profession="Surveyor",
                    profession_key=" surveyor ",
                    sector=SCIENCES,
                    city="Toronto",
                    city_key=" toronto ",
                    languages_spoken=["en"],
                    created_at=START,
                    updated_at=START,
                )
                .returning(participants.c.id)
            )
            at = START + timedelta(days=1, minutes=30 * n)
            await conn.execute(
                sa.insert(slots).values(
                    connector_id=person.scalar_one(),
                    starts_at=at,
                    ends_at=at + timedelta(minutes=30),
                    format="phone",
                    status="open",
                    created_at=START,
                )
            )


async def slot_in_three_weeks(chat: Transcript, name: str) -> None:
    """The only time ``name`` (a registered connector) offers: three weeks from now."""
    async with chat.simulator.app.engine.begin() as conn:
        who = (
            await conn.execute(sa.select(participants.c.id).where(participants.c.name == name))
        ).scalar_one()
        at = START + timedelta(weeks=3, hours=1)
        await conn.execute(
            sa.insert(slots).values(
                connector_id=who,
                starts_at=at,
                ends_at=at + timedelta(minutes=30),
                format="video",
                link="https://meet.example/z",
                status="open",
                created_at=START,
            )
        )


async def search(chat: Transcript, who: str) -> SimMessage:
    """``who`` opens Find a connector from the menu; return the results."""
    menu = (await chat.say(who, "menu"))[-1]
    return (await pick(chat, who, menu, "menu:find"))[-1]


def names(results: SimMessage) -> list[str]:
    """The first names on a page of results, in order."""
    return [c.label.split(",")[0] for c in results.choices if c.id.startswith("slot:")]


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_french_speaker_narrowed_to_french_sees_only_french_speakers(
    chat: Transcript, style: str
) -> None:
    await many_english_connectors(chat, 35)
    await register(chat, "lise", connector=True, french=True, languages="français",
                   profession="Comptable")  # fmt: skip
    await offer(chat, "lise", 4, "10:00")
    await register(chat, "zoe", connector=True, french=True, languages="français, wolof",
                   profession="Ingénieure en structures")  # fmt: skip
    await slot_in_three_weeks(chat, "Zoe")
    await register(chat, "amina", style=style, french=True, languages="français, arabe",
                   profession="Ingénieure civile")  # fmt: skip
    results = await search(chat, "amina")
    # Ranked over everyone in SQL: French speakers first, the closest profession first of all,
    # however far away their times are.
    assert names(results)[:2] == ["Zoe", "Lise"]
    options = (await pick(chat, "amina", results, "find:options"))[-1]
    # On SMS, "ç" is respelled so the message stays in GSM-7.
    french_label = "Parle francais" if style == "sms" else "Parle français"
    assert [c.label for c in options.choices][:2] == [french_label, "Parle arabe"]
    french = (await pick(chat, "amina", options, "filter:lang:fr"))[-1]
    assert names(french) == ["Zoe", "Lise"]
    assert "mar. 22 déc." in french.choices[0].label  # three weeks away
    assert not any(c.id.startswith("find:more") for c in french.choices)
    sent = await chat.say("amina", "Bonjour Zoe, je suis ingénieure civile")
    assert names(sent_to(sent, "amina")[-1]) == ["Zoe", "Lise"]  # the note is kept
    asked = await chat.press("amina", 1)
    assert plain(sent_to(asked, "zoe")[0]).startswith(
        "Amina (Ingénieure civile) souhaite vous rencontrer le mardi 22"
    )
    assert "Bonjour Zoe, je suis ingénieure civile" in plain(sent_to(asked, "zoe")[0])


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_a_declined_time_is_not_offered_again(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "ben", connector=True, style=style, french=french)
    await offer(chat, "ben", 2, "14:00")
    await offer(chat, "ben", 3, "14:00")
    await register(chat, "amina", style=style, french=french)
    first = await search(chat, "amina")
    request = sent_to(await pick(chat, "amina", first, ids(first)[0]), "ben")[-1]
    await pick(chat, "ben", request, ids(request)[1])  # decline
    again = await search(chat, "amina")
    assert [c.label for c in again.choices if c.id.startswith("slot:")] == [
        said(french, "Ben, Civil engineer: Thu Dec 3, 2:00 p.m.",
             "Ben, Civil engineer : jeu. 3 déc., 14 h")
    ] if style == "sms" else [
        said(french, "Ben, Civil engineer (English, French). Next: Thu Dec 3, 2:00 p.m.",
             "Ben, Civil engineer (anglais, français). Prochaine : jeu. 3 déc., 14 h")
    ]  # fmt: skip
    assert "find:times" not in ids(again)  # Wednesday 14:00 is not offered to her again


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_people_in_any_field_does_not_loop_when_nobody_has_times(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "amina", style=style, french=french)
    none = await search(chat, "amina")
    assert plain(none).startswith(
        said(french, "No connector in your field has open times right now.",
             "Aucun connecteur de votre domaine n'a de plage libre pour l'instant.")
    )  # fmt: skip
    anywhere = (await pick(chat, "amina", none, "find:any"))[-1]
    assert plain(anywhere).startswith(
        said(french, "No connector has open times right now.",
             "Aucun connecteur n'a de plage libre pour l'instant.")
    )  # fmt: skip
    assert ids(anywhere) == ["global:menu"]


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_a_booking_takes_two_messages_from_the_menu(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "ben", connector=True, style=style, french=french)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina", style=style, french=french)
    results = await search(chat, "amina")  # no question about the field first
    assert plain(results).startswith(
        said(french, "Your field. Reply with a number (a note may follow):",
             "Votre domaine. Répondez par un numéro (un mot peut suivre) :")
        if style == "sms"
        else said(french, "Connectors in your field, with their next time.",
                  "Connecteurs de votre domaine, avec leur prochaine plage.")
    )  # fmt: skip
    note = said(french, "I am a civil engineer", "Je suis ingénieure civile")
    if style == "sms":
        asked = await chat.say("amina", f"1 {note}")  # the time and the note at once
    else:
        kept = await chat.say("amina", note)  # sent first, kept for the time tapped next
        assert len(kept) == 1
        asked = await chat.press("amina", 1)
    mine = sent_to(asked, "amina")
    assert len(mine) == 1
    assert plain(mine[0]).startswith(said(french, "Your request", "Demande envoyée à Ben"))
    assert note in plain(sent_to(asked, "ben")[0])


@pytest.mark.parametrize(("style", "french"), WAYS[:2], ids=WAY_IDS[:2])
async def test_narrowing_to_the_city_shows_in_person_times_there(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "ben", connector=True, city="Ottawa")
    await offer(chat, "ben", 2, "14:00", how="in person", extra="Bridgehead, 366 Bank St")
    await register(chat, "cleo", connector=True, city="Ottawa")
    await offer(chat, "cleo", 2, "10:00")  # by phone
    await register(chat, "dan", connector=True, city="Halifax")
    await offer(chat, "dan", 2, "9:00", how="in person", extra="Halifax library")
    await register(chat, "amina", style=style, french=french, city="ottawa")
    results = await search(chat, "amina")
    assert names(results) == ["Cleo", "Ben", "Dan"]  # same city first, then the soonest
    options = (await pick(chat, "amina", results, "find:options"))[-1]
    city = (await pick(chat, "amina", options, "filter:city"))[-1]
    assert names(city) == ["Ben"]
    field = (await pick(chat, "amina", city, "find:options"))[-1]
    other = (await pick(chat, "amina", field, "filter:field"))[-1]
    assert ids(other)[:2] == ["field:any", "sector:0"]  # every field, or one of the ten
    health = (await pick(chat, "amina", other, "sector:3"))[-1]
    assert plain(health).startswith(said(french, "Nobody matches", "Personne ne correspond"))


async def test_a_number_beyond_the_list_is_not_taken_for_a_note(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina")
    await search(chat, "amina")
    wrong = await chat.say("amina", "9 I am a civil engineer")
    assert plain(wrong[0]).startswith("Please pick a time from the list")
    assert sent_to(await chat.press("amina", 1), "ben")[0].text.endswith(
        "2:00 p.m.\n1. Accept\n2. Decline"
    )
