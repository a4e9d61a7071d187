"""What follow-up needs from the database (implements ``FollowUpStore``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.core.values import Participant
from handlers.followup.ports import FOLLOW_UP, NoShowReason, OpenQuestion
from handlers.followup.reminders import FOLLOW_UP_AGAIN
from handlers.meetings.jobs import FOLLOW_UP as FOLLOW_UP_JOB
from handlers.meetings.jobs import REMINDER_1H, REMINDER_24H
from handlers.meetings.values import Meeting
from storage.meetings import MEETING_QUERY, meeting_from_row
from storage.rows import ROLES, participant_from_row
from storage.sql import insert_ignoring_conflict
from storage.stores import bind
from storage.tables import AWAITING_NUDGE as AWAITING_NUDGE_SQL
from storage.tables import (
    job_reports,
    meeting_events,
    meeting_feedback,
    meetings,
    mentorships,
    participants,
    scheduled,
)

# The jobs that ask "did you meet?".
ASKED_MET = (FOLLOW_UP_JOB, FOLLOW_UP_AGAIN)

# When a participant last wrote (their registration, for those who have not written since):
# set at registration, so the scans below can range over an index on it.
LAST_ACTIVE = participants.c.last_active_at
# Matches the partial index ix_participants_awaiting_nudge word for word (SQLite uses a
# partial index only when the query repeats its condition).
AWAITING_NUDGE = sa.text(f"({AWAITING_NUDGE_SQL})")


# The newcomer reported a job in their field (the referral chain's job reports).
EMPLOYED = (
    sa.select(job_reports.c.id)
    .where(job_reports.c.mentee_id == participants.c.id, job_reports.c.in_field == "yes")
    .exists()
)


# The newcomer is, or was, a mentee of a mentorship programme: its weekly questions and
# check-ins follow them, and a finished mentee is not a Connector newcomer gone quiet.
MENTORED = (
    sa.select(mentorships.c.id)
    .where(
        mentorships.c.mentee_id == participants.c.id,
        mentorships.c.status.in_(("active", "closed")),
    )
    .exists()
)


class SqlFollowUp:
    """Feedback, attendance and quiet newcomers on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def record_feedback(
        self, meeting_id: int, participant_id: int, met: bool, rating: int | None,
        comment: str | None, reason: NoShowReason | None,
    ) -> bool:  # fmt: skip
        """Store one side's answer about a meeting; False if they had answered already."""
        values: dict[str, Any] = {
            "meeting_id": meeting_id, "participant_id": participant_id, "met": met,
            "rating": rating, "comment": comment, "reason": reason, "at": self._clock.now(),
        }  # fmt: skip
        keys = ["meeting_id", "participant_id"]
        return await insert_ignoring_conflict(self._conn, meeting_feedback, values, keys)

    async def answers(self, meeting_id: int) -> dict[int, NoShowReason | None]:
        """Who has answered "did you meet?" about a meeting: their no-show reason, or None."""
        rows = await self._conn.execute(
            sa.select(meeting_feedback.c.participant_id, meeting_feedback.c.reason).where(
                meeting_feedback.c.meeting_id == meeting_id
            )
        )
        return {int(row.participant_id): row.reason for row in rows}

    async def said(self, meeting_id: int, participant_id: int, action: str) -> bool:
        """Whether the meeting's history has ``action`` by this participant already."""
        query = sa.select(meeting_events.c.id).where(
            meeting_events.c.meeting_id == meeting_id,
            meeting_events.c.actor_id == participant_id,
            meeting_events.c.action == action,
        )
        return (await self._conn.execute(query.limit(1))).first() is not None

    async def open_questions(
        self, participant_id: int, now: datetime, since: datetime, limit: int
    ) -> list[OpenQuestion]:
        """Questions asked of the participant and not answered, newest first."""
        mine = sa.or_(
            meetings.c.connector_id == participant_id, meetings.c.mentee_id == participant_id
        )
        asked = sa.and_(
            scheduled.c.subject_kind == "meeting",
            scheduled.c.subject_id == meetings.c.id,
            scheduled.c.status == "done",
        )
        answered = sa.exists().where(
            meeting_feedback.c.meeting_id == meetings.c.id,
            meeting_feedback.c.participant_id == participant_id,
        )
        coming = sa.exists().where(
            meeting_events.c.meeting_id == meetings.c.id,
            meeting_events.c.actor_id == participant_id,
            meeting_events.c.action == "will-attend",
        )
        kind = sa.case((scheduled.c.kind.in_(ASKED_MET), "met"), else_="remind")
        query = (
            sa.select(meetings.c.id, kind.label("kind"), sa.func.max(scheduled.c.done_at))
            .join(scheduled, asked)
            .where(
                mine,
                sa.or_(
                    sa.and_(
                        scheduled.c.kind.in_(ASKED_MET),
                        meetings.c.status.in_(("confirmed", "held", "no_show", "unconfirmed")),
                        meetings.c.ends_at >= since,
                        ~answered,
                    ),
                    sa.and_(
                        scheduled.c.kind.in_((REMINDER_24H, REMINDER_1H)),
                        meetings.c.status == "confirmed",
                        meetings.c.starts_at > now,
                        ~coming,
                    ),
                ),
            )
            .group_by(meetings.c.id, kind)
            .order_by(sa.func.max(scheduled.c.done_at).desc(), meetings.c.id.desc())
            .limit(limit)
        )
        rows = await self._conn.execute(query)
        return [OpenQuestion(meeting_id=row.id, kind=row.kind) for row in rows]

    async def set_absent(self, meeting_id: int, absent_id: int | None) -> None:
        """Record who did not come."""
        await self._conn.execute(
            sa.update(meetings).where(meetings.c.id == meeting_id).values(absent_id=absent_id)
        )

    async def absent_of(self, meeting_id: int) -> int | None:
        """Who did not come to a no-show meeting."""
        query = sa.select(meetings.c.absent_id).where(meetings.c.id == meeting_id)
        value = (await self._conn.execute(query)).scalar_one_or_none()
        return int(value) if value is not None else None

    async def recent_attendance(self, participant_id: int, limit: int) -> list[Meeting]:
        """The participant's latest held or no-show meetings, newest first."""
        rows = await self._conn.execute(
            MEETING_QUERY.where(
                sa.or_(
                    meetings.c.connector_id == participant_id,
                    meetings.c.mentee_id == participant_id,
                ),
                meetings.c.status.in_(("held", "no_show")),
            )
            .order_by(meetings.c.starts_at.desc())
            .limit(limit)
        )
        return [meeting_from_row(row) for row in rows]

    def _silent(self, before: datetime) -> sa.ColumnElement[bool]:
        return sa.and_(
            participants.c.role == "mentee",
            participants.c.status == "active",
            before >= LAST_ACTIVE,
            ~MENTORED,
        )

    async def stalled(self, before: datetime, limit: int) -> list[tuple[Participant, bool]]:
        """Active newcomers silent since ``before`` and not nudged since they last wrote, each
        with whether they reported a job in their field."""
        rows = await self._conn.execute(
            sa.select(participants, ROLES, EMPLOYED.label("employed"))
            .where(
                self._silent(before),
                AWAITING_NUDGE,
            )
            .order_by(LAST_ACTIVE)
            .limit(limit)
        )
        return [(participant_from_row(row), bool(row.employed)) for row in rows]

    async def quiet(self, before: datetime, limit: int) -> list[Participant]:
        """Active newcomers silent since ``before``, longest silent first (for the digest);
        not those who reported a job in their field."""
        rows = await self._conn.execute(
            sa.select(participants, ROLES)
            .where(self._silent(before), ~EMPLOYED)
            .order_by(LAST_ACTIVE)
            .limit(limit)
        )
        return [participant_from_row(row) for row in rows]

    async def count_stalled(self, before: datetime) -> int:
        """How many active newcomers have been silent since ``before`` (not counting those
        who reported a job in their field)."""
        query = (
            sa.select(sa.func.count())
            .select_from(participants)
            .where(self._silent(before), ~EMPLOYED)
        )
        return int((await self._conn.execute(query)).scalar_one())

    async def mark_nudged(self, participant_id: int, at: datetime) -> None:
        """Remember that a stalled newcomer was nudged."""
        await self._conn.execute(
            sa.update(participants).where(participants.c.id == participant_id).values(nudged_at=at)
        )

    async def set_requests_paused(self, participant_id: int, paused: bool) -> None:
        """Pause (or lift the pause on) a newcomer's new requests."""
        await self._conn.execute(
            sa.update(participants)
            .where(participants.c.id == participant_id)
            .values(requests_paused=paused)
        )

    async def meetings_between(
        self, since: datetime, until: datetime, limit: int
    ) -> list[Meeting]:
        """Confirmed meetings starting in the window, soonest first."""
        rows = await self._conn.execute(
            MEETING_QUERY.where(
                meetings.c.status == "confirmed",
                meetings.c.starts_at >= since,
                meetings.c.starts_at < until,
            )
            .order_by(meetings.c.starts_at)
            .limit(limit)
        )
        return [meeting_from_row(row) for row in rows]


BINDINGS = (bind(FOLLOW_UP, SqlFollowUp),)
