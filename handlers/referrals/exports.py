"""The chain's tables for ``/export``: referrals made in a period, and jobs reported in it."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.feature import EXPORT_ROWS, Export, ExportRequest
from handlers.core.values import Table
from handlers.referrals.ports import referral_store

REFERRAL_COLUMNS = (
    "numbers-col-id", "referrals-col-made", "referrals-col-meeting", "numbers-col-connector",
    "numbers-col-newcomer", "referrals-col-kind", "numbers-col-status", "referrals-col-became",
)  # fmt: skip
REFERRAL_CONTACTS = ("referrals-col-person", "referrals-col-contact")
JOB_COLUMNS = (
    "numbers-col-id", "numbers-col-newcomer", "referrals-col-reported", "referrals-col-job",
    "referrals-col-in-field", "referrals-col-start", "referrals-col-meeting",
    "referrals-col-referral",
)  # fmt: skip


async def referrals_table(ctx: Ctx, request: ExportRequest) -> Table:
    """Referrals made in the period and where they stand; who and how to reach them only when
    contacts were asked for."""
    period = request.period
    rows = await referral_store(ctx.tx).export_rows(
        period.start, period.end, request.contacts, EXPORT_ROWS
    )
    columns = REFERRAL_COLUMNS + (REFERRAL_CONTACTS if request.contacts else ())
    return Table(filename="referrals.csv", columns=columns, rows=tuple(rows))


async def jobs_table(ctx: Ctx, request: ExportRequest) -> Table:
    """Jobs reported in the period, with the chain node each one credits."""
    period = request.period
    rows = await referral_store(ctx.tx).job_rows(period.start, period.end, EXPORT_ROWS)
    return Table(filename="outcomes.csv", columns=JOB_COLUMNS, rows=tuple(rows))


EXPORTS = (
    Export(names={"en": "referrals", "fr": "recommandations"}, run=referrals_table,
           contacts=True),
    Export(names={"en": "outcomes", "fr": "emplois"}, run=jobs_table),
)  # fmt: skip
