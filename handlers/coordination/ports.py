"""The store coordination needs (implemented in storage/coordination.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Frozen, Participant


class AuditEntry(Frozen):
    """One line of the audit log: who (or about whom), what, when."""

    at: datetime
    participant_id: int | None
    action: str
    detail: str


class CoordinationStore(Protocol):
    """Looking people up and reading the audit log, inside the current transaction."""

    async def person(self, participant_id: int) -> Participant | None:
        """The participant with that id, if any."""
        ...

    async def meeting_counts(self, participant_id: int) -> dict[str, int]:
        """How many of the participant's meetings (either side) are in each status."""
        ...

    async def find_people(self, text: str, limit: int) -> list[Participant]:
        """Registered people whose name, profession or city contains ``text``, by id."""
        ...

    async def latest_audit(self, limit: int) -> list[AuditEntry]:
        """The newest audit entries, newest first."""
        ...

    async def count_role(self, role: str) -> int:
        """How many active participants hold ``role``."""
        ...


COORDINATION: StoreKey[CoordinationStore] = StoreKey("coordination")


def coordination_store(tx: Transaction) -> CoordinationStore:
    """The coordination store of ``tx``."""
    return tx.store(COORDINATION)
