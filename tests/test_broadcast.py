"""/broadcast: preview per language and channel, the missing language, confirmation, skips."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.segments import count_segments
from handlers.core.values import Reply
from storage.tables import audit_log, channel_addresses, outbox, participant_roles, participants
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
    assert "Simulateur : 4" in plain(preview)
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
    assert "Simulator: 1." in said[-1].text
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
