"""What follow-up needs from the database (implements ``FollowUpStore``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.core.values import Participant
from handlers.followup.ports import FOLLOW_UP, NoShowReason
from handlers.meetings.values import Meeting
from storage.meetings import MEETING_QUERY, meeting_from_row
from storage.rows import ROLES, participant_from_row
from storage.sql import insert_ignoring_conflict
from storage.stores import bind
from storage.tables import meeting_feedback, meetings, participants

# When a participant last wrote (their registration, for those who have not written since).
LAST_ACTIVE = sa.func.coalesce(participants.c.last_active_at, participants.c.created_at)


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

    async def set_absent(self, meeting_id: int, absent_id: int) -> None:
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
        )

    async def stalled(self, before: datetime, limit: int) -> list[Participant]:
        """Active newcomers silent since ``before`` and not nudged since they last wrote."""
        rows = await self._conn.execute(
            sa.select(participants, ROLES)
            .where(
                self._silent(before),
                sa.or_(participants.c.nudged_at.is_(None), participants.c.nudged_at < LAST_ACTIVE),
            )
            .order_by(LAST_ACTIVE)
            .limit(limit)
        )
        return [participant_from_row(row) for row in rows]

    async def quiet(self, before: datetime, limit: int) -> list[Participant]:
        """Active newcomers silent since ``before``, longest silent first (for the digest)."""
        rows = await self._conn.execute(
            sa.select(participants, ROLES)
            .where(self._silent(before))
            .order_by(LAST_ACTIVE)
            .limit(limit)
        )
        return [participant_from_row(row) for row in rows]

    async def count_stalled(self, before: datetime) -> int:
        """How many active newcomers have been silent since ``before``."""
        query = sa.select(sa.func.count()).select_from(participants).where(self._silent(before))
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
