"""Referrals in SQL; implements ``handlers.referrals.ports.ReferralStore``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.core.values import Cell
from handlers.referrals.ports import REFERRALS
from handlers.referrals.values import (
    ChainMeeting,
    ConnectorReach,
    HeldMeeting,
    JobReport,
    NewReferral,
    Referral,
    ReferralNumbers,
    ReferralPeriod,
    ReferralStatus,
)
from storage.numbers import cells
from storage.sql import insert_ignoring_conflict
from storage.stores import bind
from storage.tables import (
    channel_addresses,
    job_reports,
    meetings,
    participant_roles,
    participants,
    referral_events,
    referrals,
)

LIVE = ("requested", "confirmed")


def referral_from_row(row: sa.Row[Any]) -> Referral:
    return Referral(
        id=row.id,
        meeting_id=row.meeting_id,
        mentee_id=row.mentee_id,
        connector_id=row.connector_id,
        kind=row.kind,
        status=row.status,
        person_id=row.person_id,
        name=row.name,
        profession=row.profession,
        organisation=row.organisation,
        contact=row.contact,
        code=row.code,
        created_at=row.created_at,
    )


def _given() -> sa.ScalarSelect[int]:
    """How many referrals the meeting in the outer query has had."""
    return (
        sa.select(sa.func.count())
        .where(referrals.c.meeting_id == meetings.c.id)
        .correlate(meetings)
        .scalar_subquery()
    )


class SqlReferrals:
    """Referrals and their events on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def add(self, new: NewReferral, actor_id: int) -> Referral | None:
        """Record a referral and its first event; None if the mentee already has this person."""
        now = self._clock.now()
        values = {**new.model_dump(), "created_at": now, "updated_at": now}
        if not await insert_ignoring_conflict(
            self._conn, referrals, values, ["mentee_id", "person_key"]
        ):
            return None
        row = (
            await self._conn.execute(
                sa.select(referrals).where(
                    referrals.c.mentee_id == new.mentee_id,
                    referrals.c.person_key == new.person_key,
                )
            )
        ).one()
        await self._event(row.id, actor_id, new.status, "")
        return referral_from_row(row)

    async def _event(
        self, referral_id: int, actor_id: int | None, status: str, detail: str
    ) -> None:
        await self._conn.execute(
            sa.insert(referral_events).values(
                referral_id=referral_id,
                actor_id=actor_id,
                status=status,
                detail=detail[:200],
                at=self._clock.now(),
            )
        )

    async def referral(self, referral_id: int) -> Referral | None:
        """Return one referral."""
        query = sa.select(referrals).where(referrals.c.id == referral_id)
        row = (await self._conn.execute(query)).first()
        return referral_from_row(row) if row is not None else None

    async def by_code(self, code: str) -> Referral | None:
        """See the port."""
        query = sa.select(referrals).where(referrals.c.code == code)
        row = (await self._conn.execute(query)).first()
        return referral_from_row(row) if row is not None else None

    async def for_meeting(self, meeting_id: int) -> list[Referral]:
        """The referrals given after one meeting, oldest first (a handful at most)."""
        query = (
            sa.select(referrals)
            .where(referrals.c.meeting_id == meeting_id)
            .order_by(referrals.c.id)
            .limit(20)
        )
        return [referral_from_row(row) for row in await self._conn.execute(query)]

    async def set_status(
        self, referral_id: int, expected: tuple[ReferralStatus, ...], status: ReferralStatus,
        actor_id: int | None, detail: str = "",
    ) -> Referral | None:  # fmt: skip
        """Move a referral to ``status`` if it is in ``expected``, recording who did it."""
        result = await self._conn.execute(
            sa.update(referrals)
            .where(referrals.c.id == referral_id, referrals.c.status.in_(expected))
            .values(status=status, updated_at=self._clock.now())
        )
        if result.rowcount != 1:
            return None
        await self._event(referral_id, actor_id, status, detail)
        return await self.referral(referral_id)

    async def held_short(self, connector_id: int, wanted: int, limit: int) -> list[HeldMeeting]:
        """The connector's held meetings with fewer than ``wanted`` referrals, newest first."""
        given = _given()
        query = (
            sa.select(meetings.c.id, meetings.c.mentee_id, meetings.c.starts_at, given)
            .where(
                meetings.c.connector_id == connector_id,
                meetings.c.status == "held",
                given < wanted,
            )
            .order_by(meetings.c.starts_at.desc())
            .limit(limit)
        )
        return [
            HeldMeeting(meeting_id=row[0], mentee_id=row[1], starts_at=row[2], given=row[3])
            for row in await self._conn.execute(query)
        ]

    async def held_meeting(self, meeting_id: int, connector_id: int) -> HeldMeeting | None:
        """One held meeting of the connector with its referral count (None if not theirs)."""
        query = sa.select(
            meetings.c.id, meetings.c.mentee_id, meetings.c.starts_at, _given()
        ).where(
            meetings.c.id == meeting_id,
            meetings.c.connector_id == connector_id,
            meetings.c.status == "held",
        )
        row = (await self._conn.execute(query)).first()
        if row is None:
            return None
        return HeldMeeting(meeting_id=row[0], mentee_id=row[1], starts_at=row[2], given=row[3])

    async def have_met(self, mentee_id: int, person_id: int) -> bool:
        """Whether the two have had a meeting marked held."""
        pair = sa.or_(
            sa.and_(meetings.c.mentee_id == mentee_id, meetings.c.connector_id == person_id),
            sa.and_(meetings.c.mentee_id == person_id, meetings.c.connector_id == mentee_id),
        )
        query = sa.select(meetings.c.id).where(pair, meetings.c.status == "held").limit(1)
        return (await self._conn.execute(query)).first() is not None

    async def search_connectors(
        self, words: str | None, sector: str | None, limit: int
    ) -> list[int]:
        """Active connectors whose name or profession contains ``words``, or in ``sector``."""
        query = _connectors(words, sector).order_by(participants.c.name, participants.c.id)
        return list((await self._conn.execute(query.limit(limit))).scalars())

    async def matches_connector(
        self, person_id: int, words: str | None, sector: str | None
    ) -> bool:
        """Whether ``person_id`` is one of the connectors ``search_connectors`` would find: one
        row, where the search reads every connector."""
        query = _connectors(words, sector).where(participants.c.id == person_id)
        return (await self._conn.execute(query)).first() is not None

    async def mark_invited(self, referral_id: int) -> bool:
        """Note that the invitation went out; False if it already had (one per referral)."""
        result = await self._conn.execute(
            sa.update(referrals)
            .where(referrals.c.id == referral_id, referrals.c.invited_at.is_(None))
            .values(invited_at=self._clock.now())
        )
        return result.rowcount == 1

    async def link_meeting(self, referral_id: int, mentee_id: int, slot_id: int) -> int | None:
        """Record on the mentee's live meeting at ``slot_id`` that it came from the referral."""
        found = (
            await self._conn.execute(
                sa.select(meetings.c.id).where(
                    meetings.c.slot_id == slot_id,
                    meetings.c.mentee_id == mentee_id,
                    meetings.c.status.in_(LIVE),
                    meetings.c.referral_id.is_(None),
                )
            )
        ).scalar_one_or_none()
        if found is None:
            return None
        await self._conn.execute(
            sa.update(meetings).where(meetings.c.id == found).values(referral_id=referral_id)
        )
        return int(found)

    async def set_person(self, referral_id: int, person_id: int) -> None:
        """Link a referral to the person in the programme (an invited person's new profile)."""
        await self._conn.execute(
            sa.update(referrals)
            .where(referrals.c.id == referral_id)
            .values(person_id=person_id, updated_at=self._clock.now())
        )

    async def joined_invites(self, limit: int) -> list[tuple[int, int]]:
        """Invited referrals whose person registered (by the invited number, or by the code)."""
        found: dict[int, int] = {}
        for on in (
            participants.c.id == referrals.c.person_id,
            participants.c.referral_code == referrals.c.code,
        ):
            # Driven from the invitations (few) with a lookup per invitation, never from the
            # participants (many): a subquery fixes that order whatever the statistics say.
            person = (
                sa.select(participants.c.id)
                .where(on, participants.c.status == "active")
                .limit(1)
                .scalar_subquery()
            )
            invited = (
                sa.select(referrals.c.id, person.label("person"))
                .where(referrals.c.status == "invited")
                .subquery()
            )
            query = sa.select(invited).where(invited.c.person.is_not(None)).limit(limit)
            for referral_id, person_id in await self._conn.execute(query):
                found.setdefault(referral_id, person_id)
        return list(found.items())[:limit]

    async def declined_invites(self, limit: int) -> list[tuple[int, int]]:
        """Invited referrals whose number has opted out, as (referral id, person id)."""
        query = (
            sa.select(referrals.c.id, channel_addresses.c.participant_id)
            .join(
                channel_addresses,
                channel_addresses.c.participant_id == referrals.c.person_id,
            )
            .where(referrals.c.status == "invited", channel_addresses.c.status == "opted_out")
            .limit(limit)
        )
        rows = await self._conn.execute(query)
        return list(dict.fromkeys((row[0], row[1]) for row in rows))

    async def open_invitations(self, person_id: int, limit: int) -> list[Referral]:
        """Invitations sent to this person and not answered yet, newest first."""
        query = (
            sa.select(referrals)
            .where(referrals.c.person_id == person_id, referrals.c.status == "invited")
            .order_by(referrals.c.id.desc())
            .limit(limit)
        )
        return [referral_from_row(row) for row in await self._conn.execute(query)]

    async def held_referrals(self, limit: int) -> list[int]:
        """Referrals not yet marked met whose meeting has been held."""
        query = (
            sa.select(referrals.c.id)
            .join(meetings, meetings.c.referral_id == referrals.c.id)
            .where(
                referrals.c.status.in_(("suggested", "joined", "requested")),
                meetings.c.status == "held",
            )
            .limit(limit)
        )
        return list(dict.fromkeys((await self._conn.execute(query)).scalars()))

    async def known(self, participant_id: int) -> bool:
        """Whether a participant with this id exists."""
        query = sa.select(participants.c.id).where(participants.c.id == participant_id)
        return (await self._conn.execute(query)).first() is not None

    async def count_met(self, mentee_id: int) -> int:
        """How many meetings the newcomer has had marked held."""
        query = sa.select(sa.func.count()).where(
            meetings.c.mentee_id == mentee_id, meetings.c.status == "held"
        )
        return int((await self._conn.execute(query)).scalar_one())

    async def for_mentee(self, mentee_id: int, limit: int) -> list[Referral]:
        """The newcomer's referrals, oldest first."""
        query = (
            sa.select(referrals)
            .where(referrals.c.mentee_id == mentee_id)
            .order_by(referrals.c.id)
            .limit(limit)
        )
        return [referral_from_row(row) for row in await self._conn.execute(query)]

    async def given_by(self, connector_id: int, limit: int) -> list[Referral]:
        """The referrals a connector gave, newest first."""
        query = (
            sa.select(referrals)
            .where(referrals.c.connector_id == connector_id)
            .order_by(referrals.c.id.desc())
            .limit(limit)
        )
        return [referral_from_row(row) for row in await self._conn.execute(query)]

    async def chain_meetings(self, mentee_id: int, limit: int) -> list[ChainMeeting]:
        """The newcomer's live and held meetings, in time order."""
        query = (
            sa.select(
                meetings.c.id, meetings.c.connector_id, meetings.c.starts_at,
                meetings.c.status, meetings.c.referral_id,
            )
            .where(
                meetings.c.mentee_id == mentee_id,
                meetings.c.status.in_(("requested", "confirmed", "held")),
            )
            .order_by(meetings.c.starts_at)
            .limit(limit)
        )  # fmt: skip
        return [
            ChainMeeting(id=row[0], connector_id=row[1], starts_at=row[2], status=row[3],
                         referral_id=row[4])
            for row in await self._conn.execute(query)
        ]  # fmt: skip

    async def add_job(self, report: JobReport) -> None:
        """Record a job report."""
        await self._conn.execute(
            sa.insert(job_reports).values(**report.model_dump(), created_at=self._clock.now())
        )

    async def jobs_for(self, mentee_id: int, limit: int) -> list[JobReport]:
        """The newcomer's job reports, oldest first."""
        query = (
            sa.select(job_reports)
            .where(job_reports.c.mentee_id == mentee_id)
            .order_by(job_reports.c.id)
            .limit(limit)
        )
        return [
            JobReport(mentee_id=row.mentee_id, role=row.role, in_field=row.in_field,
                      start_month=row.start_month, meeting_id=row.meeting_id,
                      referral_id=row.referral_id)
            for row in await self._conn.execute(query)
        ]  # fmt: skip

    async def period_numbers(self, start: datetime, end: datetime) -> ReferralPeriod:
        """Referrals made in [start, end) and where they stand; jobs reported in it."""
        made = (referrals.c.created_at >= start) & (referrals.c.created_at < end)
        followed = referrals.c.status.in_(("requested", "contacted", "met"))
        given, acted, met = (
            await self._conn.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.count(sa.case((followed, 1))),
                    sa.func.count(sa.case((referrals.c.status == "met", 1))),
                ).where(made)
            )
        ).one()
        jobs: dict[str, int] = dict(
            (
                await self._conn.execute(
                    sa.select(job_reports.c.in_field, sa.func.count())
                    .where(job_reports.c.created_at >= start, job_reports.c.created_at < end)
                    .group_by(job_reports.c.in_field)
                )
            ).all()
        )
        return ReferralPeriod(
            made=given, followed=acted, met=met, jobs_field=jobs.get("yes", 0),
            jobs_related=jobs.get("related", 0), jobs_other=jobs.get("no", 0),
        )  # fmt: skip

    async def export_rows(
        self, start: datetime, end: datetime, contacts: bool, limit: int
    ) -> list[tuple[Cell, ...]]:
        """Referrals made in [start, end), oldest first; contacts only when asked."""
        became = (
            sa.select(sa.func.min(meetings.c.id))
            .where(meetings.c.referral_id == referrals.c.id)
            .scalar_subquery()
        )
        columns: list[Any] = [
            referrals.c.id, referrals.c.created_at, referrals.c.meeting_id,
            referrals.c.connector_id, referrals.c.mentee_id, referrals.c.kind,
            referrals.c.status, became,
        ]  # fmt: skip
        if contacts:
            columns += [referrals.c.name, referrals.c.contact]
        query = (
            sa.select(*columns)
            .where(referrals.c.created_at >= start, referrals.c.created_at < end)
            .order_by(referrals.c.created_at, referrals.c.id)
            .limit(limit)
        )
        return [cells(row) for row in await self._conn.execute(query)]

    async def job_rows(self, start: datetime, end: datetime, limit: int) -> list[tuple[Cell, ...]]:
        """Jobs reported in [start, end), oldest first."""
        query = (
            sa.select(
                job_reports.c.id, job_reports.c.mentee_id, job_reports.c.created_at,
                job_reports.c.role, job_reports.c.in_field, job_reports.c.start_month,
                job_reports.c.meeting_id, job_reports.c.referral_id,
            )
            .where(job_reports.c.created_at >= start, job_reports.c.created_at < end)
            .order_by(job_reports.c.created_at, job_reports.c.id)
            .limit(limit)
        )  # fmt: skip
        return [cells(row) for row in await self._conn.execute(query)]

    async def numbers(self, top: int) -> ReferralNumbers:
        """Programme-wide counts, the deepest chain, and the ``top`` connectors by reach."""
        count = sa.func.count()
        held = (
            await self._conn.execute(sa.select(count).where(meetings.c.status == "held"))
        ).scalar_one()
        given, met = (
            await self._conn.execute(
                sa.select(count, sa.func.count(sa.case((referrals.c.status == "met", 1))))
            )
        ).one()
        return ReferralNumbers(
            held=held, referrals=given, became_meetings=met, deepest=await self._deepest(),
            top=tuple(await self._reach(top)),
        )  # fmt: skip

    async def _deepest(self) -> int:
        """Generations in the longest chain: a held meeting, a referral, the meeting it led to."""
        first = (
            sa.select(meetings.c.id, sa.literal(1).label("depth"))
            .where(meetings.c.status == "held", meetings.c.referral_id.is_(None))
            .cte("chain", recursive=True)
        )
        nxt = meetings.alias("nxt")
        chain = first.union_all(
            sa.select(nxt.c.id, first.c.depth + 1)
            .join(referrals, referrals.c.meeting_id == first.c.id)
            .join(nxt, nxt.c.referral_id == referrals.c.id)
            .where(nxt.c.status == "held", first.c.depth < 50)
        )
        deepest = (await self._conn.execute(sa.select(sa.func.max(chain.c.depth)))).scalar()
        return int(deepest or 0)

    async def _reach(self, top: int) -> list[ConnectorReach]:
        """The connectors whose referrals led to the most held meetings, then jobs."""
        led = (
            sa.select(referrals.c.connector_id.label("who"), sa.func.count().label("n"))
            .join(meetings, meetings.c.referral_id == referrals.c.id)
            .where(meetings.c.status == "held")
            .group_by(referrals.c.connector_id)
            .subquery()
        )
        from_meeting = meetings.alias("credited")
        # A job credits a referral, or a meeting that came from one.
        jobs = (
            sa.select(referrals.c.connector_id.label("who"), sa.func.count().label("n"))
            .select_from(job_reports)
            .outerjoin(from_meeting, from_meeting.c.id == job_reports.c.meeting_id)
            .join(
                referrals,
                sa.or_(
                    referrals.c.id == job_reports.c.referral_id,
                    referrals.c.id == from_meeting.c.referral_id,
                ),
            )
            .group_by(referrals.c.connector_id)
            .subquery()
        )
        who = sa.union(sa.select(led.c.who), sa.select(jobs.c.who)).subquery()
        meetings_n = sa.func.coalesce(led.c.n, 0)
        jobs_n = sa.func.coalesce(jobs.c.n, 0)
        query = (
            sa.select(who.c.who, meetings_n, jobs_n)
            .outerjoin(led, led.c.who == who.c.who)
            .outerjoin(jobs, jobs.c.who == who.c.who)
            .order_by(meetings_n.desc(), jobs_n.desc(), who.c.who)
            .limit(top)
        )
        return [
            ConnectorReach(connector_id=row[0], meetings=row[1], jobs=row[2])
            for row in await self._conn.execute(query)
        ]


