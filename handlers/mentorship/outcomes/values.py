"""Plain values of outcomes: check-in answers, logged events, employment asks and numbers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from handlers.core.values import Frozen

Progress = Literal["none", "some", "achieved"]
PROGRESS: tuple[Progress, ...] = ("none", "some", "achieved")
EventKind = Literal["interview", "event"]
# The employment status question: employed in field, related, other; studying; still searching.
EmploymentStatus = Literal["field", "related", "other", "studying", "searching"]
STATUSES: tuple[EmploymentStatus, ...] = ("field", "related", "other", "studying", "searching")
EMPLOYED: tuple[EmploymentStatus, ...] = ("field", "related", "other")
# Where an employment follow-up comes from: a mentorship's closure, or the Connector programme
# (counted from a newcomer's first held meeting).
Source = Literal["mentorship", "connector"]
# Months after closure (0: at closure) or after the first held meeting.
INTERVALS: tuple[int, ...] = (3, 6, 12)


class CheckinRecord(Frozen):
    """One side's monthly check-in of a mentorship."""

    mentorship_id: int
    participant_id: int
    month: int
    satisfaction: int
    progress: tuple[Progress, ...] = ()
    concern: str | None = None
    alerted: bool = False


class LoggedEvent(Frozen):
    """An interview or an event a mentee went to, in one programme."""

    participant_id: int
    programme: str
    kind: EventKind
    name: str
    on: date
    role: str | None = None


class EmploymentAsk(Frozen):
    """One employment status question, asked (or to be asked) once."""

    id: int
    participant_id: int
    programme: str
    source: Source
    source_id: int
    months: int
    started_at: datetime  # the programme start: the mentorship's start, or the first meeting
    due_at: datetime
    asked_at: datetime | None = None
    answered_at: datetime | None = None
    status: EmploymentStatus | None = None
    role: str | None = None
    start_month: str | None = None


class PeriodOutcomes(Frozen):
    """Check-ins answered and alerts, interviews and events logged in a period."""

    checkins: int = 0
    alerts: int = 0
    interviews: int = 0
    events: int = 0


class EmploymentAt(Frozen):
    """Answers to the employment question at one interval (months; 0 at closure)."""

    months: int
    answered: int = 0
    field: int = 0
    related: int = 0
    other: int = 0
    studying: int = 0
    searching: int = 0
