"""The employment follow-ups as a table for ``/export employment`` (``/export emplois-suivi``)."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.feature import EXPORT_ROWS, Export, ExportRequest
from handlers.core.values import Table
from handlers.mentorship.outcomes.ports import outcomes_store

COLUMNS = (
    "numbers-col-id", "numbers-col-newcomer", "outcomes-col-programme", "outcomes-col-months",
    "outcomes-col-started", "outcomes-col-answered", "numbers-col-status", "referrals-col-job",
    "referrals-col-start",
)  # fmt: skip


async def employment_table(ctx: Ctx, request: ExportRequest) -> Table:
    """Answers to the employment question given in the period (months 0: at closure)."""
    period = request.period
    rows = await outcomes_store(ctx.tx).answer_rows(period.start, period.end, EXPORT_ROWS)
    return Table(filename="employment.csv", columns=COLUMNS, rows=tuple(rows))


EXPORTS = (Export(names={"en": "employment", "fr": "emplois-suivi"}, run=employment_table),)
