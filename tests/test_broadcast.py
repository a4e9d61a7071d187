"""/broadcast: preview per language and channel, the missing language, confirmation, skips."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.segments import count_segments
from handlers.core.values import Reply
from storage.tables import (
    audit_log,
    broadcasts,
    channel_addresses,
    outbox,
    participant_roles,
    participants,
)
from tests.conftest import START, Transcript, body, confirmed, plain, register, sent_to, texts
from tests.test_coordination import command, coordinator, person_id
from tests.test_numbers import insert

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

# name: (language, role, status, sector, [(channel, address status)]); "paused" is paused by
# a coordinator (requests_paused), the others by status.
PEOPLE = {
    "en-sms": ("en", "mentee", "active", "3", [("sms", "ok")]),
    "en-telegram-connector": ("en", "connector", "active", "2", [("telegram", "ok")]),
    "fr-sms": ("fr", "mentee", "active", "3", [("sms", "ok")]),
    "fr-telegram": ("fr", "mentee", "active", "4", [("telegram", "ok")]),
    "opted-out": ("en", "mentee", "active", "3", [("sms", "opted_out")]),
    "erased": ("en", "mentee", "erased", "3", [("sms", "ok")]),
    "unfinished": ("fr", "mentee", "registering", "3", [("sms", "ok")]),
    "paused": ("en", "mentee", "active", "3", [("sms", "ok")]),
    "paused-status": ("en", "mentee", "paused", "3", [("telegram", "ok")]),
    # Waiting for a coordinator's approval (CONNECTOR_APPROVAL=everyone), and refused it: not
    # taking part, so no broadcast (the refused one once got the open-house message).
    "waiting": ("en", "mentee", "active", "3", [("sms", "ok")]),
    "refused": ("en", "mentee", "active", "3", [("telegram", "ok")]),
    # Opted out by SMS, still reached on Telegram.
    "fr-second-address": ("fr", "mentee", "active", "3", [("sms", "opted_out"),
                                                          ("telegram", "ok")]),
}  # fmt: skip
ENGLISH = "Open house on Dec 3 at noon, 100 Main St. Bring a friend!"
# "ê" is outside GSM-7: the French text goes as UCS-2, 70 characters a segment.
FRENCH = "Portes ouvertes le 3 déc. à midi, 100 rue Main. Une fête pour toutes et tous!"


async def seed(chat: Transcript) -> dict[str, int]:
    """Write the people above with their addresses; return each one's id."""
    ids: dict[str, int] = {}
    async with chat.simulator.app.engine.begin() as conn:
        for number, (name, (language, role, status, sector, addresses)) in enumerate(
            PEOPLE.items()
        ):
            ids[name] = await insert(conn, sa.insert(participants).values(
                role=role, language=language, timezone="America/Toronto", status=status,
                name=name, sector=sector, created_at=START, updated_at=START,
                requests_paused=name == "paused",
                approval={"waiting": "pending", "refused": "rejected"}.get(name),
            ))  # fmt: skip
            await conn.execute(sa.insert(participant_roles).values(
                participant_id=ids[name], role=role, granted_at=START))  # fmt: skip
            for channel, state in addresses:
                await conn.execute(sa.insert(channel_addresses).values(
                    participant_id=ids[name], channel=channel, status=state,
                    value=f"{channel}-{number}", created_at=START,
                ))  # fmt: skip
    return ids


async def queued(chat: Transcript) -> dict[int, tuple[str, str, Reply]]:
    """Broadcast messages in the outbox: participant id -> (channel, language, reply)."""
    async with chat.simulator.app.engine.connect() as conn:
        query = sa.select(outbox.c.participant_id, outbox.c.channel, outbox.c.language,
                          outbox.c.payload)  # fmt: skip
        rows = (await conn.execute(query)).all()
    found = {}
    for row in rows:
        reply = Reply.model_validate_json(row.payload)
        if reply.key == "broadcast-message":
            assert row.participant_id not in found, "one message per person"
            found[row.participant_id] = (row.channel, row.language, reply)
    return found


