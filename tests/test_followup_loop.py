"""The follow-up loop as people really answer it: in words, late, once, and in disagreement."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from handlers.core.values import Address
from storage.tables import meeting_feedback, meetings
from tests.conftest import Transcript, numbered, plain, rate, register, sent_to, texts
from tests.test_meetings import book, offer

STYLES = ["sms", "telegram"]


async def meeting(chat: Transcript, style: str = "sms", french: bool = False) -> None:
    """Ben offers Thursday Dec 3, 14:00 (Toronto); Amina books it; Ben accepts."""
    await register(chat, "ben", connector=True, style=style, french=french)
    await offer(chat, "ben", 3, "14:00")
    await register(chat, "amina", style=style, french=french)
    await book(chat, "amina")
    await chat.press("ben", 1)


async def clock(chat: Transcript, moment: str) -> list[SimMessage]:
    """Move the clock (programme time) and return what was sent."""
    return await chat.line(f":clock {moment}")


async def status(chat: Transcript) -> str:
    """The one meeting's status."""
    async with chat.simulator.app.engine.connect() as conn:
        return str((await conn.execute(sa.select(meetings.c.status))).scalar_one())


# Item 1: no SMS option is a carrier opt-out word, and the French label does what it says.


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("french", "label"), [(False, "Cancel the meeting"), (True, "Annuler la rencontre")]
)
async def test_the_cancel_option_on_a_reminder_says_what_it_cancels(
    chat: Transcript, style: str, french: bool, label: str
) -> None:
    await meeting(chat, style, french)
    reminded = sent_to(await clock(chat, "2026-12-02T14:00"), "amina")[0]
    assert [c.label for c in reminded.choices][2] == label


async def test_typing_annuler_on_a_french_reminder_cancels_the_meeting(chat: Transcript) -> None:
    await meeting(chat, "sms", french=True)
    await clock(chat, "2026-12-02T14:00")
    asked = await chat.say("amina", "Annuler")
    assert plain(asked[0]).startswith("Annuler cette rencontre?")
    await chat.press("amina", 1)  # no reason
    assert await status(chat) == "cancelled"


# Item 2: natural answers are read, and the question stays answerable.


@pytest.mark.parametrize(
    ("french", "said", "met"),
    [
        (True, "Oui merci", True),
        (True, "Oui, c'était super", True),
        (True, "ouais", True),
        (True, "Non merci", False),
        (True, "1 oui", True),
        (False, "Yes, it was great!", True),
        (False, "no, sorry", False),
        (False, "2 no", False),
    ],
)
async def test_did_you_meet_answered_in_words_on_sms(
    chat: Transcript, french: bool, said: str, met: bool
) -> None:
    await meeting(chat, "sms", french)
    await clock(chat, "2026-12-03T15:00")
    answer = await chat.say("amina", said)
    expected = {
        (True, True): "Tant mieux!",
        (True, False): "Dommage. Que s'est-il passé?",
        (False, True): "Glad you met!",
        (False, False): "Sorry to hear that.",
    }[(french, met)]
    assert plain(answer[0]).startswith(expected)


@pytest.mark.parametrize(("french", "said"), [(False, "yes"), (True, "oui merci")])
async def test_a_typed_yes_on_telegram_answers_did_you_meet(
    chat: Transcript, french: bool, said: str
) -> None:
    await meeting(chat, "telegram", french)
    await clock(chat, "2026-12-03T15:00")
    answer = await chat.say("amina", said)
    assert plain(answer[0]).startswith("Tant mieux" if french else "Glad you met!")


@pytest.mark.parametrize("style", STYLES)
async def test_the_question_survives_a_detour_through_the_menu(
    chat: Transcript, style: str
) -> None:
    await meeting(chat, style)
    await clock(chat, "2026-12-03T15:00")
    await chat.say("amina", "menu")  # the main menu is now the last thing she saw
    answer = await chat.say("amina", "yes we did")
    assert plain(answer[0]).startswith("Glad you met!")
    await chat.press("amina", 5)
    await chat.press("amina", 1)  # nothing to add
    async with chat.simulator.app.engine.connect() as conn:
        row = (await conn.execute(sa.select(meeting_feedback))).one()
    assert (row.met, row.rating) == (True, 5)
    assert await status(chat) == "held"


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("french", [False, True])
async def test_oui_merci_to_a_reminder_confirms_attendance(
    chat: Transcript, style: str, french: bool
) -> None:
    await meeting(chat, style, french)
    await clock(chat, "2026-12-02T14:00")
    answer = sent_to(await chat.say("amina", "Oui merci" if french else "yes thanks"), "amina")
    assert plain(answer[0]).startswith("Parfait, merci!" if french else "Great, thank you!")


