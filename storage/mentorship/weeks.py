"""Running mentorships in SQL; implements ``handlers.mentorship.weeks.ports.MentoringStore``."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from handlers.core.ports import Clock
from handlers.core.values import Language
from handlers.mentorship.matching.values import Mentorship, Side
from handlers.mentorship.weeks.ports import MENTORING
from handlers.mentorship.weeks.values import (
    MISSED,
    AgencyFigures,
    ClosedPair,
    CloseReason,
    Closing,
    Evaluation,
    Outcome,
    PairRow,
    ProgrammeFigures,
    SideFigures,
    Week,
)
from storage.mentorship.matching import mentorship_from_row
from storage.stores import bind
from storage.tables import (
    certificate_links,
    mentorship_evaluations,
    mentorship_weeks,
    mentorships,
    participants,
    programme_members,
)

M = mentorships.c
W = mentorship_weeks.c


# Mentorships that were agreed: running or over (not proposals that lapsed or were declined).
AGREED = ("active", "closed")
# A member found eligible, whatever came after (oriented, matched, finished).
FOUND_ELIGIBLE = ("eligible", "oriented", "active", "closed")
ORIENTED = ("oriented", "active", "closed")


class SqlMentoring:
    """Weekly logs, closing and evaluations on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def _one(self, where: Any) -> Mentorship | None:
        row = (await self._conn.execute(sa.select(mentorships).where(where))).first()
        return None if row is None else mentorship_from_row(row)

    async def _update(self, where: Any, **values: Any) -> bool:
        values["updated_at"] = self._clock.now()
        result = await self._conn.execute(sa.update(mentorships).where(where).values(values))
        return result.rowcount == 1

    async def unscheduled(self, limit: int) -> list[Mentorship]:
        """Active mentorships whose weekly questions and end are not scheduled yet."""
        rows = await self._conn.execute(
            sa.select(mentorships)
            .where(M.status == "active", M.mentoring_since.is_(None))
            .order_by(M.id)
            .limit(limit)
        )
        return [mentorship_from_row(row) for row in rows]

    async def mark_scheduled(self, mentorship_id: int) -> bool:
        """Record that the pair's jobs are scheduled (False: someone else did it)."""
        return await self._update(
            sa.and_(M.id == mentorship_id, M.mentoring_since.is_(None)),
            mentoring_since=self._clock.now(),
        )

    async def ask_week(self, mentorship_id: int, week: int) -> bool:
        """Record that week ``week`` was asked about (False: it was already)."""
        if await self.week(mentorship_id, week) is not None:
            return False
        await self._conn.execute(
            sa.insert(mentorship_weeks).values(
                mentorship_id=mentorship_id, week=week, outcome="asked", minutes=0,
                asked_at=self._clock.now(),
            )
        )  # fmt: skip
        return True

    async def week(self, mentorship_id: int, week: int) -> Week | None:
        """One week of a mentorship."""
        row = (
            await self._conn.execute(
                sa.select(mentorship_weeks).where(W.mentorship_id == mentorship_id, W.week == week)
            )
        ).first()
        return None if row is None else _week(row)

    async def weeks(self, mentorship_id: int) -> list[Week]:
        """Every week of a mentorship asked about so far, the first first (a dozen or two)."""
        rows = await self._conn.execute(
            sa.select(mentorship_weeks).where(W.mentorship_id == mentorship_id).order_by(W.week)
        )
        return [_week(row) for row in rows]

    async def asked_week(self, mentorship_id: int) -> int | None:
        """The week whose question is still open (the latest one asked), if any."""
        found = await self._conn.execute(
            sa.select(W.week)
            .where(W.mentorship_id == mentorship_id, W.outcome == "asked")
            .order_by(W.week.desc())
            .limit(1)
        )
        week = found.scalar()
        return None if week is None else int(week)

    async def answer_week(
        self, mentorship_id: int, week: int, outcome: Outcome, minutes: int,
        topics: tuple[str, ...], in_person: bool | None = None,
    ) -> bool:  # fmt: skip
        """Record the answer to a week still asked, or add to a meeting kept already (its
        topics, once said): a conditional update."""
        open_to = ("asked", "met") if outcome == "met" else ("asked",)
        result = await self._conn.execute(
            sa.update(mentorship_weeks)
            .where(W.mentorship_id == mentorship_id, W.week == week, W.outcome.in_(open_to))
            .values(outcome=outcome, minutes=minutes, topics=list(topics),
                    in_person=in_person, answered_at=self._clock.now())
        )  # fmt: skip
        return result.rowcount == 1

    async def miss_week(self, mentorship_id: int, week: int) -> bool:
        """A week still unanswered when the next is asked: missed (False: it was answered)."""
        result = await self._conn.execute(
            sa.update(mentorship_weeks)
            .where(W.mentorship_id == mentorship_id, W.week == week, W.outcome == "asked")
            .values(outcome="missed")
        )
        return result.rowcount == 1

    async def missed_streak(self, mentorship_id: int, week: int) -> int:
        """How many weeks in a row up to ``week`` were missed or not met (0, 1, 2 or more)."""
        rows = await self._conn.execute(
            sa.select(W.outcome)
            .where(W.mentorship_id == mentorship_id, W.week <= week)
            .order_by(W.week.desc())
            .limit(3)
        )
        streak = 0
        for outcome in rows.scalars():
            if outcome not in MISSED:
                break
            streak += 1
        return streak

    async def mark_alerted(self, mentorship_id: int, week: int) -> bool:
        """Record the coordinator's alert about the streak ending at ``week`` (once)."""
        result = await self._conn.execute(
            sa.update(mentorship_weeks)
            .where(W.mentorship_id == mentorship_id, W.week == week, W.alerted.is_(False))
            .values(alerted=True)
        )
        return result.rowcount == 1

    async def minutes(self, mentorship_id: int) -> int:
        """The minutes logged so far."""
        return await logged_minutes(self._conn, mentorship_id)

    async def closing(self, mentorship_id: int) -> Closing:
        """How the mentorship stands towards its end."""
        row = (
            await self._conn.execute(
                sa.select(M.closed_at, M.close_reason, M.extend_asked_by, M.extend_weeks,
                          M.end_asked_by).where(M.id == mentorship_id)
            )
        ).first()  # fmt: skip
        if row is None:
            return Closing()
        return Closing(closed_at=row.closed_at, reason=row.close_reason,
                       extend_asked_by=row.extend_asked_by, extend_weeks=row.extend_weeks,
                       end_asked_by=row.end_asked_by)  # fmt: skip

    async def active_of(self, participant_id: int, limit: int) -> list[Mentorship]:
        """See the port."""
        rows = await self._conn.execute(
            sa.select(mentorships)
            .where(
                sa.or_(M.mentee_id == participant_id, M.mentor_id == participant_id),
                M.status == "active",
            )
            .order_by(M.id)
            .limit(limit)
        )
        return [mentorship_from_row(row) for row in rows]

    async def latest_of(self, participant_id: int) -> Mentorship | None:
        """The person's active mentorship, else their last closed one (either side)."""
        rows = await self._conn.execute(
            sa.select(mentorships)
            .where(
                sa.or_(M.mentee_id == participant_id, M.mentor_id == participant_id),
                M.status.in_(("active", "closed")),
            )
            .order_by((M.status == "active").desc(), M.id.desc())
            .limit(1)
        )
        row = rows.first()
        return None if row is None else mentorship_from_row(row)

    async def active_of_mentee(self, participant_id: int) -> Mentorship | None:
        """The active mentorship of a mentee."""
        return await self._one(sa.and_(M.mentee_id == participant_id, M.status == "active"))

    async def close(self, mentorship_id: int, reason: CloseReason) -> Mentorship | None:
        """Close an active mentorship (once); None when it was not active."""
        closed = await self._update(
            sa.and_(M.id == mentorship_id, M.status == "active"),
            status="closed", closed_at=self._clock.now(), close_reason=reason,
            extend_asked_by=None, extend_weeks=None, end_asked_by=None,
        )  # fmt: skip
        return await self._one(M.id == mentorship_id) if closed else None

    async def ask_extension(self, mentorship_id: int, by: int, weeks: int) -> bool:
        """Record one side's wish to extend an active mentorship."""
        return await self._update(
            sa.and_(M.id == mentorship_id, M.status == "active"),
            extend_asked_by=by,
            extend_weeks=weeks,
        )

    async def extend(self, mentorship_id: int, by: int, ends_on: datetime) -> Mentorship | None:
        """Move the end of an active mentorship whose extension ``by`` asked for (once)."""
        moved = await self._update(
            sa.and_(M.id == mentorship_id, M.status == "active", M.extend_asked_by == by),
            ends_on=ends_on,
            extend_asked_by=None,
            extend_weeks=None,
        )
        return await self._one(M.id == mentorship_id) if moved else None

    async def clear_extension(self, mentorship_id: int) -> bool:
        """Forget a pending extension (False: none was pending)."""
        return await self._update(
            sa.and_(M.id == mentorship_id, M.extend_asked_by.is_not(None)),
            extend_asked_by=None,
            extend_weeks=None,
        )

    async def ask_end(self, mentorship_id: int, by: int | None) -> bool:
        """Record (or, with None, clear) one side's wish to end now; False when not active."""
        return await self._update(
            sa.and_(M.id == mentorship_id, M.status == "active"), end_asked_by=by
        )

    async def evaluated(self, mentorship_id: int, side: Side) -> bool:
        """Whether this side has given its final evaluation."""
        row = await self._conn.execute(
            sa.select(mentorship_evaluations.c.id).where(
                mentorship_evaluations.c.mentorship_id == mentorship_id,
                mentorship_evaluations.c.side == side,
            )
        )
        return row.first() is not None

    async def save_evaluation(
        self, mentorship_id: int, participant_id: int, side: Side, evaluation: Evaluation
    ) -> bool:
        """Store one side's final evaluation (once)."""
        if await self.evaluated(mentorship_id, side):
            return False
        await self._conn.execute(
            sa.insert(mentorship_evaluations).values(
                mentorship_id=mentorship_id, participant_id=participant_id, side=side,
                rating=evaluation.rating, helped=list(evaluation.helped),
                recommend=evaluation.recommend, comment=evaluation.comment,
                created_at=self._clock.now(),
            )
        )  # fmt: skip
        return True

    async def certificate_token(self, mentorship_id: int, participant_id: int) -> str:
        """The private token of the mentee's certificate link (made the first time)."""
        found = await self._conn.execute(
            sa.select(certificate_links.c.token).where(
                certificate_links.c.mentorship_id == mentorship_id
            )
        )
        token = found.scalar()
        if token is not None:
            return str(token)
        token = secrets.token_urlsafe(32)
        await self._conn.execute(
            sa.insert(certificate_links).values(
                token=token, mentorship_id=mentorship_id, participant_id=participant_id,
                created_at=self._clock.now(),
            )
        )  # fmt: skip
        return token

    async def pair_rows(self, start: datetime, end: datetime, limit: int) -> list[PairRow]:
        """Agreed mentorships that ran during [start, end), oldest first, with the minutes
        logged, the mentee's referring agency and each side's evaluation."""
        P, E = programme_members.c, mentorship_evaluations
        members = programme_members
        logged = minutes_by_pair()
        by_mentee, by_mentor = E.alias("by_mentee"), E.alias("by_mentor")
        agency = participants.alias("agency")
        query = (
            sa.select(
                M.id, M.programme, M.mentee_id, agency.c.name.label("agency"), M.mentor_id,
                M.status, M.starts_on, M.closed_at, M.close_reason, M.target_minutes,
                sa.func.coalesce(logged.c.minutes, 0).label("minutes"),
                by_mentee.c.rating.label("mentee_rating"),
                by_mentee.c.recommend.label("mentee_recommend"),
                by_mentor.c.rating.label("mentor_rating"),
                by_mentor.c.recommend.label("mentor_recommend"),
            )
            .outerjoin(logged, logged.c.mentorship_id == M.id)
            .outerjoin(
                members, sa.and_(P.participant_id == M.mentee_id, P.programme == M.programme)
            )
            .outerjoin(agency, agency.c.id == P.agency_id)
            .outerjoin(by_mentee, sa.and_(by_mentee.c.mentorship_id == M.id,
                                          by_mentee.c.side == "mentee"))
            .outerjoin(by_mentor, sa.and_(by_mentor.c.mentorship_id == M.id,
                                          by_mentor.c.side == "mentor"))
            .where(
                M.status.in_(AGREED),
                M.starts_on < end,
                sa.or_(M.closed_at.is_(None), M.closed_at >= start),
            )
            .order_by(M.starts_on, M.id)
            .limit(limit)
        )  # fmt: skip
        return [
            PairRow(
                id=row.id, programme=row.programme, mentee_id=row.mentee_id, agency=row.agency,
                mentor_id=row.mentor_id, status=row.status, starts_on=row.starts_on,
                closed_at=row.closed_at, reason=row.close_reason, minutes=int(row.minutes),
                target_minutes=row.target_minutes, mentee_rating=row.mentee_rating,
                mentee_recommend=row.mentee_recommend, mentor_rating=row.mentor_rating,
                mentor_recommend=row.mentor_recommend,
            )
            for row in await self._conn.execute(query)
        ]  # fmt: skip

    async def figures(self, agencies_at_most: int, workshop_sessions: int) -> ProgrammeFigures:
        """The mentorship programmes since the start: a handful of grouped counts, each one
        pass over its table (a coordinator's /stats, not a per-message cost)."""
        P = programme_members.c
        stages = {
            (row.status): row.count
            for row in await self._conn.execute(
                sa.select(P.status, sa.func.count().label("count"))
                .where(P.role == "mentee")
                .group_by(P.status)
            )
        }
        referred = int(
            (
                await self._conn.execute(
                    sa.select(sa.func.count()).where(P.role == "mentee", P.agency_id.is_not(None))
                )
            ).scalar_one()
        )
        trained = int(
            (
                await self._conn.execute(
                    sa.select(sa.func.count(sa.distinct(P.participant_id))).where(
                        P.role == "mentor", P.workshop_sessions >= workshop_sessions
                    )
                )
            ).scalar_one()
        )
        logged = minutes_by_pair()
        pairs = (
            await self._conn.execute(
                sa.select(M.status, M.close_reason, M.target_minutes, M.mentee_id, M.mentor_id,
                          sa.func.coalesce(logged.c.minutes, 0).label("minutes"),
                          sa.func.coalesce(logged.c.in_person, 0).label("in_person"))
                .outerjoin(logged, logged.c.mentorship_id == M.id)
                .where(M.status.in_(AGREED))
            )
        ).all()  # fmt: skip
        sides: dict[str, SideFigures] = {}
        for row in await self._conn.execute(
            sa.select(
                mentorship_evaluations.c.side,
                sa.func.count().label("count"),
                sa.func.sum(mentorship_evaluations.c.rating).label("total"),
                sa.func.sum(sa.case((mentorship_evaluations.c.recommend, 1), else_=0)).label(
                    "recommend"
                ),
            ).group_by(mentorship_evaluations.c.side)
        ):
            sides[row.side] = SideFigures(
                count=row.count,
                rating_total=int(row.total or 0),
                recommend=int(row.recommend or 0),
            )
        matched_mentees = (
            sa.select(M.mentee_id).where(M.status.in_(AGREED)).distinct().scalar_subquery()
        )
        agency = participants.alias("agency")
        agencies = [
            AgencyFigures(
                name=row.name or f"#{row.agency_id}",
                referred=row.referred,
                eligible=int(row.eligible or 0),
                matched=int(row.matched or 0),
            )
            for row in await self._conn.execute(
                sa.select(
                    P.agency_id,
                    agency.c.name,
                    sa.func.count().label("referred"),
                    sa.func.sum(sa.case((P.status.in_(FOUND_ELIGIBLE), 1), else_=0)).label(
                        "eligible"
                    ),
                    sa.func.sum(
                        sa.case((P.participant_id.in_(matched_mentees), 1), else_=0)
                    ).label("matched"),
                )
                .join(agency, agency.c.id == P.agency_id)
                .where(P.role == "mentee")
                .group_by(P.agency_id, agency.c.name)
                .order_by(sa.func.count().desc(), P.agency_id)
                .limit(agencies_at_most)
            )
        ]
        return ProgrammeFigures(
            applied=sum(stages.values()),
            referred=referred,
            eligible=sum(stages.get(status, 0) for status in FOUND_ELIGIBLE),
            oriented=sum(stages.get(status, 0) for status in ORIENTED),
            matched=len({row.mentee_id for row in pairs}),
            active=sum(row.status != "closed" for row in pairs),
            closed=tuple(
                ClosedPair(
                    reason=row.close_reason,
                    minutes=int(row.minutes),
                    target_minutes=row.target_minutes,
                )
                for row in pairs
                if row.status == "closed"
            ),
            minutes=sum(int(row.minutes) for row in pairs),
            in_person_minutes=sum(int(row.in_person) for row in pairs),
            target_minutes=sum(row.target_minutes for row in pairs),
            mentors_trained=trained,
            mentors=len({row.mentor_id for row in pairs}),
            mentors_now=len({row.mentor_id for row in pairs if row.status != "closed"}),
            mentees=sides.get("mentee", SideFigures()),
            mentors_said=sides.get("mentor", SideFigures()),
            agencies=tuple(agencies),
        )


