"""Programme settings the conversations need, built from the bot's settings (bot/config.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from handlers.core.programmes import Programmes, load_programmes
from handlers.core.values import Address, Language

# "connectors": connectors wait (they meet newcomers in person); "everyone": newcomers too.
ApprovalPolicy = Literal["none", "connectors", "everyone"]


@dataclass(frozen=True)
class FollowUpTiming:
    """When reminders and follow-ups happen (per programme)."""

    request_nudge: timedelta = timedelta(hours=24)
    request_expiry: timedelta = timedelta(hours=48)
    follow_up_after: timedelta = timedelta(minutes=30)
    stall: timedelta = timedelta(days=21)
    # The coordinators' weekly digest: weekday (0 is Monday) and hour, programme time.
    digest_weekday: int = 0
    digest_hour: int = 9


@dataclass(frozen=True)
class HandlerConfig:
    """Programme settings the conversations need (built from the bot's settings)."""

    default_timezone: str
    default_language: Language
    coordinators: frozenset[Address] = field(default_factory=frozenset)
    # How people reach the programme's staff (said in answer to HELP on SMS).
    programme_contact: str = ""
    # How long a Connector meeting lasts, and how many requests a mentee may have waiting.
    slot_minutes: int = 30
    # Whether the programme sends SMS (Twilio configured, or the simulator): where it does not
    # (a Telegram-only programme), nothing is texted, and the people who would be say so.
    sends_sms: bool = True
    max_open_requests: int = 3
    # Flood limits (0: off). Past ``inbound_per_minute`` messages in a minute a person is told
    # once that the bot will answer shortly, and the rest of that minute is ignored; by SMS, at
    # most ``unread_per_hour`` answers a hour go to text the bot could not read.
    inbound_per_minute: int = 12
    unread_per_hour: int = 4
    follow_up: FollowUpTiming = field(default_factory=FollowUpTiming)
    # Who waits for a coordinator's approval after registering (CONNECTOR_APPROVAL).
    approval: ApprovalPolicy = "none"
    # The bot's Telegram username, for personal invitation links (t.me/<username>?start=<code>):
    # Telegram's own answer at start-up. None where the programme is not on Telegram.
    bot_username: str | None = None
    # The programmes run (CONNECTOR_PROGRAMMES_FILE, or the built-in file).
    programmes: Programmes = field(default_factory=load_programmes)
    # How long a coordinator's PIN, given by SMS, counts before it is asked again (minutes).
    pin_minutes: int = 30
    # By SMS, one "people are waiting for approval" text per this long (zero: one per person).
    intake_digest: timedelta = timedelta(hours=1)
    # The bot's public address (CONNECTOR_PUBLIC_URL, no trailing slash), for private links
    # it serves itself (certificates by SMS); None when it has none.
    public_url: str | None = None
    # Quiet hours (from, until), in each person's time: see ``daytime``. Equal: none.
    quiet_hours: tuple[int, int] = (21, 9)
    # How an address reads messages ("sms" or "telegram"), as its channel renders them: set by
    # the app from its channels, so that the simulator's personas count as the phone they play.
    rendering: Callable[[Address], str] | None = field(default=None, compare=False)

    def daytime(self, at: datetime, zone: str) -> datetime:
        """``at``, or when the quiet hours where the person lives end if it falls in them:
        a question that can wait is not sent at 7:30 or at 23:00 their time."""
        start, end = self.quiet_hours
        if start == end:
            return at
        local = at.astimezone(ZoneInfo(zone))
        quiet = (local.hour >= start or local.hour < end) if start > end else (
            start <= local.hour < end)  # fmt: skip
        if not quiet:
            return at
        wake = local.replace(hour=end, minute=0, second=0, microsecond=0)
        if wake <= local:
            # The next morning, on the wall clock (a day's arithmetic keeps the local time).
            wake = (local + timedelta(days=1)).replace(hour=end, minute=0, second=0,
                                                       microsecond=0)  # fmt: skip
        return wake.astimezone(at.tzinfo)


def reads_sms(config: HandlerConfig, address: Address) -> bool:
    """Whether ``address`` reads messages as an SMS phone (a real number, or an SMS-style
    persona in the simulator): short wording, numbered choices, no files."""
    if address.channel == "sms":
        return True
    return config.rendering is not None and config.rendering(address) == "sms"
