"""Destructive commands ask first, and by SMS the coordinator's PIN: caller id can be forged.

One text ``erase 2`` from a number configured as a coordinator's once erased a participant with
no question asked. Now every destructive or wide-reaching command (erase, broadcast, grant,
remove, pause, reject, an export with contacts) asks "go ahead?" on every channel, and by SMS
asks the PIN first, which is never set by SMS.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from bot.clock import ManualClock
from storage.tables import audit_log, participants
from tests.conftest import Transcript, register, sent_to, texts
from tests.test_coordination import coordinator, person_id


async def status_of(chat: Transcript, person: int) -> str:
    """The participant's status (erased or not)."""
    async with chat.simulator.app.engine.connect() as conn:
        found = await conn.scalar(
            sa.select(participants.c.status).where(participants.c.id == person)
        )
    return str(found)


async def audited(chat: Transcript, action: str) -> int:
    """How many audit entries name ``action``."""
    async with chat.simulator.app.engine.connect() as conn:
        count = await conn.scalar(
            sa.select(sa.func.count()).select_from(audit_log).where(audit_log.c.action == action)
        )
    return int(count or 0)


async def sms_coordinator(chat: Transcript) -> tuple[int, int]:
    """A Telegram coordinator (coord) and an SMS one (sara, granted the role); their ids."""
    await coordinator(chat, "telegram")
    await register(chat, "sara", style="sms")
    sara = await person_id(chat, "sara")
    asked = await chat.say("coord", f"/grant {sara} coordinator")
    assert texts(sent_to(asked, "coord")).startswith(f'Run "grant {sara} coordinator"?')
    await chat.pick("coord", "safe:go")
    return await person_id(chat, "coord"), sara


async def test_an_sms_coordinator_without_a_pin_can_erase_nobody(chat: Transcript) -> None:
    _, _ = await sms_coordinator(chat)
    await register(chat, "amina")
    amina = await person_id(chat, "amina")
    said = await chat.say("sara", f"erase {amina}")
    assert texts(sent_to(said, "sara")).startswith(
        f"By SMS, erase {amina} needs your coordinator PIN, and you have none yet."
    )
    assert await status_of(chat, amina) == "active"
    # Nor can a PIN be set by SMS: whoever forged the number would set it.
    refused = await chat.say("sara", "pin 1234")
    assert texts(sent_to(refused, "sara")).startswith("A PIN is never set by SMS")
    assert await audited(chat, "pin-refused-by-sms") == 1


async def test_by_sms_the_pin_then_go_ahead_and_the_pin_counts_for_a_while(
    chat: Transcript, clock: ManualClock
) -> None:
    _, sara = await sms_coordinator(chat)
    set_for = await chat.say("coord", f"/pin #{sara} 1357")
    assert texts(sent_to(set_for, "coord")) == (
        f"The PIN of #{sara} is set. Tell them yourself, not by SMS."
    )
    for name in ("amina", "omar", "lina"):
        await register(chat, name)
    amina, omar, lina = [await person_id(chat, n) for n in ("amina", "omar", "lina")]

    asked = sent_to(await chat.say("sara", f"erase {amina}"), "sara")
    assert texts(asked) == f"Your coordinator PIN, please, to run: erase {amina}"
    wrong = sent_to(await chat.say("sara", "0000"), "sara")
    assert texts(wrong).startswith("That is not your PIN.")
    go = sent_to(await chat.say("sara", "1357"), "sara")
    assert go[-1].text == (
        f'Run "erase {amina}"? This cannot be undone.\n1. Yes, go ahead\n2. No, leave it'
    )
    done = sent_to(await chat.pick("sara", "safe:go"), "sara")
    assert texts(done) == f"The personal data of participant #{amina} has been erased."
    assert await status_of(chat, amina) == "erased"
    assert (await audited(chat, "pin-wrong"), await audited(chat, "pin-accepted")) == (1, 1)

    # Within the PIN's half hour: only "go ahead?"; a "no" changes nothing.
    clock.advance(timedelta(minutes=20))
    again = sent_to(await chat.say("sara", f"erase {omar}"), "sara")
    assert again[-1].text.startswith(f'Run "erase {omar}"?')
    kept = sent_to(await chat.pick("sara", "safe:keep"), "sara")
    assert kept[0].text == "Nothing was changed."
    assert await status_of(chat, omar) == "active"

    # Past it: the PIN again. Five wrong ones in an hour, and nothing is done.
    clock.advance(timedelta(minutes=15))
    asked = sent_to(await chat.say("sara", f"erase {lina}"), "sara")
    assert texts(asked).startswith("Your coordinator PIN, please")
    for attempt in range(4):
        assert texts(sent_to(await chat.say("sara", f"99{attempt}9"), "sara")).startswith(
            "That is not your PIN."
        )
    locked = sent_to(await chat.say("sara", "9999"), "sara")
    assert locked[0].text.startswith("Too many wrong PINs: nothing was done.")
    assert await status_of(chat, lina) == "active"


async def test_on_telegram_a_destructive_command_asks_first_and_a_pin_is_set(
    chat: Transcript,
) -> None:
    await coordinator(chat, "telegram")
    await register(chat, "amina")
    amina = await person_id(chat, "amina")
    asked = sent_to(await chat.say("coord", f"/pause {amina}"), "coord")
    assert asked[-1].text == f'Run "pause {amina}"? This cannot be undone.'
    assert [choice.id for choice in asked[-1].choices] == ["safe:go", "safe:keep"]
    assert sent_to(await chat.pick("coord", "safe:keep"), "coord")[0].text == (
        "Nothing was changed."
    )
    pin = sent_to(await chat.say("coord", "/pin 2468"), "coord")
    assert pin[0].text.startswith("Your PIN is set. By SMS it is asked before each command")
    assert await audited(chat, "pin-set") == 1
    bad = sent_to(await chat.say("coord", "/pin 12"), "coord")
    assert bad[0].text.startswith("Use: pin and 4 to 8 digits")


async def test_in_french_the_same_questions(chat: Transcript) -> None:
    await coordinator(chat, "sms", french=True)
    await register(chat, "amina")
    amina = await person_id(chat, "amina")
    said = sent_to(await chat.say("coord", f"effacer {amina}"), "coord")
    assert said[0].text.startswith(f"Par texto, effacer {amina} demande votre NIP")
    refused = sent_to(await chat.say("coord", "nip 1234"), "coord")
    assert refused[0].text.startswith("Un NIP ne se choisit jamais par texto")


async def test_a_staff_command_typed_mid_registration_is_audited_too(chat: Transcript) -> None:
    chat.persona("mallory", "telegram")
    await chat.say("mallory", "hi")  # the language question is open
    for probe in ("/stats", "/pending", "/who 1", "/erase 1"):
        await chat.say("mallory", probe)
    assert await audited(chat, "command-refused") == 4
