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
    in_person: bool | None = None  # met face to face (None: not said, or not met)


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


class ClosedPair(Frozen):
    """A closed mentorship, as the programme's numbers count it."""

    reason: CloseReason | None
    minutes: int
    target_minutes: int


class SideFigures(Frozen):
    """One side's final evaluations, summed."""

    count: int = 0
    rating_total: int = 0
    recommend: int = 0


class AgencyFigures(Frozen):
    """What became of the people one agency referred."""

    name: str
    referred: int = 0
    eligible: int = 0  # found eligible (and perhaps matched since)
    matched: int = 0  # in a mentorship, or through one


class ProgrammeFigures(Frozen):
    """The mentorship programmes since the start, for the coordinators and funders."""

    applied: int = 0  # mentees who applied or were referred
    referred: int = 0  # of them, referred by an agency
    eligible: int = 0
    oriented: int = 0
    matched: int = 0  # mentees in a mentorship that was agreed (running or closed)
    active: int = 0  # mentorships running now
    closed: tuple[ClosedPair, ...] = ()
    minutes: int = 0  # logged in every agreed mentorship
    in_person_minutes: int = 0  # of them, face to face
    target_minutes: int = 0  # what those mentorships aimed at
    mentors: int = 0  # mentors in an agreed mentorship, ever
    mentors_now: int = 0
    mentors_trained: int = 0  # mentors who attended every session of the mentoring workshop
    mentees: SideFigures = SideFigures()
    mentors_said: SideFigures = SideFigures()
    agencies: tuple[AgencyFigures, ...] = ()


class PairRow(Frozen):
    """One agreed mentorship as the export lists it."""

    id: int
    programme: str
    mentee_id: int
    agency: str | None
    mentor_id: int
    status: str
    starts_on: datetime | None
    closed_at: datetime | None
    reason: CloseReason | None
    minutes: int
    target_minutes: int
    mentee_rating: int | None
    mentee_recommend: bool | None
    mentor_rating: int | None
    mentor_recommend: bool | None