async def audited(chat: Transcript, action: str) -> list[str]:
    """The details of the audit entries ``action``."""
    async with chat.simulator.app.engine.connect() as conn:
        query = sa.select(audit_log.c.detail).where(audit_log.c.action == action)
        return list((await conn.execute(query)).scalars())


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_preview_counts_people_and_segments_then_sends_each_their_language(
    chat: Transcript, style: str
) -> None:
    await coordinator(chat, style)
    ids = await seed(chat)
    # Worked out by hand: each text plus "\nSTOP to opt out." (or the French line).
    assert count_segments(ENGLISH + "\nSTOP to opt out.") == 1  # GSM-7, 77 characters
    assert count_segments(FRENCH + "\nARRET pour vous désinscrire.") == 2  # UCS-2, 106 units
    said = await confirmed(
        chat, "coord", command(style, f"broadcast mentees {ENGLISH} | {FRENCH}")
    )
    preview = said[-1]
    assert [c.id for c in preview.choices] == ["broadcast:send", "broadcast:cancel"]
    # Newcomers: en-sms (EN, SMS), fr-sms (FR, SMS), fr-telegram and fr-second-address (FR,
    # Telegram); opted-out cannot be reached; erased, paused, unfinished, waiting and refused
    # people are not counted.
    if style == "sms":
        assert body(preview) == (
            "To newcomers: 4 people. EN: 1 SMS, 0 Telegram. FR: 1 SMS, 2 Telegram. "
            "Unreachable, skipped: 1. Each SMS, with the opt-out line: EN 1, FR 2 segments. "
            "Send it?"
        )
    else:
        assert body(preview) == (
            "Broadcast to newcomers: 4 people.\n"
            "English: 1 by SMS, 0 on Telegram\n"
            "French: 1 by SMS, 2 on Telegram\n"
            "Cannot be reached, skipped: 1\n"
            "Each SMS, with the opt-out line added: 1 segments in English, 2 in French.\n"
            f"English text: {ENGLISH}\n"
            f"French text: {FRENCH}\n"
            "Send it?"
        )
    assert await queued(chat) == {}, "nothing leaves before the confirmation"
    done = await chat.pick("coord", "broadcast:send")
    assert "Queued for 4 people (newcomers)." in texts(sent_to(done, "coord"))
    sent = await queued(chat)
    assert {name: sent[ids[name]][:2] for name in PEOPLE if ids[name] in sent} == {
        "en-sms": ("sms", "en"),
        "fr-sms": ("sms", "fr"),
        "fr-telegram": ("telegram", "fr"),
        "fr-second-address": ("telegram", "fr"),
    }
    assert sent[ids["en-sms"]][2].args == {"text": ENGLISH}
    assert sent[ids["fr-sms"]][2].args == {"text": FRENCH}
    coord = await person_id(chat, "coord")
    assert coord not in sent
    details = await audited(chat, "admin-broadcast")
    assert details == ["role mentee 4"]  # who and how many, never the text


async def test_a_missing_language_is_asked_for_and_each_reads_their_own(
    chat: Transcript,
) -> None:
    await coordinator(chat, "telegram", french=True)
    await register(chat, "amina", style="sms")
    await register(chat, "lea", style="sms", french=True)
    await register(chat, "omar", style="telegram", french=True, connector=True)
    said = await confirmed(chat, "coord", "/diffuser tous Portes ouvertes le 3 décembre")
    assert texts(said) == (
        "Envoyez maintenant le texte pour les anglophones : chaque personne recevra le message "
        "dans sa langue."
    )
    # Too short: asked again, the French text kept.
    again = await chat.say("coord", "x")
    assert texts(again).startswith("Envoyez seulement le texte du message, de 2 à 480 caractères.")
    preview = (await chat.say("coord", "Open house on December 3"))[-1]
    assert "Texte anglais : Open house on December 3" in plain(preview)
    assert "Texte français : Portes ouvertes le 3 décembre" in plain(preview)
    assert "Diffusion pour tout le monde : 4 personnes." in plain(preview)
    # The simulator's personas count as the phone each plays: Amina and Léa text, Omar and
    # the coordinator are on Telegram.
    assert "Anglophones : 1 par SMS, 0 sur Telegram" in plain(preview)
    assert "Francophones : 1 par SMS, 2 sur Telegram" in plain(preview)
    assert "Simulateur" not in plain(preview)
    done = await chat.pick("coord", "broadcast:send")
    assert "En file pour 4 personnes (tout le monde)." in texts(sent_to(done, "coord"))
    # Delivered at the outbox's pace, each in their language; the opt-out line only by SMS.
    assert texts(sent_to(done, "amina")) == "Open house on December 3\nSTOP to opt out."
    assert texts(sent_to(done, "lea")) == (
        "Portes ouvertes le 3 décembre\nARRET pour vous désinscrire."
    )
    assert texts(sent_to(done, "omar")) == "Portes ouvertes le 3 décembre"
    assert texts(sent_to(done, "coord")).startswith("Portes ouvertes le 3 décembre")


