"""``connector-bot check``: the settings, the database and each provider, one line each.

Run before a first start or after changing a setting: every line says what was checked and
whether it is right, without starting the bot, sending a message or changing the database.
"""

from __future__ import annotations

from typing import TextIO

from bot.config import ConfigError, Settings, load_settings

OK = "ok  "
BAD = "FAIL"


async def check(out: TextIO) -> int:
    """Check everything configured; print one line each; 0 when all is right, else 1."""
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"{BAD} settings: {error}", file=out)
        return 1
    print(f"{OK} settings: read ({_channels(settings)})", file=out)
    lines = [await _database(settings)]
    if settings.telegram_token is not None:
        lines.append(await _telegram(settings))
    if settings.sms_enabled:
        lines.append(await _twilio(settings))
    for good, line in lines:
        print(f"{OK if good else BAD} {line}", file=out)
    return 0 if all(good for good, _ in lines) else 1


def _channels(settings: Settings) -> str:
    """Which channels the settings turn on."""
    names = [
        name
        for name, on in (("Telegram", settings.telegram_token), ("SMS", settings.sms_enabled))
        if on
    ]
    return "channels: " + (", ".join(names) if names else "none, so `run` starts the simulator")


async def _database(settings: Settings) -> tuple[bool, str]:
    """Connect, and say how far the schema is from the code's migrations."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from storage.db import DatabaseUnavailable, alembic_config, create_engine, reachable

    url = settings.database_url
    try:
        engine = create_engine(url)
    except DatabaseUnavailable as error:
        return False, f"database (CONNECTOR_DATABASE_URL): {error}"
    try:
        await reachable(engine)
        async with engine.connect() as conn:
            has_table = await conn.run_sync(
                lambda sync: sync.dialect.has_table(sync, "alembic_version")
            )
            current = (
                (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
                if has_table
                else None
            )
    except DatabaseUnavailable as error:
        return False, f"database (CONNECTOR_DATABASE_URL): {error}"
    finally:
        await engine.dispose()
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    where = engine.url.render_as_string(hide_password=True)
    if current == head:
        state = "schema up to date"
    elif current is None:
        state = "empty: `run` or `migrate` creates the tables"
    else:
        state = f"schema at {current}, `run` or `migrate` brings it to {head}"
    return True, f"database: connected to {where}, {state}"


async def _telegram(settings: Settings) -> tuple[bool, str]:
    """Ask Telegram who the bot is (getMe)."""
    from bot.channels.telegram_service import build_application, telegram_username

    application = build_application(settings)
    try:
        username = await telegram_username(application.bot)
    except ConfigError as error:
        return False, f"telegram: {error}"
    finally:
        await application.bot.shutdown()
    configured = settings.telegram_bot_username
    if configured is not None and configured.lower() != username.lower():
        return False, (
            f"telegram: the token is @{username}'s but CONNECTOR_TELEGRAM_BOT_USERNAME says "
            f"@{configured}: remove the setting (the bot asks Telegram) or correct it"
        )
    return True, f"telegram: the token works, the bot is @{username}"


async def _twilio(settings: Settings) -> tuple[bool, str]:
    """Fetch the Twilio account the credentials belong to."""
    from twilio.base.exceptions import TwilioException, TwilioRestException

    from bot.channels.sms import build_twilio_client

    client = build_twilio_client(settings)
    sid = settings.twilio_account_sid or ""
    try:
        account = await client.api.v2010.accounts(sid).fetch_async()
    except TwilioRestException as error:
        if error.status in (401, 403, 404):
            return False, (
                "twilio: Twilio refused CONNECTOR_TWILIO_ACCOUNT_SID with "
                f"CONNECTOR_TWILIO_AUTH_TOKEN (HTTP {error.status}): check both in the console"
            )
        return False, f"twilio: Twilio answered HTTP {error.status} ({error.code})"
    except (TwilioException, OSError, TimeoutError) as error:
        return False, f"twilio: could not reach Twilio ({type(error).__name__})"
    finally:
        http = client.http_client
        close = getattr(http, "close", None)
        if close is not None:
            await close()
    status = getattr(account, "status", None) or "unknown"
    if status != "active":
        return False, f"twilio: the account …{sid[-4:]} is {status}, so it cannot send"
    return True, f"twilio: the account …{sid[-4:]} is active"
