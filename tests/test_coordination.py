"""Coordinators in the chat: finding people, one person's details, roles, pauses, the audit log."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from handlers.core.values import Address
from storage.tables import audit_log
from tests.conftest import Transcript, confirmed, register, sent_to, texts

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

STAFF_COMMANDS = [
    "find x", "who 1", "grant 1", "remove 1", "pause 1", "resume 1", "audit",
    "chercher x", "fiche 1", "accorder 1", "retirer 1", "lever 1", "journal",
    "broadcast all Hello", "diffuser tous Bonjour",
]  # fmt: skip


async def coordinator(chat: Transcript, style: str, french: bool = False) -> list[SimMessage]:
    """Register the configured coordinator (no role question for them); return the menu."""
    chat.persona("coord", style)
    await chat.say("coord", "hi")
    await chat.press("coord", 2 if french else 1)
    await chat.press("coord", 1)  # consent
    await chat.say("coord", "Chloé Tremblay")
    await chat.say("coord", "Programme coordinator")
    await chat.press("coord", 1)
    await chat.say("coord", "Halifax")
    await chat.press("coord", 3)
    await chat.press("coord", 1)
    return await chat.press("coord", 1)


def command(style: str, text: str) -> str:
    """Typed with a slash on Telegram, as the bare word by SMS."""
    return f"/{text}" if style == "telegram" else text


async def person_id(chat: Transcript, name: str) -> int:
    """The participant number of a simulator persona."""
    async with chat.simulator.app.store.transaction() as tx:
        person = await tx.participant_by_address(Address(channel="sim", value=name))
        assert person is not None
        return person.id


async def test_staff_commands_from_anyone_else_answer_like_unknown_words_and_are_audited(
    chat: Transcript,
) -> None:
    await register(chat, "amina")
    unknown = [m.text for m in await chat.say("amina", "frobnicate 1")]
    for text in STAFF_COMMANDS:
        assert [m.text for m in await chat.say("amina", text)] == unknown, text
    async with chat.simulator.app.engine.connect() as conn:
        refused = (
            await conn.execute(
                sa.select(audit_log.c.detail).where(audit_log.c.action == "command-refused")
            )
        ).scalars()
        assert sorted(refused) == sorted(text.split()[0] for text in STAFF_COMMANDS)


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_coordinator_finds_people_and_reads_one(chat: Transcript, style: str) -> None:
    await register(chat, "amina", profession="Civil engineer", city="Ottawa")
    await register(chat, "ben", connector=True, profession="Bridge engineer", city="Halifax")
    await coordinator(chat, style)
    found = await chat.say("coord", command(style, "find engineer"))
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    assert found[0].text == "Found 2 people:"
    assert found[1].text == f"#{amina} Amina (Newcomer): Civil engineer, Ottawa"
    assert found[2].text.startswith(f"#{ben} Ben (Connector")
    assert texts(await chat.say("coord", command(style, "find zzz"))) == 'Nobody found for "zzz".'
    details = texts(await chat.say("coord", command(style, f"who {amina}")))
    assert f"#{amina} Amina" in details
    assert "(Newcomer, active)" in details or "Roles: Newcomer (active)" in details
    assert "mentee" not in details
    assert "Paused: no" in details
    usage = await chat.say("coord", command(style, "who amina"))
    assert usage[0].text.startswith("Type the command and the person's number")


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_french_fiche_names_roles_status_and_pause_in_french(
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True)
    await coordinator(chat, style, french=True)
    ben = await person_id(chat, "ben")
    details = texts(await chat.say("coord", command(style, f"fiche {ben}")))
    assert (
        "(Connecteur (professionnel), participation active)"
        if style == "sms"
        else "Rôles : Connecteur (professionnel) (participation active)"
    ) in details
    assert "En pause : non" in details
    for english in ("connector", ": no\n", "mentee", "Paused"):
        assert english not in details, english


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_no_shows_count_against_the_person_who_did_not_come(
    chat: Transcript, style: str
) -> None:
    from tests.test_followup_loop import meeting

    await meeting(chat, style)
    await coordinator(chat, style)
    await chat.line(":clock 2026-12-03T15:00")
    await chat.press("ben", 2)
    await chat.press("ben", 1)  # Amina did not come
    ben, amina = await person_id(chat, "ben"), await person_id(chat, "amina")
    reporter = texts(await chat.say("coord", command(style, f"who {ben}")))
    absent = texts(await chat.say("coord", command(style, f"who {amina}")))
    assert ("missed 0" if style == "sms" else "missed: 0") in reporter
    assert ("missed 1" if style == "sms" else "missed: 1") in absent


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_roles_are_granted_and_removed_with_their_rules(
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True)
    await coordinator(chat, style, french=True)
    ben, coord = await person_id(chat, "ben"), await person_id(chat, "coord")
    said = await confirmed(chat, "coord", command(style, f"accorder {ben} organisme"))
    told = sent_to(said, "ben")
    assert [m.text.split(".")[0] for m in told] == [
        "A coordinator gave you a new role: Referring agency"
    ]
    assert (
        texts(sent_to(said, "coord"))
        == f"Ben (#{ben}) a maintenant la fonction Organisme référent."
    )
    async with chat.simulator.app.store.transaction() as tx:
        assert "agency" in (await tx.participant(ben)).roles
    assert texts(await confirmed(chat, "coord", command(style, f"accorder {coord}"))).startswith(
        "Vous ne pouvez pas modifier vos propres accès"
    )
    # The only coordinator cannot be removed, even by another way round.
    await confirmed(chat, "coord", command(style, f"accorder {ben} coordination"))
    removed = await confirmed(chat, "coord", command(style, f"retirer {ben} coordination"))
    assert texts(sent_to(removed, "coord")) == f"Ben (#{ben}) n'a plus la fonction Coordination."
    assert texts(sent_to(removed, "ben")).startswith("A coordinator took away your role")
    async with chat.simulator.app.store.transaction() as tx:
        assert await tx.revoke(ben, "coordinator") is False
    menu = await chat.say("ben", "menu")
    assert "coord:stats" not in [c.id for c in menu[-1].choices]


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_pause_stops_requests_until_it_is_lifted(chat: Transcript, style: str) -> None:
    await register(chat, "amina")
    await coordinator(chat, style)
    amina = await person_id(chat, "amina")
    paused = await confirmed(chat, "coord", command(style, f"pause {amina}"))
    assert texts(sent_to(paused, "amina")).startswith("A coordinator has paused your meetings")
    assert texts(sent_to(paused, "coord")) == f"Amina (#{amina}) is paused."
    async with chat.simulator.app.store.transaction() as tx:
        assert (await tx.participant(amina)).requests_paused
    lifted = await chat.say("coord", command(style, f"resume {amina}"))
    assert texts(sent_to(lifted, "coord")) == f"Amina (#{amina}) can take part again."
    assert texts(sent_to(lifted, "amina")).startswith("Good news")
    async with chat.simulator.app.store.transaction() as tx:
        assert not (await tx.participant(amina)).requests_paused
    log = await chat.say("coord", command(style, "audit 3"))
    assert log[0].text == "Latest admin actions:"
    actions = [m.text.split()[-2] for m in log[1:]]
    assert actions[:2] == ["admin-resume", "admin-pause"]


async def test_a_coordinator_cannot_pause_herself(chat: Transcript, style: str) -> None:
    await coordinator(chat, style)
    coord = await person_id(chat, "coord")
    said = await confirmed(chat, "coord", command(style, f"pause {coord}"))
    assert texts(sent_to(said, "coord")) == (
        "You cannot pause yourself. Another coordinator can, with pause and your number."
    )
    async with chat.simulator.app.store.transaction() as tx:
        assert not (await tx.participant(coord)).requests_paused
