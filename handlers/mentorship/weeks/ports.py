"""The storage interface of running mentorships (implemented in storage/mentorship/weeks.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.mentorship.matching.values import Mentorship, Side
from handlers.mentorship.weeks.values import (
    CloseReason,
    Closing,
    Evaluation,
    Outcome,
    PairRow,
    ProgrammeFigures,
    Week,
)


class MentoringStore(Protocol):
    """Weekly logs, closing and evaluations inside the current transaction."""

    async def figures(self, agencies_at_most: int, workshop_sessions: int) -> ProgrammeFigures:
        """The mentorship programmes since the start (the agencies that referred most; the
        mentors counted trained once they attended ``workshop_sessions`` workshop sessions)."""
        ...

    async def pair_rows(self, start: datetime, end: datetime, limit: int) -> list[PairRow]:
        """Agreed mentorships that ran during [start, end), oldest first."""
        ...

    async def unscheduled(self, limit: int) -> list[Mentorship]:
        """Active mentorships whose weekly questions and end are not scheduled yet."""
        ...

    async def mark_scheduled(self, mentorship_id: int) -> bool:
        """Record that the pair's jobs are scheduled (False: someone else did it)."""
        ...

    async def ask_week(self, mentorship_id: int, week: int) -> bool:
        """Record that week ``week`` was asked about (False: it was already)."""
        ...

    async def week(self, mentorship_id: int, week: int) -> Week | None:
        """One week of a mentorship."""
        ...

    async def asked_week(self, mentorship_id: int) -> int | None:
        """The week whose question is still open (the latest one asked), if any."""
        ...

    async def weeks(self, mentorship_id: int) -> list[Week]:
        """Every week of a mentorship asked about so far, the first first (a dozen or two)."""
        ...

    async def answer_week(
        self, mentorship_id: int, week: int, outcome: Outcome, minutes: int,
        topics: tuple[str, ...], in_person: bool | None = None,
    ) -> bool:  # fmt: skip
        """Record the answer to a week still asked, or add to a meeting kept already (its
        topics, once said): a conditional update."""
        ...

    async def miss_week(self, mentorship_id: int, week: int) -> bool:
        """A week still unanswered when the next is asked: missed (False: it was answered)."""
        ...

    async def missed_streak(self, mentorship_id: int, week: int) -> int:
        """How many weeks in a row up to ``week`` were missed or not met (0, 1, 2 or more)."""
        ...

    async def mark_alerted(self, mentorship_id: int, week: int) -> bool:
        """Record the coordinator's alert about the streak ending at ``week`` (once)."""
        ...

    async def minutes(self, mentorship_id: int) -> int:
        """The minutes logged so far."""
        ...

    async def closing(self, mentorship_id: int) -> Closing:
        """How the mentorship stands towards its end."""
        ...

    async def active_of(self, participant_id: int, limit: int) -> list[Mentorship]:
        """The person's active mentorships, either side (a mentor may have several)."""
        ...

    async def latest_of(self, participant_id: int) -> Mentorship | None:
        """The person's active mentorship, else their last closed one (either side)."""
        ...

    async def active_of_mentee(self, participant_id: int) -> Mentorship | None:
        """The active mentorship of a mentee."""
        ...

    async def close(self, mentorship_id: int, reason: CloseReason) -> Mentorship | None:
        """Close an active mentorship (once); None when it was not active."""
        ...

    async def ask_extension(self, mentorship_id: int, by: int, weeks: int) -> bool:
        """Record one side's wish to extend an active mentorship."""
        ...

    async def extend(self, mentorship_id: int, by: int, ends_on: datetime) -> Mentorship | None:
        """Move the end of an active mentorship whose extension ``by`` asked for (once)."""
        ...

    async def ask_end(self, mentorship_id: int, by: int | None) -> bool:
        """Record (or, with None, clear) one side's wish to end now; False when not active."""
        ...

    async def clear_extension(self, mentorship_id: int) -> bool:
        """Forget a pending extension (False: none was pending)."""
        ...

    async def evaluated(self, mentorship_id: int, side: Side) -> bool:
        """Whether this side has given its final evaluation."""
        ...

    async def save_evaluation(
        self, mentorship_id: int, participant_id: int, side: Side, evaluation: Evaluation
    ) -> bool:
        """Store one side's final evaluation (once)."""
        ...

    async def certificate_token(self, mentorship_id: int, participant_id: int) -> str:
        """The private token of the mentee's certificate link (made the first time)."""
        ...


MENTORING: StoreKey[MentoringStore] = StoreKey("mentoring")


def mentoring_store(tx: Transaction) -> MentoringStore:
    """The mentoring store of ``tx``."""
    return tx.store(MENTORING)
