"""Scheduled jobs about any subject, and the store the due-scan claims them from."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.values import Frozen


class Subject(Frozen):
    """What a job is about: a kind of thing ("meeting", "referral") and its id."""

    kind: str
    id: int


class Job(Frozen):
    """One scheduled job, claimed and due."""

    id: int
    kind: str
    key: str
    subject: Subject | None
    due_at: datetime


class JobStore(Protocol):
    """Scheduled jobs inside the current transaction (implemented in storage/jobs.py)."""

    async def add(self, kind: str, key: str, due_at: datetime, subject: Subject | None) -> bool:
        """Schedule a job once (again if it had been cancelled); ``key`` is unique per kind.

        Returns True when this call scheduled it, False when it was scheduled (or done) already.
        """
        ...

    async def cancel_for(self, subject: Subject) -> None:
        """Cancel every pending job about ``subject``."""
        ...

    async def claim_due(self, now: datetime, limit: int) -> list[Job]:
        """Claim up to ``limit`` due jobs, oldest first, with a conditional update."""
        ...

    async def next_due(self) -> datetime | None:
        """When the soonest pending job falls due (None when none is pending)."""
        ...

    async def finish(self, job_id: int, dropped: bool, detail: str = "") -> None:
        """Mark a claimed job done (or dropped by its late policy)."""
        ...

    async def take_pending(self, subject: Subject, kind: str, limit: int) -> list[Job]:
        """Mark up to ``limit`` pending ``kind`` jobs about ``subject`` done and return them:
        what they waited for happened before they fell due (a connector opened times)."""
        ...


# A person can no longer be reached on any address (STOP or another opt-out word by SMS, the
# bot blocked on Telegram): scheduled, due at once, where that is found out (the conversation,
# the outbox); features that declare this kind react (the meetings feature cancels what the
# person had coming, and tells the other side). The key holds the moment, so a person who
# comes back and leaves again is handled again.
PERSON_GONE = "person_gone"


def person_gone_key(participant_id: int, now: datetime) -> str:
    """The job key of one departure."""
    return f"{participant_id}:{int(now.timestamp())}"
