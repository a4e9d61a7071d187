"""Coordinators in the chat: finding people, one person's details, roles, pauses, the audit log."""

from __future__ import annotations

import re
from typing import Any

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from handlers.coordination.ports import PeopleQuery
from handlers.core.values import Address
from storage.tables import audit_log
from tests.conftest import Transcript, choice_number, confirmed, register, sent_to, texts

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
        # Under the command's own (English) name, whichever word was typed.
        english = {"chercher": "find", "fiche": "who", "accorder": "grant", "retirer": "remove",
                   "lever": "resume", "journal": "audit", "diffuser": "broadcast"}  # fmt: skip
        typed = [text.split()[0] for text in STAFF_COMMANDS]
        assert sorted(refused) == sorted(english.get(word, word) for word in typed)


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_coordinator_finds_people_and_reads_one(chat: Transcript, style: str) -> None:
    await register(chat, "amina", profession="Civil engineer", city="Ottawa")
    await register(chat, "ben", connector=True, profession="Bridge engineer", city="Halifax")
    await coordinator(chat, style)
    found = await chat.say("coord", command(style, "find engineer"))
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    assert len(found) == 1  # one message: the page, with the total
    lines = found[0].text.splitlines()
    assert lines[0] == "2 people found:"
    assert lines[1] == f"#{amina} Amina (Newcomer): Civil engineer, Ottawa"
    assert lines[2].startswith(f"#{ben} Ben (Professional connector)")
    assert texts(await chat.say("coord", command(style, "find zzz"))) == 'Nobody found for "zzz".'
    details = texts(await chat.say("coord", command(style, f"who {amina}")))
    assert f"#{amina} Amina" in details
    assert "(Newcomer, active)" in details or "Roles: Newcomer (active)" in details
    assert "mentee" not in details
    assert "Paused: no" in details
    usage = await chat.say("coord", command(style, "who amina"))
    assert usage[0].text.startswith("Type the command and the person's number")


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_find_matches_every_word_filters_and_pages_with_the_total(
    chat: Transcript, style: str
) -> None:
    for name, profession, city in [
        ("amina", "Civil engineer", "Toronto"), ("omar", "Software engineer", "Toronto"),
        ("lea", "Nurse", "Toronto"), ("sam", "Mechanical engineer", "Toronto"),
        ("zoe", "Engineering technologist", "Toronto"), ("yara", "Civil engineer", "Ottawa"),
    ]:  # fmt: skip
        await register(chat, name, profession=profession, city=city)
    await register(chat, "ben", connector=True, profession="Bridge engineer", city="Toronto")
    await coordinator(chat, style)
    first = await chat.say("coord", command(style, "find engineer toronto"))
    assert len(first) == 1
    lines = first[0].text.splitlines()
    if style == "sms":  # three a page by SMS, each page within 2 segments
        assert lines[0] == "People found: 5 (1-3 below):"
        assert [line.split()[1] for line in lines[1:4]] == ["Amina", "Omar", "Sam"]
        assert first[0].segments in (1, 2)
        second = await chat.press("coord", choice_number(first[0], "More"))
        assert second[0].text.splitlines()[0] == "People found: 5 (4-5 below):"
        assert [line.split()[1] for line in second[0].text.splitlines()[1:]] == ["Zoe", "Ben"]
        assert not [c for c in second[0].choices if c.label.startswith("More")]
    else:
        assert lines[0] == "5 people found:"
        assert [line.split()[1] for line in lines[1:]] == ["Amina", "Omar", "Sam", "Zoe", "Ben"]
    # A role and a standing are filters, in either language, in any order.
    connectors = await chat.say("coord", command(style, "find toronto connector"))
    assert connectors[0].text.splitlines()[1:] == [
        f"#{await person_id(chat, 'ben')} Ben (Professional connector): Bridge engineer, Toronto"
    ]
    ben = await person_id(chat, "ben")
    await confirmed(chat, "coord", command(style, f"pause {ben}"))
    paused = await chat.say("coord", command(style, "find pause"))
    assert paused[0].text.splitlines()[1].startswith(f"#{ben} Ben")
    none = await chat.say("coord", command(style, "find refused engineer"))
    assert none[0].text == 'Nobody found for "engineer".'


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_french_fiche_names_roles_status_and_pause_in_french(
    chat: Transcript, style: str
) -> None:
    await register(chat, "ben", connector=True)
    await coordinator(chat, style, french=True)
    ben = await person_id(chat, "ben")
    details = texts(await chat.say("coord", command(style, f"fiche {ben}")))
    assert (
        "(Connecteur ou connectrice, participation active)"
        if style == "sms"
        else "Rôles : Connecteur ou connectrice (participation active)"
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
    log = await chat.say("coord", command(style, f"audit {amina}"))
    lines = log[0].text.splitlines()
    assert lines[0] == "Admin actions, newest first:"
    actions = [line.split()[-2] for line in lines[1:]]
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


BAD_ARGUMENTS = ["xyz!", "-5", "9" * 30, "١٢", "2026-12-31 2026-01-01", "#", "12 12 12 12 12"]


async def test_every_coordinator_command_answers_bad_arguments_with_usage_and_logs_them(
    chat: Transcript,
) -> None:
    from handlers.core.engine import Invalid
    from handlers.core.feature import Command
    from handlers.features import FEATURES

    await coordinator(chat, "sms")

    def named(name: str) -> list[Command[Any]]:
        return [c for f in FEATURES for c in f.commands if name in c.names.values()]

    staff = [
        command
        for feature in FEATURES
        for command in feature.commands
        if command.roles is not None and "coordinator" in command.roles
    ]
    assert len(staff) > 20
    tried = 0
    for command in staff:
        for argument in BAD_ARGUMENTS:
            name = command.names["en"]
            if any(not isinstance(c.parse(argument), Invalid) for c in named(name)):
                continue  # free text (find, broadcast), or everyone's /profile, reads it
            tried += 1
            async with chat.simulator.app.engine.connect() as conn:
                before = (
                    await conn.execute(sa.select(sa.func.count()).select_from(audit_log))
                ).scalar_one()
            answer = await chat.say("coord", f"{name} {argument}")
            # One usage line, then the menu; nothing else, no crash.
            assert len(answer) == 2, (name, argument, texts(answer))
            assert answer[1].choices, (name, argument)
            assert "didn't understand" not in answer[0].text, (name, argument)
            async with chat.simulator.app.engine.connect() as conn:
                logged = (
                    await conn.execute(
                        sa.select(audit_log.c.action, audit_log.c.detail)
                        .order_by(audit_log.c.id)
                        .offset(before)
                    )
                ).all()
            assert [(a, d.split()[0]) for a, d in logged] == [("command-bad-argument", name)]
    assert tried > 50


def entries(message: SimMessage) -> list[str]:
    """A page's header and lines, without the numbered choices after them."""
    return [line for line in message.text.splitlines() if not re.match(r"\d+\. ", line)]


async def test_the_audit_log_pages_back_and_filters_by_person_action_and_period(
    chat: Transcript,
) -> None:
    await register(chat, "amina")
    await coordinator(chat, "sms")
    amina = await person_id(chat, "amina")
    for _ in range(2):
        await confirmed(chat, "coord", f"pause {amina}")
        await chat.say("coord", f"resume {amina}")
    await chat.say("coord", f"who {amina}")
    first = await chat.say("coord", "audit")
    lines = entries(first[0])
    assert lines[0] == "Admin actions, newest first:"
    assert len(lines) == 4  # three entries a page by SMS
    assert first[0].segments in (1, 2)
    seen = [line.split()[-2] for line in lines[1:]]
    pages = 1
    message = first[0]
    while any(c.label.startswith("More") for c in message.choices):
        more = await chat.press("coord", choice_number(message, "More"))
        message = more[0]
        assert message.text.splitlines()[0] == "Older admin actions:"
        seen += [line.split()[-2] for line in entries(message)[1:]]
        pages += 1
    assert pages >= 3
    assert seen.count("admin-pause") == 2  # every entry once, the oldest reachable
    assert seen.count("admin-resume") == 2
    # By action, by person, by period; in French too.
    paused = await chat.say("coord", f"audit {amina} pause")
    assert [line.split()[-2] for line in entries(paused[0])[1:]] == [
        "admin-pause", "admin-pause"
    ]  # fmt: skip
    assert (await chat.say("coord", "audit erase week"))[0].text == "No admin actions match."
    french = await chat.say("coord", "journal 2026-11-01 2026-11-02")
    assert french[0].text == "No admin actions match."


@pytest.mark.parametrize("french", [False, True])
async def test_ready_made_lists_name_who_needs_a_coordinator(
    chat: Transcript, french: bool
) -> None:
    from tests.test_meetings import book, offer

    await register(chat, "ben", connector=True)
    await register(chat, "carl", connector=True)
    await offer(chat, "carl", 2, "10:00")
    await offer(chat, "carl", 3, "10:00")  # Omar takes one; one stays open
    await register(chat, "amina")
    await register(chat, "omar")
    await book(chat, "omar")
    await coordinator(chat, "sms", french=french)
    ids = {name: await person_id(chat, name) for name in ("ben", "carl", "amina", "omar")}
    async with chat.simulator.app.store.transaction() as tx:
        await tx.set_address_status(Address(channel="sim", value="omar"), "opted_out")

    async def listed(text: str) -> list[int]:
        page = (await chat.say("coord", text))[0]
        return [int(line.split()[0][1:]) for line in entries(page)[1:]]

    find = "chercher" if french else "find"
    no_times = "sans plages" if french else "no times"
    never = "jamais réservé" if french else "never booked"
    gone = "injoignables" if french else "unreachable"
    assert await listed(f"{find} {no_times}") == [ids["ben"]]
    assert await listed(f"{find} {never}") == [ids["amina"]]
    assert await listed(f"{find} {gone}") == [ids["omar"]]


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_find_reads_sectors_and_languages_as_words_and_as_filters(
    chat: Transcript, style: str
) -> None:
    # Sectors are menu positions: 4 is health (NOC 3), 3 sciences (2), 2 business (1).
    await register(chat, "amina", profession="Nurse", sector=4, languages=2)
    await register(chat, "omar", profession="Software developer", sector=3, languages=1)
    await register(chat, "lea", profession="Health records clerk", sector=2, languages=1)
    await coordinator(chat, style)
    ids = {name: await person_id(chat, name) for name in ("amina", "omar", "lea")}

    async def listed(text: str) -> list[int]:
        page = (await chat.say("coord", command(style, text)))[0]
        return [int(line.split()[0][1:]) for line in entries(page)[1:]]

    # A word matches a profession or names a sector or a spoken language.
    assert await listed("find health") == [ids["amina"], ids["lea"]]
    assert await listed("find santé") == [ids["amina"]]
    assert await listed("find french newcomer") == [ids["amina"]]
    # "sector ..." and "language ..." keep that sector or language alone, in either language.
    assert await listed("find sector health") == [ids["amina"]]
    assert await listed("find sector 2") == [ids["omar"]]
    assert await listed("find language fr arrivant") == [ids["amina"]]
    assert await listed("find langue anglais developer") == [ids["omar"]]
    usage = await chat.say("coord", command(style, "find sector nowhere"))
    assert usage[0].text.startswith("Type find and words")
    # The filters travel with More: a page past the first keeps them.
    assert PeopleQuery.from_scope(PeopleQuery(sector="3", language="fr").scope) == PeopleQuery(
        sector="3", language="fr"
    )
    assert PeopleQuery.from_scope("connector.waiting..engineer") == PeopleQuery(
        words=("engineer",), role="connector", standing="waiting"
    )
