"""Data rights: a copy of what is stored, and erasure that leaves nothing identifying."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from storage.tables import meetings, metadata, participants
from tests.conftest import Transcript, confirmed, register, sent_to, texts
from tests.test_coordination import command, coordinator, person_id
from tests.test_meetings import book, offer

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

# What Quibbleton typed or is known by: none of it may survive an erasure, in any table.
IDENTIFYING = ("quibbleton", "glassblower", "puddingham", "zanzibar")


async def every_stored_value(chat: Transcript) -> str:
    """Every value of every row of every table in the metadata, as one lowercase text."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = [
            repr(tuple(row))
            for table in metadata.sorted_tables
            for row in (await conn.execute(sa.select(table))).all()
        ]
    return "\n".join(rows).casefold()


async def a_confirmed_meeting(chat: Transcript, style: str) -> None:
    """Ben (Telegram) offers a time; Quibbleton asks for it with a note; Ben accepts."""
    await register(chat, "ben", connector=True, style="telegram", city="Halifax")
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "quibbleton", style=style, profession="Glassblower of oddities",
                   city="Puddingham")  # fmt: skip
    await book(chat, "quibbleton", note="Zanzibar marmalade question")
    await chat.pick("ben", "accept:")


async def test_my_data_by_sms_is_a_summary_with_a_follow_up_offer(chat: Transcript) -> None:
    await a_confirmed_meeting(chat, "sms")
    await coordinator(chat, "telegram")
    await chat.say("quibbleton", "menu")
    copy = await chat.pick("quibbleton", "menu:my-data")
    assert copy[0].text.startswith(
        "Stored about you: name Quibbleton, profession Glassblower of oddities, city "
        "Puddingham, 1 meeting,"
    )
    assert copy[0].attachments == ()  # files do not travel by SMS
    asked = await chat.pick("quibbleton", "datahelp:ask")
    quibbleton = await person_id(chat, "quibbleton")
    assert texts(sent_to(asked, "coord")) == (
        f"Participant #{quibbleton} asked about their data (My data). Please follow up with them."
    )
    assert (
        sent_to(asked, "quibbleton")[0].text == "A coordinator will be in touch about your data."
    )


async def test_my_data_on_telegram_is_a_file_of_every_row_about_them(chat: Transcript) -> None:
    await a_confirmed_meeting(chat, "telegram")
    await chat.say("quibbleton", "/menu")
    copy = await chat.pick("quibbleton", "menu:my-data")
    assert copy[0].text.startswith("Here is everything stored about you")
    (file,) = copy[0].attachments
    assert file.filename == "my-data.json"
    data = json.loads(file.data)
    assert data["tables"]["participants"][0]["name"] == "Quibbleton"
    assert data["tables"]["meetings"][0]["note"] == "Zanzibar marmalade question"
    assert data["tables"]["channel_addresses"][0]["value"] == "quibbleton"
    assert "outbox" in data["tables"]  # the messages sent to them
    # The meeting's history: what happened to it, and when.
    history = data["tables"]["meeting_events"]
    meeting = data["tables"]["meetings"][0]["id"]
    assert {event["meeting_id"] for event in history} == {meeting}
    assert {"requested", "accepted"} <= {event["action"] for event in history}


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_delete_me_twice_confirmed_leaves_nothing_identifying_anywhere(
    chat: Transcript, style: str
) -> None:
    await a_confirmed_meeting(chat, style)
    stored = await every_stored_value(chat)
    assert all(word in stored for word in IDENTIFYING)
    async with chat.simulator.app.engine.connect() as conn:
        people_before = (await conn.execute(sa.select(sa.func.count()).select_from(
            participants))).scalar_one()  # fmt: skip

    await chat.say("quibbleton", command(style, "menu"))
    await chat.pick("quibbleton", "menu:my-data")
    first = await chat.pick("quibbleton", "datahelp:delete")
    assert first[0].text.startswith("Delete your data?")
    # "No" at either question keeps everything.
    assert texts(await chat.pick("quibbleton", "erase:no")).startswith("Nothing was deleted.")
    await chat.pick("quibbleton", "menu:my-data")
    await chat.pick("quibbleton", "datahelp:delete")
    second = await chat.pick("quibbleton", "erase:yes")
    assert second[0].text.startswith("Last check: this cannot be undone.")
    done = await chat.pick("quibbleton", "erase:yes")
    assert sent_to(done, "quibbleton")[0].text.startswith("Your data has been deleted.")
    # The connector is told, without a name, and his time is open again.
    assert texts(sent_to(done, "ben")).startswith("A former participant cancelled your meeting")

    await chat.line(":clock +25h")  # the address is kept only until the goodbye is out
    stored = await every_stored_value(chat)
    for word in IDENTIFYING:
        assert word not in stored, word
    async with chat.simulator.app.engine.connect() as conn:
        people = (await conn.execute(sa.select(participants.c.role, participants.c.status,
                                                participants.c.name))).all()  # fmt: skip
        statuses = (await conn.execute(sa.select(meetings.c.status))).scalars().all()
    assert len(people) == people_before  # totals stay right: the row stays, anonymous
    assert ("mentee", "erased", None) in [tuple(person) for person in people]
    assert statuses == ["cancelled"]
    again = await chat.say("quibbleton", "hello")
    assert "Bienvenue" in again[0].text  # a new start, as a new participant


async def test_a_coordinator_erases_someone_and_it_is_audited(chat: Transcript) -> None:
    await a_confirmed_meeting(chat, "sms")
    await coordinator(chat, "sms", french=True)
    quibbleton = await person_id(chat, "quibbleton")
    refused = await chat.say("ben", f"/erase {quibbleton}")
    assert "didn't understand" in refused[0].text
    erased = await confirmed(chat, "coord", f"effacer {quibbleton}")
    assert texts(sent_to(erased, "coord")) == (
        f"Les données personnelles de la personne #{quibbleton} ont été effacées."
    )
    assert texts(sent_to(erased, "quibbleton")).startswith(
        "A programme coordinator has deleted your personal data"
    )
    coord = await person_id(chat, "coord")
    assert texts(await confirmed(chat, "coord", f"effacer {coord}")).startswith("Pour effacer vos")
    log = texts(await chat.say("coord", f"journal {quibbleton}"))
    assert f"admin-erase {quibbleton}" in log
    # The meeting she had is listed with "a former participant", never a dash.
    listed = texts(await chat.say("coord", "rencontres"))
    assert "une ancienne personne participante" in listed
    assert "-/" not in listed
    await chat.line(":clock +25h")
    stored = await every_stored_value(chat)
    for word in IDENTIFYING:
        assert word not in stored, word


async def test_my_data_by_sms_in_french_fits_two_segments(chat: Transcript) -> None:
    await register(chat, "amina", style="sms", french=True, profession="Ingénieure civile",
                   city="Montréal")  # fmt: skip
    await chat.say("amina", "menu")
    copy = await chat.pick("amina", "menu:my-data")
    assert copy[0].text.startswith(
        "Nous gardons : nom Amina, profession Ingénieure civile, ville Montréal, 0 rencontre,"
    )
    assert copy[0].segments in (1, 2)