async def test_opted_out_people_get_nothing_and_cancel_sends_nothing(chat: Transcript) -> None:
    await coordinator(chat, "sms")
    await register(chat, "amina", style="sms")
    await register(chat, "ben", style="sms", connector=True)
    await chat.say("amina", "STOP")
    said = await confirmed(chat, "coord", "broadcast connectors Hello | Bonjour")
    assert "To connectors: 1 person." in said[-1].text
    assert "EN: 1 SMS, 0 Telegram." in said[-1].text  # Ben plays an SMS phone
    assert texts(await chat.pick("coord", "broadcast:cancel")) == "Nothing was sent."
    assert await queued(chat) == {}
    said = await confirmed(chat, "coord", "broadcast all Hello | Bonjour")
    assert "To everyone: 2 people." in said[-1].text
    assert "Unreachable, skipped: 1." in said[-1].text
    done = await chat.pick("coord", "broadcast:send")
    assert sent_to(done, "amina") == []
    assert texts(sent_to(done, "ben")) == "Hello\nSTOP to opt out."
    assert await audited(chat, "admin-broadcast") == ["all 2"]


async def test_a_sector_by_name_and_bad_input(chat: Transcript) -> None:
    await coordinator(chat, "sms", french=True)
    await register(chat, "amina", style="sms", sector=4)  # health
    await register(chat, "ben", style="sms", sector=3, connector=True)
    said = await confirmed(chat, "coord", "diffuser secteur sante Hello | Bonjour")
    assert said[-1].text.startswith("Pour Santé : 1 personne.")
    await chat.pick("coord", "broadcast:cancel")
    usage = texts(await chat.say("coord", "diffuser plombiers Bonjour"))
    assert usage.startswith("Tapez diffuser, le public")
    nobody = texts(await chat.say("coord", "diffuser 9 Bonjour"))
    assert nobody.startswith("Personne (Fabrication, services publics) n'est joignable")


async def test_anyone_else_gets_the_unknown_command_answer_and_is_audited(
    chat: Transcript,
) -> None:
    await coordinator(chat, "sms")
    await register(chat, "amina", style="telegram")
    unknown = [m.text for m in await chat.say("amina", "/frobnicate all")]
    assert [m.text for m in await chat.say("amina", "/broadcast all Hello")] == unknown
    assert [m.text for m in await chat.say("amina", "/diffuser tous Bonjour")] == unknown
    assert await audited(chat, "command-refused") == ["broadcast", "broadcast"]  # by its own name
    assert await queued(chat) == {}


async def test_a_city_or_a_language_is_an_audience_and_swapped_texts_are_flagged(
    chat: Transcript,
) -> None:
    await coordinator(chat, "sms")
    await register(chat, "amina", style="sms", city="Ottawa")
    await register(chat, "ben", style="sms", city="Halifax", connector=True)
    await register(chat, "chloe", style="sms", city="Gatineau", french=True)
    said = await confirmed(chat, "coord", "broadcast city Ottawa Hello | Bonjour")
    assert said[-1].text.startswith("To Ottawa: 1 person.")
    await chat.pick("coord", "broadcast:cancel")
    said = await confirmed(chat, "coord", "broadcast language fr Hello | Bonjour")
    assert said[-1].text.startswith("To French readers: 1 person.")
    await chat.pick("coord", "broadcast:cancel")
    # The French text typed where the English goes, and the English where the French goes.
    swapped = await confirmed(
        chat,
        "coord",
        "broadcast all Portes ouvertes le 3 décembre à la bibliothèque, venez avec vos amis "
        "| Open house on December 3 at the library, come with your friends and we will be there",
    )
    assert "Texts swapped?" in swapped[-1].text
    await chat.pick("coord", "broadcast:cancel")
    right = await confirmed(
        chat,
        "coord",
        "broadcast all Open house on December 3 at the library, come with your friends "
        "| Portes ouvertes le 3 décembre à la bibliothèque, venez avec vos amis",
    )
    assert "swapped" not in right[-1].text


