"""Features plug into the core by declaration: a test feature, commands, roles, the registry."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.clock import ManualClock
from bot.config import Settings
from bot.i18n import CATALOGUES
from bot.simulate import Simulator
from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.feature import Command, Feature, MenuItem
from handlers.core.keywords import carrier_keyword
from handlers.core.registry import Registry
from handlers.core.values import Address
from handlers.features import FEATURES
from storage.tables import audit_log, participant_roles, scheduled
from tests import sample_feature
from tests.conftest import Recorder, Transcript, numbered, register, texts

WITH_SAMPLE = Registry((*FEATURES, sample_feature.FEATURE))


@pytest.fixture
async def sample_chat(settings: Settings, clock: ManualClock) -> AsyncIterator[Transcript]:
    """The simulator running the shipped features plus the test feature."""
    recorder = Recorder()
    catalogues = (CATALOGUES, sample_feature.CATALOGUES)
    async with Simulator(
        settings, clock, recorder, features=WITH_SAMPLE, catalogues=catalogues
    ) as simulator:
        yield Transcript(simulator, recorder)


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_a_feature_adds_a_menu_entry_a_dialogue_an_action_and_a_job(
    sample_chat: Transcript, style: str
) -> None:
    chat = sample_chat
    menu = (await register(chat, "amina", style=style))[-1]
    ids = [choice.id for choice in menu.choices]
    # Its own place in the menu, between the meetings entries and the profile.
    last = "menu:profile" if "menu:profile" in ids else "menu:more"  # by SMS, under More
    assert ids.index("menu:meetings") < ids.index("menu:sample") < ids.index(last)
    asked = await chat.press("amina", numbered(menu, "menu:sample"))
    assert asked[-1].text.startswith("Which number, from 1 to 99?")
    refused = await chat.say("amina", "²")  # a superscript two is not a number here
    assert "That is not a number from 1 to 99." in texts(refused)
    assert refused[-1].text.startswith("Which number, from 1 to 99?")
    unlucky = await chat.say("amina", "13")  # its end opens the dialogue again
    assert [m.text.split("\n")[0] for m in unlucky] == [
        "Thirteen? Let us pick another one.",
        "Which number, from 1 to 99?",
    ]
    picked = await chat.say("amina", "42")
    assert picked[0].text == "You picked 42."
    assert [c.id for c in picked[-1].choices] == ids  # back at the main menu
    assert await chat.line(":clock +59m") == []
    later = await chat.line(":clock +1m")
    assert [(m.to, m.text) for m in later] == [("amina", "An hour ago you picked a number.")]
    async with chat.simulator.app.engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(scheduled.c.subject_kind, scheduled.c.status).where(
                    scheduled.c.kind == "sample_later"
                )
            )
        ).one()
    assert tuple(row) == ("sample", "done")


async def test_an_anytime_action_works_in_the_middle_of_a_dialogue(
    sample_chat: Transcript,
) -> None:
    chat = sample_chat
    menu = (await register(chat, "amina", style="telegram"))[-1]
    await chat.press("amina", numbered(menu, "menu:find"))  # now in the find dialogue
    question = chat.recorder.messages[-1]
    acted = await chat._new(chat.simulator._receive("amina", None, choice="sample:7"))
    assert [m.text for m in acted] == ["You picked 7.", question.text]
    assert acted[-1].choices == question.choices  # and the find question again


async def test_a_command_takes_a_typed_argument_in_each_language(
    sample_chat: Transcript,
) -> None:
    chat = sample_chat
    await register(chat, "amina")
    assert texts(await chat.say("amina", "echo 21")) == "Twice that is 42."
    usage = await chat.say("amina", "echo twenty")
    assert usage[0].text == "Type echo and a number, for example: echo 21"
    assert usage[-1].choices  # then the menu, so the conversation carries on
    await register(chat, "lea", french=True, style="telegram")
    assert texts(await chat.say("lea", "/repete 5")) == "Le double, c'est 10."
    usage = await chat.say("lea", "/repete cinq")
    assert usage[0].text == "Tapez repete et un nombre, par exemple\u00a0: repete 21"  # Telegram


async def test_a_command_the_roles_do_not_allow_answers_like_an_unknown_one(
    sample_chat: Transcript,
) -> None:
    chat = sample_chat
    await register(chat, "ben", connector=True)
    refused = await chat.say("ben", "echo 21")
    unknown = await chat.say("ben", "frobnicate 21")
    assert [m.text for m in refused] == [m.text for m in unknown]
    assert "Twice" not in texts(refused)
    async with chat.simulator.app.engine.connect() as conn:
        actions = (await conn.execute(sa.select(audit_log.c.action, audit_log.c.detail))).all()
    assert ("command-refused", "echo") in [tuple(a) for a in actions]


async def test_a_person_with_two_roles_sees_both_menus(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    app = chat.simulator.app
    async with app.store.transaction() as tx:
        ben = await tx.participant_by_address(Address(channel="sim", value="ben"))
        assert ben is not None
        assert ben.roles == frozenset({"connector"})
        assert await tx.grant(ben.id, "mentee", granted_by=None)
        assert not await tx.grant(ben.id, "mentee", granted_by=None)  # once
    menu = await chat.say("ben", "menu")
    ids = [choice.id for choice in menu[-1].choices]
    assert {"menu:offer", "menu:slots", "menu:find", "menu:meetings"} <= set(ids)
    async with app.engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.select(participant_roles.c.role, participant_roles.c.granted_at).where(
                    participant_roles.c.participant_id == ben.id
                )
            )
        ).all()
    assert sorted(r.role for r in rows) == ["connector", "mentee"]
    assert all(r.granted_at is not None for r in rows)


async def test_configured_coordinators_are_seeded_and_the_database_decides_after(
    settings: Settings, clock: ManualClock
) -> None:
    recorder = Recorder()
    async with Simulator(settings, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        chat.persona("coord", "sms")
        await chat.say("coord", "hi")
        async with simulator.app.store.transaction() as tx:
            coord = await tx.participant_by_address(Address(channel="sim", value="coord"))
            assert coord is not None
            assert "coordinator" in coord.roles
            assert await tx.revoke(coord.id, "coordinator")
    # A restart with the address still configured seeds it again; one removed from the
    # configuration keeps whatever the database says.
    unlisted = settings.model_copy(update={"coordinators": ()})
    async with (
        Simulator(unlisted, clock, Recorder()) as simulator,
        simulator.app.store.transaction() as tx,
    ):
        coord = await tx.participant_by_address(Address(channel="sim", value="coord"))
        assert coord is not None
        assert "coordinator" not in coord.roles
    async with (
        Simulator(settings, clock, Recorder()) as simulator,
        simulator.app.store.transaction() as tx,
    ):
        coord = await tx.participant_by_address(Address(channel="sim", value="coord"))
        assert coord is not None
        assert "coordinator" in coord.roles


def test_telegram_command_menus_come_from_the_declarations() -> None:
    english = [name for name, _ in WITH_SAMPLE.command_menu("en", frozenset())]
    french = [name for name, _ in WITH_SAMPLE.command_menu("fr", frozenset({"mentee"}))]
    staff = [name for name, _ in WITH_SAMPLE.command_menu("fr", frozenset({"coordinator"}))]
    assert english == ["start", "menu", "help", "language", "back", "cancel", "profile", "write"]
    assert french[-3:] == ["profil", "ecrire", "repete"]
    assert "stats" in staff
    assert "repete" not in staff


def test_no_command_is_named_after_a_carrier_keyword() -> None:
    for command in WITH_SAMPLE.commands:
        for name in command.names.values():
            assert carrier_keyword(name) is None, name
            # Telegram allows a-z, 0-9 and _ in command names.
            assert re.fullmatch("[a-z0-9_]{1,32}", name), name


async def _nothing(ctx: Ctx, argument: str = "") -> Result:
    return []


def test_the_registry_refuses_clashing_or_misordered_declarations() -> None:
    twin = Feature(name="twin", menu=(MenuItem(id="menu:profile", label="x", order=1,
                                               run=_nothing),))  # fmt: skip
    with pytest.raises(ValueError, match="menu:profile"):
        Registry((*FEATURES, twin))
    with pytest.raises(ValueError, match="builds on"):
        Registry((FEATURES[1], FEATURES[0]))  # meetings before registration
    stats: Command[str] = Command(names={"en": "stats", "fr": "stats"}, about="x", run=_nothing)
    with pytest.raises(ValueError, match="stats"):
        Registry((*FEATURES, Feature(name="again", commands=(stats,))))


async def test_a_late_job_of_a_feature_kind_is_dropped_by_its_own_policy(
    sample_chat: Transcript,
) -> None:
    chat = sample_chat
    menu = (await register(chat, "amina"))[-1]
    await chat.press("amina", numbered(menu, "menu:sample"))
    await chat.say("amina", "12")
    # The bot is down for two days: the follow-up is more than a day late.
    chat.simulator.clock.set(chat.simulator.clock.now() + timedelta(days=2))
    assert await chat.line(":clock +1m") == []
    async with chat.simulator.app.engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(scheduled.c.status, scheduled.c.detail).where(
                    scheduled.c.kind == "sample_later"
                )
            )
        ).one()
    assert tuple(row) == ("dropped", "a day late")
