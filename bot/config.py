"""Settings from environment variables (prefix ``CONNECTOR_``) and an optional ``.env``."""

from __future__ import annotations

import difflib
import logging
import os
import re
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AliasChoices,
    AnyHttpUrl,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from handlers.core.config import ApprovalPolicy, FollowUpTiming, HandlerConfig
from handlers.core.phones import to_e164
from handlers.core.programmes import ProgrammesError, load_programmes
from handlers.core.values import Address, Language

PREFIX = "CONNECTOR_"
# The one setting whose variable is not PREFIX + its field name: the field was once read as
# CONNECTOR_CONNECTOR_APPROVAL while the README said CONNECTOR_APPROVAL. Both work; the old
# name logs a deprecation line.
RENAMED = {"connector_approval": f"{PREFIX}APPROVAL"}
DEPRECATED = {f"{PREFIX}CONNECTOR_APPROVAL": f"{PREFIX}APPROVAL"}
# CONNECTOR_* variables that are not settings: the test run's engine (dev.py test), and the
# launcher's pid that `run --processes N` gives its children.
NOT_SETTINGS = frozenset({f"{PREFIX}TEST_DB", f"{PREFIX}LAUNCHER_PID"})
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LogFormat = Literal["text", "json"]
log = logging.getLogger(__name__)
_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(Exception):
    """Invalid configuration, described in one line that names the variable."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX, env_file=".env", extra="ignore", frozen=True
    )

    database_url: str = "sqlite+aiosqlite:///data/connector.db"
    # What the log says (DEBUG, INFO, WARNING, ERROR), and how: text lines or JSON objects.
    log_level: LogLevel = "INFO"
    log_format: LogFormat = "text"
    timezone: str = "America/Toronto"
    default_language: Language = "en"
    coordinators: Annotated[tuple[Address, ...], NoDecode] = ()
    # How people reach programme staff, given in answer to HELP on SMS (a phone or an e-mail).
    programme_contact: str = Field(default="", max_length=60)
    # Connector meetings: their length, and how many requests a newcomer may have waiting.
    slot_minutes: int = Field(default=30, ge=10, le=240)
    max_open_requests: int = Field(default=3, ge=1, le=20)
    # Who waits for a coordinator's approval before taking part: none, connectors (they meet
    # newcomers in person, and the programme has staff verify them) or everyone.
    connector_approval: ApprovalPolicy = Field(
        default="connectors",
        # Matched without regard to case: "connector_approval" is the variable
        # CONNECTOR_APPROVAL (and the keyword argument); the other is the deprecated name.
        validation_alias=AliasChoices("connector_approval", "connector_connector_approval"),
    )
    # Flood limits per person (0 turns one off); see HandlerConfig.
    inbound_per_minute: int = Field(default=12, ge=0, le=1000)
    unread_per_hour: int = Field(default=4, ge=0, le=1000)
    # Reminders and follow-up.
    follow_up_scan_seconds: float = Field(default=30.0, gt=0, le=3600)
    request_nudge_hours: float = Field(default=24, gt=0, le=240)
    request_expiry_hours: float = Field(default=48, gt=0, le=480)
    follow_up_minutes: float = Field(default=30, ge=0, le=1440)
    stall_days: float = Field(default=21, gt=0, le=365)
    digest_weekday: int = Field(default=0, ge=0, le=6)
    digest_hour: int = Field(default=9, ge=0, le=23)
    # Quiet hours, in each person's own time: questions that may wait (a mentorship's weekly
    # question and monthly check-in, the employment follow-ups) go out only from
    # quiet_until_hour to quiet_from_hour. Equal hours: no quiet hours.
    quiet_from_hour: int = Field(default=21, ge=0, le=23)
    quiet_until_hour: int = Field(default=9, ge=0, le=23)
    # The programmes file (TOML); empty: the built-in Connector and Career Mentoring programmes.
    programmes_file: str = ""
    # By SMS, how long a coordinator's PIN counts before a destructive command asks it again.
    pin_minutes: int = Field(default=30, ge=1, le=1440)
    # By SMS, coordinators hear of people waiting for approval once per this many minutes (one
    # text for all who registered meanwhile) instead of one text per person; 0: one per person.
    intake_digest_minutes: int = Field(default=60, ge=0, le=1440)
    # Message bodies and other typed text are cleared once this old (rows and statuses stay).
    retention_days: int = Field(default=90, ge=1, le=3650)
    outbox_batch: int = Field(default=50, ge=1, le=1000)
    outbox_poll_seconds: float = Field(default=5.0, gt=0, le=300)
    # A claimed message not sent within this long (its process died) is claimed again.
    outbox_lease_seconds: float = Field(default=120.0, ge=2, le=3600)
    # How many bot processes share this database (PostgreSQL only). Each sends at this share
    # of every provider's rate, so together they stay within it; `run --processes N` sets it.
    processes: int = Field(default=1, ge=1, le=64)
    # A message that does not say until when it is useful (reminders do) is retried this long.
    outbox_give_up_hours: float = Field(default=72, gt=0, le=720)
    # /healthz fails, and a warning is logged, when a message has waited longer than this.
    health_pending_warning_seconds: float = Field(default=900, gt=0, le=86400)
    # On SIGTERM, how long sends already handed to a provider may take to finish; then they are
    # put back in the queue, marked uncertain. Queued messages are not sent (they go out at the
    # next start). 8 s leaves the rest of the shutdown room within a 10 s stop timeout.
    shutdown_grace_seconds: float = Field(default=8.0, ge=0, le=300)

    # The bot's own HTTP server (webhooks, /healthz, certificate links), whenever a channel runs.
    public_url: AnyHttpUrl | None = None
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=1, le=65535)

    telegram_token: SecretStr | None = None
    telegram_base_url: AnyHttpUrl | None = None
    # The bot's @username without the @, for invitation links (t.me/<username>?start=<code>).
    # Asked from Telegram (getMe) at start-up when not set: a default would be someone else's.
    telegram_bot_username: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_]{3,32}$")
    telegram_webhook_secret: SecretStr | None = None
    telegram_rate_per_second: float = Field(default=30.0, gt=0, le=1000)
    telegram_seconds_per_chat: float = Field(default=1.0, ge=0, le=60)

    twilio_account_sid: str | None = Field(default=None, pattern=r"^AC[0-9a-fA-F]{32}$")
    twilio_auth_token: SecretStr | None = None
    # A sending number in E.164, or a Messaging Service SID (MG...).
    twilio_from: str | None = Field(
        default=None, pattern=r"^(\+[1-9][0-9]{6,14}|MG[0-9a-fA-F]{32})$"
    )
    twilio_api_base: AnyHttpUrl | None = None
    # Segments per second per sender: 1 for a long code, more for toll-free or short codes.
    sms_segments_per_second: float = Field(default=1.0, gt=0, le=100)
    # How long one call to Twilio's REST API may take before it counts as timed out (the
    # message is then uncertain: Twilio may have accepted it). Well under the outbox lease.
    sms_request_timeout_seconds: float = Field(default=15.0, gt=0, le=60)
    # After a send that timed out, wait this long for Twilio's status report before resending.
    sms_uncertain_retry_seconds: float = Field(default=600.0, ge=0, le=86400)

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        return database_url(value)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown timezone {value!r} (use an IANA name)") from error
        return value

    @field_validator("programmes_file")
    @classmethod
    def _programmes_valid(cls, value: str) -> str:
        # Read once here so that a mistake stops the bot at start-up, naming the field.
        try:
            load_programmes(value or None)
        except ProgrammesError as error:
            raise ValueError(str(error)) from None
        return value

    @field_validator("telegram_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        # Never echo the token itself: the message names the variable and the expected shape.
        if value is not None and not _TOKEN.fullmatch(value.get_secret_value()):
            raise ValueError("not a bot token (expected digits:letters, as BotFather gives)")
        return value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -.
        if value is not None and not _SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("use 1 to 256 letters, digits, _ or -")
        return value

    @field_validator("coordinators", mode="before")
    @classmethod
    def _split_addresses(cls, value: Any) -> Any:
        if isinstance(value, str):
            addresses = [Address.parse(part) for part in value.split(",") if part.strip()]
            return tuple(_normalised(address) for address in addresses)
        return value

    @model_validator(mode="after")
    def _sms_complete(self) -> Settings:
        given = {
            "TWILIO_ACCOUNT_SID": self.twilio_account_sid,
            "TWILIO_AUTH_TOKEN": self.twilio_auth_token,
            "TWILIO_FROM": self.twilio_from,
        }
        if any(value is not None for value in given.values()):
            for name, value in given.items():
                if value is None:
                    raise ValueError(f"{PREFIX}{name}: required to send SMS (set all three)")
            if self.public_url is None:
                raise ValueError(f"{PREFIX}PUBLIC_URL: required for SMS (Twilio calls /sms there)")
        return self

    @model_validator(mode="after")
    def _processes_share_postgresql(self) -> Settings:
        if self.processes > 1 and not self.database_url.startswith("postgresql"):
            raise ValueError(
                f"{PREFIX}PROCESSES: several processes need PostgreSQL "
                f"({PREFIX}DATABASE_URL=postgresql+asyncpg://...); SQLite serves one"
            )
        if self.processes > 1 and self.telegram_token is not None and self.public_url is None:
            raise ValueError(
                f"{PREFIX}PROCESSES: several processes take Telegram updates by webhook "
                f"(set {PREFIX}PUBLIC_URL); Telegram lets only one process poll"
            )
        return self

    @property
    def sms_enabled(self) -> bool:
        """Whether the SMS channel is configured."""
        return self.twilio_account_sid is not None

    def handler_config(self) -> HandlerConfig:
        """Return what the conversations need to know."""
        return HandlerConfig(
            default_timezone=self.timezone,
            default_language=self.default_language,
            coordinators=frozenset(self.coordinators),
            programme_contact=self.programme_contact,
            slot_minutes=self.slot_minutes,
            # The simulator (no channel configured) delivers texts to personas.
            sends_sms=self.sms_enabled or self.telegram_token is None,
            max_open_requests=self.max_open_requests,
            approval=self.connector_approval,
            inbound_per_minute=self.inbound_per_minute,
            unread_per_hour=self.unread_per_hour,
            bot_username=self.telegram_bot_username,
            programmes=load_programmes(self.programmes_file or None),
            public_url=str(self.public_url).rstrip("/") if self.public_url is not None else None,
            pin_minutes=self.pin_minutes,
            quiet_hours=(self.quiet_from_hour, self.quiet_until_hour),
            intake_digest=timedelta(minutes=self.intake_digest_minutes),
            follow_up=FollowUpTiming(
                request_nudge=timedelta(hours=self.request_nudge_hours),
                request_expiry=timedelta(hours=self.request_expiry_hours),
                follow_up_after=timedelta(minutes=self.follow_up_minutes),
                stall=timedelta(days=self.stall_days),
                digest_weekday=self.digest_weekday,
                digest_hour=self.digest_hour,
            ),
        )


def _normalised(address: Address) -> Address:
    """Write SMS numbers in E.164, as inbound messages carry them ("613-555-0100" too)."""
    if address.channel != "sms":
        return address
    phone = to_e164(address.value)
    if phone is None:
        raise ValueError(f"not a phone number: {address.value!r}")
    return Address(channel="sms", value=phone)


# The URL forms providers hand out, each given the async driver the bot uses.
_DRIVERS = {
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
}
_URL_HELP = "use sqlite:///path/to.db or postgresql://user:password@host/database"


def database_url(value: str) -> str:
    """``value`` with the async driver (``postgresql://`` -> ``postgresql+asyncpg://``)."""
    scheme, sep, rest = value.strip().partition("://")
    driver = _DRIVERS.get(scheme.lower())
    if not sep or driver is None:
        # Never echo the URL: it may hold a password.
        shown = f"{scheme}://" if sep else "no scheme"
        raise ValueError(f"not a database URL this bot can use ({shown}); {_URL_HELP}")
    if driver.startswith("sqlite") and not rest.startswith("/"):
        raise ValueError(f"no database file given; {_URL_HELP}")
    return f"{driver}://{rest}"


def variable_names() -> dict[str, str]:
    """Each setting's field name and the environment variable that sets it."""
    return {name: RENAMED.get(name, f"{PREFIX}{name.upper()}") for name in Settings.model_fields}


def check_variables(environ: Mapping[str, str], dotenv: Path | None = Path(".env")) -> None:
    """Refuse an unknown ``CONNECTOR_*`` variable (environment or ``.env``) in one line.

    A misspelt setting would otherwise be ignored without a word; the line names the variable
    and the closest known one. A deprecated name logs one line and goes on.
    """
    given = dict(environ)
    if dotenv is not None and dotenv.is_file():
        from dotenv import dotenv_values  # pydantic-settings reads .env with it too

        given.update({k: v or "" for k, v in dotenv_values(dotenv).items()})
    known = set(variable_names().values()) | NOT_SETTINGS | set(DEPRECATED)
    for name in sorted(given):
        upper = name.upper()
        if not upper.startswith(PREFIX) or upper in known:
            if upper in DEPRECATED:
                log.warning("%s is deprecated: name it %s", upper, DEPRECATED[upper])
            continue
        close = difflib.get_close_matches(upper, sorted(known - NOT_SETTINGS), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(f"{upper}: not a setting of connector-bot{hint}")


def load_settings(**overrides: Any) -> Settings:
    """Read the settings, turning any problem into a one-line ``ConfigError``."""
    check_variables(os.environ)
    try:
        return Settings(**overrides)
    except ValidationError as error:
        first = error.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        if not first["loc"]:  # a check across variables names its variable itself
            raise ConfigError(message) from None
        field = str(first["loc"][0])
        names = {**variable_names(), "connector_connector_approval": f"{PREFIX}CONNECTOR_APPROVAL"}
        name = names.get(field, f"{PREFIX}{field.upper()}")
        raise ConfigError(f"{name}: {message}") from None
