"""Changing a confirmed meeting: moves the connector answers, cancellations, no other time.

Each transcript runs in English by SMS and in French on Telegram, and the other way round.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.channels.simulator import SimMessage
from storage.tables import meetings, slots
from tests.conftest import Transcript, numbered, plain, register, sent_to
from tests.test_meetings import offer

# (rendering, French?) for both sides of each transcript.
WAYS = [("sms", False), ("telegram", True), ("sms", True), ("telegram", False)]
WAY_IDS = ["sms-en", "telegram-fr", "sms-fr", "telegram-en"]


def said(french: bool, en: str, fr: str) -> str:
    """The wording a person sees in their language."""
    return fr if french else en


async def pick(
    chat: Transcript, who: str, message: SimMessage, choice_id: str
) -> list[SimMessage]:
    """``who`` picks the choice ``choice_id`` of ``message`` (types its number, or taps it)."""
    return await chat.press(who, numbered(message, choice_id))


def ids(message: SimMessage) -> list[str]:
    """The stable ids of a message's choices."""
    return [choice.id for choice in message.choices]


async def ask_first_time(chat: Transcript, who: str) -> list[SimMessage]:
    """``who`` finds a connector in their field and asks for the first time offered."""
    menu = (await chat.say(who, "menu"))[-1]
    shown = (await pick(chat, who, menu, "menu:find"))[-1]
    for _step in range(4):
        if "field:mine" in ids(shown):
            shown = (await pick(chat, who, shown, "field:mine"))[-1]
        elif any(c.startswith("conn:") for c in ids(shown)):
            shown = (await chat.press(who, 1))[-1]
        elif any(c.startswith("slot:") for c in ids(shown)):
            replies = await chat.press(who, 1)
            shown = sent_to(replies, who)[-1]
            if "note:none" not in ids(shown):
                return replies
        elif "note:none" in ids(shown):
            return await pick(chat, who, shown, "note:none")
    raise AssertionError(f"no request sent: {plain(shown)}")


async def statuses(chat: Transcript) -> list[str]:
    """Every meeting's status, oldest first."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(sa.select(meetings.c.status).order_by(meetings.c.id))
        return list(rows.scalars())


async def open_slot_count(chat: Transcript) -> int:
    """How many slots are open."""
    async with chat.simulator.app.engine.connect() as conn:
        query = sa.select(sa.func.count()).select_from(slots).where(slots.c.status == "open")
        return int((await conn.execute(query)).scalar_one())


async def confirmed_meeting(chat: Transcript, style: str, french: bool, times: int = 2) -> None:
    """Ben offers ``times`` times (Wed Dec 2 14:00, then Thu Dec 3 9:30); Amina asks for the
    first and Ben accepts. Both speak the same language on the same kind of phone."""
    await register(chat, "ben", connector=True, style=style, french=french)
    await offer(chat, "ben", 2, "14:00")
    if times > 1:
        await offer(chat, "ben", 3, "9:30")
    await register(chat, "amina", style=style, french=french)
    request = sent_to(await ask_first_time(chat, "amina"), "ben")[-1]
    await pick(chat, "ben", request, ids(request)[0])  # accept
    assert await statuses(chat) == ["confirmed"]


async def open_my_meeting(chat: Transcript, who: str) -> SimMessage:
    """``who`` opens their first upcoming meeting from the menu."""
    menu = (await chat.say(who, "menu"))[-1]
    item = "menu:meetings" if "menu:meetings" in ids(menu) else "menu:slots"
    listed = (await pick(chat, who, menu, item))[-1]
    first = next(c for c in ids(listed) if c.startswith("meeting:"))
    return (await pick(chat, who, listed, first))[-1]


async def ask_to_move(chat: Transcript) -> list[SimMessage]:
    """Amina asks to move her meeting to Ben's other time."""
    details = await open_my_meeting(chat, "amina")
    move = next(c for c in ids(details) if c.startswith("move:"))
    times = (await pick(chat, "amina", details, move))[-1]
    return await pick(chat, "amina", times, ids(times)[0])


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_declining_a_new_time_keeps_the_meeting_and_its_reminders(
    chat: Transcript, style: str, french: bool
) -> None:
    await confirmed_meeting(chat, style, french)
    asked = await ask_to_move(chat)
    assert plain(sent_to(asked, "amina")[0]).startswith(
        said(french, "Request sent: move your meeting with Ben from Wednesday, December 2",
             "Demande envoyée : déplacer votre rencontre avec Ben du mercredi 2 décembre")
    )  # fmt: skip
    request = sent_to(asked, "ben")[0]
    assert plain(request).startswith(
        said(
            french,
            "Amina asks to move your meeting (Wednesday, December 2 at 2:00 p.m.) "
            "to another time: Thursday, December 3 at 9:30 a.m.",
            "Amina demande de déplacer votre rencontre du mercredi 2 décembre à 14 h "
            "à une autre heure : jeudi 3 décembre à 9 h 30",
        )
    )
    kept = await pick(chat, "ben", request, ids(request)[1])  # keep the current time
    assert plain(sent_to(kept, "amina")[0]) == said(
        french,
        "Ben cannot make the time you proposed (Thursday, December 3 at 9:30 a.m.). "
        "Your meeting stays as planned (Wednesday, December 2 at 2:00 p.m.).",
        "Ben ne peut pas le jeudi 3 décembre à 9 h 30. Votre rencontre reste prévue le "
        "mercredi 2 décembre à 14 h, comme convenu.",
    )
    assert await statuses(chat) == ["confirmed"]
    assert await open_slot_count(chat) == 1  # the proposed time; the meeting's stays taken
    details = await open_my_meeting(chat, "amina")
    assert said(french, "Wednesday, December 2", "le mercredi 2 décembre") in plain(details)
    reminded = await chat.line(":clock +5h30m")  # a day before 14:00 in Toronto
    assert {m.to for m in reminded if "Ben" in plain(m) or "Amina" in plain(m)} == {"amina", "ben"}


