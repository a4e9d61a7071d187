"""Coordinators' pages of records in SQL (implements ``handlers.coordination.records``)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.coordination.records import RECORDS, FeedbackRow, MeetingRow, Scope
from handlers.core.ports import Clock
from handlers.core.values import Approval, Participant
from storage.rows import ROLES, participant_from_row
from storage.stores import bind
from storage.tables import connector_prefs, meeting_feedback, meetings, participants

_connector = participants.alias("connector")
_mentee = participants.alias("mentee")
_author = participants.alias("author")


class SqlRecords:
    """Pages of records for coordinators on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def pending(self, limit: int, offset: int) -> list[Participant]:
        """People waiting for approval, oldest first."""
        query = (
            sa.select(participants, ROLES)
            .where(participants.c.approval == "pending", participants.c.status == "active")
            .order_by(participants.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [participant_from_row(row) for row in await self._conn.execute(query)]

    async def set_approval(self, participant_id: int, approval: Approval | None) -> None:
        """Record a decision about someone's approval (None: approved)."""
        await self._conn.execute(
            sa.update(participants)
            .where(participants.c.id == participant_id)
            .values(approval=approval, updated_at=self._clock.now())
        )

    async def meetings(
        self, scope: Scope, statuses: tuple[str, ...] | None, limit: int, offset: int
    ) -> list[MeetingRow]:
        """Meetings in ``scope`` (of ``statuses`` when given), newest first."""
        query = (
            sa.select(
                meetings.c.id,
                meetings.c.starts_at,
                meetings.c.status,
                meetings.c.connector_id,
                meetings.c.mentee_id,
                meetings.c.absent_id,
                _connector.c.name.label("connector"),
                _mentee.c.name.label("mentee"),
            )
            .join(_connector, _connector.c.id == meetings.c.connector_id)
            .join(_mentee, _mentee.c.id == meetings.c.mentee_id)
            .where(*_meeting_scope(scope))
            .order_by(meetings.c.starts_at.desc(), meetings.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        if statuses is not None:
            query = query.where(meetings.c.status.in_(statuses))
        return [MeetingRow(**row._mapping) for row in await self._conn.execute(query)]

    async def feedback(self, scope: Scope, limit: int, offset: int) -> list[FeedbackRow]:
        """What people said after their meetings in ``scope``, newest first."""
        query = (
            sa.select(
                meeting_feedback.c.meeting_id,
                meeting_feedback.c.at,
                meeting_feedback.c.participant_id,
                _author.c.name,
                meeting_feedback.c.met,
                meeting_feedback.c.rating,
                meeting_feedback.c.comment,
                meeting_feedback.c.reason,
            )
            .join(meetings, meetings.c.id == meeting_feedback.c.meeting_id)
            .join(_author, _author.c.id == meeting_feedback.c.participant_id)
            .where(*_meeting_scope(scope))
            .order_by(meeting_feedback.c.at.desc(), meeting_feedback.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [FeedbackRow(**row._mapping) for row in await self._conn.execute(query)]

    async def no_show_paused(self, limit: int, offset: int) -> list[Participant]:
        """People whose new requests or offers are paused, by id."""
        paused = sa.select(connector_prefs.c.participant_id).where(connector_prefs.c.paused)
        query = (
            sa.select(participants, ROLES)
            .where(
                participants.c.status == "active",
                sa.or_(
                    participants.c.requests_paused,
                    sa.and_(participants.c.role == "connector", participants.c.id.in_(paused)),
                ),
            )
            .order_by(participants.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [participant_from_row(row) for row in await self._conn.execute(query)]


def _meeting_scope(scope: Scope) -> list[sa.ColumnElement[Any]]:
    """The conditions on ``meetings`` that ``scope`` names."""
    where: list[sa.ColumnElement[Any]] = []
    if scope.participant_id is not None:
        who = scope.participant_id
        where.append(sa.or_(meetings.c.connector_id == who, meetings.c.mentee_id == who))
    if scope.since is not None:
        where.append(meetings.c.starts_at >= scope.since)
    return where


BINDINGS = (bind(RECORDS, SqlRecords),)
