"""The seam between the outbox sender and each channel adapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from handlers.values import Address, Attachment, ChannelName, MenuEntry
from storage.outbox import KeyboardUpdate

AddressStatus = Literal["unreachable", "opted_out"]


@dataclass(frozen=True)
class RenderedMessage:
    """A reply in the recipient's language, before the channel lays it out."""

    text: str
    choices: tuple[MenuEntry, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class SendResult:
    """What a channel reports after a successful send."""

    provider_id: str | None = None
    # The numbered menu the person now sees (numbered channels), or None to leave it alone.
    menu: list[MenuEntry] | None = field(default=None)
    # The keyboard token the message carried (Telegram), or None for channels without one.
    keyboard: KeyboardUpdate | None = None


class TransientSendError(Exception):
    """The send may succeed later (network, rate limit, provider outage)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class PermanentSendError(Exception):
    """The send will never succeed; optionally the address is unreachable or opted out."""

    def __init__(self, reason: str, address_status: AddressStatus | None = None) -> None:
        super().__init__(reason)
        self.address_status = address_status


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
        """Name the catalogue variant (``$channel``) to render for ``address``: sms or telegram."""
        ...

    async def send(self, address: Address, message: RenderedMessage) -> SendResult:
        """Deliver one rendered message."""
        ...


def numbered_text(message: RenderedMessage) -> str:
    """Lay out a message with its choices as a numbered list (the SMS way)."""
    if not message.choices:
        return message.text
    lines = [f"{n}. {choice.label}" for n, choice in enumerate(message.choices, start=1)]
    return message.text + "\n" + "\n".join(lines)
