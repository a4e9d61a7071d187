"""A role granted in the chat refreshes that person's Telegram command menu, and the
authorisation behind it is the numeric Telegram id, never a display name or @username."""

from __future__ import annotations

from typing import Any

from tests.telegram_fakes import text_update
from tests.test_telegram import BEN, COORD, Bot, register, tg

__all__ = ["tg"]


def chat_menus(tg: Bot, chat_id: int) -> dict[str, list[str]]:
    """The latest command menu set for one chat, per language."""
    menus: dict[str, list[str]] = {}
    for call in tg.api.named("setMyCommands"):
        if call["scope"]["type"] == "chat" and call["scope"]["chat_id"] == chat_id:
            menus[call["language_code"]] = [c["command"] for c in call["commands"]]
    return menus


async def test_a_granted_role_refreshes_the_chats_command_menu(tg: Bot) -> None:
    await register(tg, COORD, "Claire")
    await register(tg, BEN, "Ben", connector=True)
    assert chat_menus(tg, BEN) == {}  # only configured coordinators had a menu of their own
    ben = await _id(tg, BEN)
    asked = await tg.say(COORD, f"/grant {ben}")
    assert asked[-1]["text"] == f'Run "grant {ben}"? This cannot be undone.'
    await tg.tap(COORD, asked[-1], "Yes, go ahead")  # a destructive command asks first
    menus = chat_menus(tg, BEN)
    assert "pending" in menus["en"]
    assert "attente" in menus["fr"]
    assert (await tg.say(BEN, "/pending"))[0]["text"].startswith("Nobody is waiting")
    asked = await tg.say(COORD, f"/remove {ben}")
    await tg.tap(COORD, asked[-1], "Yes, go ahead")
    assert "pending" not in chat_menus(tg, BEN)["en"]
    refused = await tg.say(BEN, "/pending")
    assert not refused[0]["text"].startswith("Nobody is waiting")


async def test_a_lookalike_name_is_not_a_coordinator(tg: Bot) -> None:
    await register(tg, COORD, "Claire")
    # Another account with the coordinator's name and a lookalike username is nobody special.
    update: dict[str, Any] = text_update(tg.uid(), 7777, "hi")
    update["message"]["from"].update(first_name="Claire", username="claire_coordinator")
    await tg.feed(update)
    answer = await tg.say(7777, "/pending")
    assert not answer[0]["text"].startswith("Nobody is waiting")


async def _id(tg: Bot, chat_id: int) -> int:
    from handlers.core.values import Address

    async with tg.app.store.transaction() as tx:
        person = await tx.participant_by_address(Address(channel="telegram", value=str(chat_id)))
        assert person is not None
        return person.id
