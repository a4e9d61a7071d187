"""The storage interface for reminders and follow-up (implemented in storage/schedule.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol

from handlers.core.values import Frozen, Participant
from handlers.meetings.values import Meeting

JobKind = Literal[
    "reminder_24h", "reminder_1h", "request_nudge", "request_expiry", "follow_up", "digest"
]
NoShowReason = Literal["other_absent", "self_absent", "rescheduled"]


class Job(Frozen):
    """One reminder or follow-up, claimed and due."""

    id: int
    kind: JobKind
    key: str
    meeting_id: int | None
    due_at: datetime


class ScheduleStore(Protocol):
    """Scheduled work and what follow-up needs, inside the current transaction."""

    async def add(self, kind: JobKind, key: str, due_at: datetime, meeting_id: int | None) -> None:
        """Schedule a job once (again if it had been cancelled)."""
        ...

    async def cancel_for_meeting(self, meeting_id: int) -> None:
        """Cancel every pending job of a meeting."""
        ...

    async def claim_due(self, now: datetime, limit: int) -> list[Job]:
        """Claim up to ``limit`` due jobs, oldest first, with a conditional update."""
        ...

    async def finish(self, job_id: int, dropped: bool, detail: str = "") -> None:
        """Mark a claimed job done (or dropped by the late policy)."""
        ...

    async def record_feedback(
        self, meeting_id: int, participant_id: int, met: bool, rating: int | None,
        comment: str | None, reason: NoShowReason | None,
    ) -> bool:  # fmt: skip
        """Store one side's answer about a meeting; False if they had answered already."""
        ...

    async def set_absent(self, meeting_id: int, absent_id: int) -> None:
        """Record who did not come."""
        ...

    async def recent_attendance(self, participant_id: int, limit: int) -> list[Meeting]:
        """The participant's latest held or no-show meetings, newest first."""
        ...

    async def absent_of(self, meeting_id: int) -> int | None:
        """Who did not come to a no-show meeting."""
        ...

    async def stalled(self, before: datetime, limit: int) -> list[Participant]:
        """Active newcomers silent since ``before`` and not nudged since they last wrote."""
        ...

    async def quiet(self, before: datetime, limit: int) -> list[Participant]:
        """Active newcomers silent since ``before``, longest silent first (for the digest)."""
        ...

    async def count_stalled(self, before: datetime) -> int:
        """How many active newcomers have been silent since ``before``."""
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
