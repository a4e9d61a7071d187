"""Telegram, sending side: inline keyboards, long texts, files, pacing and error mapping."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from functools import partial
from typing import Any, Literal

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.channels.base import (
    SHARE_CONTACT,
    PermanentSendError,
    Ready,
    RenderedMessage,
    SendResult,
    TransientSendError,
    last_check,
)
from bot.channels.pacing import PACE_MARGIN, ChatPacer, Pacer
from handlers.core.values import Address, Attachment, Role

log = logging.getLogger(__name__)

MAX_TEXT = 4096
# Messages whose send stopped part-way that are remembered at most (see _delivered).
PROGRESS_KEPT = 10_000
Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split ``text`` into parts of at most ``limit`` characters, at paragraph breaks if any."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    parts.append(rest)
    return parts


def callback_data(token: str, choice_id: str) -> str:
    """Pack a choice with the token of the keyboard it belongs to (Telegram allows 64 bytes)."""
    data = f"{token}:{choice_id}"
    if len(data.encode()) > 64:
        raise ValueError(f"choice id too long for a Telegram button: {choice_id!r}")
    return data


def keyboard(message: RenderedMessage, token: str) -> Markup | None:
    """Lay out the choices as buttons, one per row (labels can be long)."""
    if not message.choices:
        return None
    if any(choice.id == SHARE_CONTACT for choice in message.choices):
        # Telegram's contact button exists only on a reply keyboard, which cannot hold inline
        # buttons: the other choices are plain keys sending their label, which the last menu
        # reads back as the choice (as a typed label would be).
        rows = [
            [KeyboardButton(choice.label, request_contact=choice.id == SHARE_CONTACT)]
            for choice in message.choices
        ]
        return ReplyKeyboardMarkup(rows, one_time_keyboard=True, resize_keyboard=True)
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(choice.label, callback_data=callback_data(token, choice.id))]
            for choice in message.choices
        ]
    )


class TelegramChannel:
    """Sends rendered messages with python-telegram-bot's ``Bot``."""

    name: Literal["telegram"] = "telegram"

    def __init__(self, bot: Bot, rate_per_second: float, seconds_per_chat: float) -> None:
        self.bot = bot
        self.rate_per_second = rate_per_second
        self._pacer = ChatPacer(seconds_per_chat)
        # The channel's pace again after the last check, per Bot API call: that check is a
        # database transaction that can wait behind a batch of reminders being queued, and
        # sends paced before it would then reach Telegram bunched (a 429). The sender keeps
        # enough sends waiting that this pace stays full (see SEND_CONCURRENCY).
        self._spacing = Pacer(rate_per_second * PACE_MARGIN)
        # Sets one chat's command menu for some roles (TelegramService.refresh_menu).
        self.menus: Callable[[int, frozenset[Role]], Awaitable[None]] | None = None
        # Messages in several parts whose send stopped part-way: outbox reference -> how many
        # parts were delivered and the last text's message id. In memory: after a crash a
        # Telegram send is repeated whole anyway (the Bot API cannot say what arrived).
        self._delivered: dict[str, tuple[int, str | None]] = {}

    def rendering(self, address: Address) -> str:
        """Telegram gets the full wording of every message."""
        return "telegram"

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Send the text (split if long), its keyboard on the last part, then any files.

        Each part goes out once: when one fails for now (a 429 on the calendar file), the
        retry of the message starts at that part, not at the text already delivered.
        """
        chat_id = _chat_id(address)
        delay = self._pacer.delay(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)
        await last_check(ready)
        markup = keyboard(message, message.keyboard_token or "")
        texts = split_text(message.text)
        calls: list[Callable[[], Coroutine[Any, Any, Message]]] = [
            # No parse mode: names and comments people typed are never read as markup.
            partial(self.bot.send_message, chat_id, text,
                    reply_markup=markup if index == len(texts) - 1 else None)
            for index, text in enumerate(texts)
        ]  # fmt: skip
        calls += [partial(self._send_file, chat_id, file) for file in message.attachments]
        key = message.reference
        done, last_id = self._delivered.pop(key, (0, None)) if key is not None else (0, None)
        for index, call in enumerate(calls[done:], start=done):
            await self._spacing.wait()
            try:
                sent = await _call(call())
            except TransientSendError:
                if key is not None and index > 0:
                    self._remember(key, index, last_id)
                raise
            if index < len(texts):
                last_id = str(sent.message_id)
        if message.command_roles is not None and self.menus is not None:
            try:
                await self.menus(chat_id, message.command_roles)
            except TelegramError as error:
                # The message is sent: failing it now would send it twice. The menu is set
                # again at the next role change; until then typed commands work all the same.
                log.warning("command menu not refreshed: %s", type(error).__name__)
        return SendResult(provider_id=last_id)

    def _remember(self, key: str, parts: int, last_id: str | None) -> None:
        """Note that the first ``parts`` parts of outbox message ``key`` were delivered."""
        if len(self._delivered) >= PROGRESS_KEPT:  # bounded: forget the oldest
            self._delivered.pop(next(iter(self._delivered)))
        self._delivered[key] = (parts, last_id)

    def _send_file(self, chat_id: int, attachment: Attachment) -> Coroutine[Any, Any, Message]:
        file = InputFile(attachment.data, filename=attachment.filename)
        if attachment.media_type in ("image/png", "image/jpeg"):
            return self.bot.send_photo(chat_id, file)
        return self.bot.send_document(chat_id, file)


def _chat_id(address: Address) -> int:
    """The numeric chat id; an address that is none can never be written to."""
    value = address.value
    digits = value[1:] if value.startswith("-") else value
    if not (digits.isascii() and digits.isdigit()):
        raise PermanentSendError("telegram: not a chat id", "unreachable")
    return int(value)


async def _call(request: Coroutine[Any, Any, Message]) -> Message:
    """Run one Bot API call, translating its errors into the outbox's two kinds."""
    try:
        return await request
    except RetryAfter as error:
        wait = error.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        raise TransientSendError("telegram flood control", retry_after=seconds) from error
    except Forbidden as error:
        # The person blocked the bot (or deleted their account): stop writing to them.
        raise PermanentSendError("telegram forbidden", "unreachable") from error
    except BadRequest as error:
        raise PermanentSendError(f"telegram bad request: {error.message[:80]}") from error
    except NetworkError as error:
        # Timeouts, connection errors and 5xx answers.
        raise TransientSendError(f"telegram network: {type(error).__name__}") from error
    except TelegramError as error:
        raise PermanentSendError(f"telegram error: {type(error).__name__}") from error
