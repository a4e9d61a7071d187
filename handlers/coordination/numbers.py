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
from handlers.core.parsing import ascii_int
from handlers.core.period import Period, Span, parse_span, resolve
from handlers.core.values import Bar, Chart, Choice, Reply, When

WEEK = timedelta(days=7)
MOST_WEEKS = 53


def parse_period(text: str) -> Span | Invalid:
    """An optional period: week, month, quarter, year (or in French), or two dates."""
    return parse_span(text)


def period_of(ctx: Ctx, span: Span) -> Period:
    """The period a span means now, dates read in the coordinator's time zone."""
    return resolve(span, ctx.clock.now(), ctx.participant.timezone)


# By SMS a report is at most this many messages at a time, the last with More.
SMS_MESSAGES = 4


def span_scope(span: Span) -> str:
    """A span written into a "more" choice id: ``d30``, or ``2026-01-01_2026-03-31``."""
    if span.first is not None and span.last is not None:
        return f"{span.first.isoformat()}_{span.last.isoformat()}"
    return f"d{span.days or 30}"


def scope_span(scope: str) -> Span:
    """The span a "more" choice id carries (the default month when unreadable)."""
    first, _, last = scope.partition("_")
    if last:
        read = parse_span(f"{first} {last}")
        if isinstance(read, Span):
            return read
    days = ascii_int(scope.removeprefix("d"))
    return Span(days=days) if days else Span(days=30)


async def report(ctx: Ctx, span: Span) -> Result:
    """The period's figures from every feature, each with the previous period's; by SMS in
    pages of ``SMS_MESSAGES`` messages, More on the last."""
    await ctx.tx.audit(ctx.participant.id, "admin-stats")
    return await report_page(ctx, span_scope(span), 0)


async def report_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """The report from message ``offset`` on (``more:stats:<span>:<offset>``)."""
    replies = await _report(ctx, scope_span(scope))
    if not ctx.by_sms:
        return replies
    shown = replies[offset : offset + SMS_MESSAGES]
    if offset + SMS_MESSAGES >= len(replies):
        return shown
    more = Choice(id=f"more:stats:{scope}:{offset + SMS_MESSAGES}", label="intake-choice-more")
    return [*shown[:-1], shown[-1].model_copy(update={"choices": (more,)})]


async def _report(ctx: Ctx, span: Span) -> list[Reply]:
    """Every message of the report, in order."""
    period = period_of(ctx, span)
    header = Reply(
        key="numbers-header",
        args={
            "start": When(at=period.start, style="year"),
            "end": When(at=period.end - timedelta(seconds=1), style="year"),
        },
    )
    # Today's totals first, then the period's people and meetings, then every feature's lines.
    replies = [await programme_numbers(ctx), header, *await people_and_meetings(ctx, period)]
    for numbers in ctx.features.numbers:
        replies.extend(await numbers(ctx, period))
    return replies


async def show_numbers(ctx: Ctx, _: object = None) -> Result:
    """The menu's "Programme numbers": the report for the default period, then the menu (by
    SMS, the menu only after the last page: a menu sent after More would replace it)."""
    span = parse_span("")
    assert isinstance(span, Span)
    shown = await report(ctx, span)
    paged = any(isinstance(r, Reply) and r.choices for r in shown)
    return shown if paged else [*shown, main_menu(ctx)]


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
