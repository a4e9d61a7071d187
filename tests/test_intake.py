"""Coordinators in the chat, part two: intake approval, meetings and feedback, decisions,
introductions, paged lists and /help. Transcripts in both languages and both renderings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from storage.tables import (
    audit_log,
    channel_addresses,
    meeting_feedback,
    meetings,
    participants,
    slots,
)
from tests.conftest import (
    START,
    Recorder,
    Transcript,
    body,
    confirmed,
    plain,
    register,
    sent_to,
    texts,
)
from tests.test_coordination import command, coordinator, person_id

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

NEW_COMMANDS = [
    "pending", "approve 1", "reject 1 not now", "profile 1", "meetings", "feedback week",
    "settle 1 held", "lift 1", "introduce 1 2 hello",
    "attente", "approuver 1", "refuser 1 pas maintenant", "profil 1", "rencontres", "avis",
    "trancher 1 tenue", "debloquer 1", "présenter 1 2 bonjour",
]  # fmt: skip


@pytest.fixture
async def intake(settings: Settings, clock: ManualClock) -> AsyncIterator[Transcript]:
    """A simulator where connectors wait for approval (the default of CONNECTOR_APPROVAL)."""
    recorder = Recorder()
    waiting = settings.model_copy(update={"connector_approval": "connectors"})
    async with Simulator(waiting, clock, recorder) as simulator:
        yield Transcript(simulator, recorder)


async def offers(chat: Transcript, name: str) -> list[str]:
    """The menu entries ``name`` is offered now."""
    menu = await chat.say(name, "menu")
    return [choice.id for choice in menu[-1].choices]


@pytest.mark.parametrize("french", [False, True])
async def test_a_connector_waits_and_is_approved_in_their_language(
    intake: Transcript, style: str, french: bool
) -> None:
    await coordinator(intake, style, french=french)
    done = await register(intake, "ben", style=style, french=french, connector=True)
    told = texts(sent_to(done, "ben"))
    assert ("La coordination vérifie" if french else "A programme coordinator checks") in told
    notice = texts(sent_to(done, "coord"))
    ben = await person_id(intake, "ben")
    waiting = "Une personne attend" if french else "Someone is waiting"
    assert notice.startswith(f"{waiting} une approbation : #{ben} Ben" if french else waiting)
    # Waiting: the profile is there, but nothing a connector does.
    assert "menu:offer" not in await offers(intake, "ben")
    assert "menu:profile" in await offers(intake, "ben")
    listed = await intake.say("coord", command(style, "attente" if french else "pending"))
    assert f"#{ben} Ben" in body(listed[0])
    approved = await intake.say(
        "coord", command(style, f"{'approuver' if french else 'approve'} {ben}")
    )
    welcome = texts(sent_to(approved, "ben"))
    assert welcome.startswith("Bienvenue, Ben!" if french else "Welcome, Ben!")
    assert f"Ben (#{ben})" in texts(sent_to(approved, "coord"))
    assert "menu:offer" in await offers(intake, "ben")
    again = await intake.say(
        "coord", command(style, f"{'approuver' if french else 'approve'} {ben}")
    )
    assert "n'attend pas" in texts(again) if french else "is not waiting" in texts(again)


@pytest.mark.parametrize("french", [False, True])
async def test_a_refusal_is_told_politely_with_the_reason_and_what_next(
    intake: Transcript, style: str, french: bool
) -> None:
    await coordinator(intake, style, french=french)
    await register(intake, "ben", style=style, french=french, connector=True)
    ben = await person_id(intake, "ben")
    word = "refuser" if french else "reject"
    usage = await intake.say("coord", command(style, f"{word} {ben}"))
    assert ("Tapez refuser" if french else "Type reject") in usage[0].text
    reason = "profession non vérifiée" if french else "we could not check your profession"
    refused = await confirmed(intake, "coord", command(style, f"{word} {ben} {reason}"))
    told = texts(sent_to(refused, "ben"))
    assert reason in told
    assert ("Vous pouvez répondre ici" if french else "You can reply here") in told
    assert "menu:offer" not in await offers(intake, "ben")
    async with intake.simulator.app.engine.connect() as conn:
        detail = (
            await conn.execute(
                sa.select(audit_log.c.detail).where(audit_log.c.action == "admin-reject")
            )
        ).scalar_one()
    assert detail == str(ben)  # ids only, never the reason


async def test_newcomers_wait_too_when_everyone_is_screened(
    settings: Settings, clock: ManualClock
) -> None:
    recorder = Recorder()
    everyone = settings.model_copy(update={"connector_approval": "everyone"})
    async with Simulator(everyone, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        await coordinator(chat, "sms")
        await register(chat, "amina")
        assert "menu:find" not in await offers(chat, "amina")
        await chat.say("coord", f"approve {await person_id(chat, 'amina')}")
        assert "menu:find" in await offers(chat, "amina")


async def test_new_commands_from_anyone_else_answer_like_unknown_words_and_are_audited(
    chat: Transcript,
) -> None:
    await register(chat, "amina")
    unknown = [m.text for m in await chat.say("amina", "frobnicate 1")]
    for text in NEW_COMMANDS:
        if text.split()[0] in ("profile", "profil"):
            # Everyone's own /profile answers; the attempt at someone else's is recorded.
            assert "Amina" in texts(await chat.say("amina", text))
            continue
        assert [m.text for m in await chat.say("amina", text)] == unknown, text
    async with chat.simulator.app.engine.connect() as conn:
        refused = (
            await conn.execute(
                sa.select(audit_log.c.detail).where(audit_log.c.action == "command-refused")
            )
        ).scalars()
        # Logged under each command's English name, whichever language's word was typed.
        from handlers.features import FEATURES

        english = {
            name.replace("é", "e"): command.names["en"]
            for feature in FEATURES
            for command in feature.commands
            for name in command.names.values()
        }
        typed = [t.split()[0].replace("é", "e") for t in NEW_COMMANDS]
        assert sorted(refused) == sorted(english[word] for word in typed)


async def test_the_pending_list_is_paged_with_more(intake: Transcript, style: str) -> None:
    await coordinator(intake, style)
    # A page fits two SMS segments (3 people) by SMS, 8 people on Telegram.
    names = ["ben", "carl", "dina", "eli", "fay", "gus", "hana", "ivo", "jon"]
    for name in names if style == "telegram" else names[:4]:
        await register(intake, name, connector=True)
    first = await intake.say("coord", command(style, "pending"))
    assert len(first) == 1
    shown = body(first[0])
    size = 8 if style == "telegram" else 3
    # Telegram shows "More" as a button, SMS as a numbered option.
    assert shown.count("\n#") == size
    last = "Jon" if style == "telegram" else "Eli"
    assert last not in shown
    assert [c.id for c in first[0].choices] == [f"more:pending:all:{size}"]
    assert shown.startswith("Waiting for approval (more to come):")
    rest = await intake.pick("coord", f"more:pending:all:{size}")
    assert last in body(rest[0])
    assert not rest[0].choices
    # The last page says nothing more comes, however many lines it has.
    assert body(rest[0]).startswith("Waiting for approval:\n")
    assert "Ben" not in rest[0].text


async def test_help_lists_the_commands_each_person_may_run(chat: Transcript, style: str) -> None:
    await register(chat, "amina", style=style)
    # By SMS, HELP and AIDE are the carriers' keywords: the menu's Help lists the commands.
    await chat.say("amina", "menu")
    helped = texts(await chat.pick("amina", "global:help"))
    assert "profile - " in helped
    assert "pending" not in helped
    await coordinator(chat, style, french=True)
    await chat.say("coord", "menu")
    pages = await chat.pick("coord", "global:help")
    shown = texts(pages)
    assert "Commandes que vous pouvez" in shown
    # A few lines a page (two SMS segments by SMS), then "More" until the menu.
    while pages[-1].choices and pages[-1].choices[0].id.startswith("helpmore:"):
        pages = await chat.pick("coord", pages[-1].choices[0].id)
        shown += texts(pages)
    prefix = "" if style == "sms" else "/"
    assert f"{prefix}attente - Personnes en attente d'approbation" in shown
    assert f"{prefix}presenter - " in shown
    assert pages[-1].text.startswith("Que souhaitez-vous faire?")


async def _meeting(chat: Transcript, connector: int, mentee: int, status: str) -> int:
    """A past meeting between the two in ``status``, written straight to the database."""
    at = START - timedelta(days=2)
    async with chat.simulator.app.engine.begin() as conn:
        slot = (
            await conn.execute(
                sa.insert(slots)
                .values(connector_id=connector, starts_at=at, ends_at=at + timedelta(minutes=30),
                        format="phone", status="taken", created_at=at)
                .returning(slots.c.id)
            )
        ).scalar_one()  # fmt: skip
        meeting = (
            await conn.execute(
                sa.insert(meetings)
                .values(slot_id=slot, connector_id=connector, mentee_id=mentee, starts_at=at,
                        ends_at=at + timedelta(minutes=30), status=status, created_at=at,
                        updated_at=at)
                .returning(meetings.c.id)
            )
        ).scalar_one()  # fmt: skip
        for who, met in ((mentee, False), (connector, True)):
            await conn.execute(
                sa.insert(meeting_feedback).values(
                    meeting_id=meeting, participant_id=who, met=met, rating=4 if met else None,
                    comment="Very helpful" if met else None,
                    reason=None if met else "other_absent", at=at + timedelta(hours=1),
                )
            )  # fmt: skip
    return int(meeting)


@pytest.mark.parametrize("french", [False, True])
async def test_meetings_feedback_and_a_dispute_settled(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "amina")
    await register(chat, "ben", connector=True)
    await coordinator(chat, style, french=french)
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    meeting = await _meeting(chat, ben, amina, "disputed")
    listed = body(
        (
            await chat.say(
                "coord", command(style, "rencontres semaine" if french else "meetings week")
            )
        )[0]
    )
    assert f"#{meeting}" in listed
    assert "Ben/Amina" in listed
    assert ("contestée" if french else "disputed") in listed
    said = plain(
        (await chat.say("coord", command(style, f"{'avis' if french else 'feedback'} {ben}")))[0]
    )
    assert '4/5, "Very helpful"' in said
    assert ("l'autre n'est pas venu" if french else "the other did not come") in said
    disputes = body(
        (await chat.say("coord", command(style, "trancher" if french else "settle")))[0]
    )
    assert f"#{meeting}" in disputes
    wrong = await chat.say(
        "coord", command(style, f"{'trancher' if french else 'settle'} {meeting} absent 999")
    )
    assert f"#{ben}" in texts(wrong)
    settled = await chat.say(
        "coord", command(style, f"{'trancher' if french else 'settle'} {meeting} no-show {amina}")
    )
    assert texts(sent_to(settled, "coord")).endswith("absence." if french else "no-show.")
    # Both people are told, each about the other, in their own language (English here).
    assert "recorded that you missed your meeting with Ben" in texts(sent_to(settled, "amina"))
    assert "recorded that Amina missed your meeting" in texts(sent_to(settled, "ben"))
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(meetings).where(meetings.c.id == meeting))).one()
    assert (row.status, row.absent_id) == ("no_show", amina)
    profile = texts(
        await chat.say("coord", command(style, f"{'profil' if french else 'profile'} {amina}"))
    )
    assert f"#{amina} Amina" in profile
    assert f"#{meeting}" in profile


async def test_settled_held_is_told_in_french_and_three_no_shows_pause(chat: Transcript) -> None:
    await register(chat, "amina", french=True)
    await register(chat, "ben", connector=True, french=True)
    await coordinator(chat, "sms")
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    # Three no-shows decided by the coordinator count like three reported ones: paused, and
    # the coordinators are told.
    for _ in range(3):
        missed = await _meeting(chat, ben, amina, "disputed")
        said = await chat.say("coord", f"settle {missed} no-show {amina}")
    assert "absence" in texts(sent_to(said, "amina"))
    async with chat.simulator.app.engine.connect() as conn:
        paused = (await conn.execute(sa.select(participants.c.requests_paused).where(
            participants.c.id == amina))).scalar_one()  # fmt: skip
    assert paused
    assert "lift:" in " ".join(c.id for m in sent_to(said, "coord") for c in m.choices)
    held = await _meeting(chat, ben, amina, "disputed")
    settled = await chat.say("coord", f"settle {held} held")
    assert texts(sent_to(settled, "amina")).startswith(
        "L'équipe du programme a noté que votre rencontre avec Ben"
    )
    # Ben is told in the message that asks him for referrals.
    assert texts(sent_to(settled, "ben")).startswith(
        "La coordination a noté votre rencontre avec Amina du"
    )


async def test_a_no_show_pause_is_lifted(chat: Transcript, style: str) -> None:
    await register(chat, "amina")
    await coordinator(chat, style)
    amina = await person_id(chat, "amina")
    async with chat.simulator.app.engine.begin() as conn:
        await conn.execute(
            sa.update(participants).where(participants.c.id == amina).values(requests_paused=True)
        )
    waiting = body((await chat.say("coord", command(style, "lift")))[0])
    assert f"#{amina} Amina" in waiting
    lifted = await chat.say("coord", command(style, f"lift {amina}"))
    assert texts(sent_to(lifted, "amina")).startswith("Good news")
    assert "not paused" in texts(await chat.say("coord", command(style, f"lift {amina}")))


async def test_an_introduction_offers_the_connectors_times(chat: Transcript, style: str) -> None:
    await register(chat, "amina", style=style)
    await register(chat, "ben", connector=True)
    await coordinator(chat, style, french=True)
    amina, ben = await person_id(chat, "amina"), await person_id(chat, "ben")
    at = START + timedelta(days=3)
    async with chat.simulator.app.engine.begin() as conn:
        await conn.execute(
            sa.insert(slots).values(
                connector_id=ben,
                starts_at=at,
                ends_at=at + timedelta(minutes=30),
                format="phone",
                status="open",
                created_at=START,
            )
        )
    said = await chat.say(
        "coord", command(style, f"presenter {amina} {ben} Tous deux en génie civil")
    )
    assert texts(sent_to(said, "coord")) == (
        "Amina et Ben sont présentés; une plage a été proposée à Amina."
    )
    to_amina = sent_to(said, "amina")[0]
    assert "A coordinator introduces you to Ben" in to_amina.text
    # Sentences apart, not run together ("...civil.Pick a time").
    assert "(Civil engineer). Note: Tous deux en génie civil. Pick a time to meet:" in (
        to_amina.text
    )
    assert [c.id.split(":")[0] for c in to_amina.choices] == ["book"]
    assert "introduces you to Amina" in texts(sent_to(said, "ben"))
    picked = await chat.pick("amina", "book:")
    assert "Add a short note" in texts(picked)


async def test_the_simulator_has_a_coordinator_from_the_start(
    tmp_path: object, clock: ManualClock
) -> None:
    recorder = Recorder()
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/sim.db",
                        inbound_per_minute=0, unread_per_hour=0)  # fmt: skip
    async with Simulator(settings, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        done = await register(chat, "me", connector=True)
        assert "Someone is waiting" in texts(sent_to(done, "coordinator"))
        me = await person_id(chat, "me")
        approved = await chat.say("coordinator", f"approve {me}")
        assert texts(sent_to(approved, "me")).startswith("Welcome, Me!")


async def test_programme_numbers_say_who_takes_part_who_waits_and_who_was_refused(
    intake: Transcript,
) -> None:
    await coordinator(intake, "telegram")
    for name in ("ben", "carl", "dina"):
        await register(intake, name, connector=True)
    await register(intake, "amina")
    carl, dina = await person_id(intake, "carl"), await person_id(intake, "dina")
    await intake.say("coord", f"/approve {carl}")
    await confirmed(intake, "coord", f"/reject {dina} not a connector profile")
    await intake.line(":clock +1m")
    shown = texts(await intake.say("coord", "/stats"))
    # The refused connector is not counted as taking part, and nowhere twice.
    assert "Connectors taking part: 1\n" in shown
    assert "Waiting for approval: 1\n" in shown
    assert "Refused at approval: 1\n" in shown
    assert "Newcomers taking part: 1\n" in shown
    assert "New connectors: 1 (0)" in shown


@pytest.mark.parametrize("french", [False, True])
async def test_an_sms_coordinator_gets_one_text_an_hour_for_everyone_waiting(
    intake: Transcript, french: bool
) -> None:
    await coordinator(intake, "sms", french=french)
    # Her real number (the simulator delivers texts to a number as a persona of that name).
    phone = "+16135550100"
    async with intake.simulator.app.engine.begin() as conn:
        await conn.execute(
            sa.update(channel_addresses)
            .where(channel_addresses.c.value == "coord")
            .values(channel="sms", value=phone)
        )
    told: list[str] = []
    for name in ("ben", "carl", "dina"):
        told += [m.text for m in sent_to(await register(intake, name, connector=True), phone)]
    assert told == []  # not one text per person
    sent = sent_to(await intake.line(":clock +1h"), phone)
    assert [m.text for m in sent] == [
        "3 personnes attendent une approbation. Tapez attente pour voir qui."
        if french
        else "3 people are waiting for approval. Type pending to see who."
    ]
    assert sent_to(await intake.line(":clock +2h"), phone) == []  # once per window


async def test_a_telegram_coordinator_still_hears_of_each_person_at_once(
    intake: Transcript,
) -> None:
    await coordinator(intake, "telegram")
    said = await register(intake, "ben", connector=True)
    assert [m.text.split(":")[0] for m in sent_to(said, "coord")] == [
        "Someone is waiting for approval"
    ]