@pytest.mark.parametrize(("style", "french"), WAYS[:2], ids=WAY_IDS[:2])
async def test_accepting_a_new_time_moves_the_meeting(
    chat: Transcript, style: str, french: bool
) -> None:
    await confirmed_meeting(chat, style, french)
    request = sent_to(await ask_to_move(chat), "ben")[0]
    moved = await pick(chat, "ben", request, ids(request)[0])
    assert said(french, "Thursday, December 3", "jeudi 3 décembre") in (
        plain(sent_to(moved, "amina")[0])
    )
    assert await statuses(chat) == ["confirmed"]
    assert await open_slot_count(chat) == 1  # the old time is open again
    details = await open_my_meeting(chat, "ben")
    assert said(french, "Thursday, December 3", "le jeudi 3 décembre") in plain(details)


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_when_a_newcomer_cancels_the_connector_may_withdraw_the_time(
    chat: Transcript, style: str, french: bool
) -> None:
    await confirmed_meeting(chat, style, french, times=1)
    details = await open_my_meeting(chat, "amina")
    cancel = next(c for c in ids(details) if c.startswith("cancel:"))
    reason = (await pick(chat, "amina", details, cancel))[-1]
    done = await pick(chat, "amina", reason, "reason:none")
    told = sent_to(done, "ben")
    assert plain(told[0]).startswith(said(french, "Amina cancelled", "Amina a annulé"))
    assert plain(told[1]).startswith(
        said(
            french,
            "Your slot (Wed Dec 2, 2:00 p.m.) is open again for others. Withdraw it?",
            "Votre plage du mer. 2 déc., 14 h est de nouveau libre. Voulez-vous la retirer?",
        )
    )
    withdrawn = await pick(chat, "ben", told[1], ids(told[1])[0])
    assert plain(withdrawn[0]).startswith(said(french, "Your slot on", "Votre plage du"))
    assert await open_slot_count(chat) == 0


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_another_time_with_none_open_offers_keep_cancel_or_a_note(
    chat: Transcript, style: str, french: bool
) -> None:
    await confirmed_meeting(chat, style, french, times=1)
    details = await open_my_meeting(chat, "amina")
    move = next(c for c in ids(details) if c.startswith("move:"))
    none = (await pick(chat, "amina", details, move))[-1]
    assert plain(none).startswith(
        said(french, "Ben has no other open times right now. You can keep the meeting",
             "Ben n'a pas d'autre plage libre pour l'instant. Vous pouvez garder la rencontre")
    )  # fmt: skip
    assert [c.split(":")[0] for c in ids(none)] == ["keep", "asktime", "cancel"]
    prompt = (await pick(chat, "amina", none, ids(none)[1]))[-1]
    assert plain(prompt).startswith(said(french, "Write your note", "Écrivez votre message"))
    sent = await chat.say("amina", said(french, "Could we meet in the evening?", "Un soir?"))
    assert plain(sent_to(sent, "amina")[0]).startswith(
        said(french, "Sent to Ben.", "C'est envoyé")
    )
    asked = sent_to(sent, "ben")[0]
    assert plain(asked).startswith(
        said(french, "Amina asks for another time than Wednesday, December 2",
             "Amina voudrait une autre heure que le mercredi 2 décembre")
    )  # fmt: skip
    assert [c.split(":")[0] for c in ids(asked)] == ["menu", "meeting"]
    assert await statuses(chat) == ["confirmed"]


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_a_connector_with_no_other_time_is_told_to_offer_one(
    chat: Transcript, style: str, french: bool
) -> None:
    await confirmed_meeting(chat, style, french, times=1)
    reminded = await chat.line(":clock +5h30m")
    reminder = sent_to(reminded, "ben")[-1]
    other_time = next(c for c in ids(reminder) if c.startswith("move:"))
    answer = (await pick(chat, "ben", reminder, other_time))[0]
    assert plain(answer).startswith(
        said(french, "You have no other open times to move this meeting",
             "Vous n'avez pas d'autre plage libre où déplacer cette rencontre")
    )  # fmt: skip
    assert "this connector" not in plain(answer)
    assert "ce connecteur" not in plain(answer)
    offered = await pick(chat, "ben", answer, "menu:offer")
    assert plain(offered[0]).startswith(said(french, "Which day", "Quel jour"))


