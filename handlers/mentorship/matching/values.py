"""Plain values of a mentorship pair, shared by the handlers and storage."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from handlers.core.values import Frozen

# proposed -> [introducing (both accepted; a staff member meets them first, where the
# programme asks it)] -> agreeing (both accepted) -> active -> closed; or declined / expired.
MentorshipStatus = Literal[
    "proposed", "declined", "expired", "introducing", "agreeing", "active", "closed"
]
LIVE: tuple[MentorshipStatus, ...] = ("proposed", "introducing", "agreeing", "active")
Side = Literal["mentee", "mentor"]
Answer = Literal["accepted", "declined"]


class Agreement(Frozen):
    """What the mentee proposes: goals, a usual meeting day and time, and a format."""

    goals: tuple[str, ...]
    meeting_day: int
    meeting_time: str
    meeting_zone: str
    meeting_format: str


class Mentorship(Frozen):
    """One mentee and one mentor in one programme, from the proposal on."""

    id: int
    programme: str
    mentee_id: int
    mentor_id: int
    coordinator_id: int | None
    status: MentorshipStatus
    mentee_answer: Answer | None = None
    mentor_answer: Answer | None = None
    decline_reason: str | None = None
    target_minutes: int
    proposed_at: datetime
    starts_on: datetime | None = None
    ends_on: datetime | None = None
    goals: tuple[str, ...] = ()
    meeting_day: int | None = None  # 0 is Monday
    meeting_time: str | None = None  # "18:00", in ``meeting_zone``
    meeting_zone: str | None = None
    meeting_format: str | None = None
    agreed_at: datetime | None = None

    def side_of(self, participant_id: int) -> Side | None:
        """Which side ``participant_id`` is on (None: neither)."""
        if participant_id == self.mentee_id:
            return "mentee"
        if participant_id == self.mentor_id:
            return "mentor"
        return None

    def other(self, side: Side) -> int:
        """The participant on the other side."""
        return self.mentor_id if side == "mentee" else self.mentee_id