def minutes_by_pair() -> sa.Subquery:
    """Each mentorship's logged minutes (``mentorship_id``, ``minutes``), for the numbers and
    the export, which read many mentorships at once."""
    return (
        sa.select(
            W.mentorship_id,
            sa.func.sum(W.minutes).label("minutes"),
            sa.func.sum(sa.case((W.in_person.is_(True), W.minutes), else_=0)).label("in_person"),
        )
        .group_by(W.mentorship_id)
        .subquery()
    )


async def logged_minutes(conn: AsyncConnection, mentorship_id: int) -> int:
    """The minutes a mentorship's weekly logs add up to."""
    total = await conn.execute(
        sa.select(sa.func.coalesce(sa.func.sum(W.minutes), 0)).where(
            W.mentorship_id == mentorship_id
        )
    )
    return int(total.scalar_one())


@dataclass(frozen=True)
class LinkedCertificate:
    """What a certificate link's page needs: whose it is and what it says."""

    language: Language
    name: str
    programme: str
    coordinator: str
    start: datetime
    end: datetime
    minutes: int
    reason: str | None = None
    target_minutes: int = 0


async def certificate_by_token(engine: AsyncEngine, token: str) -> LinkedCertificate | None:
    """The certificate a link's token names (None: no such token, or no longer completed)."""
    if not token or len(token) > 64:
        return None
    coordinator = participants.alias("coordinator")
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                sa.select(
                    participants.c.language, participants.c.name, participants.c.status,
                    M.id, M.programme, M.starts_on, M.closed_at, M.ends_on, M.close_reason,
                    M.target_minutes, coordinator.c.name.label("coordinator"),
                )
                .select_from(
                    certificate_links.join(mentorships, certificate_links.c.mentorship_id == M.id)
                    .join(participants, participants.c.id == certificate_links.c.participant_id)
                    .outerjoin(coordinator, coordinator.c.id == M.coordinator_id)
                )
                .where(certificate_links.c.token == token)
            )
        ).first()  # fmt: skip
        if row is None or row.status == "erased" or row.close_reason == "withdrawn":
            return None
        minutes = await logged_minutes(conn, row.id)
    return LinkedCertificate(
        language=row.language, name=row.name or "", programme=row.programme,
        coordinator=row.coordinator or "", start=row.starts_on,
        end=row.closed_at or row.ends_on, minutes=minutes, reason=row.close_reason,
        target_minutes=row.target_minutes,
    )  # fmt: skip


BINDINGS = (bind(MENTORING, SqlMentoring),)


async def erase_mentoring(conn: AsyncConnection, participant_id: int) -> None:
    """Clear the comments a person wrote in evaluations, and drop their certificate links."""
    await conn.execute(
        sa.update(mentorship_evaluations)
        .where(mentorship_evaluations.c.participant_id == participant_id)
        .values(comment=None)
    )
    await conn.execute(
        sa.delete(certificate_links).where(certificate_links.c.participant_id == participant_id)
    )


ERASERS = (erase_mentoring,)


def _week(row: sa.Row[Any]) -> Week:
    return Week(mentorship_id=row.mentorship_id, week=row.week, outcome=row.outcome,
                minutes=row.minutes, topics=tuple(row.topics or ()),
                in_person=row.in_person)  # fmt: skip
