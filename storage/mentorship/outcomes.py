"""Outcomes in SQL; implements ``handlers.mentorship.outcomes.ports.OutcomesStore``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.core.values import Cell
from handlers.mentorship.outcomes.ports import OUTCOMES
from handlers.mentorship.outcomes.values import (
    EMPLOYED,
    CheckinRecord,
    EmploymentAsk,
    EmploymentAt,
    EmploymentStatus,
    LoggedEvent,
    PeriodOutcomes,
    Source,
)
from storage.numbers import cells
from storage.stores import bind
from storage.tables import (
    checkin_answers,
    employment_asks,
    job_reports,
    meetings,
    mentorships,
    outcome_events,
    scheduled,
)


def ask_from_row(row: sa.Row[Any]) -> EmploymentAsk:
    """An employment question from its row."""
    return EmploymentAsk(
        id=row.id, participant_id=row.participant_id, programme=row.programme,
        source=row.source, source_id=row.source_id, months=row.months,
        started_at=row.started_at, due_at=row.due_at, asked_at=row.asked_at,
        answered_at=row.answered_at, status=row.status, role=row.role or None,
        start_month=row.start_month or None,
    )  # fmt: skip


class SqlOutcomes:
    """Check-ins, logged events and employment follow-ups on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def unscheduled_checkins(self, kind: str, limit: int) -> list[tuple[int, datetime]]:
        """Active mentorships whose first check-in job ``kind`` is not scheduled: id, start."""
        first_key = sa.cast(mentorships.c.id, sa.String) + ":1"
        scheduled_first = sa.exists().where(scheduled.c.kind == kind, scheduled.c.key == first_key)
        rows = await self._conn.execute(
            sa.select(mentorships.c.id, mentorships.c.starts_on)
            .where(
                mentorships.c.status == "active",
                mentorships.c.starts_on.is_not(None),
                ~scheduled_first,
            )
            .order_by(mentorships.c.id)
            .limit(limit)
        )
        return [(row.id, row.starts_on) for row in rows]

    async def checkin_answered(self, mentorship_id: int, participant_id: int, month: int) -> bool:
        """Whether this side already answered this month's check-in."""
        row = await self._conn.execute(
            sa.select(checkin_answers.c.id).where(
                checkin_answers.c.mentorship_id == mentorship_id,
                checkin_answers.c.participant_id == participant_id,
                checkin_answers.c.month == month,
            )
        )
        return row.first() is not None

    async def save_checkin(self, record: CheckinRecord) -> bool:
        """Store a check-in once; False when this side already answered that month."""
        if await self.checkin_answered(record.mentorship_id, record.participant_id, record.month):
            return False
        await self._conn.execute(
            sa.insert(checkin_answers).values(
                mentorship_id=record.mentorship_id, participant_id=record.participant_id,
                month=record.month, satisfaction=record.satisfaction,
                progress=list(record.progress), concern=record.concern or "",
                alerted=record.alerted, answered_at=self._clock.now(),
            )
        )  # fmt: skip
        return True

    async def log_event(self, event: LoggedEvent) -> None:
        """Store an interview or an event."""
        await self._conn.execute(
            sa.insert(outcome_events).values(
                participant_id=event.participant_id, programme=event.programme, kind=event.kind,
                name=event.name, role=event.role or "", on_day=event.on,
                created_at=self._clock.now(),
            )
        )  # fmt: skip

    async def programme_of(self, participant_id: int) -> str | None:
        """The programme of the mentee's latest started mentorship (None: none)."""
        row = await self._conn.execute(
            sa.select(mentorships.c.programme)
            .where(
                mentorships.c.mentee_id == participant_id,
                mentorships.c.status.in_(("active", "closed")),
            )
            .order_by(mentorships.c.starts_on.desc(), mentorships.c.id.desc())
            .limit(1)
        )
        return row.scalar()

    async def first_held(self, mentee_id: int) -> datetime | None:
        """When the newcomer's first held Connector meeting started (None: none held)."""
        row = await self._conn.execute(
            sa.select(sa.func.min(meetings.c.starts_at)).where(
                meetings.c.mentee_id == mentee_id, meetings.c.status == "held"
            )
        )
        return _aware(meetings.c.starts_at.type, row.scalar(), self._conn)

    async def has_asks(self, source: Source, source_id: int) -> bool:
        """Whether employment follow-ups from this source are already stored."""
        row = await self._conn.execute(
            sa.select(employment_asks.c.id)
            .where(employment_asks.c.source == source, employment_asks.c.source_id == source_id)
            .limit(1)
        )
        return row.first() is not None

    async def add_ask(
        self, participant_id: int, programme: str, source: Source, source_id: int,
        months: int, started_at: datetime, due_at: datetime,
    ) -> EmploymentAsk | None:  # fmt: skip
        """Store one employment question once; None when it was stored already."""
        if await self.ask_at(source, source_id, months) is not None:
            return None
        inserted = await self._conn.execute(
            sa.insert(employment_asks)
            .values(
                participant_id=participant_id, programme=programme, source=source,
                source_id=source_id, months=months, started_at=started_at, due_at=due_at,
            )
            .returning(employment_asks.c.id)
        )  # fmt: skip
        return await self.ask(inserted.scalar_one())

    async def ask(self, ask_id: int) -> EmploymentAsk | None:
        """Return one employment question."""
        row = await self._conn.execute(
            sa.select(employment_asks).where(employment_asks.c.id == ask_id)
        )
        found = row.first()
        return None if found is None else ask_from_row(found)

    async def ask_at(self, source: Source, source_id: int, months: int) -> EmploymentAsk | None:
        """The employment question of a source at an interval, if stored."""
        row = await self._conn.execute(
            sa.select(employment_asks).where(
                employment_asks.c.source == source,
                employment_asks.c.source_id == source_id,
                employment_asks.c.months == months,
            )
        )
        found = row.first()
        return None if found is None else ask_from_row(found)

    async def asked_since(self, participant_id: int, since: datetime) -> bool:
        """Whether the person was sent an employment question at ``since`` or later."""
        query = sa.select(employment_asks.c.id).where(
            employment_asks.c.participant_id == participant_id,
            employment_asks.c.asked_at >= since,
        )
        return (await self._conn.execute(query.limit(1))).first() is not None

    async def mark_asked(self, ask_id: int) -> None:
        """Record that the question went out (the first time)."""
        await self._conn.execute(
            sa.update(employment_asks)
            .where(employment_asks.c.id == ask_id, employment_asks.c.asked_at.is_(None))
            .values(asked_at=self._clock.now())
        )

    async def answer(self, ask_id: int, status: EmploymentStatus) -> bool:
        """Record the status, once; False when it was answered already."""
        result = await self._conn.execute(
            sa.update(employment_asks)
            .where(employment_asks.c.id == ask_id, employment_asks.c.answered_at.is_(None))
            .values(status=status, answered_at=self._clock.now())
        )
        return result.rowcount == 1

    async def add_details(self, ask_id: int, role: str | None, start_month: str | None) -> None:
        """Record the job's role and start month after an employed answer."""
        await self._conn.execute(
            sa.update(employment_asks)
            .where(employment_asks.c.id == ask_id)
            .values(role=role or "", start_month=start_month or "")
        )

    async def period_numbers(self, start: datetime, end: datetime) -> PeriodOutcomes:
        """Check-ins answered and alerts, interviews and events logged in [start, end)."""
        answered = checkin_answers.c.answered_at
        checkins = (
            await self._conn.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.count().filter(checkin_answers.c.alerted.is_(True)),
                ).where(answered >= start, answered < end)
            )
        ).one()
        created = outcome_events.c.created_at
        kinds: dict[str, int] = dict(
            (
                await self._conn.execute(
                    sa.select(outcome_events.c.kind, sa.func.count())
                    .where(created >= start, created < end)
                    .group_by(outcome_events.c.kind)
                )
            ).all()
        )
        return PeriodOutcomes(
            checkins=checkins[0], alerts=checkins[1],
            interviews=kinds.get("interview", 0), events=kinds.get("event", 0),
        )  # fmt: skip

    async def employment_numbers(self) -> list[EmploymentAt]:
        """Answers to the employment question since the start, per interval."""
        rows = await self._conn.execute(
            sa.select(employment_asks.c.months, employment_asks.c.status, sa.func.count())
            .where(employment_asks.c.status.is_not(None))
            .group_by(employment_asks.c.months, employment_asks.c.status)
        )
        found: dict[int, dict[str, int]] = {}
        for months, status, count in rows:
            found.setdefault(months, {})[status] = count
        return [
            EmploymentAt(months=months, answered=sum(by.values()), **by)
            for months, by in sorted(found.items())
        ]

    async def answer_rows(
        self, start: datetime, end: datetime, limit: int
    ) -> list[tuple[Cell, ...]]:
        """Employment answers given in [start, end), oldest first, as export cells."""
        answered = employment_asks.c.answered_at
        query = (
            sa.select(
                employment_asks.c.id, employment_asks.c.participant_id,
                employment_asks.c.programme, employment_asks.c.months,
                employment_asks.c.started_at, answered, employment_asks.c.status,
                employment_asks.c.role, employment_asks.c.start_month,
            )
            .where(answered >= start, answered < end)
            .order_by(answered, employment_asks.c.id)
            .limit(limit)
        )  # fmt: skip
        return [cells(row) for row in await self._conn.execute(query)]

    async def times_to_employment(self, limit: int) -> list[timedelta]:
        """Per programme start, the time to the first employed answer or job report."""
        is_employed = employment_asks.c.status.in_(EMPLOYED)
        employed = sa.func.min(sa.case((is_employed, employment_asks.c.answered_at)))
        # The month the job began, where the person said ("2027-04"): nearer the truth than
        # the day they told us, which can be months later (the 3, 6 or 12-month question).
        employed_month = sa.func.min(
            sa.case((is_employed & (employment_asks.c.start_month != ""),
                     employment_asks.c.start_month))
        )  # fmt: skip
        after_start = (job_reports.c.mentee_id == employment_asks.c.participant_id) & (
            job_reports.c.created_at >= employment_asks.c.started_at
        )
        reported = (
            sa.select(sa.func.min(job_reports.c.created_at)).where(after_start).scalar_subquery()
        )
        reported_month = (
            sa.select(sa.func.min(job_reports.c.start_month))
            .where(after_start, job_reports.c.start_month != "")
            .scalar_subquery()
        )
        rows = await self._conn.execute(
            sa.select(
                employment_asks.c.started_at.label("started"),
                employed.label("employed"),
                employed_month.label("employed_month"),
                reported.label("reported"),
                reported_month.label("reported_month"),
            )
            # Grouped by the person and start too, so the report's subquery (which reads them)
            # is valid on PostgreSQL as well as SQLite.
            .group_by(
                employment_asks.c.source, employment_asks.c.source_id,
                employment_asks.c.participant_id, employment_asks.c.started_at,
            )
            .order_by(employment_asks.c.source, employment_asks.c.source_id)
            .limit(limit)
        )  # fmt: skip
        typed = employment_asks.c.started_at.type
        out: list[timedelta] = []
        for row in rows:
            found: list[datetime] = []
            for at, month in ((row.employed, row.employed_month),
                              (row.reported, row.reported_month)):  # fmt: skip
                moment = _aware(typed, at, self._conn)
                if moment is not None:
                    found.append(min(moment, _month_start(month) or moment))
            if found:
                started = _aware(typed, row.started, self._conn)
                assert started is not None
                # A job that began before the programme did is no time at all, not less.
                out.append(max(min(found) - started, timedelta(0)))
        return out


def _month_start(month: str | None) -> datetime | None:
    """The first day of a "YYYY-MM" month, in UTC (None when not given or not readable)."""
    try:
        return datetime.strptime(month or "", "%Y-%m").replace(tzinfo=UTC)
    except ValueError:
        return None


def _aware(typed: Any, value: Any, conn: AsyncConnection) -> datetime | None:
    """An aggregate's timestamp as an aware UTC datetime (SQLite returns text for min())."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    result: datetime | None = typed.process_result_value(value, conn.dialect)
    return result


async def erase_outcomes(conn: AsyncConnection, participant_id: int) -> None:
    """Clear what a person typed in check-ins, logged events and job details."""
    await conn.execute(
        sa.update(checkin_answers)
        .where(checkin_answers.c.participant_id == participant_id)
        .values(concern="")
    )
    await conn.execute(
        sa.update(outcome_events)
        .where(outcome_events.c.participant_id == participant_id)
        .values(name="", role="")
    )
    await conn.execute(
        sa.update(employment_asks)
        .where(employment_asks.c.participant_id == participant_id)
        .values(role="")
    )


BINDINGS = (bind(OUTCOMES, SqlOutcomes),)
ERASERS = (erase_outcomes,)