@pytest.mark.parametrize("style", STYLES)
async def test_an_unreadable_answer_asks_the_question_again_in_one_message(
    chat: Transcript, style: str
) -> None:
    await meeting(chat, style, french=True)
    await clock(chat, "2026-12-03T15:00")
    again = await chat.say("amina", "hmm peut-être")
    assert len(again) == 1
    assert plain(again[0]).startswith(
        "Désolé, je n'ai pas compris. Avez-vous pu rencontrer Ben le jeudi 3 décembre"
    )
    assert [c.id for c in again[0].choices] == ["met:1:yes", "met:1:no"]
    answer = await chat.say("amina", "non")
    assert plain(answer[0]).startswith("Dommage. Que s'est-il passé?")


async def test_an_answered_question_is_not_read_again(chat: Transcript) -> None:
    await meeting(chat)
    await clock(chat, "2026-12-03T15:00")
    await chat.say("amina", "no")
    await chat.press("amina", 3)  # moved to another time
    again = await chat.say("amina", "yes")
    assert plain(again[0]).startswith(
        "Sorry, I didn't understand that. What would you like to do?"
    )


# Item 3: no dead ends after notifications; one message for what is not understood.


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("french", [False, True])
async def test_something_not_understood_costs_one_message_with_the_options(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "amina", style=style, french=french)
    answer = await chat.say("amina", "blablabla")
    assert len(answer) == 1
    assert plain(answer[0]).startswith(
        "Désolé, je n'ai pas compris. Que souhaitez-vous faire?"
        if french
        else "Sorry, I didn't understand that. What would you like to do?"
    )
    assert "menu:find" in [c.id for c in answer[0].choices]


@pytest.mark.parametrize("french", [False, True])
async def test_a_number_after_a_confirmation_shows_the_options_in_one_message(
    chat: Transcript, french: bool
) -> None:
    await meeting(chat, "sms", french)  # Amina's last message is the confirmation
    answer = await chat.say("amina", "1")
    assert len(answer) == 1
    assert plain(answer[0]).startswith("Que souhaitez-vous faire?" if french else "What would you")
    chosen = await chat.say("amina", str(numbered(answer[0], "menu:meetings")))
    assert plain(chosen[0]).startswith("Vos rencontres" if french else "Your upcoming meetings")


@pytest.mark.parametrize("french", [False, True])
async def test_news_without_options_leaves_the_reminders_numbers_in_place(
    chat: Transcript, french: bool
) -> None:
    await meeting(chat, "sms", french)
    reminded = await clock(chat, "2026-12-02T14:00")  # the day before: both are reminded
    assert sent_to(reminded, "ben")[-1].choices
    # Amina says she will be there: Ben hears it, a message with no options of its own...
    news = sent_to(await chat.press("amina", 1), "ben")
    assert [m.choices for m in news] == [()]
    # ... so Ben's "1" still answers his reminder, not "Sorry, I didn't understand".
    answered = await chat.press("ben", 1)
    assert plain(sent_to(answered, "amina")[0]).startswith(
        "Ben confirme sa présence" if french else "Ben says they will be there"
    )


# Item 5: "Yes, I'll be there" reaches the other side, once.


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("french", [False, True])
async def test_ill_be_there_is_passed_on_once(chat: Transcript, style: str, french: bool) -> None:
    await meeting(chat, style, french)
    await clock(chat, "2026-12-02T14:00")
    told = sent_to(await chat.press("amina", 1), "ben")
    assert [plain(m) for m in told] == [
        "Amina confirme sa présence (jeudi 3 décembre à 14 h)."
        if french
        else "Amina says they will be there (Thursday, December 3 at 2:00 p.m.)."
    ]
    await clock(chat, "2026-12-03T13:00")
    assert sent_to(await chat.press("amina", 1), "ben") == []


# Item 6: conflicting no-show reports.