async def test_a_scheduled_broadcast_leaves_at_its_time_and_tells_who_scheduled_it(
    chat: Transcript,
) -> None:
    await coordinator(chat, "telegram")
    ids = await seed(chat)
    # The programme's zone is Toronto: 10:00 there on December 2 is 15:00 UTC.
    said = await confirmed(
        chat, "coord", f"/broadcast mentees at 2026-12-02 10:00 {ENGLISH} | {FRENCH}"
    )
    assert body(said[-1]).endswith("Send it on Wednesday, December 2 at 10:00 a.m.?")
    done = await chat.pick("coord", "broadcast:send")
    assert texts(sent_to(done, "coord")) == (
        "Broadcast #1 to newcomers will leave on Wednesday, December 2 at 10:00 a.m.. "
        "To cancel it: broadcast cancel 1"
    )
    assert await queued(chat) == {}, "nothing leaves before its time"
    listed = await chat.say("coord", "/broadcast scheduled")
    assert plain(listed[0]).splitlines() == [
        "Broadcasts waiting to leave:",
        "#1 Wed Dec 2, 10:00 a.m., newcomers: Open house on Dec 3 at noon...",
    ]
    assert await chat.line(":clock 2026-12-02T09:59") == []
    left = await chat.line(":clock +1m")
    assert "Broadcast #1 has left: queued for 4 people (newcomers)." in texts(
        sent_to(left, "coord")
    )
    sent = await queued(chat)
    assert {name for name in PEOPLE if ids[name] in sent} == {
        "en-sms", "fr-sms", "fr-telegram", "fr-second-address"
    }  # fmt: skip
    assert sent[ids["fr-sms"]][2].args == {"text": FRENCH}
    # Gone: it cannot be cancelled any more, and the texts are not kept.
    late = await chat.say("coord", "/broadcast cancel 1")
    assert texts(late).startswith("No broadcast #1 is waiting to leave")
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(broadcasts))).one()
    assert (row.status, row.sent_count, row.text_en, row.text_fr) == ("sent", 4, None, None)
    assert await audited(chat, "admin-broadcast-scheduled") == [
        "1 role mentee 2026-12-02T15:00:00+00:00"
    ]
    assert await audited(chat, "admin-broadcast") == ["1 role mentee 4"]
    assert texts(await chat.say("coord", "/broadcast scheduled")) == (
        "No broadcast is waiting to leave."
    )


async def test_a_french_coordinator_by_sms_schedules_sees_both_texts_and_cancels(
    chat: Transcript,
) -> None:
    await coordinator(chat, "sms", french=True)
    await seed(chat)
    said = await confirmed(
        chat, "coord", f"diffuser nouveaux à 2026-12-02 9h30 {ENGLISH} | {FRENCH}"
    )
    # By SMS the preview has no room for the texts: their start comes just before it.
    assert body(said[-2]) == (
        'Texte EN : "Open house on Dec 3 at noon, 100 Main..." '
        'Texte FR : "Portes ouvertes le 3 déc. à midi, 100..."'
    )
    assert body(said[-1]).endswith("Envoyer le mercredi 2 décembre à 9 h 30?")
    assert said[-1].segments in (1, 2)
    done = await chat.press("coord", 1)
    assert texts(sent_to(done, "coord")) == (
        "La diffusion no 1 pour les nouveaux arrivants partira le mercredi 2 décembre à 9 h 30. "
        "Pour l'annuler : diffuser annuler 1"
    )
    cancelled = await confirmed(chat, "coord", "diffuser annuler 1")
    assert texts(sent_to(cancelled, "coord")) == (
        "La diffusion no 1 est annulée : rien ne sera envoyé."
    )
    assert await chat.line(":clock 2026-12-03T00:00") == []
    assert await queued(chat) == {}
    assert await audited(chat, "admin-broadcast-cancelled") == ["1"]
    again = await confirmed(chat, "coord", "diffuser annuler 1")
    assert texts(sent_to(again, "coord")).startswith("Aucune diffusion no 1 n'attend de partir")
    # A moment already gone is said, with nothing kept; a bad number gets the usage.
    past = await confirmed(chat, "coord", f"diffuser tous à 2026-11-30 10:00 {FRENCH}")
    assert texts(sent_to(past, "coord")).startswith("lundi 30 novembre à 10 h est déjà passé.")
    bad = await confirmed(chat, "coord", "diffuser annuler x")
    assert texts(sent_to(bad, "coord")).startswith("Tapez diffuser, le public")
