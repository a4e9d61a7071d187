"""Help before a language is chosen speaks both; help says how to have one's data deleted."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from tests.conftest import Recorder, Transcript, plain, register

CONTACT = "613-555-0100"


@pytest.fixture
async def staffed(settings: Settings, clock: ManualClock) -> AsyncIterator[Transcript]:
    """A simulator for a programme that has a contact for its staff."""
    recorder = Recorder()
    configured = settings.model_copy(update={"programme_contact": CONTACT})
    async with Simulator(configured, clock, recorder) as simulator:
        yield Transcript(simulator, recorder)


@pytest.mark.parametrize(
    ("style", "word"), [("sms", "?"), ("telegram", "aide"), ("telegram", "/help")]
)
async def test_help_at_the_language_question_speaks_both_languages(
    chat: Transcript, style: str, word: str
) -> None:
    chat.persona("nia", style)
    await chat.say("nia", "bonjour")
    helped = await chat.say("nia", word)
    assert plain(helped[0]).startswith(
        "Choose the language I will write to you in; send LANGUAGE to change it later. / "
        "Choisissez la langue dans laquelle je vous écrirai"
    )
    assert len(helped) == 2  # the explanation, then the question again (no English-only line)
    assert plain(helped[1]).startswith("Welcome to Connector! Bienvenue à Connecteur!"[:10])


async def test_the_carrier_help_word_before_a_language_speaks_both(staffed: Transcript) -> None:
    staffed.persona("nia", "sms")
    helped = await staffed.say("nia", "HELP")
    assert plain(helped[0]) == (
        "Connector / Connecteur: short meetings with professionals / courtes rencontres avec "
        f"des professionnels. Contact: {CONTACT}. STOP to opt out / ARRET pour vous désinscrire."
    )
    assert plain(helped[1]).startswith("Welcome to Connector! Bienvenue à Connecteur!")


@pytest.mark.parametrize("style", ["sms", "telegram"])
@pytest.mark.parametrize(
    ("french", "deletion"),
    [
        (False, f"To have your data deleted, contact the programme: {CONTACT}."),
        (True, f"Pour faire effacer vos données, écrivez au programme : {CONTACT}."),
    ],
)
async def test_help_says_how_to_have_ones_data_deleted(
    staffed: Transcript, style: str, french: bool, deletion: str
) -> None:
    await register(staffed, "ana", style=style, french=french)
    helped = await staffed.say("ana", "aide" if french else "help!")
    if style == "sms":  # HELP and AIDE are carrier words on SMS: the menu's Help entry
        await staffed.say("ana", "menu")
        helped = await staffed.pick("ana", "global:help")  # under More
    assert plain(helped[0]).endswith(deletion)


async def test_without_a_contact_help_points_to_the_coordinators(chat: Transcript) -> None:
    await register(chat, "ana", style="telegram")
    helped = await chat.say("ana", "help")
    assert plain(helped[0]).endswith(
        "To have your data deleted, ask the programme's coordinators."
    )


async def test_three_misses_at_the_language_question_stay_in_both_languages(
    chat: Transcript, style: str
) -> None:
    # "Having trouble? Pick an option below" came in English only, before any language.
    chat.persona("nia", style)
    await chat.say("nia", "bonjour")
    for typed in ("x", "y"):
        await chat.say("nia", typed)
    third = await chat.say("nia", "z")
    assert len(third) == 2  # the hint and the question again, both in both languages
    assert " / " in plain(third[0])
    assert plain(third[1]).startswith("Welcome to Connector! Bienvenue à Connecteur!"[:10])
    assert "Having trouble" not in "\n".join(plain(message) for message in third)


@pytest.mark.parametrize("french", [False, True])
async def test_every_page_of_a_coordinators_command_list_fits_two_sms_segments(
    chat: Transcript, french: bool
) -> None:
    from tests.test_coordination import coordinator

    await coordinator(chat, "sms", french=french)
    # By SMS, HELP is the carrier's keyword; the menu's Help entry lists the commands.
    page = (await chat.pick("coord", "global:help"))[1]
    pages = [page]
    while any(c.id.startswith("helpmore:") for c in page.choices):
        more = next(c for c in page.choices if c.id.startswith("helpmore:"))
        page = (await chat.pick("coord", more.id))[0]
        pages.append(page)
    for shown in pages:
        assert shown.segments in (1, 2), shown.text
    assert len(pages) >= 5
