"""Telegram, receiving side: updates become ``Inbound`` values for the conversation core."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.error import TelegramError

from bot.channels.base import SeenUpdates
from bot.i18n import Catalogue, Rendering
from handlers.core.conversation import Outcome
from handlers.core.ports import Clock
from handlers.core.values import Address, Inbound, Language

log = logging.getLogger(__name__)

# The button left in place of a used keyboard; tapping it does nothing.
DONE = "done"


class TelegramUpdates:
    """Reads one update at a time and hands it to the core."""

    def __init__(
        self,
        bot: Bot,
        receive: Callable[[Inbound], Awaitable[Outcome]],
        clock: Clock,
        catalogue: Catalogue,
        inbound_log: SeenUpdates,
        language: Language,
        timezone: str,
    ) -> None:
        self._bot = bot
        self._receive = receive
        self._clock = clock
        self._catalogue = catalogue
        self._log = inbound_log
        self._group_notice = Rendering(language=language, timezone=timezone, channel="telegram")

    async def handle(self, update: Update) -> None:
        """Process one update: a message, a command, a tap, a shared contact."""
        chat = update.effective_chat
        if chat is None:
            return
        if chat.type != ChatType.PRIVATE:
            await self._in_group(update, chat.id)
        elif update.callback_query is not None:
            await self._on_tap(update, update.callback_query, chat.id)
        elif update.message is not None:
            await self._receive(self._from_message(update, update.message, chat.id))

    def _inbound(self, update: Update, chat_id: int) -> dict[str, object]:
        # Telegram numbers updates per bot; the chat makes the id unique across redeliveries.
        return {
            "address": Address(channel="telegram", value=str(chat_id)),
            "external_id": f"{chat_id}:{update.update_id}",
            "received_at": self._clock.now(),
        }

    def _from_message(self, update: Update, message: Message, chat_id: int) -> Inbound:
        base = self._inbound(update, chat_id)
        if message.text is not None:
            words = message.text.strip().split(maxsplit=1)
            payload = None
            if words and words[0].split("@")[0] == "/start" and len(words) == 2:
                payload = words[1][:64]  # a deep link: t.me/<bot>?start=<payload>
            return Inbound.model_validate({**base, "text": message.text, "start_payload": payload})
        contact = message.contact
        sender = message.from_user
        if contact is not None and sender is not None and contact.user_id == sender.id:
            return Inbound.model_validate({**base, "shared_phone": contact.phone_number})
        # Stickers, photos, voice, locations, files, someone else's contact card.
        return Inbound.model_validate({**base, "unsupported": True})

    async def _on_tap(self, update: Update, query: CallbackQuery, chat_id: int) -> None:
        # Answer first so the button stops spinning whatever happens next.
        with contextlib.suppress(TelegramError):
            await query.answer()
        data = query.data or ""
        if data == DONE:
            return
        token, sep, choice = data.partition(":")
        fields = self._inbound(update, chat_id)
        if sep:
            fields.update(choice=choice, menu_token=token)
        else:
            fields.update(choice="global:expired")
        outcome = await self._receive(Inbound.model_validate(fields))
        if outcome is Outcome.PROCESSED:
            await self._show_choice(query, data)
        elif outcome is Outcome.EXPIRED:
            await self._edit_keyboard(query, None)

    async def _show_choice(self, query: CallbackQuery, data: str) -> None:
        """Replace the keyboard by the option taken, so a second tap does nothing."""
        label = _button_label(query, data)
        chosen = None
        if label is not None:
            done = InlineKeyboardButton(f"✓ {label}", callback_data=DONE)
            chosen = InlineKeyboardMarkup([[done]])
        await self._edit_keyboard(query, chosen)

    async def _edit_keyboard(
        self, query: CallbackQuery, markup: InlineKeyboardMarkup | None
    ) -> None:
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(reply_markup=markup)

    async def _in_group(self, update: Update, chat_id: int) -> None:
        """Ask, once per group, to be written to privately; keep nothing else about the group."""
        if update.message is None or not await self._log.first_time(
            "telegram", f"group:{chat_id}"
        ):
            return
        text = self._catalogue.render("telegram-group-private", {}, self._group_notice)
        try:
            await self._bot.send_message(chat_id, text)
        except TelegramError as error:
            log.warning("group notice not sent: %s", type(error).__name__)


def _button_label(query: CallbackQuery, data: str) -> str | None:
    """Find the text of the tapped button on the message it belongs to."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None
