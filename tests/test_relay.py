"""The private relay as conversations: the two sides of a confirmed meeting write to each other
through the bot, each on their own channel and in their own language, within limits, and one tap
reports a message to the coordinators."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from storage.tables import meeting_events
from tests.conftest import Transcript, body, labels, register, sent_to, texts, wording
from tests.test_coordination import coordinator
from tests.test_meetings import book, offer


async def confirmed_meeting(
    chat: Transcript, amina_style: str = "sms", ben_style: str = "telegram"
) -> None:
    """Amina (French) books Ben (English) by phone for Wednesday 14:00 Halifax; Ben accepts."""
    await register(chat, "ben", connector=True, style=ben_style)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina", style=amina_style, french=True)
    await book(chat, "amina")
    await chat.pick("ben", "accept:")


@pytest.mark.parametrize(("amina_style", "ben_style"), [("sms", "telegram"), ("telegram", "sms")])
async def test_the_two_sides_write_to_each_other_each_in_their_own_frame(
    chat: Transcript, amina_style: str, ben_style: str
) -> None:
    await confirmed_meeting(chat, amina_style, ben_style)
    # By SMS in one message with the meeting's number, as her confirmation says.
    sent = await chat.say("amina", "ecrire 1 J'aurai 10 minutes de retard, désolée")
    assert body(sent_to(sent, "amina")[0]) == "C'est transmis à Ben."
    relayed = sent_to(sent, "ben")[0]
    assert body(relayed) == wording(
        relayed,
        sms='Amina (meeting Wed Dec 2, 2:00 p.m.): "J\'aurai 10 minutes de retard, désolée" '
        "To answer: WRITE 1 and your message",
        telegram="Message from Amina about your meeting on Wed Dec 2, 2:00 p.m.:\n"
        '"J\'aurai 10 minutes de retard, désolée"\n'
        "It came through the bot, which passes on no phone number.",
    )
    assert labels(relayed) == ["Answer", "Report it"]

    # Ben answers with the option; the question says who it goes to, and how long it may be.
    asked = await chat.pick("ben", "write:")
    assert body(asked[0]).startswith("Your message to Amina, in one line (140 characters at most)")
    answer = await chat.say("ben", "No problem, see you then. Ben")
    assert body(sent_to(answer, "ben")[0]) == "Sent to Amina."
    back = sent_to(answer, "amina")[0]
    assert body(back) == wording(
        back,
        sms='Ben (rencontre du mer. 2 déc., 14 h) : "No problem, see you then. Ben" '
        "Pour répondre : ECRIRE 1 et votre message",
        telegram="Message de Ben au sujet de votre rencontre du mer. 2 déc., 14 h\u00a0:\n"
        "\u00ab\u00a0No problem, see you then. Ben\u00a0\u00bb\n"  # French quotes on Telegram
        "Il passe par le bot, qui ne transmet aucun numéro de téléphone.",
    )
    assert labels(back) == ["Répondre", "Signaler"]

    # Amina answers by the option too, and a message too long is refused politely.
    await chat.pick("amina", "write:")
    too_long = await chat.say("amina", "Merci " * 30)
    assert "140 caractères au plus" in texts(too_long)
    assert not sent_to(too_long, "ben")
    thanks = await chat.say("amina", "Merci, à mercredi!")
    assert '"Merci, à mercredi!"' in body(sent_to(thanks, "ben")[0])


async def test_the_meeting_view_offers_to_write_and_a_command_without_text_asks_for_it(
    chat: Transcript,
) -> None:
    await confirmed_meeting(chat, "telegram", "telegram")
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:meetings")
    details = await chat.pick("amina", "meeting:")
    assert "Écrire à Ben" in labels(details[0])
    asked = await chat.say("amina", "/ecrire 1")
    assert body(asked[0]).startswith("Votre message à Ben, en une ligne")
    sent = await chat.say("amina", "Bonjour Ben")
    assert '"Bonjour Ben"' in body(sent_to(sent, "ben")[0])


async def test_only_the_meetings_own_people_write_and_only_while_it_is_open(
    chat: Transcript,
) -> None:
    await confirmed_meeting(chat)
    await register(chat, "omar")
    stranger = await chat.say("omar", "write 1 hello")
    assert texts(stranger).startswith("None of your meetings has the number 1.")
    assert not sent_to(stranger, "ben")
    assert not sent_to(stranger, "amina")
    usage = await chat.say("omar", "write hello")
    assert texts(usage).startswith("Type write, the meeting's number and your message")

    # Open a week after the meeting (a thank-you), then closed.
    chat.simulator.clock.advance(timedelta(days=7))
    assert sent_to(await chat.say("amina", "ecrire 1 Merci encore!"), "ben")
    chat.simulator.clock.advance(timedelta(days=2))
    closed = await chat.say("amina", "ecrire 1 Vous êtes là?")
    assert texts(closed).startswith("Vous ne pouvez plus écrire à Ben par le bot")
    assert not sent_to(closed, "ben")


async def test_a_cancelled_meeting_closes_the_relay(chat: Transcript) -> None:
    await confirmed_meeting(chat)
    await chat.say("ben", "menu")
    await chat.pick("ben", "menu:slots")
    await chat.pick("ben", "meeting:")
    await chat.pick("ben", "cancel:")
    await chat.press("ben", 1)  # no reason
    closed = await chat.say("amina", "ecrire 1 Pourquoi?")
    assert texts(closed).startswith("Vous ne pouvez plus écrire à Ben par le bot")
    assert not sent_to(closed, "ben")


async def test_ten_messages_a_day_then_tomorrow_and_one_tap_reports_to_the_coordinators(
    chat: Transcript,
) -> None:
    await coordinator(chat, "telegram")
    await confirmed_meeting(chat)
    for number in range(10):
        assert sent_to(await chat.say("amina", f"ecrire 1 Message {number}"), "ben")
    over = await chat.say("amina", "ecrire 1 Encore un")
    assert texts(over).startswith("Vous avez envoyé 10 messages à Ben aujourd'hui")
    assert not sent_to(over, "ben")
    chat.simulator.clock.advance(timedelta(days=1, minutes=1))  # 24 hours after the first
    late = await chat.say("amina", "ecrire 1 Tu es là?")
    assert sent_to(late, "ben")

    reported = await chat.pick("ben", "relayreport:")
    assert body(sent_to(reported, "ben")[0]).startswith(
        "Thank you. The coordinators have the message and will look into it. Amina can no "
        "longer write to you"
    )
    notice = body(sent_to(reported, "coord")[0])
    assert notice.startswith("Ben reported a message from Amina (#")
    assert 'about meeting 1: "Tu es là?"' in notice
    assert not sent_to(reported, "amina")  # the writer is not told who reported
    blocked = await chat.say("amina", "ecrire 1 Allô?")
    assert texts(blocked).startswith("Le bot ne transmet plus vos messages à Ben")
    assert not sent_to(blocked, "ben")
    # Ben may still write to her (a report closes the relay only to its writer).
    assert sent_to(await chat.say("ben", "write 1 Please stop."), "amina")


async def test_the_words_are_cleared_with_the_meetings_other_free_text(chat: Transcript) -> None:
    await confirmed_meeting(chat)
    await chat.say("amina", "ecrire 1 Mon numéro perso est le 902-555-0199")
    app = chat.simulator.app
    chat.simulator.clock.advance(timedelta(days=app.settings.retention_days + 1))
    from storage.retention import Retention

    await Retention(app.engine, chat.simulator.clock, timedelta(days=90)).run()
    async with app.engine.connect() as conn:
        kept = (
            await conn.execute(
                sa.select(meeting_events.c.detail).where(meeting_events.c.action == "relayed")
            )
        ).scalars()
        assert list(kept) == [""]


async def test_the_command_works_in_the_middle_of_a_question(chat: Transcript) -> None:
    await confirmed_meeting(chat)
    await chat.say("amina", "menu")
    asked = await chat.pick("amina", "menu:find")  # a question that takes typed words
    sent = await chat.say("amina", "ECRIRE 1 J'arrive dans 5 minutes")
    assert '"J\'arrive dans 5 minutes"' in body(sent_to(sent, "ben")[0])
    to_amina = sent_to(sent, "amina")
    assert body(to_amina[0]) == "C'est transmis à Ben."
    assert to_amina[-1].text == asked[-1].text  # and the question she was answering, again
    # A number that is none of her meetings is an answer like any other.
    assert not sent_to(await chat.say("amina", "ecrire 7 lignes"), "ben")


async def test_an_emoji_does_not_cost_an_sms_reader_the_message(chat: Transcript) -> None:
    """An emoji would turn the SMS into UCS-2 (70 characters a segment) and cut the message
    short, the number in it with the rest: by SMS it is left out, every word kept."""
    await confirmed_meeting(chat)
    sent = await chat.say(
        "ben", "/write 1 À jeudi 🙂 appelez-moi au 902-555-0123 si besoin, merci!"
    )
    relayed = sent_to(sent, "amina")[0]
    assert '"A jeudi appelez-moi au 902-555-0123 si besoin, merci!"' in relayed.text
    assert relayed.segments == 1
