"""The store the safeguards need (implemented in storage/safeguards.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction


class PinStore(Protocol):
    """Coordinators' PINs (kept hashed) and until when each one's last correct PIN counts."""

    async def set_pin(self, participant_id: int, pin: str) -> None:
        """Set (or replace) the coordinator's PIN; any open PIN session ends."""
        ...

    async def has_pin(self, participant_id: int) -> bool:
        """Whether the coordinator has a PIN."""
        ...

    async def pin_matches(self, participant_id: int, pin: str) -> bool:
        """Whether ``pin`` is the coordinator's (reads only)."""
        ...

    async def wrong_since(self, participant_id: int, since: datetime) -> int:
        """How many wrong PINs the coordinator gave since ``since`` (reads only)."""
        ...

    async def record_wrong(self, participant_id: int) -> None:
        """Count one more wrong PIN (the count restarts after an hour's quiet)."""
        ...

    async def open_session(self, participant_id: int, until: datetime) -> None:
        """The right PIN was given: it counts ``until`` then; the wrong count restarts."""
        ...

    async def session_open(self, participant_id: int, now: datetime) -> bool:
        """Whether the coordinator gave their PIN recently enough not to be asked again."""
        ...


PINS: StoreKey[PinStore] = StoreKey("safeguards")


def pin_store(tx: Transaction) -> PinStore:
    """The PIN store of ``tx``."""
    return tx.store(PINS)
