"""The Telegram adapter, offline: updates go through Application.process_update, and the
Bot API is a local request class that records every call."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application

from bot.app import App, open_app
from bot.channels.base import PermanentSendError, RenderedMessage, TransientSendError
from bot.channels.pacing import ChatPacer
from bot.channels.telegram import TelegramChannel, split_text
from bot.channels.telegram_service import TelegramService, build_application
from bot.channels.telegram_updates import TelegramUpdates
from bot.clock import ManualClock
from bot.config import Settings
from handlers.core.values import Address, Attachment
from storage.inbound import InboundLog
from storage.secrets import SecretStore
from storage.tables import channel_addresses, participants
from tests.telegram_fakes import (
    TOKEN,
    FakeBotApi,
    button_data,
    media_update,
    tap_update,
    text_update,
)

ANA, BEN, COORD = 1001, 1002, 4242


@dataclass
class Bot:
    """A running app with its Telegram adapter on a fake Bot API."""

    api: FakeBotApi
    application: Application  # type: ignore[type-arg]
    app: App
    service: TelegramService
    next_id: int = 1

    async def feed(self, update: dict[str, Any]) -> list[dict[str, Any]]:
        """Process one update, drain the outbox, return the messages sent meanwhile."""
        before = len(self.api.named("sendMessage"))
        await self.application.process_update(Update.de_json(update, self.application.bot))
        await self.app.sender.drain()
        return self.api.named("sendMessage")[before:]

    def uid(self) -> int:
        """A fresh update id."""
        self.next_id += 1
        return self.next_id

    async def say(self, chat_id: int, text: str) -> list[dict[str, Any]]:
        """The person types ``text``."""
        return await self.feed(text_update(self.uid(), chat_id, text))

    async def tap(self, chat_id: int, message: dict[str, Any], label: str) -> list[dict[str, Any]]:
        """The person taps the button labelled ``label`` on ``message`` (a reply keyboard's
        plain key sends its label as text)."""
        if "keyboard" in message.get("reply_markup", {}):
            return await self.say(chat_id, label)
        return await self.feed(
            tap_update(self.uid(), chat_id, button_data(message, label), message)
        )


@pytest.fixture
async def tg(settings: Settings, clock: ManualClock) -> AsyncIterator[Bot]:
    """The app with Telegram as its only channel, on a fresh database."""
    api = FakeBotApi()
    configured = settings.model_copy(
        update={
            "telegram_token": SecretStr(TOKEN),
            "coordinators": (Address(channel="telegram", value=str(COORD)),),
        }
    )
    application = build_application(configured, request=api)
    channel = TelegramChannel(application.bot, rate_per_second=0, seconds_per_chat=0)
    async with open_app(configured, clock, {"telegram": channel}) as app:
        updates = TelegramUpdates(
            application.bot, app.receive, clock, app.catalogue,
            InboundLog(app.engine, clock), "en", "America/Toronto",
        )  # fmt: skip
        service = TelegramService(
            application, updates, app.catalogue, app.features, configured.coordinators
        )
        await service.initialize()
        await service.publish_commands()
        channel.menus = service.refresh_menu  # as bot/serve.py wires it
        try:
            yield Bot(api, application, app, service)
        finally:
            await service.shutdown()


async def test_registration_by_taps_in_french_with_keyboards_replaced(tg: Bot) -> None:
    welcome = (await tg.say(ANA, "/start"))[0]
    assert "parse_mode" not in welcome  # what people type is never read as markup
    assert [row[0]["text"] for row in welcome["reply_markup"]["inline_keyboard"]] == [
        "English",
        "Français",
    ]
    token, _, choice = button_data(welcome, "Français").partition(":")
    assert (len(token), choice) == (8, "lang:fr")

    consent = (await tg.tap(ANA, welcome, "Français"))[0]
    assert consent["text"].startswith("Avant de commencer")
    answered = tg.api.named("answerCallbackQuery")
    assert len(answered) == 1
    edited = tg.api.named("editMessageReplyMarkup")[-1]
    assert edited["message_id"] == welcome["message_id"]
    assert edited["reply_markup"]["inline_keyboard"][0][0]["text"] == "✓ Français"

    role = (await tg.tap(ANA, consent, "Oui"))[0]
    assert role["text"] == "Laquelle de ces phrases vous décrit?"


async def test_a_double_tap_does_nothing_and_an_old_keyboard_has_expired(tg: Bot) -> None:
    welcome = (await tg.say(ANA, "hello"))[0]
    data = button_data(welcome, "English")
    # Both taps arrive before the reply goes out, as a real double tap does.
    for _ in range(2):
        update = tap_update(tg.uid(), ANA, data, welcome)
        await tg.application.process_update(Update.de_json(update, tg.application.bot))
    await tg.app.sender.drain()
    sent = tg.api.named("sendMessage")
    assert [m["text"].split("\n")[0] for m in sent[1:]] == ["Before we start: we keep your name, "
        "profession, sector, city and languages so we can suggest contacts. We share your name "
        "and contact details only with people you agree to meet, and programme coordinators can "
        "see your profile. You can ask us to delete it at any time."]  # fmt: skip
    assert len(tg.api.named("answerCallbackQuery")) == 2  # the spinner always stops
    consent = sent[1]

    done = await tg.feed(tap_update(tg.uid(), ANA, "done", welcome))  # the "✓ English" button
    assert done == []

    await tg.tap(ANA, consent, "Yes")
    stale = await tg.tap(ANA, consent, "No")
    assert stale[0]["text"] == "That option is no longer available. Here is the current question."
    assert stale[1]["text"] == "Which describes you?"
    removed = tg.api.named("editMessageReplyMarkup")[-1]
    assert removed["message_id"] == consent["message_id"]
    assert "reply_markup" not in removed


async def test_the_same_update_delivered_twice_is_processed_once(tg: Bot) -> None:
    update = text_update(77, ANA, "hi")
    assert len(await tg.feed(update)) == 1
    assert await tg.feed(update) == []


async def test_a_deep_link_carries_its_code_into_registration(tg: Bot) -> None:
    await tg.say(BEN, "/start ref-7f3k")
    async with tg.app.store.transaction() as tx:
        ben = await tx.participant_by_address(Address(channel="telegram", value=str(BEN)))
        assert ben is not None
        state = await tx.load_dialogue(ben.id)
    assert state.frames[0].answers["referral_code"] == "ref-7f3k"


async def test_stickers_and_locations_get_a_short_answer(tg: Bot) -> None:
    await tg.say(ANA, "hi")
    sticker = {
        "file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
        "is_animated": False, "is_video": False, "type": "regular",
    }  # fmt: skip
    replies = await tg.feed(media_update(tg.uid(), ANA, sticker=sticker))
    assert replies[0]["text"] == "Sorry, I can only read text messages and button taps."
    assert replies[1]["text"].startswith("Welcome to Connector")
    location = await tg.feed(media_update(tg.uid(), ANA, location={"latitude": 1, "longitude": 2}))
    assert location[0]["text"] == "Sorry, I can only read text messages and button taps."


async def test_a_group_chat_is_asked_once_to_write_privately_and_nothing_is_kept(
    tg: Bot,
) -> None:
    notices = await tg.feed(text_update(tg.uid(), -500, "/start", chat_type="group"))
    assert len(notices) == 1
    assert notices[0]["chat_id"] == -500
    assert notices[0]["text"].startswith("I only talk in private chats")
    await tg.feed(text_update(tg.uid(), -500, "hello?", chat_type="group"))
    assert len(tg.api.named("sendMessage")) == 1
    async with tg.app.engine.connect() as conn:
        count = await conn.execute(sa.select(sa.func.count()).select_from(participants))
        assert count.scalar_one() == 0


async def test_a_person_who_blocked_the_bot_is_unreachable_until_they_write_again(
    tg: Bot,
) -> None:
    tg.api.fail("sendMessage", 403)
    assert len(await tg.say(ANA, "hi")) == 1  # the refused attempt, not retried
    async with tg.app.engine.connect() as conn:
        status = await conn.execute(sa.select(channel_addresses.c.status))
        assert status.scalar_one() == "unreachable"
    # Writing again means they unblocked the bot: they are answered, and reachable again.
    again = await tg.say(ANA, "anyone?")
    assert again != []
    assert {message["chat_id"] for message in again} == {ANA}
    async with tg.app.engine.connect() as conn:
        status = await conn.execute(sa.select(channel_addresses.c.status))
        assert status.scalar_one() == "ok"


async def test_flood_control_is_honoured_and_other_chats_carry_on(
    tg: Bot, clock: ManualClock
) -> None:
    tg.api.fail("sendMessage", 429, retry_after=3)
    await tg.say(ANA, "hi")
    assert len(tg.api.named("sendMessage")) == 1  # the refused attempt
    delivered = await tg.say(BEN, "hi")
    assert [m["chat_id"] for m in delivered] == [BEN]
    clock.advance(timedelta(seconds=2))
    assert await tg.app.sender.drain() == 0
    clock.advance(timedelta(seconds=1))
    assert await tg.app.sender.drain() == 1
    assert tg.api.named("sendMessage")[-1]["chat_id"] == ANA


async def register(tg: Bot, chat_id: int, name: str, connector: bool = False) -> dict[str, Any]:
    """Register ``chat_id`` in English by taps and typing; return the main menu message."""
    message = (await tg.say(chat_id, "hi"))[0]
    role = (
        "I'm a professional offering meetings"
        if connector
        else ("I'm new to Canada and looking for contacts")
    )
    steps = ["English", "Yes", role]
    for step in steps[:2] if chat_id == COORD else steps:  # coordinators have no role question
        message = (await tg.tap(chat_id, message, step))[-1]
    for text in (name, "Engineer"):
        message = (await tg.say(chat_id, text))[-1]
    message = (await tg.tap(chat_id, message, "Sciences, engineering, IT"))[-1]
    message = (await tg.say(chat_id, "Ottawa"))[-1]
    for step in ("English", "Eastern (Toronto, Montreal)", "Yes, that's right"):
        message = (await tg.tap(chat_id, message, step))[-1]
    return message


async def test_a_phone_number_is_shared_changed_and_taken_back_from_the_menu(tg: Bot) -> None:
    menu = await register(tg, ANA, "Ana")
    prompt = (await tg.tap(ANA, menu, "My phone number"))[0]
    assert prompt["text"].startswith("Tap the button below to share your phone number, or type")
    contact_button = prompt["reply_markup"]["keyboard"][0][0]
    assert contact_button == {"text": "Share my phone number", "request_contact": True}

    other = {"phone_number": "16135550111", "first_name": "X", "user_id": 999}
    refused = await tg.feed(media_update(tg.uid(), ANA, contact=other))
    assert refused[0]["text"].startswith("Sorry, I can only read")

    mine = {"phone_number": "16135550100", "first_name": "Ana", "user_id": ANA}
    saved = await tg.feed(media_update(tg.uid(), ANA, contact=mine))
    assert saved[0]["text"].startswith("Thank you! Your number is now +16135550100: the programme")
    assert await owner_of(tg, "+16135550100") == "Ana"

    # Changed by typing another number: the old one is no longer hers.
    current = (await tg.tap(ANA, saved[-1], "My phone number"))[0]
    assert current["text"].startswith("Your phone number: +16135550100.")
    assert [row[0]["text"] for row in current["reply_markup"]["keyboard"]] == [
        "Share my phone number",
        "Remove my number",
    ]
    again = await tg.say(ANA, "call me")
    assert again[0]["text"].startswith("I could not read that phone number.")
    changed = await tg.say(ANA, "(902) 555-0123")
    assert changed[0]["text"].startswith("Thank you! Your number is now +19025550123")
    assert await owner_of(tg, "+19025550123") == "Ana"
    assert await owner_of(tg, "+16135550100") is None
    profile = await tg.tap(ANA, changed[-1], "My profile")
    assert "Phone number: +19025550123" in profile[0]["text"]

    # Taken back with the reply keyboard's plain key, which sends its label as text.
    current = (await tg.tap(ANA, profile[-1], "My phone number"))[0]
    removed = await tg.tap(ANA, current, "Remove my number")
    assert removed[0]["text"].startswith("Done: your number is removed.")
    assert await owner_of(tg, "+19025550123") is None
    profile = await tg.tap(ANA, removed[-1], "My profile")
    assert "Phone number: none given (My phone number, in the menu)" in profile[0]["text"]


async def owner_of(tg: Bot, phone: str) -> str | None:
    """The name of whoever the SMS address ``phone`` belongs to (None: nobody)."""
    async with tg.app.store.transaction() as tx:
        found = await tx.participant_by_address(Address(channel="sms", value=phone))
    return found.name if found is not None else None


async def test_command_menus_per_language_and_for_coordinators(tg: Bot) -> None:
    calls = tg.api.named("setMyCommands")
    default = {c["language_code"]: c for c in calls if c["scope"]["type"] == "default"}
    assert [c["command"] for c in default["fr"]["commands"]][:4] == [
        "start",
        "menu",
        "aide",
        "langue",
    ]
    assert default["en"]["commands"][2] == {
        "command": "help",
        "description": "Help with the current question",
    }
    coordinator = [c for c in calls if c["scope"]["type"] == "chat"]
    assert {c["scope"]["chat_id"] for c in coordinator} == {COORD}
    for menu in coordinator:  # the everyone commands, then the coordinators' own
        names = [c["command"] for c in menu["commands"]]
        assert names[:2] == ["start", "menu"]
        assert {"stats", "audit" if menu["language_code"] == "en" else "journal"} <= set(names)
    assert all(
        "stats" not in [c["command"] for c in menu["commands"]] for menu in default.values()
    )


async def test_coordinator_command_shows_programme_numbers(tg: Bot) -> None:
    await register(tg, COORD, "Claire")
    numbers = await tg.say(COORD, "/stats")
    assert numbers[0]["text"].startswith("Programme numbers:")
    await register(tg, ANA, "Ana")
    refused = await tg.say(ANA, "/stats")
    assert not refused[0]["text"].startswith("Programme numbers")


async def test_files_go_as_documents_or_photos(tg: Bot) -> None:
    channel = TelegramChannel(tg.application.bot, rate_per_second=0, seconds_per_chat=0)
    ics = Attachment(filename="meeting.ics", media_type="text/calendar", data=b"BEGIN:VCALENDAR")
    png = Attachment(filename="chart.png", media_type="image/png", data=b"\x89PNG")
    await channel.send(
        Address(channel="telegram", value=str(ANA)),
        RenderedMessage(text="Your meeting", attachments=(ics, png)),
    )
    assert [name for name, _ in tg.api.calls[-3:]] == ["sendMessage", "sendDocument", "sendPhoto"]


async def test_a_message_in_parts_sends_each_part_once_across_a_429(tg: Bot) -> None:
    # The calendar file hit flood control: the retry sends the file, not the text again.
    channel = TelegramChannel(tg.application.bot, rate_per_second=0, seconds_per_chat=0)
    ics = Attachment(filename="meeting.ics", media_type="text/calendar", data=b"BEGIN:VCALENDAR")
    message = RenderedMessage(text="Confirmed: Ben, Tuesday", attachments=(ics,), reference="41")
    ana = Address(channel="telegram", value=str(ANA))
    tg.api.fail("sendDocument", 429, retry_after=1)
    with pytest.raises(TransientSendError):
        await channel.send(ana, message)
    result = await channel.send(ana, message)
    calls = [name for name, params in tg.api.calls if params.get("chat_id") == ANA]
    assert calls == ["sendMessage", "sendDocument", "sendDocument"]
    assert len(tg.api.named("sendMessage")) == 1
    assert result.provider_id == str(tg.api.named("sendMessage")[0]["message_id"])


async def test_a_chat_id_that_is_not_a_number_is_never_retried(tg: Bot) -> None:
    channel = TelegramChannel(tg.application.bot, rate_per_second=0, seconds_per_chat=0)
    with pytest.raises(PermanentSendError) as refused:
        await channel.send(Address(channel="telegram", value="abc"), RenderedMessage(text="hi"))
    assert refused.value.address_status == "unreachable"


def test_long_texts_split_at_paragraphs_within_the_limit() -> None:
    paragraphs = ["x" * 3000, "y" * 3000, "z" * 100]
    parts = split_text("\n\n".join(paragraphs))
    assert parts == ["x" * 3000, "y" * 3000 + "\n\n" + "z" * 100]
    unbroken = split_text("w" * 9000)
    assert [len(p) for p in unbroken] == [4096, 4096, 808]


def test_chat_pacer_spaces_messages_to_one_chat_but_not_across_chats() -> None:
    now = [100.0]
    pacer = ChatPacer(1.0, monotonic=lambda: now[0])
    assert pacer.delay(ANA) == 0
    assert pacer.delay(ANA) == 1.0
    assert pacer.delay(BEN) == 0  # another chat is not held up
    now[0] += 5
    assert pacer.delay(ANA) == 0
    assert pacer.delay(COORD) == 0


async def test_coordinators_see_how_many_people_cannot_be_reached(tg: Bot) -> None:
    tg.api.fail("sendMessage", 403)
    await tg.say(ANA, "hi")
    await register(tg, COORD, "Claire")
    numbers = await tg.say(COORD, "/stats")
    assert (
        "Cannot be reached (blocked the bot, opted out, invalid number): 1" in numbers[0]["text"]
    )


async def test_a_generated_webhook_secret_is_kept_across_restarts(
    settings: Settings, clock: ManualClock
) -> None:
    async with open_app(settings, clock, {}) as app:
        first = await SecretStore(app.engine, clock).get_or_create("telegram_webhook_secret")
    async with open_app(settings, clock, {}) as app:
        again = await SecretStore(app.engine, clock).get_or_create("telegram_webhook_secret")
    assert first == again
    assert len(first) >= 40


async def test_a_request_can_be_accepted_from_its_own_message_later(tg: Bot) -> None:
    """The Accept button of a request still works after the connector used other menus."""
    menu = await register(tg, BEN, "Ben", connector=True)
    offer_day = (await tg.tap(BEN, menu, "Offer a time"))[0]
    await tg.tap(BEN, offer_day, "Wed Dec 2")
    how = (await tg.say(BEN, "14:00"))[0]
    number = (await tg.tap(BEN, how, "By phone"))[0]  # Ben gave no number yet
    weeks = (await tg.tap(BEN, number, "No number"))[0]
    summary = (await tg.tap(BEN, weeks, "Just once"))[0]
    await tg.tap(BEN, summary, "Yes, offer it")
    await register(tg, ANA, "Ana")
    find = (await tg.say(ANA, "/menu"))[0]
    people = (await tg.tap(ANA, find, "Find a connector"))[0]  # her own field, with times
    sent = await tg.tap(ANA, people, button_label(people, 0))
    request = next(m for m in sent if m["chat_id"] == BEN)
    await tg.say(BEN, "/menu")  # a newer keyboard arrives first
    confirmed = await tg.tap(BEN, request, "Accept")
    assert any(m["text"].startswith("Confirmed: you meet Ana") for m in confirmed)


def button_label(message: dict[str, Any], index: int) -> str:
    """The text of the ``index``-th inline button of a sent message."""
    return str(message["reply_markup"]["inline_keyboard"][index][0]["text"])
