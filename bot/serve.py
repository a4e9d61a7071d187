"""``connector-bot run`` with real channels: start everything, stop cleanly on a signal."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import timedelta

from bot.app import App, open_app, running
from bot.certificate_link import PATH as CERTIFICATE_PATH
from bot.certificate_link import CertificateLinks
from bot.channels.base import Channel
from bot.channels.sms import SmsChannel, build_twilio_client
from bot.channels.sms_webhooks import SmsWebhooks
from bot.channels.sms_webhooks import routes as sms_routes
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram_service import (
    WEBHOOK_PATH,
    TelegramService,
    build_application,
    telegram_username,
)
from bot.channels.telegram_updates import TelegramUpdates
from bot.clock import SystemClock
from bot.config import Settings
from bot.health import PATH as HEALTH_PATH
from bot.http import HttpServer
from bot.i18n import Catalogue
from bot.processes import launcher_gone
from storage.inbound import InboundLog
from storage.secrets import SecretStore

log = logging.getLogger(__name__)


# Processes starting within this long of each other share one Telegram set-up; a process
# started later (a restart, a deploy) publishes the menus and the webhook again.
SETUP_FRESH = timedelta(minutes=10)
TELEGRAM_SETUP = "setup:telegram"


async def _webhook_secret(settings: Settings, app: App) -> str:
    """The secret Telegram sends with webhook updates: configured, or generated once."""
    if settings.telegram_webhook_secret is not None:
        return settings.telegram_webhook_secret.get_secret_value()
    return await SecretStore(app.engine, app.clock).get_or_create("telegram_webhook_secret")


@asynccontextmanager
async def _undone_on_failure(secrets: SecretStore | None) -> AsyncIterator[None]:
    """Forget the shared Telegram set-up if this process's part of it fails."""
    try:
        yield
    except BaseException:
        if secrets is not None:
            await secrets.forget(TELEGRAM_SETUP)
        raise


def has_channels(settings: Settings) -> bool:
    """Tell whether any real channel is configured."""
    return settings.telegram_token is not None or settings.sms_enabled


async def wait_for_signal() -> None:
    """Return on SIGINT or SIGTERM, or when the launcher that started this process is gone."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    orphaned = asyncio.create_task(launcher_gone())
    orphaned.add_done_callback(lambda _: stop.set())
    try:
        await stop.wait()
    finally:
        orphaned.cancel()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def raise_file_limit() -> None:
    """Raise this process's open-file limit to the most it may have (often 1,024 of 524,288).

    Every connection, the database and each provider hold files; the HTTP server's own limit
    (bot/http_guard.py) stays well under what is left.
    """
    try:
        import resource
    except ImportError:  # not on this system
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


async def serve(settings: Settings, stopped: asyncio.Event | None = None) -> None:
    """Serve every configured channel until a signal (or ``stopped``, in tests).

    Shutdown runs in reverse: stop taking updates, stop the HTTP server, let the outbox finish,
    release the channels, close the database.
    """
    raise_file_limit()
    clock = SystemClock()
    catalogue = Catalogue()
    secrets: SecretStore | None = None
    channels: dict[str, Channel] = {}
    # Processes sharing the database share each provider's rate (see Settings.processes).
    share = 1 / settings.processes
    application = build_application(settings) if settings.telegram_token else None
    if application is not None:
        channels["telegram"] = TelegramChannel(
            application.bot,
            settings.telegram_rate_per_second * share,
            settings.telegram_seconds_per_chat,
        )
    sms: SmsChannel | None = None
    if settings.sms_enabled:
        assert settings.twilio_from is not None
        sms = SmsChannel(
            build_twilio_client(settings),
            settings.twilio_from,
            str(settings.public_url),
            settings.sms_segments_per_second * share,
            settings.sms_uncertain_retry_seconds,
        )
        channels["sms"] = sms
    async with AsyncExitStack() as stack:
        # Closed even when opening the database fails (a damaged file), so the one-line
        # refusal is not followed by aiohttp's "Unclosed client session".
        if sms is not None:
            stack.push_async_callback(sms.close)
        complete = None
        if application is not None and settings.telegram_bot_username is None:
            bot = application.bot

            async def complete(known: Settings) -> Settings:
                # Invitation links name the bot: ask Telegram who it is (getMe).
                return known.model_copy(
                    update={"telegram_bot_username": await telegram_username(bot)}
                )

        app = await stack.enter_async_context(
            open_app(settings, clock, channels, catalogue, complete=complete)
        )
        settings = app.settings
        secrets = SecretStore(app.engine, clock)
        service: TelegramService | None = None
        set_up = False
        if application is not None:
            updates = TelegramUpdates(
                application.bot,
                app.receive,
                clock,
                catalogue,
                InboundLog(app.engine, clock),
                settings.default_language,
                settings.timezone,
            )
            service = TelegramService(
                application, updates, catalogue, app.features, settings.coordinators
            )
            await service.initialize()
            webhook_url = (
                str(settings.public_url).rstrip("/") + WEBHOOK_PATH
                if settings.public_url is not None
                else None
            )
            if webhook_url is not None:
                service.expect_secret(await _webhook_secret(settings, app))
            # Processes sharing the database publish the menus and the webhook once between
            # them: the first to start does it, the others find it done.
            set_up = await secrets.first_to(
                TELEGRAM_SETUP, service.fingerprint(webhook_url), SETUP_FRESH
            )
            if set_up:
                async with _undone_on_failure(secrets):
                    await service.publish_commands()
            channel = channels["telegram"]
            assert isinstance(channel, TelegramChannel)
            channel.menus = service.refresh_menu
            stack.push_async_callback(service.shutdown)
        await stack.enter_async_context(running(app))
        http = HttpServer(
            settings.http_host, settings.http_port, reuse_port=settings.processes > 1
        )
        http.get(HEALTH_PATH, app.health.handle)
        if settings.public_url is not None:
            # Private links to certificates of completion, for mentees who read by SMS.
            links = CertificateLinks(app.engine, app.catalogue, settings.handler_config())
            http.get(CERTIFICATE_PATH, links.handle)
        webhook = service is not None and settings.public_url is not None
        if webhook and service is not None:
            http.post(WEBHOOK_PATH, service.webhook)
        if sms is not None:
            assert settings.twilio_auth_token is not None
            hooks = SmsWebhooks(
                settings.twilio_auth_token.get_secret_value(),
                str(settings.public_url),
                app.receive,
                app.outbox,
                clock,
            )
            for path, handler in sms_routes(hooks):
                http.post(path, handler)
        # Always served: /healthz is there in polling mode too.
        await http.start()
        stack.push_async_callback(http.stop)
        if service is not None:
            if webhook:
                async with _undone_on_failure(secrets if set_up else None):
                    await service.start_webhook(str(settings.public_url), register=set_up)
                log.info("telegram: webhook mode")
            else:
                await service.start_polling()
                log.info("telegram: polling")
            stack.push_async_callback(service.stop_intake)
        if stopped is not None:
            await stopped.wait()
        else:
            await wait_for_signal()
