"""The store coordination needs (implemented in storage/coordination.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol, get_args

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import ROLES, Frozen, Participant, Role

Standing = Literal["waiting", "active", "paused", "refused"]
# Ready-made lists: connectors with no open times, newcomers who never asked for a meeting,
# newcomers with a meeting held and no referral from it yet, people who cannot be reached.
Ready = Literal["no-times", "never-booked", "no-referral", "unreachable"]


@dataclass(frozen=True)
class PeopleQuery:
    """``find engineer Toronto connector waiting``: words that must each match the name, the
    profession or the city, and at most one role and one standing to keep."""

    words: tuple[str, ...] = ()
    role: Role | None = None
    standing: Standing | None = None
    ready: Ready | None = None

    @property
    def scope(self) -> str:
        """The query written into a "more" choice id: ``connector.waiting..engineer+toronto``."""
        fields = (self.role or "", self.standing or "", self.ready or "", "+".join(self.words))
        return ".".join(fields)

    @classmethod
    def from_scope(cls, scope: str) -> PeopleQuery:
        """The query a "more" choice id carries."""
        role, standing, ready, words = [*scope.split("."), "", "", "", ""][:4]
        return cls(
            words=tuple(word for word in words.split("+") if word),
            role=next((known for known in ROLES if known == role), None),
            standing=next((known for known in get_args(Standing) if known == standing), None),
            ready=next((known for known in get_args(Ready) if known == ready), None),
        )


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
        self, query: PeopleQuery, now: datetime, limit: int, offset: int
    ) -> list[Participant]:
        """People (not those who refused consent) each of whose words starts a word of their
        profession or city or is part of their name, holding or asking for the role, in the
        standing, on the ready-made list (as of ``now``), by number."""
        ...

    async def count_people(self, query: PeopleQuery, now: datetime) -> int:
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
