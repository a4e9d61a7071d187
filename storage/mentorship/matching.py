"""Mentorship pairs in SQL; implements ``handlers.mentorship.matching.ports.PairingStore``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.mentorship.matching.ports import PAIRING
from handlers.mentorship.matching.values import (
    LIVE,
    Agreement,
    Answer,
    Mentorship,
    MentorshipStatus,
    Side,
)
from storage.stores import bind
from storage.tables import mentorships, participants


def mentorship_from_row(row: sa.Row[Any]) -> Mentorship:
    """A mentorship value from its row."""
    return Mentorship(
        id=row.id,
        programme=row.programme,
        mentee_id=row.mentee_id,
        mentor_id=row.mentor_id,
        coordinator_id=row.coordinator_id,
        status=row.status,
        mentee_answer=row.mentee_answer,
        mentor_answer=row.mentor_answer,
        decline_reason=row.decline_reason,
        target_minutes=row.target_minutes,
        proposed_at=row.proposed_at,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        goals=tuple(row.goals or ()),
        meeting_day=row.meeting_day,
        meeting_time=row.meeting_time,
        meeting_zone=row.meeting_zone,
        meeting_format=row.meeting_format,
        agreed_at=row.agreed_at,
    )


class SqlPairing:
    """Mentorships on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def propose(
        self, programme: str, mentee_id: int, mentor_id: int, coordinator_id: int,
        target_minutes: int,
    ) -> Mentorship | None:  # fmt: skip
        """Record a proposed match; None if the two already have a live one."""
        live = await self._conn.execute(
            sa.select(mentorships.c.id).where(
                mentorships.c.mentee_id == mentee_id,
                mentorships.c.mentor_id == mentor_id,
                mentorships.c.status.in_(LIVE),
            )
        )
        if live.first() is not None:
            return None
        now = self._clock.now()
        inserted = await self._conn.execute(
            sa.insert(mentorships)
            .values(
                programme=programme, mentee_id=mentee_id, mentor_id=mentor_id,
                coordinator_id=coordinator_id, status="proposed",
                target_minutes=target_minutes, proposed_at=now, updated_at=now,
            )
            .returning(mentorships.c.id)
        )  # fmt: skip
        return await self.mentorship(inserted.scalar_one())

    async def mentorship(self, mentorship_id: int) -> Mentorship | None:
        """Return one mentorship."""
        row = (
            await self._conn.execute(
                sa.select(mentorships).where(mentorships.c.id == mentorship_id)
            )
        ).first()
        return None if row is None else mentorship_from_row(row)

    async def answer(self, mentorship_id: int, side: Side, answer: Answer) -> Mentorship | None:
        """Record one side's first answer to a proposal; None if not proposed or answered."""
        column = mentorships.c.mentee_answer if side == "mentee" else mentorships.c.mentor_answer
        result = await self._conn.execute(
            sa.update(mentorships)
            .where(
                mentorships.c.id == mentorship_id,
                mentorships.c.status == "proposed",
                column.is_(None),
            )
            .values({column: answer, "updated_at": self._clock.now()})
        )
        return await self.mentorship(mentorship_id) if result.rowcount == 1 else None

    async def set_status(
        self, mentorship_id: int, expected: tuple[MentorshipStatus, ...],
        status: MentorshipStatus, reason: str | None = None,
    ) -> Mentorship | None:  # fmt: skip
        """Move a mentorship to ``status`` if it is in ``expected`` (a conditional update)."""
        values: dict[str, Any] = {"status": status, "updated_at": self._clock.now()}
        if reason is not None:
            values["decline_reason"] = reason
        result = await self._conn.execute(
            sa.update(mentorships)
            .where(mentorships.c.id == mentorship_id, mentorships.c.status.in_(expected))
            .values(values)
        )
        return await self.mentorship(mentorship_id) if result.rowcount == 1 else None

    async def save_agreement(self, mentorship_id: int, agreement: Agreement) -> bool:
        """Store the mentee's agreement while the pair is agreeing; False otherwise."""
        now = self._clock.now()
        result = await self._conn.execute(
            sa.update(mentorships)
            .where(mentorships.c.id == mentorship_id, mentorships.c.status == "agreeing")
            .values(
                goals=list(agreement.goals), meeting_day=agreement.meeting_day,
                meeting_time=agreement.meeting_time, meeting_zone=agreement.meeting_zone,
                meeting_format=agreement.meeting_format, agreed_at=now, updated_at=now,
            )
        )  # fmt: skip
        return result.rowcount == 1

    async def reopen_agreement(self, mentorship_id: int) -> bool:
        """The mentor asked for a change: the sent agreement no longer stands."""
        result = await self._conn.execute(
            sa.update(mentorships)
            .where(
                mentorships.c.id == mentorship_id,
                mentorships.c.status == "agreeing",
                mentorships.c.agreed_at.is_not(None),
            )
            .values(agreed_at=None, updated_at=self._clock.now())
        )
        return result.rowcount == 1

    async def activate(
        self, mentorship_id: int, starts_on: datetime, ends_on: datetime
    ) -> Mentorship | None:
        """Start an agreed mentorship (once): agreeing with an agreement sent, to active."""
        result = await self._conn.execute(
            sa.update(mentorships)
            .where(
                mentorships.c.id == mentorship_id,
                mentorships.c.status == "agreeing",
                mentorships.c.agreed_at.is_not(None),
            )
            .values(
                status="active", starts_on=starts_on, ends_on=ends_on,
                updated_at=self._clock.now(),
            )
        )  # fmt: skip
        return await self.mentorship(mentorship_id) if result.rowcount == 1 else None

    async def open_proposals(self, participant_id: int, limit: int) -> list[Mentorship]:
        """See the port."""
        mine = sa.or_(
            sa.and_(mentorships.c.mentee_id == participant_id,
                    mentorships.c.mentee_answer.is_(None)),
            sa.and_(mentorships.c.mentor_id == participant_id,
                    mentorships.c.mentor_answer.is_(None)),
        )  # fmt: skip
        rows = await self._conn.execute(
            sa.select(mentorships)
            .where(mentorships.c.status == "proposed", mine)
            .order_by(mentorships.c.id)
            .limit(limit)
        )
        return [mentorship_from_row(row) for row in rows]

    async def known(self, participant_id: int) -> bool:
        """Whether a participant with this id exists."""
        query = sa.select(participants.c.id).where(participants.c.id == participant_id)
        return (await self._conn.execute(query)).first() is not None

    async def mentees_of(self, mentor_ids: list[int]) -> dict[int, int]:
        """How many live mentorships each of ``mentor_ids`` has (absent: none)."""
        if not mentor_ids:
            return {}
        rows = await self._conn.execute(
            sa.select(mentorships.c.mentor_id, sa.func.count())
            .where(mentorships.c.mentor_id.in_(mentor_ids), mentorships.c.status.in_(LIVE))
            .group_by(mentorships.c.mentor_id)
        )
        return {row[0]: row[1] for row in rows}

    async def turned_down(self, mentee_id: int) -> set[int]:
        """The mentors a proposal with this mentee ended with, declined (by either side, or
        after the introduction meeting): not suggested to them again."""
        rows = await self._conn.execute(
            sa.select(mentorships.c.mentor_id).where(
                mentorships.c.mentee_id == mentee_id, mentorships.c.status == "declined"
            )
        )
        return set(rows.scalars())


BINDINGS = (bind(PAIRING, SqlPairing),)
