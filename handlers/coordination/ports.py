"""The store coordination needs (implemented in storage/coordination.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Frozen, Participant, Role


class AuditEntry(Frozen):
    """One line of the audit log: who (or about whom), what, when."""

    at: datetime
    participant_id: int | None
    action: str
    detail: str
    id: int = 0


class CoordinationStore(Protocol):
    """Looking people up and reading the audit log, inside the current transaction."""

    async def person(self, participant_id: int) -> Participant | None:
        """The participant with that id, if any."""
        ...

    async def meeting_counts(self, participant_id: int) -> dict[str, int]:
        """How many of the participant's meetings (either side) are in each status."""
        ...

    async def find_people(
        self,
        words: Sequence[str],
        role: Role | None,
        standing: str | None,
        limit: int,
        offset: int,
    ) -> list[Participant]:
        """People (not those who refused consent) each of whose ``words`` starts a word of
        their profession or city or is part of their name, holding or asking for ``role``, in
        ``standing`` (waiting, active, paused, refused), by number."""
        ...

    async def count_people(
        self, words: Sequence[str], role: Role | None, standing: str | None
    ) -> int:
        """How many people ``find_people`` finds in all."""
        ...

    async def audit_entries(
        self,
        person: int | None,
        action: str | None,
        period: tuple[datetime, datetime] | None,
        before: int | None,
        limit: int,
    ) -> list[AuditEntry]:
        """Audit entries newest first, older than entry ``before`` when given: by or about
        ``person`` (who acted, or the number the entry is about), whose action contains
        ``action``, within ``period`` (start included, end excluded)."""
        ...

    async def count_role(self, role: str) -> int:
        """How many active participants hold ``role``."""
        ...


COORDINATION: StoreKey[CoordinationStore] = StoreKey("coordination")


def coordination_store(tx: Transaction) -> CoordinationStore:
    """The coordination store of ``tx``."""
    return tx.store(COORDINATION)
