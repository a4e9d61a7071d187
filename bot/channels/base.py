"""The seam between the outbox sender and each channel adapter."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol, runtime_checkable

from handlers.core.values import Address, Attachment, ChannelName, MenuEntry, Role

AddressStatus = Literal["unreachable", "opted_out"]
# The choice a channel with buttons renders as its "share my phone number" key (Telegram's
# contact button, on a reply keyboard whose other keys send their label as typed text).
SHARE_CONTACT = "share-contact"


@dataclass(frozen=True)
class RenderedMessage:
    """A reply in the recipient's language, before the channel lays it out."""

    text: str
    choices: tuple[MenuEntry, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    # Names this keyboard on channels with buttons, so a tap on an older one is recognised.
    keyboard_token: str | None = None
    # The outbox row this message comes from, for providers that report delivery later.
    reference: str | None = None
    # The recipient's roles changed: refresh their command menu for these (Telegram).
    command_roles: frozenset[Role] | None = None


def answered_by_typing(message: RenderedMessage, rendering: str) -> bool:
    """Whether the person answers ``message``'s choices by typing, a number or a label (SMS's
    numbered menu, and the keys of a keyboard with the contact button), rather than by a tap
    that names the choice: the sender then records the choices for reading the text back."""
    return rendering == "sms" or any(choice.id == SHARE_CONTACT for choice in message.choices)


@dataclass(frozen=True)
class SendResult:
    """What a channel reports after a successful send."""

    provider_id: str | None = None


class TransientSendError(Exception):
    """The send may succeed later (network, rate limit, provider outage).

    ``uncertain`` means the provider may have accepted the message anyway (a timeout after the
    request went out): before sending it again, the outbox looks for it where it can.
    """

    def __init__(
        self, reason: str, retry_after: float | None = None, uncertain: bool = False
    ) -> None:
        super().__init__(reason)
        self.retry_after = retry_after
        self.uncertain = uncertain


class PermanentSendError(Exception):
    """The send will never succeed; optionally the address is unreachable or opted out."""

    def __init__(self, reason: str, address_status: AddressStatus | None = None) -> None:
        super().__init__(reason)
        self.address_status = address_status


# Asked right before the provider call: may this message still go out?
Ready = Callable[[], Awaitable[bool]]


class WithdrawnSend(Exception):
    """The message must not go out any more (say, the person opted out after it was queued)."""


async def last_check(ready: Ready | None) -> None:
    """Raise ``WithdrawnSend`` unless the message may still go out.

    Channels call this immediately before the provider call, after any pacing wait, so a STOP
    that arrives while a message waits its turn still stops it.
    """
    if ready is not None and not await ready():
        raise WithdrawnSend("withdrawn before sending")


class Channel(Protocol):
    """A way to reach people; ``send`` raises the errors above on failure."""

    @property
    def name(self) -> ChannelName:
        """The channel's name, as used in addresses."""
        ...

    @property
    def rate_per_second(self) -> float:
        """Outgoing messages per second allowed across the whole channel (0: unpaced)."""
        ...

    def rendering(self, address: Address) -> str:
        """Name how ``address`` sees messages: "sms" (short wording, numbered choices) or
        "telegram" (full wording, buttons)."""
        ...

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Deliver one rendered message; call ``last_check(ready)`` right before the provider."""
        ...


@runtime_checkable
class SentLookup(Protocol):
    """A channel whose provider can say whether a message was already sent (Twilio can;
    Telegram cannot, so an interrupted Telegram send is sent again: at least once)."""

    async def find_sent(
        self, address: Address, message: RenderedMessage, since: datetime
    ) -> list[str]:
        """Return the provider ids of messages like ``message`` sent to ``address`` since
        ``since``, newest first; raise ``TransientSendError`` when the provider cannot say."""
        ...


def numbered_text(message: RenderedMessage) -> str:
    """Lay out a message with its choices as a numbered list (the SMS way)."""
    if not message.choices:
        return message.text
    lines = [f"{n}. {choice.label}" for n, choice in enumerate(message.choices, start=1)]
    return message.text + "\n" + "\n".join(lines)


class DeliveryReports(Protocol):
    """What the SMS webhooks record from Twilio's status reports (the outbox implements it)."""

    async def record_delivery(
        self, outbox_id: int, provider_id: str, status: str, rank: int
    ) -> bool:
        """Record a provider's status report unless a later one is already recorded."""
        ...

    async def mark_address(self, outbox_id: int, status: str) -> None:
        """Mark the address a message went to (a late report of an opt-out or a bad number)."""
        ...


class SeenUpdates(Protocol):
    """Remembers which provider updates were already taken in (the inbound log implements it)."""

    async def first_time(self, channel: str, key: str) -> bool:
        """Record ``key``; False when it was recorded before."""
        ...