@pytest.mark.parametrize(("style", "french"), WAYS, ids=WAY_IDS)
async def test_a_decline_with_no_other_time_promises_no_other_times(
    chat: Transcript, style: str, french: bool
) -> None:
    await register(chat, "ben", connector=True, style=style, french=french)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina", style=style, french=french)
    request = sent_to(await ask_first_time(chat, "amina"), "ben")[-1]
    declined = await pick(chat, "ben", request, ids(request)[1])
    assert plain(sent_to(declined, "ben")[0]) == said(
        french,
        "Declined. We let them know kindly.",
        "Refusé. Nous avons prévenu la personne avec délicatesse.",
    )
    told = sent_to(declined, "amina")
    assert plain(told[1]).startswith(
        said(french, "They have no other open times right now.",
             "Cette personne n'a pas d'autre plage libre pour l'instant.")
    )  # fmt: skip
    assert "Other times" not in plain(told[1])
    assert "Autres plages" not in plain(told[1])
    assert not any(c.startswith("book:") for c in ids(told[1]))


@pytest.mark.parametrize(("style", "french"), WAYS[:2], ids=WAY_IDS[:2])
async def test_the_connector_finds_the_proposed_time_in_the_meeting_later(
    chat: Transcript, style: str, french: bool
) -> None:
    await confirmed_meeting(chat, style, french)
    await ask_to_move(chat)
    details = await open_my_meeting(chat, "ben")  # the request's own message is out of sight
    assert said(french, "Wednesday, December 2", "le mercredi 2 décembre") in plain(details)
    assert [c.label for c in details.choices][:2] == [
        said(french, "Move it to Thu Dec 3, 9:30 a.m.", "La déplacer au jeu. 3 déc., 9 h 30"),
        said(french, "Keep the current time", "Garder l'heure prévue"),
    ]
    moved = await chat.press("ben", 1)
    assert said(french, "Thursday, December 3", "jeudi 3 décembre") in (
        plain(sent_to(moved, "amina")[0])
    )
