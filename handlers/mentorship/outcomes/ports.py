"""The storage interface of outcomes (implemented in storage/mentorship/outcomes.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Cell
from handlers.mentorship.outcomes.values import (
    CheckinRecord,
    EmploymentAsk,
    EmploymentAt,
    EmploymentStatus,
    LoggedEvent,
    PeriodOutcomes,
    Source,
)


class OutcomesStore(Protocol):
    """Check-ins, logged events and employment follow-ups inside the current transaction."""

    async def unscheduled_checkins(self, kind: str, limit: int) -> list[tuple[int, datetime]]:
        """Active mentorships whose first check-in job ``kind`` is not scheduled: id, start."""
        ...

    async def checkin_answered(self, mentorship_id: int, participant_id: int, month: int) -> bool:
        """Whether this side already answered this month's check-in."""
        ...

    async def save_checkin(self, record: CheckinRecord) -> bool:
        """Store a check-in once; False when this side already answered that month."""
        ...

    async def log_event(self, event: LoggedEvent) -> None:
        """Store an interview or an event."""
        ...

    async def programme_of(self, participant_id: int) -> str | None:
        """The programme of the mentee's latest started mentorship (None: none)."""
        ...

    async def first_held(self, mentee_id: int) -> datetime | None:
        """When the newcomer's first held Connector meeting started (None: none held)."""
        ...

    async def has_asks(self, source: Source, source_id: int) -> bool:
        """Whether employment follow-ups from this source are already stored."""
        ...

    async def add_ask(
        self, participant_id: int, programme: str, source: Source, source_id: int,
        months: int, started_at: datetime, due_at: datetime,
    ) -> EmploymentAsk | None:  # fmt: skip
        """Store one employment question once; None when it was stored already."""
        ...

    async def ask(self, ask_id: int) -> EmploymentAsk | None:
        """Return one employment question."""
        ...

    async def ask_at(self, source: Source, source_id: int, months: int) -> EmploymentAsk | None:
        """The employment question of a source at an interval, if stored."""
        ...

    async def asked_since(self, participant_id: int, since: datetime) -> bool:
        """Whether the person was sent an employment question at ``since`` or later."""
        ...

    async def mark_asked(self, ask_id: int) -> None:
        """Record that the question went out (the first time)."""
        ...

    async def answer(self, ask_id: int, status: EmploymentStatus) -> bool:
        """Record the status, once; False when it was answered already."""
        ...

    async def add_details(self, ask_id: int, role: str | None, start_month: str | None) -> None:
        """Record the job's role and start month after an employed answer."""
        ...

    async def period_numbers(self, start: datetime, end: datetime) -> PeriodOutcomes:
        """Check-ins answered and alerts, interviews and events logged in [start, end)."""
        ...

    async def employment_numbers(self) -> list[EmploymentAt]:
        """Answers to the employment question since the start, per interval."""
        ...

    async def answer_rows(
        self, start: datetime, end: datetime, limit: int
    ) -> list[tuple[Cell, ...]]:
        """Employment answers given in [start, end), oldest first, as export cells."""
        ...

    async def times_to_employment(self, limit: int) -> list[timedelta]:
        """Per programme start, the time to the first employed answer or job report."""
        ...


OUTCOMES: StoreKey[OutcomesStore] = StoreKey("outcomes")


def outcomes_store(tx: Transaction) -> OutcomesStore:
    """The outcomes store of ``tx``."""
    return tx.store(OUTCOMES)
