"""The chain in the programme numbers: referrals per held meeting, how many became meetings,
the deepest chain, and the connectors whose referrals led furthest."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.period import Period
from handlers.core.values import Bar, Chart, Reply
from handlers.meetings.booking import first_name
from handlers.referrals.ports import referral_store

TOP = 3


def decimal(value: float, ctx: Ctx) -> str:
    """One decimal, with the decimal comma in French."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if ctx.participant.language == "fr" else text


async def referral_numbers(ctx: Ctx) -> list[Reply]:
    """The referral lines of the coordinators' programme numbers (one message)."""
    numbers = await referral_store(ctx.tx).numbers(TOP)
    per_meeting = numbers.referrals / numbers.held if numbers.held else 0.0
    share = round(100 * numbers.became_meetings / numbers.referrals) if numbers.referrals else 0
    leaders = []
    for reach in numbers.top:
        person = await ctx.tx.participant(reach.connector_id)
        leaders.append(f"{first_name(person)} ({reach.meetings}/{reach.jobs})")
    return [
        Reply(
            key="referrals-numbers",
            args={
                "per": decimal(per_meeting, ctx),
                "share": share,
                "deepest": numbers.deepest,
                "leaders": ", ".join(leaders) or "-",
            },
        )
    ]


async def referrals_in_period(ctx: Ctx, period: Period) -> list[Reply]:
    """The chain's lines of ``/stats [period]``: referrals made, followed up and met, and jobs
    reported, each beside the previous period's; a funnel chart; then the programme's chain."""
    store = referral_store(ctx.tx)
    now = await store.period_numbers(period.start, period.end)
    before = await store.period_numbers(period.previous().start, period.previous().end)
    made = Reply(
        key="referrals-period",
        args={
            "made": now.made, "made_before": before.made,
            "followed": now.followed, "followed_before": before.followed,
            "met": now.met, "met_before": before.met,
        },
        charts=(
            Chart(
                kind="funnel",
                title="referrals-chart-funnel",
                bars=(
                    Bar(label="referrals-funnel-made", value=now.made),
                    Bar(label="referrals-funnel-followed", value=now.followed),
                    Bar(label="referrals-funnel-met", value=now.met),
                ),
                filename="referrals-funnel.png",
            ),
        ),
    )  # fmt: skip
    jobs = Reply(
        key="referrals-jobs-period",
        args={
            "field": now.jobs_field, "field_before": before.jobs_field,
            "related": now.jobs_related, "related_before": before.jobs_related,
            "other": now.jobs_other, "other_before": before.jobs_other,
        },
    )  # fmt: skip
    return [made, jobs, *await referral_numbers(ctx)]
