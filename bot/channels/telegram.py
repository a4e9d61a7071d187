"""Telegram, sending side: inline keyboards, long texts, files, pacing and error mapping."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
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
# The menu choice Telegram renders as its "share my phone number" reply-keyboard button.
SHARE_CONTACT = "share-contact"
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
    if [choice.id for choice in message.choices] == [SHARE_CONTACT]:
        button = KeyboardButton(message.choices[0].label, request_contact=True)
        return ReplyKeyboardMarkup([[button]], one_time_keyboard=True, resize_keyboard=True)
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

    def rendering(self, address: Address) -> str:
        """Telegram gets the full wording of every message."""
        return "telegram"

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Send the text (split if long), its keyboard on the last part, then any files."""
        chat_id = int(address.value)
        delay = self._pacer.delay(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)
        await last_check(ready)
        markup = keyboard(message, message.keyboard_token or "")
        parts = split_text(message.text)
        last: Message | None = None
        for index, part in enumerate(parts):
            final = index == len(parts) - 1
            await self._spacing.wait()
            # No parse mode: names and comments people typed are never read as markup.
            last = await _call(
                self.bot.send_message(chat_id, part, reply_markup=markup if final else None)
            )
        for attachment in message.attachments:
            await self._spacing.wait()
            await _call(self._send_file(chat_id, attachment))
        if message.command_roles is not None and self.menus is not None:
            try:
                await self.menus(chat_id, message.command_roles)
            except TelegramError as error:
                # The message is sent: failing it now would send it twice. The menu is set
                # again at the next role change; until then typed commands work all the same.
                log.warning("command menu not refreshed: %s", type(error).__name__)
        return SendResult(provider_id=str(last.message_id) if last is not None else None)

    def _send_file(self, chat_id: int, attachment: Attachment) -> Coroutine[Any, Any, Message]:
        file = InputFile(attachment.data, filename=attachment.filename)
        if attachment.media_type in ("image/png", "image/jpeg"):
            return self.bot.send_photo(chat_id, file)
        return self.bot.send_document(chat_id, file)


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
