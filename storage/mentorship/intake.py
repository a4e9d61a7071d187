"""Memberships in SQL; implements ``handlers.mentorship.intake.ports.MentorshipStore``."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.core.values import Participant
from handlers.mentorship.intake.ports import MENTORSHIP
from handlers.mentorship.intake.values import (
    AgencyCode,
    IntakeAnswers,
    Membership,
    MemberStatus,
    ProgrammeRole,
)
from storage.rows import ROLES, participant_from_row
from storage.sql import insert_ignoring_conflict
from storage.stores import bind
from storage.tables import agency_codes, participants, programme_members

MEMBER_COLUMNS = (
    programme_members.c.id.label("member_id"),
    programme_members.c.participant_id,
    programme_members.c.programme,
    programme_members.c.role.label("member_role"),
    programme_members.c.status.label("member_status"),
    programme_members.c.agency_id,
    programme_members.c.answers,
    programme_members.c.missing,
    programme_members.c.reason,
    programme_members.c.workshop_sessions,
    programme_members.c.updated_at.label("member_updated_at"),
)


def membership_from_row(row: sa.Row[Any, *tuple[Any, ...]]) -> Membership:
    """Build a membership from a row selected with ``MEMBER_COLUMNS``."""
    return Membership(
        id=row.member_id,
        participant_id=row.participant_id,
        programme=row.programme,
        role=row.member_role,
        status=row.member_status,
        agency_id=row.agency_id,
        answers=IntakeAnswers.model_validate(row.answers) if row.answers else None,
        missing=tuple(item for item in row.missing.split(",") if item),
        reason=row.reason,
        workshop_sessions=row.workshop_sessions,
        updated_at=row.member_updated_at,
    )


class SqlMentorship:
    """Memberships and agency codes on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def join(
        self, participant_id: int, programme: str, role: ProgrammeRole, agency_id: int | None
    ) -> Membership:
        """The person's membership of ``programme``, created in intake if they had none."""
        now = self._clock.now()
        values = {
            "participant_id": participant_id,
            "programme": programme,
            "role": role,
            "status": "intake",
            "agency_id": agency_id,
            "created_at": now,
            "updated_at": now,
        }
        await insert_ignoring_conflict(
            self._conn, programme_members, values, ["participant_id", "programme"]
        )
        found = await self.membership(participant_id, programme)
        assert found is not None
        return found

    async def membership(self, participant_id: int, programme: str) -> Membership | None:
        """The person's membership of one programme, if any."""
        query = sa.select(*MEMBER_COLUMNS).where(
            programme_members.c.participant_id == participant_id,
            programme_members.c.programme == programme,
        )
        row = (await self._conn.execute(query)).first()
        return membership_from_row(row) if row is not None else None

    async def memberships(self, participant_id: int) -> list[Membership]:
        """Every programme the person is in (a handful at most), oldest first."""
        query = (
            sa.select(*MEMBER_COLUMNS)
            .where(programme_members.c.participant_id == participant_id)
            .order_by(programme_members.c.id)
            .limit(20)
        )
        return [membership_from_row(row) for row in await self._conn.execute(query)]

    async def submit(
        self, member_id: int, answers: IntakeAnswers, missing: tuple[str, ...]
    ) -> Membership:
        """Store the intake answers and the criteria missed; the member now waits."""
        await self._conn.execute(
            sa.update(programme_members)
            .where(programme_members.c.id == member_id)
            .values(
                answers=answers.model_dump(mode="json", exclude_none=True),
                missing=",".join(missing)[:200],
                status="waiting",
                reason="",
                updated_at=self._clock.now(),
            )
        )
        query = sa.select(*MEMBER_COLUMNS).where(programme_members.c.id == member_id)
        return membership_from_row((await self._conn.execute(query)).one())

    async def decide(
        self, member_id: int, expected: tuple[MemberStatus, ...], status: MemberStatus,
        by: int, reason: str = "",
    ) -> bool:  # fmt: skip
        """Move a membership to ``status`` if it is in ``expected``; False if it was not."""
        result = await self._conn.execute(
            sa.update(programme_members)
            .where(programme_members.c.id == member_id, programme_members.c.status.in_(expected))
            .values(
                status=status, decided_by=by, reason=reason[:200], updated_at=self._clock.now()
            )
        )
        return result.rowcount == 1

    async def attend_workshop(self, member_id: int, sessions: int) -> int | None:
        """Count one more workshop session for a membership, up to ``sessions``; the count
        now, or None when every session was recorded already (a conditional update)."""
        result = await self._conn.execute(
            sa.update(programme_members)
            .where(programme_members.c.id == member_id,
                   programme_members.c.workshop_sessions < sessions)
            .values(workshop_sessions=programme_members.c.workshop_sessions + 1,
                    updated_at=self._clock.now())
            .returning(programme_members.c.workshop_sessions)
        )  # fmt: skip
        count = result.scalar_one_or_none()
        return None if count is None else int(count)

    async def waiting(self, limit: int, offset: int) -> list[tuple[Membership, Participant]]:
        """Memberships waiting for a coordinator, oldest first, with their person."""
        query = (
            sa.select(participants, ROLES, *MEMBER_COLUMNS)
            .select_from(programme_members)
            .join(participants, participants.c.id == programme_members.c.participant_id)
            .where(programme_members.c.status == "waiting", participants.c.status == "active")
            .order_by(programme_members.c.updated_at, programme_members.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [
            (membership_from_row(row), participant_from_row(row))
            for row in await self._conn.execute(query)
        ]

    async def members(
        self, programme: str, role: ProgrammeRole, statuses: tuple[MemberStatus, ...],
        limit: int,
    ) -> list[tuple[Membership, Participant]]:  # fmt: skip
        """Active people in ``programme`` as ``role`` with one of ``statuses``, oldest first."""
        query = (
            sa.select(participants, ROLES, *MEMBER_COLUMNS)
            .select_from(programme_members)
            .join(participants, participants.c.id == programme_members.c.participant_id)
            .where(
                programme_members.c.status.in_(statuses),
                programme_members.c.programme == programme,
                programme_members.c.role == role,
                participants.c.status == "active",
            )
            .order_by(programme_members.c.id)
            .limit(limit)
        )
        return [
            (membership_from_row(row), participant_from_row(row))
            for row in await self._conn.execute(query)
        ]

    async def add_code(
        self, code: str, agency_id: int, programme: str, role: ProgrammeRole
    ) -> None:
        """Record a referral code an agency minted."""
        await self._conn.execute(
            sa.insert(agency_codes).values(
                code=code,
                agency_id=agency_id,
                programme=programme,
                role=role,
                created_at=self._clock.now(),
            )
        )

    async def code(self, code: str) -> AgencyCode | None:
        """The agency code ``code``, if there is one."""
        query = sa.select(agency_codes).where(agency_codes.c.code == code)
        row = (await self._conn.execute(query)).first()
        if row is None:
            return None
        return AgencyCode(
            code=row.code,
            agency_id=row.agency_id,
            programme=row.programme,
            role=row.role,
            used_by=row.used_by,
        )

    async def use_code(self, code: str, participant_id: int) -> bool:
        """Mark the code used by the person; False if someone else used it already."""
        result = await self._conn.execute(
            sa.update(agency_codes)
            .where(
                agency_codes.c.code == code,
                sa.or_(agency_codes.c.used_by.is_(None), agency_codes.c.used_by == participant_id),
            )
            .values(used_by=participant_id, used_at=self._clock.now())
        )
        return result.rowcount == 1


BINDINGS = (bind(MENTORSHIP, SqlMentorship),)


async def erase_memberships(conn: AsyncConnection, participant_id: int) -> None:
    """Clear the eligibility answers (objective, profession, networks) and any referral-back
    reason; the memberships and their statuses stay, so the programme's numbers stay right."""
    await conn.execute(
        sa.update(programme_members)
        .where(programme_members.c.participant_id == participant_id)
        .values(answers=None, reason="")
    )


ERASERS = (erase_memberships,)
