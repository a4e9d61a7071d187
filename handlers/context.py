"""What a handler knows while it answers one inbound message."""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.ports import Clock, ProfileUpdate, Transaction
from handlers.values import Address, Language, Participant


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
    max_open_requests: int = 3


@dataclass
class Ctx:
    """The transaction, clock, settings and person for one inbound message."""

    tx: Transaction
    clock: Clock
    config: HandlerConfig
    address: Address
    participant: Participant

    async def update(self, update: ProfileUpdate) -> Participant:
        """Store ``update`` and keep this context's view of the participant current."""
        self.participant = await self.tx.update_participant(self.participant.id, update)
        return self.participant