async def test_each_saying_the_other_did_not_come_is_disputed(chat: Transcript) -> None:
    await register(chat, "coord")
    await meeting(chat)
    await clock(chat, "2026-12-03T15:00")
    await chat.press("ben", 2)
    await chat.press("ben", 1)  # Amina did not come
    assert await status(chat) == "no_show"
    await chat.press("amina", 2)
    answered = await chat.press("amina", 1)  # Ben did not come
    assert await status(chat) == "disputed"
    alert = sent_to(answered, "coord")
    assert plain(alert[0]).startswith(
        "Ben and Amina each say the other did not come (Thursday, December 3 at 2:00 p.m.). "
        "The meeting is marked disputed and counts against no one."
    )
    async with chat.simulator.app.engine.connect() as conn:
        reasons = (await conn.execute(sa.select(meeting_feedback.c.reason))).scalars().all()
        absent = (await conn.execute(sa.select(meetings.c.absent_id))).scalar_one()
    assert sorted(reasons) == ["other_absent", "other_absent"]
    assert absent is None


async def _settle_lists_it(chat: Transcript, french: bool) -> None:
    shown = await chat.say("coord", "trancher" if french else "settle")
    assert "Amina" in plain(shown[0])
    assert "Ben" in plain(shown[0])


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("french", [False, True])
async def test_did_not_come_then_we_met_is_disputed_and_both_are_told(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "coord", french=french)
    await meeting(chat, style, french)
    await clock(chat, "2026-12-03T15:00")
    await chat.press("ben", 2)
    await chat.press("ben", 1)  # Amina did not come
    assert await status(chat) == "no_show"
    await chat.press("amina", 1)  # yes, we met
    answered = await rate(chat, "amina", 5)  # very useful, nothing to add
    assert await status(chat) == "disputed"
    (alert,) = sent_to(answered, "coord")
    assert plain(alert).startswith(
        "Amina dit avoir rencontré Ben (jeudi 3 décembre à 14 h); Ben dit que non. Marquée "
        "contestée, elle ne compte contre personne : voir trancher."
        if french
        else "Amina says they met Ben (Thursday, December 3 at 2:00 p.m.); Ben says they did "
        "not. Marked disputed, it counts against no one: see settle."
    )
    checking = (
        "se souvient autrement de votre rencontre (jeudi 3 décembre à 14 h)"
        if french
        else "remembers your meeting (Thursday, December 3 at 2:00 p.m.) differently"
    )
    assert checking in plain(sent_to(answered, "amina")[0])
    assert plain(sent_to(answered, "ben")[0]).startswith(
        f"Merci. Amina {checking}" if french else f"Thank you. Amina {checking}"
    )
    async with chat.simulator.app.engine.connect() as conn:
        absent = (await conn.execute(sa.select(meetings.c.absent_id))).scalar_one()
    assert absent is None  # it counts against no one until settled
    await _settle_lists_it(chat, french)


@pytest.mark.parametrize("french", [False, True])
async def test_we_met_then_did_not_come_is_disputed_too(chat: Transcript, french: bool) -> None:
    await register(chat, "coord", french=french)
    await meeting(chat, "sms", french)
    await clock(chat, "2026-12-03T15:00")
    await chat.press("amina", 1)  # yes, we met
    await chat.press("amina", 4)
    await chat.press("amina", 1)
    assert await status(chat) == "held"
    await chat.say("ben", "non" if french else "no")
    answered = await chat.press("ben", 1)  # Amina did not come
    assert await status(chat) == "disputed"
    (alert,) = sent_to(answered, "coord")
    assert plain(alert).startswith("Amina dit avoir" if french else "Amina says they met Ben")
    assert plain(sent_to(answered, "amina")[0]).startswith(
        "Merci. Ben" if french else "Thank you. Ben"
    )
    assert plain(sent_to(answered, "ben")[0]).startswith(
        "Merci. Amina" if french else "Thank you. Amina"
    )
    await _settle_lists_it(chat, french)


async def test_agreeing_no_show_reports_are_not_a_dispute(chat: Transcript) -> None:
    await meeting(chat)
    await clock(chat, "2026-12-03T15:00")
    await chat.press("ben", 2)
    await chat.press("ben", 1)  # Amina did not come
    await chat.press("amina", 2)
    await chat.press("amina", 2)  # I could not make it
    assert await status(chat) == "no_show"


# Item 7: a meeting nobody answers about.


