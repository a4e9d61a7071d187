"""Telegram, running: the PTB application, its command menus, polling or the webhook."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from aiohttp import web
from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler
from telegram.request import BaseRequest

from bot.channels.telegram_updates import TelegramUpdates
from bot.config import ConfigError, Settings
from bot.i18n import Catalogue, Rendering
from handlers.core.registry import Registry
from handlers.core.values import LANGUAGES, Address, Language, Role

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query"]
# The configured coordinators' chats get their commands in Telegram's menu too.
COORDINATOR: frozenset[Role] = frozenset({"coordinator"})


def _has_id(value: object) -> bool:
    """A JSON object with an integer ``id`` (a chat, a user)."""
    return isinstance(value, dict) and type(value.get("id")) is int


def well_formed(data: object) -> bool:
    """Whether ``data`` has the shape of an update this bot reads, as Telegram sends them.

    The webhook answers 400 to anything else: a JSON list, null or a number; a message whose
    chat id is not a number (a reply to it could never leave, and was retried for 72 h); a
    text that is not a string.
    """
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return False
    message = data.get("message")
    if message is not None:
        if not isinstance(message, dict) or not _has_id(message.get("chat")):
            return False
        if "from" in message and not _has_id(message["from"]):
            return False
        for field in ("text", "caption"):
            if field in message and not isinstance(message[field], str):
                return False
    query = data.get("callback_query")
    if query is not None:
        if not isinstance(query, dict) or not _has_id(query.get("from")):
            return False
        if "data" in query and not isinstance(query["data"], str):
            return False
        held = query.get("message")
        if held is not None and (not isinstance(held, dict) or not _has_id(held.get("chat"))):
            return False
    return True


async def telegram_username(bot: Bot) -> str:
    """The bot's own @username (without @), asked from Telegram; a refusal in one line."""
    try:
        await bot.initialize()  # getMe; PTB does it once, later calls reuse the answer
    except InvalidToken:
        raise ConfigError(
            "CONNECTOR_TELEGRAM_TOKEN: Telegram refused this token (check it with BotFather)"
        ) from None
    except TelegramError as error:
        raise ConfigError(
            f"CONNECTOR_TELEGRAM_TOKEN: could not reach Telegram to check the bot "
            f"({type(error).__name__}: {error})"
        ) from None
    return str(bot.username)


def build_application(settings: Settings, request: BaseRequest | None = None) -> Application:  # type: ignore[type-arg]
    """Build the PTB application from settings (``request`` replaces HTTP in tests)."""
    # Opt in to timedelta periods now: without it PTB warns on every RetryAfter it raises.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    assert settings.telegram_token is not None
    builder = ApplicationBuilder().token(settings.telegram_token.get_secret_value())
    if settings.telegram_base_url is not None:
        root = str(settings.telegram_base_url).rstrip("/")
        builder = builder.base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    return builder.build()


def commands(
    catalogue: Catalogue, features: Registry, language: Language, roles: frozenset[Role]
) -> list[BotCommand]:
    """The command menu in one language for ``roles``, from the features' declarations."""
    to = Rendering(language=language, timezone="UTC", channel="telegram")
    return [
        BotCommand(name, catalogue.render(about, {}, to))
        for name, about in features.command_menu(language, roles)
    ]


class TelegramService:
    """Starts and stops Telegram intake; sending goes through the outbox and the channel."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        updates: TelegramUpdates,
        catalogue: Catalogue,
        features: Registry,
        coordinators: tuple[Address, ...],
    ) -> None:
        self.application = application
        self._updates = updates
        self._catalogue = catalogue
        self._features = features
        self._coordinators = [int(a.value) for a in coordinators if a.channel == "telegram"]
        self._secret: str | None = None
        application.add_handler(TypeHandler(Update, self._dispatch))

    async def _dispatch(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._updates.handle(update)

    async def initialize(self) -> None:
        """Connect the bot (before anything is sent)."""
        await self.application.initialize()

    def _menus(self) -> list[tuple[Language, int | None, list[BotCommand]]]:
        """Every command menu to publish: each language's default, and each coordinator's."""
        menus: list[tuple[Language, int | None, list[BotCommand]]] = []
        for language in LANGUAGES:
            menus.append((language, None, commands(self._catalogue, self._features, language,
                                                   frozenset())))  # fmt: skip
            for chat_id in self._coordinators:
                menus.append((language, chat_id, commands(self._catalogue, self._features,
                                                          language, COORDINATOR)))  # fmt: skip
        return menus

    def fingerprint(self, webhook: str | None) -> str:
        """What the start-up set-up publishes (menus, webhook and secret), as a digest.

        Processes that share a database compare it to do the set-up once (storage/secrets.py).
        """
        published = [
            [language, chat_id, [(c.command, c.description) for c in menu]]
            for language, chat_id, menu in self._menus()
        ]
        text = json.dumps([published, webhook, self._secret], ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()

    async def publish_commands(self) -> None:
        """Publish the command menus (once, at start-up)."""
        bot = self.application.bot
        for language, chat_id, menu in self._menus():
            scope = BotCommandScopeDefault() if chat_id is None else BotCommandScopeChat(chat_id)
            await bot.set_my_commands(menu, scope=scope, language_code=language)

    def expect_secret(self, secret: str) -> None:
        """The secret Telegram sends with each webhook update (checked on every POST)."""
        self._secret = secret

    async def refresh_menu(self, chat_id: int, roles: frozenset[Role]) -> None:
        """Set one chat's command menu, in each language, for the roles it now holds."""
        bot = self.application.bot
        for language in LANGUAGES:
            await bot.set_my_commands(
                commands(self._catalogue, self._features, language, roles),
                scope=BotCommandScopeChat(chat_id),
                language_code=language,
            )

    async def start_polling(self) -> None:
        """Take updates by long polling (and drop any webhook)."""
        await self.application.start()
        assert self.application.updater is not None
        await self.application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)

    async def start_webhook(self, public_url: str, register: bool = True) -> None:
        """Take updates by POST to ``{public_url}/telegram``, with the secret given before.

        ``register``: tell Telegram the address (one of several processes does it).
        """
        assert self._secret is not None, "expect_secret first"
        await self.application.start()
        if register:
            await self.application.bot.set_webhook(
                public_url.rstrip("/") + WEBHOOK_PATH,
                secret_token=self._secret,
                allowed_updates=ALLOWED_UPDATES,
            )

    async def webhook(self, request: web.Request) -> web.Response:
        """Process one update POSTed by Telegram; 403 unless it carries the secret."""
        given = request.headers.get(SECRET_HEADER, "")
        if self._secret is None or not hmac.compare_digest(given.encode(), self._secret.encode()):
            return web.Response(status=403)
        try:
            data = json.loads(await request.read())
            if not well_formed(data):
                raise ValueError("not an update this bot reads")
            update = Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError, RecursionError):
            # Telegram never sends these: a bad client, or a probe. Nothing is recorded, and
            # no reply is queued to a chat that does not exist.
            log.warning("telegram webhook: a malformed update refused (400)")
            return web.Response(status=400)
        # Answer only after the update is committed; an error makes Telegram deliver it again.
        await self._updates.handle(update)
        return web.Response()

    async def stop_intake(self) -> None:
        """Stop taking updates; the update being handled finishes first."""
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()

    async def shutdown(self) -> None:
        """Release the bot's HTTP connections (after the outbox has drained)."""
        await self.application.shutdown()
