"""Coordinators' look-ups in SQL (implements ``handlers.coordination.ports.CoordinationStore``)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.coordination.ports import COORDINATION, AuditEntry, PeopleQuery, Ready, word_names
from handlers.core.ports import Clock
from handlers.core.values import Language, Participant
from storage import coordination_records as records
from storage.broadcast import BINDINGS as BROADCAST
from storage.numbers import BINDINGS as NUMBERS
from storage.rows import ROLES, participant_from_row
from storage.stores import bind
from storage.tables import (
    audit_log,
    channel_addresses,
    connector_prefs,
    meetings,
    participant_roles,
    participants,
    referrals,
    slots,
)


def _holds(role: str) -> sa.ColumnElement[bool]:
    """The person holds ``role``, or asked for it at registration (waiting or refused)."""
    held = sa.exists().where(
        participant_roles.c.participant_id == participants.c.id,
        participant_roles.c.role == role,
    )
    return sa.or_(participants.c.role == role, held)


def _speaks(language: Language) -> sa.ColumnElement[bool]:
    """The person reads ``language`` or said at registration that they speak it."""
    spoken = sa.cast(participants.c.languages_spoken, sa.Text).like(f'%"{language}"%')
    return sa.or_(participants.c.language == language, spoken)


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

    def _people(self, query: PeopleQuery, now: datetime) -> list[sa.ColumnElement[bool]]:
        """The conditions of a coordinator's search (see the port)."""
        words, role, standing = query.words, query.role, query.standing
        conditions: list[sa.ColumnElement[bool]] = [participants.c.status != "consent_refused"]
        conditions += self._ready(query.ready, now)
        for word in words:
            like = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            matches: list[sa.ColumnElement[bool]] = [
                participants.c.name.ilike(f"%{like}%", escape="\\"),
                participants.c.profession_key.like(f"% {like}%", escape="\\"),
                participants.c.city_key.like(f"% {like}%", escape="\\"),
            ]
            # A word may also name a sector or a language ("health", "francais").
            sector, language = word_names(word)
            if sector is not None:
                matches.append(participants.c.sector == sector)
            if language is not None:
                matches.append(_speaks(language))
            conditions.append(sa.or_(*matches))
        if query.sector is not None:
            conditions.append(participants.c.sector == query.sector)
        if query.language is not None:
            conditions.append(_speaks(query.language))
        if role is not None:
            conditions.append(_holds(role))
        if standing == "waiting":
            conditions.append(participants.c.approval == "pending")
        elif standing == "refused":
            conditions.append(participants.c.approval == "rejected")
        elif standing == "active":
            conditions += [participants.c.status == "active", participants.c.approval.is_(None)]
        elif standing == "paused":
            offers_paused = sa.exists().where(
                connector_prefs.c.participant_id == participants.c.id,
                connector_prefs.c.paused.is_(True),
            )
            conditions.append(
                sa.or_(
                    participants.c.status == "paused",
                    participants.c.requests_paused.is_(True),
                    offers_paused,
                )
            )
        return conditions

    @staticmethod
    def _ready(ready: Ready | None, now: datetime) -> list[sa.ColumnElement[bool]]:
        """The conditions of a ready-made list (see ``Ready``)."""
        me = participants.c.id
        if ready == "no-times":
            open_times = sa.exists().where(
                slots.c.connector_id == me, slots.c.status == "open", slots.c.starts_at > now
            )
            return [_holds("connector"), participants.c.status == "active", ~open_times]
        if ready == "never-booked":
            asked = sa.exists().where(meetings.c.mentee_id == me)
            return [_holds("mentee"), participants.c.status == "active", ~asked]
        if ready == "no-referral":
            referred = sa.exists().where(referrals.c.meeting_id == meetings.c.id)
            held = sa.exists().where(
                meetings.c.mentee_id == me, meetings.c.status == "held", ~referred
            )
            return [held]
        if ready == "unreachable":
            reachable = sa.exists().where(
                channel_addresses.c.participant_id == me, channel_addresses.c.status == "ok"
            )
            return [participants.c.status != "erased", ~reachable]
        return []

    async def find_people(
        self, query: PeopleQuery, now: datetime, limit: int, offset: int
    ) -> list[Participant]:
        """See the port: a page of the people found, by number."""
        found = (
            sa.select(participants, ROLES)
            .where(*self._people(query, now))
            .order_by(participants.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [participant_from_row(row) for row in await self._conn.execute(found)]

    async def count_people(self, query: PeopleQuery, now: datetime) -> int:
        """See the port: how many in all."""
        counted = sa.select(sa.func.count()).where(*self._people(query, now))
        return int((await self._conn.execute(counted)).scalar_one())

    async def audit_entries(
        self,
        person: int | None,
        action: str | None,
        period: tuple[datetime, datetime] | None,
        before: int | None,
        limit: int,
    ) -> list[AuditEntry]:
        """See the port."""
        query = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if before is not None:
            query = query.where(audit_log.c.id < before)
        if person is not None:
            query = query.where(
                sa.or_(
                    audit_log.c.participant_id == person,
                    audit_log.c.detail == str(person),
                    audit_log.c.detail.like(f"{person} %"),
                )
            )
        if action:
            escaped = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(audit_log.c.action.like(f"%{escaped}%", escape="\\"))
        if period is not None:
            query = query.where(audit_log.c.at >= period[0], audit_log.c.at < period[1])
        return [
            AuditEntry(
                id=row.id,
                at=row.at,
                participant_id=row.participant_id,
                action=row.action,
                detail=row.detail,
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
