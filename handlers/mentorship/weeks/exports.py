"""The mentorships as a table for ``/export mentorships`` (``/export mentorats``): one row per
agreed mentorship that ran in the period, with what it earned, the hours against its target,
the mentee's referring agency and each side's evaluation (the funders' figures, row by row)."""

from __future__ import annotations

from datetime import datetime

from handlers.core.context import Ctx
from handlers.core.feature import EXPORT_ROWS, Export, ExportRequest
from handlers.core.values import Cell, Table
from handlers.mentorship.weeks.certificate import earned
from handlers.mentorship.weeks.ports import mentoring_store

COLUMNS = (
    "numbers-col-id", "outcomes-col-programme", "numbers-col-newcomer", "mentoring-col-agency",
    "mentoring-col-mentor", "numbers-col-status", "mentoring-col-started", "mentoring-col-ended",
    "mentoring-col-reason", "mentoring-col-result", "mentoring-col-minutes",
    "mentoring-col-target", "mentoring-col-mentee-rating", "mentoring-col-mentee-recommend",
    "mentoring-col-mentor-rating", "mentoring-col-mentor-recommend",
)  # fmt: skip


def when(at: datetime | None) -> Cell:
    """A time as the other exports write it: ISO 8601, UTC."""
    return None if at is None else at.isoformat()


def said(recommend: bool | None) -> Cell:
    """Would recommend: yes, no, or empty when that side did not evaluate."""
    return None if recommend is None else ("yes" if recommend else "no")


async def mentorships_table(ctx: Ctx, request: ExportRequest) -> Table:
    """The agreed mentorships that ran during the period, oldest first."""
    period = request.period
    pairs = await mentoring_store(ctx.tx).pair_rows(period.start, period.end, EXPORT_ROWS)
    rows = tuple(
        (
            pair.id, pair.programme, pair.mentee_id, pair.agency, pair.mentor_id, pair.status,
            when(pair.starts_on), when(pair.closed_at), pair.reason,
            earned(pair.reason, pair.minutes, pair.target_minutes)
            if pair.status == "closed" else None,
            pair.minutes, pair.target_minutes, pair.mentee_rating, said(pair.mentee_recommend),
            pair.mentor_rating, said(pair.mentor_recommend),
        )
        for pair in pairs
    )  # fmt: skip
    return Table(filename="mentorships.csv", columns=COLUMNS, rows=rows)


EXPORTS = (Export(names={"en": "mentorships", "fr": "mentorats"}, run=mentorships_table),)
