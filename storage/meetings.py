"""Meetings in SQL; with the slot queries, implements ``handlers.meetings.ports.MeetingStore``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from handlers.meetings.ports import MEETINGS
from handlers.meetings.values import (
    ACTIVE,
    Meeting,
    MeetingEvent,
    MeetingStatus,
    Slot,
)
from storage.search import SqlSearch
from storage.stores import bind
from storage.tables import (
    meeting_events,
    meetings,
    slots,
)

MEETING_QUERY = sa.select(meetings, slots.c.format, slots.c.place, slots.c.link).join(
    slots, slots.c.id == meetings.c.slot_id
)


def meeting_from_row(row: sa.Row[Any]) -> Meeting:
    return Meeting(
        id=row.id,
        slot_id=row.slot_id,
        connector_id=row.connector_id,
        mentee_id=row.mentee_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=row.status,
        format=row.format,
        place=row.place,
        link=row.link,
        note=row.note,
        proposed_slot_id=row.proposed_slot_id,
    )


class SqlMeetings(SqlSearch):
    """Slots, preferences and meetings on one open connection."""

    async def count_meetings(
        self, participant_id: int, statuses: tuple[MeetingStatus, ...], since: datetime,
        until: datetime,
    ) -> int:  # fmt: skip
        """Count a participant's meetings (either side) in a status, starting in a window."""
        query = sa.select(sa.func.count()).where(
            sa.or_(
                meetings.c.connector_id == participant_id, meetings.c.mentee_id == participant_id
            ),
            meetings.c.status.in_(statuses),
            meetings.c.starts_at >= since,
            meetings.c.starts_at < until,
        )
        return int((await self._conn.execute(query)).scalar_one())

    async def open_requests(self, mentee_id: int, after: datetime) -> int:
        """Count a mentee's requests still waiting for an answer."""
        query = sa.select(sa.func.count()).where(
            meetings.c.mentee_id == mentee_id,
            meetings.c.status == "requested",
            meetings.c.starts_at > after,
        )
        return int((await self._conn.execute(query)).scalar_one())

    async def clashing_meeting(
        self, participant_id: int, starts: datetime, ends: datetime, besides: int | None = None
    ) -> Meeting | None:
        """A live meeting of the participant (either side) overlapping the window, if any."""
        row = (
            await self._conn.execute(
                MEETING_QUERY.where(
                    sa.or_(
                        meetings.c.connector_id == participant_id,
                        meetings.c.mentee_id == participant_id,
                    ),
                    meetings.c.status.in_(ACTIVE),
                    meetings.c.starts_at < ends,
                    meetings.c.ends_at > starts,
                    meetings.c.id != (besides or 0),
                ).limit(1)
            )
        ).first()
        return meeting_from_row(row) if row is not None else None

    async def create_meeting(
        self, slot: Slot, mentee_id: int, note: str | None, status: MeetingStatus
    ) -> Meeting:
        """Record a meeting on a claimed slot."""
        now = self._clock.now()
        result = await self._conn.execute(
            sa.insert(meetings)
            .values(
                slot_id=slot.id,
                connector_id=slot.connector_id,
                mentee_id=mentee_id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                status=status,
                note=note,
                created_at=now,
                updated_at=now,
            )
            .returning(meetings.c.id)
        )
        created = await self.meeting(result.scalar_one())
        assert created is not None
        return created

    async def meeting(self, meeting_id: int) -> Meeting | None:
        """Return one meeting."""
        row = (await self._conn.execute(MEETING_QUERY.where(meetings.c.id == meeting_id))).first()
        return meeting_from_row(row) if row is not None else None

    async def set_status(
        self, meeting_id: int, expected: tuple[MeetingStatus, ...], status: MeetingStatus
    ) -> Meeting | None:
        """Move a meeting to ``status`` if it is in ``expected`` (a conditional update)."""
        result = await self._conn.execute(
            sa.update(meetings)
            .where(meetings.c.id == meeting_id, meetings.c.status.in_(expected))
            .values(status=status, updated_at=self._clock.now())
        )
        return await self.meeting(meeting_id) if result.rowcount == 1 else None

    async def move(self, meeting_id: int, slot: Slot) -> Meeting:
        """Move a meeting to another (claimed) slot."""
        await self._conn.execute(
            sa.update(meetings)
            .where(meetings.c.id == meeting_id)
            .values(
                slot_id=slot.id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                proposed_slot_id=None,
                updated_at=self._clock.now(),
            )
        )
        moved = await self.meeting(meeting_id)
        assert moved is not None
        return moved

    async def propose(self, meeting_id: int, slot_id: int | None) -> None:
        """Keep (or with None, forget) the new time a newcomer asked to move to."""
        await self._conn.execute(
            sa.update(meetings)
            .where(meetings.c.id == meeting_id)
            .values(proposed_slot_id=slot_id, updated_at=self._clock.now())
        )

    async def upcoming_meetings(
        self, participant_id: int, after: datetime, limit: int
    ) -> list[Meeting]:
        """A participant's requested and confirmed meetings after ``after``, soonest first."""
        rows = await self._conn.execute(
            MEETING_QUERY.where(
                sa.or_(
                    meetings.c.connector_id == participant_id,
                    meetings.c.mentee_id == participant_id,
                ),
                meetings.c.status.in_(ACTIVE),
                meetings.c.ends_at > after,
            )
            .order_by(meetings.c.starts_at)
            .limit(limit)
        )
        return [meeting_from_row(row) for row in rows]

    async def record(self, meeting_id: int, actor_id: int | None, action: str, detail: str) -> int:
        """Append to the meeting's history; return the new line's id."""
        result = await self._conn.execute(
            sa.insert(meeting_events)
            .values(
                meeting_id=meeting_id,
                actor_id=actor_id,
                action=action,
                detail=detail[:200],
                at=self._clock.now(),
            )
            .returning(meeting_events.c.id)
        )
        return int(result.scalar_one())

    async def event(self, event_id: int) -> MeetingEvent | None:
        """One line of a meeting's history."""
        row = (
            await self._conn.execute(
                sa.select(meeting_events).where(meeting_events.c.id == event_id)
            )
        ).one_or_none()
        if row is None:
            return None
        return MeetingEvent(
            id=row.id,
            meeting_id=row.meeting_id,
            actor_id=row.actor_id,
            action=row.action,
            detail=row.detail,
            at=row.at,
        )

    async def count_events(
        self, meeting_id: int, actor_id: int, action: str, since: datetime | None = None
    ) -> int:
        """How many times ``actor_id`` did ``action`` on the meeting (since ``since``): one
        meeting's history, found by its index."""
        query = (
            sa.select(sa.func.count())
            .select_from(meeting_events)
            .where(
                meeting_events.c.meeting_id == meeting_id,
                meeting_events.c.actor_id == actor_id,
                meeting_events.c.action == action,
            )
        )
        if since is not None:
            query = query.where(meeting_events.c.at >= since)
        return int((await self._conn.execute(query)).scalar_one())


BINDINGS = (bind(MEETINGS, SqlMeetings),)
