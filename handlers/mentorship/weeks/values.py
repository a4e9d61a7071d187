"""Plain values of a running mentorship: its weeks, its closing, each side's evaluation."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from handlers.core.values import Frozen

# asked -> met | not-met (answered), or missed (not answered by the next week's question).
Outcome = Literal["asked", "met", "not-met", "missed"]
MISSED: tuple[Outcome, ...] = ("not-met", "missed")
# planned: the end date came; mutual: both sides agreed; coordinator: /close; withdrawn: /close
# with that reason (the only closing that earns no certificate).
# "completed": the coordinator closed it as completed (``/close 12 completed``).
CloseReason = Literal["planned", "mutual", "coordinator", "completed", "withdrawn"]
TOPICS = ("resume", "interview", "networking", "research", "other")
HELPED = ("advice", "contacts", "resume", "interview", "confidence")


class Week(Frozen):
    """One week of a mentorship the mentee was asked about."""

    mentorship_id: int
    week: int
    outcome: Outcome
    minutes: int = 0
    topics: tuple[str, ...] = ()


class Closing(Frozen):
    """How a mentorship stands towards its end: closed or not, pending requests."""

    closed_at: datetime | None = None
    reason: CloseReason | None = None
    extend_asked_by: int | None = None
    extend_weeks: int | None = None
    end_asked_by: int | None = None


class Evaluation(Frozen):
    """One side's final evaluation."""

    rating: int
    helped: tuple[str, ...]
    recommend: bool
    comment: str | None = None