BINDINGS = (bind(REFERRALS, SqlReferrals),)


async def erase_referrals(conn: AsyncConnection, participant_id: int) -> None:
    """Referrals they gave, were given, or were: names, roles and how to reach people; the job
    titles they reported. The key a referral is unique by holds a number or a name, so it
    becomes the row's own. Statuses and links stay, so the chain's counts stay right."""
    await conn.execute(
        sa.update(referrals)
        .where(
            sa.or_(
                referrals.c.connector_id == participant_id,
                referrals.c.mentee_id == participant_id,
                referrals.c.person_id == participant_id,
            )
        )
        .values(
            name="",
            profession="",
            organisation="",
            contact="",
            person_key=sa.literal("erased:") + sa.cast(referrals.c.id, sa.String),
        )
    )
    await conn.execute(
        sa.update(referral_events)
        .where(referral_events.c.actor_id == participant_id)
        .values(detail="")
    )
    await conn.execute(
        sa.update(job_reports).where(job_reports.c.mentee_id == participant_id).values(role="")
    )


ERASERS = (erase_referrals,)


def _connectors(words: str | None, sector: str | None) -> sa.Select[Any]:
    """Active connectors whose name or profession contains ``words``, or in ``sector``."""
    query = (
        sa.select(participants.c.id)
        .join(participant_roles, participant_roles.c.participant_id == participants.c.id)
        .where(participant_roles.c.role == "connector", participants.c.status == "active")
    )
    if words:
        pattern = f"%{words.lower()}%"
        query = query.where(
            sa.or_(
                sa.func.lower(participants.c.name).like(pattern),
                sa.func.lower(participants.c.profession).like(pattern),
            )
        )
    if sector:
        query = query.where(participants.c.sector == sector)
    return query
