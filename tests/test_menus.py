"""The main menu fits the person: entries by role and by state, and by SMS at most 8 of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from handlers.core.programmes import DEFAULT_FILE
from tests.conftest import Transcript, body, register, texts
from tests.test_pairing import propose, set_out


@pytest.mark.parametrize("french", [False, True])
async def test_an_sms_menu_is_one_segment_and_more_lists_the_rest(
    chat: Transcript, french: bool
) -> None:
    await register(chat, "amina", french=french)
    menu = (await chat.say("amina", "menu"))[-1]
    body(menu)  # every entry numbered
    assert menu.segments == 1  # twelve entries cost two on every menu
    ids = [choice.id for choice in menu.choices]
    assert ids == ["menu:find", "menu:meetings", "menu:network", "menu:job", "menu:interview",
                   "menu:more"]  # fmt: skip
    more = (await chat.press("amina", 6))[-1]
    assert more.text.startswith("Autres options :" if french else "More options:")
    rest = [choice.id for choice in more.choices]
    assert rest == ["menu:event", "menu:mentorship", "menu:profile", "menu:my-data",
                    "global:language", "global:help", "global:menu"]  # fmt: skip
    # A number now means an entry of that list; its last one goes back to the first.
    profile = await chat.press("amina", 3)
    assert "Amina" in profile[0].text
    await chat.say("amina", "menu")
    await chat.press("amina", 6)
    back = (await chat.press("amina", 7))[-1]
    assert [choice.id for choice in back.choices] == ids


@pytest.mark.parametrize("french", [False, True])
async def test_a_connectors_sms_menu_is_one_segment_too(chat: Transcript, french: bool) -> None:
    await register(chat, "ben", connector=True, french=french)
    menu = (await chat.say("ben", "menu"))[-1]
    assert menu.segments == 1, menu.text
    assert [choice.id for choice in menu.choices][:2] == ["menu:offer", "menu:slots"]


async def test_on_telegram_every_entry_is_a_button(chat: Transcript) -> None:
    await register(chat, "amina", style="telegram")
    ids = [choice.id for choice in (await chat.say("amina", "menu"))[-1].choices]
    assert "menu:more" not in ids
    assert ids[-2:] == ["global:language", "global:help"]
    assert {"menu:profile", "menu:my-data", "menu:job", "menu:event"} <= set(ids)


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_my_mentorship_is_offered_once_there_is_one(chat: Transcript, style: str) -> None:
    await propose(chat, style)  # the coordinator matches Amina with Ben
    await chat.pick("ben", "pairyes:1")
    await chat.pick("amina", "pairyes:1")
    await set_out(chat)
    await chat.pick("ben", "pairok:1")  # agreed: it has started
    for name in ("amina", "ben"):
        ids = [choice.id for choice in (await chat.say(name, "menu"))[-1].choices]
        assert ids.index("menu:my-mentorship") < 4, ids  # near the top, on the first page
    await register(chat, "omar", style=style)
    menu = [choice.id for choice in (await chat.say("omar", "menu"))[-1].choices]
    if "menu:more" in menu:
        menu += [choice.id for choice in (await chat.pick("omar", "menu:more"))[-1].choices]
    assert "menu:my-mentorship" not in menu  # never in one
    assert "menu:mentorship" in menu  # the programme takes applications


class TestWithoutAMentorshipProgramme:
    """A bot that runs only the Connector programme."""

    @pytest.fixture
    def settings(self, settings: Settings, tmp_path: Path) -> Settings:
        """The built-in programmes file, cut before its mentorship programme."""
        text = DEFAULT_FILE.read_text(encoding="utf-8")
        file = tmp_path / "programmes.toml"
        file.write_text(text[: text.index("[[programme]]", text.index('id = "connector"'))])
        return settings.model_copy(update={"programmes_file": str(file)})

    async def test_no_entry_leads_to_a_mentorship(self, chat: Transcript) -> None:
        await register(chat, "amina", style="telegram")
        ids = [choice.id for choice in (await chat.say("amina", "menu"))[-1].choices]
        assert "menu:find" in ids
        assert "menu:mentorship" not in ids
        assert "menu:my-mentorship" not in ids


@pytest.mark.postgresql  # the number changed in place, on both databases
@pytest.mark.parametrize("french", [False, True])
async def test_my_phone_number_is_shared_changed_and_removed_on_telegram(
    chat: Transcript, french: bool
) -> None:
    await register(chat, "amina", style="telegram", french=french)
    asked = (await chat.pick("amina", "menu:share-phone"))[-1]
    assert [choice.id for choice in asked.choices] == ["share-contact"]
    # The simulator's contact key sends the persona's own (made-up, 555-01xx) number.
    shared = await chat.pick("amina", "share-contact")
    assert shared[0].text.startswith("Merci!" if french else "Thank you!")
    profile = texts(await chat.pick("amina", "menu:profile"))
    assert ("Téléphone : +1613555" if french else "Phone number: +1613555") in profile
    current = (await chat.pick("amina", "menu:share-phone"))[-1]
    assert [choice.id for choice in current.choices] == ["share-contact", "phone:remove"]
    wrong = await chat.say("amina", "demain")
    assert wrong[0].text.startswith("Je n'ai pas pu lire" if french else "I could not read")
    await chat.say("amina", "+1 902 555 0123")
    profile = texts(await chat.pick("amina", "menu:profile"))
    assert ("Téléphone : +19025550123" if french else "Phone number: +19025550123") in profile
    await chat.pick("amina", "menu:share-phone")
    removed = await chat.pick("amina", "phone:remove")
    assert removed[0].text.startswith("C'est fait" if french else "Done: your number is removed")
    profile = texts(await chat.pick("amina", "menu:profile"))
    assert ("aucun numéro donné" if french else "none given") in profile


async def test_by_sms_the_number_is_the_one_written_from(chat: Transcript) -> None:
    await register(chat, "amina")
    await chat.say("amina", "menu")
    await chat.press("amina", 6)  # More
    ids = [choice.id for choice in chat.simulator.channel.last_choices("amina")]
    assert "menu:share-phone" not in ids
