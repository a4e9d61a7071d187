"""The small interfaces handlers need; storage/ and bot/ implement them.

Handlers depend only on these protocols, so the same conversation code runs against SQLite,
PostgreSQL or an in-test fake, and never learns about SQL, schedulers or channel libraries.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Generic, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from handlers.core.jobs import JobStore
from handlers.core.values import (
    Address,
    AddressStatus,
    Approval,
    Inbound,
    Language,
    MenuEntry,
    MenuTokenState,
    Participant,
    ParticipantStatus,
    Reply,
    Role,
)

T = TypeVar("T")


class StoreKey(Generic[T]):
    """Names a feature's own store; ``Transaction.store(key)`` returns it, typed.

    A feature defines its store protocol and key next to its code; storage/ implements the
    protocol in the module that mirrors the feature's package and binds it to the key.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"StoreKey({self.name!r})"


class Clock(Protocol):
    """The one source of the current time; tests and the simulator move it."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...


class Frame(BaseModel):
    """One open dialogue: where the person is and what they have answered so far."""

    model_config = ConfigDict(extra="forbid")

    dialogue: str
    step: str
    answers: dict[str, JsonValue] = Field(default_factory=dict)
    history: list[str] = Field(default_factory=list)
    misses: int = 0


class DialogueState(BaseModel):
    """A stack of open dialogues; the last frame is the one being answered."""

    model_config = ConfigDict(extra="forbid")

    frames: list[Frame] = Field(default_factory=list)
    paused: bool = False


class ProfileUpdate(BaseModel):
    """Fields to change on a participant; ``None`` leaves a field as it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Role | None = None
    language: Language | None = None
    timezone: str | None = None
    status: ParticipantStatus | None = None
    name: str | None = None
    profession: str | None = None
    sector: str | None = None
    city: str | None = None
    languages_spoken: tuple[str, ...] | None = None
    referral_code: str | None = None
    consent_at: datetime | None = None
    approval: Approval | None = None


class ParticipantCount(BaseModel):
    """How many participants hold one role and status."""

    model_config = ConfigDict(frozen=True)

    role: Role | None
    status: ParticipantStatus
    # Waiting for a coordinator's approval, or refused by one (None: neither).
    approval: Approval | None = None
    count: int


class Transaction(Protocol):
    """One atomic unit of work: every change and every reply it queues commit together."""

    @property
    def jobs(self) -> JobStore:
        """Scheduled jobs in this transaction."""
        ...

    def store(self, key: StoreKey[T]) -> T:
        """The feature store named by ``key``, on this transaction."""
        ...

    async def participant(self, participant_id: int) -> Participant:
        """Return a participant by id."""
        ...

    async def alone(self, task: str) -> bool:
        """True when no other process sharing the database is doing ``task`` right now.

        The task is then this transaction's until it ends, so a periodic scan that several
        processes run is done by one of them at a time (and the others skip their turn).
        """
        ...

    async def reach(self, participant_id: int) -> Address | None:
        """Where to write to a participant: their first address that can still be reached."""
        ...

    async def bump(self, participant_id: int, kind: str, window: timedelta) -> int:
        """Count one more ``kind`` for the participant; return the count in the current window.

        A window starts with the first count and lasts ``window``; the next count after it
        starts a new one.
        """
        ...

    async def grant(self, participant_id: int, role: Role, granted_by: int | None) -> bool:
        """Give a participant a role (False if they held it already)."""
        ...

    async def revoke(self, participant_id: int, role: Role) -> bool:
        """Take a role away (False if they did not hold it)."""
        ...

    async def holders(self, role: Role, limit: int) -> list[Participant]:
        """Active participants holding ``role``, oldest first."""
        ...

    async def touch(self, participant_id: int) -> None:
        """Remember that the participant just wrote."""
        ...

    async def enqueue_to(self, participant_id: int, replies: list[Reply]) -> bool:
        """Queue replies to another participant at their reachable address; False if none."""
        ...

    async def record_inbound(self, inbound: Inbound) -> bool:
        """Log an inbound message; return False if it was already processed."""
        ...

    async def participant_by_address(self, address: Address) -> Participant | None:
        """Return the participant reached at ``address``, if any."""
        ...

    async def create_participant(
        self, address: Address, *, language: Language, timezone: str, role: Role | None
    ) -> Participant:
        """Create a participant in the ``registering`` state with one address."""
        ...

    async def update_participant(self, participant_id: int, update: ProfileUpdate) -> Participant:
        """Apply ``update`` and return the participant as stored."""
        ...

    async def address_status(self, address: Address) -> AddressStatus | None:
        """Return whether ``address`` can be written to (None for an unknown address)."""
        ...

    async def set_address_status(self, address: Address, status: AddressStatus) -> None:
        """Mark ``address``; opting out also drops whatever was still queued for it."""
        ...

    async def add_address(self, participant_id: int, address: Address) -> bool:
        """Give a participant another address; False if someone else already has it."""
        ...

    async def phone(self, participant_id: int) -> str | None:
        """The participant's SMS number, if they give one (shared only after a confirmation)."""
        ...

    async def set_phone(self, participant_id: int, phone: str | None) -> bool:
        """Make ``phone`` the participant's number, replacing the one they gave (None: none
        any more); False if someone else already has it."""
        ...

    async def erase_profile(self, participant_id: int) -> None:
        """Forget everything personal about a participant, keeping only id and status."""
        ...

    async def count_participants(self) -> list[ParticipantCount]:
        """Count participants by role and status (an aggregate, never a full load)."""
        ...

    async def count_unreachable_addresses(self) -> int:
        """Count addresses the channels could not deliver to (blocked, invalid, opted out)."""
        ...

    async def load_dialogue(self, participant_id: int) -> DialogueState:
        """Return the participant's open dialogues (empty when none)."""
        ...

    async def save_dialogue(self, participant_id: int, state: DialogueState) -> None:
        """Persist the participant's open dialogues (an empty state deletes the row)."""
        ...

    async def consume_menu_token(self, address: Address, token: str) -> MenuTokenState:
        """Use up the current keyboard of ``address`` if ``token`` names it.

        Returns "fresh" the first time, "used" for a second tap on the same keyboard, and
        "stale" for a keyboard that is no longer the current one.
        """
        ...

    async def last_menu(self, address: Address) -> list[MenuEntry]:
        """Return the numbered menu last rendered to ``address`` (empty when none)."""
        ...

    async def enqueue(
        self, participant: Participant, address: Address, replies: list[Reply]
    ) -> None:
        """Queue replies in the outbox, rendered later in the participant's language and zone."""
        ...

    async def audit(self, participant_id: int | None, action: str, detail: str = "") -> None:
        """Append to the audit log (never message bodies or full phone numbers)."""
        ...


class Store(Protocol):
    """Opens transactions."""

    def transaction(self) -> AbstractAsyncContextManager[Transaction]:
        """Open a write transaction that commits on success and rolls back on error."""
        ...
