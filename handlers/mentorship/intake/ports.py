"""The storage interface of programme memberships (implemented in storage/mentorship/intake.py)."""

from __future__ import annotations

from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Participant
from handlers.mentorship.intake.values import (
    AgencyCode,
    IntakeAnswers,
    Membership,
    MemberStatus,
    ProgrammeRole,
)


class MentorshipStore(Protocol):
    """Programme memberships and agency codes, inside the current transaction."""

    async def join(
        self, participant_id: int, programme: str, role: ProgrammeRole, agency_id: int | None
    ) -> Membership:
        """The person's membership of ``programme``, created in intake if they had none."""
        ...

    async def membership(self, participant_id: int, programme: str) -> Membership | None:
        """The person's membership of one programme, if any."""
        ...

    async def memberships(self, participant_id: int) -> list[Membership]:
        """Every programme the person is in (a handful at most), oldest first."""
        ...

    async def submit(
        self, member_id: int, answers: IntakeAnswers, missing: tuple[str, ...]
    ) -> Membership:
        """Store the intake answers and the criteria missed; the member now waits."""
        ...

    async def decide(
        self, member_id: int, expected: tuple[MemberStatus, ...], status: MemberStatus,
        by: int, reason: str = "",
    ) -> bool:  # fmt: skip
        """Move a membership to ``status`` if it is in ``expected``; False if it was not."""
        ...

    async def attend_workshop(self, member_id: int, sessions: int) -> int | None:
        """Count one more workshop session for a membership, up to ``sessions``; the count
        now, or None when every session was recorded already (a conditional update)."""
        ...

    async def waiting(self, limit: int, offset: int) -> list[tuple[Membership, Participant]]:
        """Memberships waiting for a coordinator, oldest first, with their person."""
        ...

    async def members(
        self, programme: str, role: ProgrammeRole, statuses: tuple[MemberStatus, ...],
        limit: int,
    ) -> list[tuple[Membership, Participant]]:  # fmt: skip
        """Active people in ``programme`` as ``role`` with one of ``statuses``, oldest first."""
        ...

    async def add_code(
        self, code: str, agency_id: int, programme: str, role: ProgrammeRole
    ) -> None:
        """Record a referral code an agency minted."""
        ...

    async def code(self, code: str) -> AgencyCode | None:
        """The agency code ``code``, if there is one."""
        ...

    async def use_code(self, code: str, participant_id: int) -> bool:
        """Mark the code used by the person; False if someone else used it already."""
        ...


MENTORSHIP: StoreKey[MentorshipStore] = StoreKey("mentorship")


def mentorship_store(tx: Transaction) -> MentorshipStore:
    """The mentorship store of ``tx``."""
    return tx.store(MENTORSHIP)
