"""A programme that has a staff member meet both sides before their agreement (the Ottawa
model's introduction meeting): both say yes, the coordinator records the meeting, then the
agreement opens; or the introduction shows the match should not go ahead."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from handlers.core.programmes import DEFAULT_FILE
from tests.conftest import Transcript, body, sent_to, texts
from tests.test_coordination import command, person_id
from tests.test_pairing import propose, set_out, stored_status

WITH_INTRODUCTION = DEFAULT_FILE.read_text(encoding="utf-8").replace(
    'cadence = { every = "week", min_minutes = 60, target_hours = 13 }',
    'cadence = { every = "week", min_minutes = 60, target_hours = 13 }\nintroduction = true',
)


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """The usual settings, with the career programme asking for an introduction meeting."""
    assert "introduction = true" in WITH_INTRODUCTION
    file = tmp_path / "programmes.toml"
    file.write_text(WITH_INTRODUCTION, encoding="utf-8")
    return settings.model_copy(update={"programmes_file": str(file)})


@pytest.mark.postgresql  # the status moves by conditional updates, on both databases
@pytest.mark.parametrize("french", [False, True])
async def test_the_agreement_opens_once_the_introduction_is_recorded(
    chat: Transcript, style: str, french: bool
) -> None:
    await propose(chat, style, french=french)
    await chat.pick("ben", "pairyes:1")
    both = await chat.pick("amina", "pairyes:1")
    wait = ("L'équipe du programme va organiser une courte rencontre de présentation" if french
            else "The programme staff will set up a short introduction meeting")  # fmt: skip
    assert wait in texts(sent_to(both, "amina"))
    assert wait in texts(sent_to(both, "ben"))
    # Each side hears who sets out the agreement after it.
    assert ("vous indiquerez votre entente ici" if french
            else "you set out your agreement here") in texts(sent_to(both, "amina"))  # fmt: skip
    assert ("Amina indiquera l'entente ici et vous la confirmerez" if french
            else "Amina sets out the agreement here and you confirm it") in texts(
        sent_to(both, "ben"))  # fmt: skip
    told = texts(sent_to(both, "coord"))
    assert ("une fois tenue, tapez : presentes #1" if french
            else "once it is held, type: introduced #1") in told  # fmt: skip
    assert await stored_status(chat) == ["introducing"]
    word = "presentes" if french else "introduced"
    wrong = await chat.say("coord", command(style, f"{word} #1 maybe"))
    assert texts(wrong).startswith("Tapez presentes" if french else "Type introduced")
    recorded = await chat.say("coord", command(style, f"{word} #1"))
    assert texts(sent_to(recorded, "coord")).startswith(
        "Présentation notée pour le jumelage #1" if french
        else "Introduction recorded for match #1"
    )  # fmt: skip
    invite = sent_to(recorded, "amina")[-1]
    assert [c.id for c in invite.choices] == ["pairagree:1"]
    assert body(invite).startswith(
        "Votre rencontre de présentation avec Ben est notée"
        if french
        else "Your introduction meeting with Ben is recorded"
    )
    assert texts(sent_to(recorded, "ben")).startswith(
        "Votre rencontre de présentation avec Amina est notée" if french
        else "Your introduction meeting with Amina is recorded"
    )  # fmt: skip
    again = await chat.say("coord", command(style, f"{word} #1"))
    assert texts(again).startswith("Le jumelage #1 n'attend pas" if french
                                   else "Match #1 is not waiting")  # fmt: skip
    await chat.pick("amina", "pairagree:1")
    await set_out(chat, french=french)
    await chat.pick("ben", "pairok:1")
    assert await stored_status(chat) == ["active"]


async def test_an_introduction_can_show_the_match_should_not_go_ahead(
    chat: Transcript, style: str
) -> None:
    await propose(chat, style)
    await chat.pick("ben", "pairyes:1")
    await chat.pick("amina", "pairyes:1")
    ended = await chat.say("coord", command(style, "introduced #1 no"))
    assert "does not go ahead after the introduction" in texts(sent_to(ended, "coord"))
    for name, other in (("amina", "Ben"), ("ben", "Amina")):
        assert texts(sent_to(ended, name)).startswith(
            f"After the introduction meeting, the match with {other} does not go ahead."
        )
    assert await stored_status(chat) == ["declined"]
    # Ben, turned down, is not suggested to Amina again.
    amina = await person_id(chat, "amina")
    suggested = texts(await chat.say("coord", command(style, f"suggest {amina}")))
    assert suggested.startswith("No mentor can be suggested for Amina")