@pytest.mark.parametrize("french", [False, True])
async def test_unanswered_did_you_meet_is_asked_again_then_marked_unconfirmed(
    chat: Transcript, french: bool
) -> None:
    await meeting(chat, "sms", french)
    await clock(chat, "2026-12-03T15:00")
    assert await clock(chat, "2026-12-04T14:59") == []
    again = await clock(chat, "2026-12-04T15:00")
    assert sorted(m.to for m in again) == ["amina", "ben"]
    assert plain(sent_to(again, "amina")[0]).startswith(
        "Avez-vous pu rencontrer Ben" if french else "Did you meet Ben"
    )
    assert await clock(chat, "2026-12-05T14:59") == []
    assert await status(chat) == "confirmed"
    assert await clock(chat, "2026-12-05T15:00") == []
    assert await status(chat) == "unconfirmed"
    late = await chat.say("amina", "oui" if french else "yes")  # a late answer still counts
    assert plain(late[0]).startswith("Tant mieux" if french else "Glad you met!")


async def test_one_answer_stops_the_second_asking(chat: Transcript) -> None:
    await meeting(chat)
    await clock(chat, "2026-12-03T15:00")
    await chat.say("ben", "yes")
    await chat.press("ben", 4)
    await chat.press("ben", 1)  # nothing to add
    assert sent_to(await clock(chat, "2026-12-06T15:00"), "amina") == []
    assert await status(chat) == "held"


async def test_a_reminder_answered_in_words_in_the_middle_of_a_search(chat: Transcript) -> None:
    await meeting(chat, "sms", french=True)
    menu = (await chat.say("amina", "menu"))[-1]
    asked = await chat.press("amina", numbered(menu, "menu:find"))  # a question is open
    await clock(chat, "2026-12-02T14:00")
    answer = sent_to(await chat.say("amina", "Oui merci"), "amina")
    assert plain(answer[0]) == "Parfait, merci! La personne sera contente de le savoir."
    assert plain(answer[1]) == plain(asked[0])  # then the search resumes where it was


@pytest.mark.parametrize("style", STYLES)
async def test_a_bare_no_to_a_reminder_offers_its_options_again(
    chat: Transcript, style: str
) -> None:
    await meeting(chat, style)
    await clock(chat, "2026-12-02T14:00")
    again = await chat.say("amina", "no")  # not a choice: another time, or cancel?
    assert len(again) == 1
    assert plain(again[0]).startswith(
        "Sorry, I didn't understand. Still on with Ben (Thursday, December 3 at 2:00 p.m.)?"
    )
    assert [c.label for c in again[0].choices] == [
        "Yes, I'll be there",
        "I need another time",
        "Cancel the meeting",
    ]


# An opt-out, or the bot blocked, cancels what the person had coming, and the other side knows.


@pytest.mark.parametrize("french", [False, True])
async def test_cancel_typed_to_a_reminder_opts_out_and_the_connector_is_told(
    chat: Transcript, french: bool
) -> None:
    await meeting(chat, "sms", french)
    await clock(chat, "2026-12-02T14:00")  # the day-before reminder
    # "Cancel" is a carrier opt-out word by SMS: the carrier stops messages, the bot says nothing.
    assert await chat.say("amina", "Cancel") == []
    told = sent_to(await clock(chat, "2026-12-02T14:01"), "ben")
    assert [plain(m) for m in told] == [
        "Le programme ne peut plus joindre Amina; votre rencontre (jeudi 3 décembre à 14 h) est "
        "donc annulée. Votre plage est de nouveau libre pour d'autres."
        if french
        else "The programme can no longer reach Amina, so your meeting (Thursday, December 3 at "
        "2:00 p.m.) is cancelled. Your time is open again for others."
    ]
    assert await status(chat) == "cancelled"
    # No hour-before reminder, no "did you meet?", no no-show for anyone.
    after = await clock(chat, "2026-12-04T15:00")
    assert sent_to(after, "ben") == []
    assert await status(chat) == "cancelled"


async def test_a_connector_who_blocks_the_bot_keeps_no_meetings_and_no_open_times(
    chat: Transcript,
) -> None:
    await meeting(chat, "telegram")
    await offer(chat, "ben", 4, "10:00")  # another open time
    async with chat.simulator.app.store.transaction() as tx:
        # What the sender records when Telegram answers "bot was blocked by the user".
        await tx.set_address_status(Address(channel="sim", value="ben"), "unreachable")
    told = sent_to(await clock(chat, "2026-12-01T09:01"), "amina")
    assert [plain(m) for m in told] == [
        "The programme can no longer reach Ben, so your meeting (Thursday, December 3 at 2:00 "
        "p.m.) is cancelled. You can find another connector from the menu."
    ]
    assert await status(chat) == "cancelled"
    await chat.say("amina", "menu")
    found = await chat.pick("amina", "menu:find")
    assert "Ben" not in texts(found)  # his open times were withdrawn
