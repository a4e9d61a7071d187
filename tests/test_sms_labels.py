"""On SMS people may answer with an option's label; no label may be a carrier keyword."""

from __future__ import annotations

from tests.conftest import Transcript, labels, register
from tests.test_meetings import book, offer


async def test_typing_an_option_label_on_sms_never_opts_the_number_out(chat: Transcript) -> None:
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 2, "14:00")
    await register(chat, "amina")
    await book(chat, "amina")
    await chat.pick("ben", "accept:")
    await chat.say("amina", "menu")
    await chat.pick("amina", "menu:meetings")
    details = (await chat.pick("amina", "meeting:"))[0]
    assert labels(details) == [
        "Move to another time", "Cancel the meeting", "Message Ben", "Go to the menu",
    ]  # fmt: skip
    # She answers with the label, as docs/participants.md says: it cancels, not opts her out.
    asked = await chat.say("amina", "Cancel the meeting")
    assert asked, "no answer at all: typing the label opted her number out"
    assert asked[0].text.startswith("Cancel this meeting?")
