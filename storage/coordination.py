"""Coordinators' look-ups in SQL (implements ``handlers.coordination.ports.CoordinationStore``)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.coordination.ports import COORDINATION, AuditEntry
from handlers.core.ports import Clock
from handlers.core.values import Participant
from storage import coordination_records as records
from storage.broadcast import BINDINGS as BROADCAST
from storage.numbers import BINDINGS as NUMBERS
from storage.rows import ROLES, participant_from_row
from storage.stores import bind
from storage.tables import audit_log, meetings, participant_roles, participants


class SqlCoordination:
    """Look-ups for coordinators on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def person(self, participant_id: int) -> Participant | None:
        """The participant with that id, if any."""
        query = sa.select(participants, ROLES).where(participants.c.id == participant_id)
        row = (await self._conn.execute(query)).first()
        return participant_from_row(row) if row is not None else None

    async def meeting_counts(self, participant_id: int) -> dict[str, int]:
        """How many of the participant's meetings (either side) are in each status.

        ``no_show`` counts the meetings this person missed; one the other side missed (or
        nobody was named for) is ``no_show_other``: a connector who reported a newcomer
        absent three times has missed nothing.
        """
        missed_by_other = sa.and_(
            meetings.c.status == "no_show",
            sa.or_(meetings.c.absent_id.is_(None), meetings.c.absent_id != participant_id),
        )
        status = sa.case((missed_by_other, "no_show_other"), else_=meetings.c.status)
        query = (
            sa.select(status, sa.func.count())
            .where(
                sa.or_(
                    meetings.c.connector_id == participant_id,
                    meetings.c.mentee_id == participant_id,
                )
            )
            .group_by(status)
        )
        return {str(kind): int(n) for kind, n in await self._conn.execute(query)}

    async def find_people(self, text: str, limit: int) -> list[Participant]:
        """Registered people whose name, profession or city contains ``text``, by id."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        fields = (participants.c.name, participants.c.profession, participants.c.city)
        query = (
            sa.select(participants, ROLES)
            .where(
                participants.c.status != "consent_refused",
                sa.or_(*(field.ilike(pattern, escape="\\") for field in fields)),
            )
            .order_by(participants.c.id)
            .limit(limit)
        )
        return [participant_from_row(row) for row in await self._conn.execute(query)]

    async def latest_audit(self, limit: int) -> list[AuditEntry]:
        """The newest audit entries, newest first."""
        query = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        return [
            AuditEntry(
                at=row.at, participant_id=row.participant_id, action=row.action, detail=row.detail
            )
            for row in await self._conn.execute(query)
        ]

    async def count_role(self, role: str) -> int:
        """How many active participants hold ``role``."""
        query = (
            sa.select(sa.func.count())
            .select_from(participant_roles)
            .join(participants, participants.c.id == participant_roles.c.participant_id)
            .where(participant_roles.c.role == role, participants.c.status == "active")
        )
        return int((await self._conn.execute(query)).scalar_one())


BINDINGS = (bind(COORDINATION, SqlCoordination), *records.BINDINGS, *NUMBERS, *BROADCAST)
