"""``/stats [period]``: what funders count, each figure beside the previous period's.

The report is built from every feature's ``numbers`` (see ``handlers.core.feature.Numbers``):
this module contributes newcomers, connectors and meetings; another feature adds its own
messages (referrals, jobs reported) by listing a function in its ``Feature.numbers``. Each
message fits two SMS segments, so a long report is paged message by message. Charts travel as
``Chart`` values and are drawn where files go (Telegram).
"""

from __future__ import annotations

from datetime import timedelta

from handlers.coordination.numbers_ports import numbers_store
from handlers.coordination.stats import programme_numbers
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.menu import main_menu
from handlers.core.period import Period, Span, parse_span, resolve
from handlers.core.values import Bar, Chart, Reply, When

WEEK = timedelta(days=7)
MOST_WEEKS = 53


def parse_period(text: str) -> Span | Invalid:
    """An optional period: week, month, quarter, year (or in French), or two dates."""
    return parse_span(text)


def period_of(ctx: Ctx, span: Span) -> Period:
    """The period a span means now, dates read in the coordinator's time zone."""
    return resolve(span, ctx.clock.now(), ctx.participant.timezone)


async def report(ctx: Ctx, span: Span) -> Result:
    """The period's figures from every feature, each with the previous period's."""
    period = period_of(ctx, span)
    await ctx.tx.audit(ctx.participant.id, "admin-stats")
    header = Reply(
        key="numbers-header",
        args={
            "start": When(at=period.start, style="date"),
            "end": When(at=period.end - timedelta(seconds=1), style="date"),
        },
    )
    # Today's totals first, then the period's people and meetings, then every feature's lines.
    replies = [await programme_numbers(ctx), header, *await people_and_meetings(ctx, period)]
    for numbers in ctx.features.numbers:
        replies.extend(await numbers(ctx, period))
    return replies


async def show_numbers(ctx: Ctx, _: object = None) -> Result:
    """The menu's "Programme numbers": the report for the default period, then the menu."""
    span = parse_span("")
    assert isinstance(span, Span)
    return [*await report(ctx, span), main_menu(ctx)]


async def people_and_meetings(ctx: Ctx, period: Period) -> list[Reply]:
    """Coordination's lines: newcomers, connectors, meetings, with two charts."""
    store = numbers_store(ctx.tx)
    now, before = await store.people(period), await store.people(period.previous())
    met, met_before = await store.meetings(period), await store.meetings(period.previous())
    people = Reply(
        key="numbers-people",
        args={
            "newcomers_active": now.newcomers_active,
            "newcomers_active_before": before.newcomers_active,
            "newcomers_new": now.newcomers_new,
            "newcomers_new_before": before.newcomers_new,
            "connectors_active": now.connectors_active,
            "connectors_active_before": before.connectors_active,
            "connectors_new": now.connectors_new,
            "connectors_new_before": before.connectors_new,
        },
    )
    meetings = Reply(
        key="numbers-meetings",
        args={
            "requested": met.requested,
            "requested_before": met_before.requested,
            "held": met.held,
            "held_before": met_before.held,
            "noshow": met.no_show,
            "noshow_before": met_before.no_show,
        },
        charts=(await _per_week(ctx, period), _funnel(met.requested, met.confirmed,
                                                      met.requested_held)),
    )  # fmt: skip
    return [people, meetings]


async def _per_week(ctx: Ctx, period: Period) -> Chart:
    """Meetings held per week, the last week ending with the period."""
    store = numbers_store(ctx.tx)
    weeks = min(MOST_WEEKS, max(1, -(-period.length // WEEK)))
    bars = []
    for back in range(weeks, 0, -1):
        start = max(period.start, period.end - back * WEEK)
        end = period.end - (back - 1) * WEEK
        bars.append(
            Bar(
                label="numbers-week-of",
                args={"day": When(at=start, style="date")},
                value=await store.held_between(start, end),
            )
        )
    return Chart(kind="bars", title="numbers-chart-weeks", bars=tuple(bars),
                 filename="meetings-per-week.png")  # fmt: skip


def _funnel(requested: int, confirmed: int, held: int) -> Chart:
    """Meetings requested in the period, how many were confirmed, how many were held."""
    return Chart(
        kind="funnel",
        title="numbers-chart-funnel",
        bars=(
            Bar(label="numbers-funnel-requested", value=requested),
            Bar(label="numbers-funnel-confirmed", value=confirmed),
            Bar(label="numbers-funnel-held", value=held),
        ),
        filename="meetings-funnel.png",
    )
