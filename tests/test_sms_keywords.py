"""Carrier keywords on SMS: STOP and its variants, START again, and HELP."""

from __future__ import annotations

import pytest

from handlers.core.keywords import carrier_keyword
from handlers.core.values import Address
from tests.conftest import Transcript


@pytest.mark.parametrize(
    "text",
    ["stop", " Stop.", "STOP!", "ARRÊT", "arret", "Arrêt.", "STOPALL", "unsubscribe", "CANCEL",
     "end", "Quit", "REVOKE", "optout", "OptOut.", "TD", "td"],
)  # fmt: skip
def test_opt_out_words_are_recognised_in_any_case_or_punctuation(text: str) -> None:
    assert carrier_keyword(text) == "stop"


@pytest.mark.parametrize("text", ["stop please", "don't stop", "stopper", "arrêter", ""])
def test_only_a_single_keyword_opts_out(text: str) -> None:
    assert carrier_keyword(text) is None


async def test_stop_silences_the_number_until_start(chat: Transcript) -> None:
    await chat.to_name_question("sam")
    assert await chat.say("sam", " Stop.") == []
    assert await chat.say("sam", "Sam") == []  # nothing goes to an opted-out number
    async with chat.simulator.app.store.transaction() as tx:
        status = await tx.address_status(Address(channel="sim", value="sam"))
    assert status == "opted_out"

    back = await chat.say("sam", "START")
    assert back[0].text == "Welcome back! You will receive our messages again. STOP to opt out."
    assert back[1].text.startswith("What name should people see?")  # nothing was lost
    assert (await chat.say("sam", "Sam"))[0].text.startswith("What is your profession")


async def test_french_opt_out_and_back_with_oui(chat: Transcript) -> None:
    chat.persona("lina", "sms")
    await chat.say("lina", "bonjour")
    await chat.say("lina", "2")
    assert await chat.say("lina", "ARRÊT") == []
    back = await chat.say("lina", "oui")
    assert (
        back[0].text
        == "Bon retour! Vous recevrez de nouveau nos messages. ARRET pour vous désinscrire."
    )
    assert back[1].text.startswith("Nous conservons votre nom")


async def test_help_says_what_the_bot_is_then_asks_again(chat: Transcript) -> None:
    await chat.to_name_question("hal")
    helped = await chat.say("hal", "INFO")
    assert helped[0].text.startswith("Connector: short meetings with professionals")
    assert "STOP to opt out" in helped[0].text
    assert helped[1].text.startswith("What name should people see?")


async def test_yes_is_an_ordinary_answer_when_not_opted_out(chat: Transcript) -> None:
    chat.persona("yan", "sms")
    await chat.say("yan", "hi")
    await chat.say("yan", "1")
    role = await chat.say("yan", "YES")
    assert role[0].text.startswith("Which describes you?")


async def test_a_stranger_who_texts_stop_is_never_written_to(chat: Transcript) -> None:
    chat.persona("zed", "sms")
    assert await chat.say("zed", "stop") == []
    assert await chat.say("zed", "hello") == []


async def test_a_question_mark_explains_the_current_question_on_sms(chat: Transcript) -> None:
    chat.persona("sam", "sms")
    await chat.say("sam", "hi")
    await chat.say("sam", "1")
    explained = await chat.say("sam", "?")
    assert explained[0].text.startswith("We need your agreement to keep your profile.")
    assert explained[-1].text.startswith("We keep your name, profession, city and languages")
