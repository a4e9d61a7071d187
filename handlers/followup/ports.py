"""The store follow-up needs (implemented in storage/followup.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Frozen, Participant
from handlers.meetings.values import Meeting

NoShowReason = Literal["other_absent", "self_absent", "rescheduled"]
QuestionKind = Literal["remind", "met"]


class OpenQuestion(Frozen):
    """A question a notification asked someone and they have not answered yet."""

    meeting_id: int
    kind: QuestionKind  # "remind": still on?  "met": did you meet?


class FollowUpStore(Protocol):
    """Feedback, attendance and quiet newcomers, inside the current transaction."""

    async def record_feedback(
        self, meeting_id: int, participant_id: int, met: bool, rating: int | None,
        comment: str | None, reason: NoShowReason | None,
    ) -> bool:  # fmt: skip
        """Store one side's answer about a meeting; False if they had answered already."""
        ...

    async def answers(self, meeting_id: int) -> dict[int, NoShowReason | None]:
        """Who has answered "did you meet?" about a meeting: their no-show reason, or None."""
        ...

    async def said(self, meeting_id: int, participant_id: int, action: str) -> bool:
        """Whether the meeting's history has ``action`` by this participant already."""
        ...

    async def open_questions(
        self, participant_id: int, now: datetime, since: datetime, limit: int
    ) -> list[OpenQuestion]:
        """Questions asked of the participant and not answered, newest first.

        "remind": a reminder was sent, the meeting is confirmed and ahead, and they have not
        said they will be there. "met": "did you meet?" was asked about a meeting that ended
        after ``since`` and they have not answered it.
        """
        ...

    async def set_absent(self, meeting_id: int, absent_id: int | None) -> None:
        """Record who did not come."""
        ...

    async def recent_attendance(self, participant_id: int, limit: int) -> list[Meeting]:
        """The participant's latest held or no-show meetings, newest first."""
        ...

    async def absent_of(self, meeting_id: int) -> int | None:
        """Who did not come to a no-show meeting."""
        ...

    async def stalled(self, before: datetime, limit: int) -> list[tuple[Participant, bool]]:
        """Active newcomers silent since ``before`` and not nudged since they last wrote, each
        with whether they reported a job in their field (they are not stalled: they are done).
        """
        ...

    async def quiet(self, before: datetime, limit: int) -> list[Participant]:
        """Active newcomers silent since ``before``, longest silent first (for the digest);
        not those who reported a job in their field."""
        ...

    async def count_stalled(self, before: datetime) -> int:
        """How many active newcomers have been silent since ``before`` (not counting those
        who reported a job in their field)."""
        ...

    async def mark_nudged(self, participant_id: int, at: datetime) -> None:
        """Remember that a stalled newcomer was nudged."""
        ...

    async def set_requests_paused(self, participant_id: int, paused: bool) -> None:
        """Pause (or lift the pause on) a newcomer's new requests."""
        ...

    async def meetings_between(
        self, since: datetime, until: datetime, limit: int
    ) -> list[Meeting]:
        """Confirmed meetings starting in the window, soonest first."""
        ...


FOLLOW_UP: StoreKey[FollowUpStore] = StoreKey("followup")


def follow_up_store(tx: Transaction) -> FollowUpStore:
    """The follow-up store of ``tx``."""
    return tx.store(FOLLOW_UP)
