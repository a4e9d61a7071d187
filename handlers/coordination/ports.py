"""The store coordination needs (implemented in storage/coordination.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol, get_args

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import LANGUAGES, ROLES, Frozen, Language, Participant, Role
from handlers.registration.sectors import SECTOR_NAMES

Standing = Literal["waiting", "active", "paused", "refused"]
# Ready-made lists: connectors with no open times, newcomers who never asked for a meeting,
# newcomers with a meeting held and no referral from it yet, people who cannot be reached.
Ready = Literal["no-times", "never-booked", "no-referral", "unreachable"]

# Languages as a coordinator names them, in either language (folded: no accents).
LANGUAGE_NAMES: dict[str, Language] = {
    "en": "en", "english": "en", "anglais": "en", "anglophones": "en",
    "fr": "fr", "french": "fr", "francais": "fr", "francophones": "fr",
}  # fmt: skip


@dataclass(frozen=True)
class PeopleQuery:
    """``find engineer Toronto connector waiting``: words that must each match the name, the
    profession or the city, and at most one role, standing, sector (its NOC digit) and
    spoken language to keep."""

    words: tuple[str, ...] = ()
    role: Role | None = None
    standing: Standing | None = None
    ready: Ready | None = None
    sector: str | None = None
    language: Language | None = None

    @property
    def scope(self) -> str:
        """The query written into a "more" choice id: ``connector.waiting..engineer+toronto``
        (then the sector and the language, last, so older ids still read the same)."""
        fields = (self.role or "", self.standing or "", self.ready or "", "+".join(self.words),
                  self.sector or "", self.language or "")  # fmt: skip
        return ".".join(fields).rstrip(".")

    @classmethod
    def from_scope(cls, scope: str) -> PeopleQuery:
        """The query a "more" choice id carries."""
        role, standing, ready, words, sector, language = [*scope.split("."), *[""] * 6][:6]
        return cls(
            words=tuple(word for word in words.split("+") if word),
            role=next((known for known in ROLES if known == role), None),
            standing=next((known for known in get_args(Standing) if known == standing), None),
            ready=next((known for known in get_args(Ready) if known == ready), None),
            sector=sector if sector.isdigit() and len(sector) == 1 else None,
            language=next((known for known in LANGUAGES if known == language), None),
        )


def word_names(word: str) -> tuple[str | None, Language | None]:
    """The sector and the language a searched word also names (``health``, ``francais``)."""
    language = LANGUAGE_NAMES.get(word) if len(word) > 2 else None
    return SECTOR_NAMES.get(word), language


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
