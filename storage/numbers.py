"""Aggregates for /stats and rows for /export (implements ``NumbersStore``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.coordination.numbers_ports import (
    NUMBERS,
    MeetingFigures,
    PeopleFigures,
)
from handlers.core.period import Period
from handlers.core.ports import Clock
from handlers.core.values import Cell
from storage.stores import bind
from storage.tables import (
    channel_addresses,
    meeting_events,
    meeting_feedback,
    meetings,
    mentorships,
    participants,
)

# Everyone who finished registering, including those whose data was erased since.
REGISTERED = ("active", "paused", "erased")
# Statuses a meeting reaches only once it was confirmed.
AFTER_CONFIRMATION = ("confirmed", "held", "no_show", "disputed", "unconfirmed")


def _in(column: Any, period: Period) -> sa.ColumnElement[bool]:
    """``column`` falls in the period."""
    return sa.and_(column >= period.start, column < period.end)


class SqlNumbers:
    """Counts and export rows on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def _count(self, query: sa.Select[Any]) -> int:
        return int((await self._conn.execute(query)).scalar_one())

    async def people(self, period: Period) -> PeopleFigures:
        """Newcomers and connectors active (in a meeting requested or held) and new."""
        involved = sa.or_(_in(meetings.c.created_at, period), _in(meetings.c.starts_at, period))
        taking_part = sa.and_(involved, meetings.c.status != "declined")

        def active(column: Any) -> sa.Select[Any]:
            return sa.select(sa.func.count(sa.distinct(column))).where(taking_part)

        def new(role: str) -> sa.Select[Any]:
            return sa.select(sa.func.count()).where(
                participants.c.role == role,
                participants.c.status.in_(REGISTERED),
                # Someone still waiting for approval (or refused) has not joined yet.
                participants.c.approval.is_(None),
                _in(participants.c.consent_at, period),
            )

        # A mentee of a mentorship running during the period is an active newcomer too, even
        # with no Connector meeting: each counted once.
        running = sa.select(mentorships.c.mentee_id).where(
            mentorships.c.status.in_(("active", "closed")),
            mentorships.c.starts_on < period.end,
            sa.func.coalesce(mentorships.c.closed_at, mentorships.c.ends_on) >= period.start,
        )
        met = sa.select(meetings.c.mentee_id).where(taking_part)
        either = sa.union(met, running).subquery()
        newcomers = sa.select(sa.func.count()).select_from(either)
        return PeopleFigures(
            newcomers_active=await self._count(newcomers),
            newcomers_new=await self._count(new("mentee")),
            connectors_active=await self._count(active(meetings.c.connector_id)),
            connectors_new=await self._count(new("connector")),
        )

    async def meetings(self, period: Period) -> MeetingFigures:
        """Meetings requested (then confirmed, held) in the period; held and missed in it."""
        requested = _in(meetings.c.created_at, period)
        accepted = sa.exists().where(
            meeting_events.c.meeting_id == meetings.c.id, meeting_events.c.action == "accepted"
        )
        confirmed = sa.or_(meetings.c.status.in_(AFTER_CONFIRMATION), accepted)

        def count(*where: sa.ColumnElement[bool]) -> sa.Select[Any]:
            return sa.select(sa.func.count()).select_from(meetings).where(*where)

        happened = _in(meetings.c.starts_at, period)
        return MeetingFigures(
            requested=await self._count(count(requested)),
            confirmed=await self._count(count(requested, confirmed)),
            requested_held=await self._count(count(requested, meetings.c.status == "held")),
            held=await self._count(count(happened, meetings.c.status == "held")),
            no_show=await self._count(count(happened, meetings.c.status == "no_show")),
        )

    async def held_between(self, start: datetime, end: datetime) -> int:
        """Meetings held that started in [start, end)."""
        return await self._count(
            sa.select(sa.func.count()).where(
                meetings.c.status == "held",
                meetings.c.starts_at >= start,
                meetings.c.starts_at < end,
            )
        )

    async def participant_rows(
        self, period: Period, contacts: bool, limit: int
    ) -> list[tuple[Cell, ...]]:
        """Participants registered by the end of the period, with contacts when asked."""
        held = (
            sa.select(sa.func.count())
            .where(
                meetings.c.status == "held",
                sa.or_(
                    meetings.c.mentee_id == participants.c.id,
                    meetings.c.connector_id == participants.c.id,
                ),
            )
            .scalar_subquery()
        )
        # Meetings this person did not come to (whoever reported it), not those they reported.
        missed = (
            sa.select(sa.func.count())
            .where(meetings.c.status == "no_show", meetings.c.absent_id == participants.c.id)
            .scalar_subquery()
        )
        columns: list[Any] = [
            participants.c.id, participants.c.role,
            # Someone waiting for approval (or refused) shows as pending (rejected).
            sa.func.coalesce(participants.c.approval, participants.c.status),
            participants.c.sector,
            participants.c.city, participants.c.language, participants.c.consent_at, held,
            missed,
        ]  # fmt: skip
        if contacts:
            columns += [participants.c.name, self._address("sms"), self._address("telegram")]
        query = (
            sa.select(*columns)
            .where(
                participants.c.status.in_(REGISTERED),
                participants.c.consent_at < period.end,
            )
            .order_by(participants.c.id)
            .limit(limit)
        )
        return [cells(row) for row in await self._conn.execute(query)]

    def _address(self, channel: str) -> Any:
        """The participant's first reachable address on ``channel``, as a column."""
        return (
            sa.select(channel_addresses.c.value)
            .where(
                channel_addresses.c.participant_id == participants.c.id,
                channel_addresses.c.channel == channel,
                channel_addresses.c.status == "ok",
            )
            .order_by(channel_addresses.c.id)
            .limit(1)
            .scalar_subquery()
        )

    async def meeting_rows(self, period: Period, limit: int) -> list[tuple[Cell, ...]]:
        """Meetings starting in the period, soonest first."""
        # Who said the meeting did not take place (the first to say so), beside who was absent.
        reporter = (
            sa.select(sa.func.min(meeting_feedback.c.participant_id))
            .where(
                meeting_feedback.c.meeting_id == meetings.c.id, meeting_feedback.c.met.is_(False)
            )
            .scalar_subquery()
        )
        no_show = meetings.c.status == "no_show"
        query = (
            sa.select(
                meetings.c.id, meetings.c.connector_id, meetings.c.mentee_id,
                meetings.c.starts_at, meetings.c.status, meetings.c.created_at,
                sa.case((no_show, meetings.c.absent_id)), sa.case((no_show, reporter)),
            )
            .where(_in(meetings.c.starts_at, period))
            .order_by(meetings.c.starts_at, meetings.c.id)
            .limit(limit)
        )  # fmt: skip
        return [cells(row) for row in await self._conn.execute(query)]


def cells(row: Any) -> tuple[Cell, ...]:
    """A row as CSV cells: times in ISO 8601 UTC."""
    return tuple(value.isoformat() if isinstance(value, datetime) else value for value in row)


BINDINGS = (bind(NUMBERS, SqlNumbers),)
