"""The storage interface for mentorship pairs (implemented in storage/mentorship/matching.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.mentorship.matching.values import (
    Agreement,
    Answer,
    Mentorship,
    MentorshipStatus,
    Side,
)


class PairingStore(Protocol):
    """Mentorships inside the current transaction."""

    async def propose(
        self, programme: str, mentee_id: int, mentor_id: int, coordinator_id: int,
        target_minutes: int,
    ) -> Mentorship | None:  # fmt: skip
        """Record a proposed match; None if the two already have a live one."""
        ...

    async def mentorship(self, mentorship_id: int) -> Mentorship | None:
        """Return one mentorship."""
        ...

    async def answer(self, mentorship_id: int, side: Side, answer: Answer) -> Mentorship | None:
        """Record one side's first answer to a proposal; None if not proposed or answered."""
        ...

    async def set_status(
        self, mentorship_id: int, expected: tuple[MentorshipStatus, ...],
        status: MentorshipStatus, reason: str | None = None,
    ) -> Mentorship | None:  # fmt: skip
        """Move a mentorship to ``status`` if it is in ``expected`` (a conditional update)."""
        ...

    async def save_agreement(self, mentorship_id: int, agreement: Agreement) -> bool:
        """Store the mentee's agreement while the pair is agreeing; False otherwise."""
        ...

    async def reopen_agreement(self, mentorship_id: int) -> bool:
        """The mentor asked for a change: the sent agreement no longer stands."""
        ...

    async def activate(
        self, mentorship_id: int, starts_on: datetime, ends_on: datetime
    ) -> Mentorship | None:
        """Start an agreed mentorship (once): agreeing with an agreement sent, to active."""
        ...

    async def open_proposals(self, participant_id: int, limit: int) -> list[Mentorship]:
        """Proposals still waiting for this person's answer (either side), oldest first."""
        ...

    async def known(self, participant_id: int) -> bool:
        """Whether a participant with this id exists."""
        ...

    async def mentees_of(self, mentor_ids: list[int]) -> dict[int, int]:
        """How many live mentorships each of ``mentor_ids`` has (absent: none)."""
        ...

    async def turned_down(self, mentee_id: int) -> set[int]:
        """The mentors a proposal with this mentee ended with, declined (by either side, or
        after the introduction meeting): not suggested to them again."""
        ...


PAIRING: StoreKey[PairingStore] = StoreKey("pairing")


def pairing_store(tx: Transaction) -> PairingStore:
    """The pairing store of ``tx``."""
    return tx.store(PAIRING)
