"""Outcomes in the coordinators' /stats: check-ins, alerts, interviews and events in the period,
then employment since the start at closure and 3, 6 and 12 months, and the time to a job."""

from __future__ import annotations

from statistics import median

from handlers.core.context import Ctx
from handlers.core.period import Period
from handlers.core.values import Reply
from handlers.mentorship.outcomes.ports import outcomes_store
from handlers.mentorship.outcomes.values import EmploymentAt

# The intervals shown, in order: at closure, then months after.
SHOWN = (0, 3, 6, 12)
# Programme starts read for the median (oldest first); past this, the median is of these.
MEDIAN_OF = 5000


async def outcomes_in_period(ctx: Ctx, period: Period) -> list[Reply]:
    """Two messages: the period's check-ins and logs, and employment since the start."""
    store = outcomes_store(ctx.tx)
    now = await store.period_numbers(period.start, period.end)
    before = await store.period_numbers(period.previous().start, period.previous().end)
    logged = Reply(
        key="outcomes-period",
        args={
            "checkins": now.checkins, "checkins_before": before.checkins,
            "alerts": now.alerts, "alerts_before": before.alerts,
            "interviews": now.interviews, "interviews_before": before.interviews,
            "events": now.events, "events_before": before.events,
        },
    )  # fmt: skip
    at = {row.months: row for row in await store.employment_numbers()}
    rows = [at.get(months, EmploymentAt(months=months)) for months in SHOWN]
    times = await store.times_to_employment(MEDIAN_OF)
    days = round(median(t.total_seconds() for t in times) / 86400) if times else 0
    employment = Reply(
        key="outcomes-employment-numbers",
        args={
            **{f"at_{figure}": "/".join(str(getattr(row, figure)) for row in rows)
               for figure in ("answered", "field", "related", "other", "studying", "searching")},
            "days": days,
            "people": len(times),
        },
    )  # fmt: skip
    return [logged, employment]
