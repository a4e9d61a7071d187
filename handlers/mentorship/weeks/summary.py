"""My mentorship / Mon mentorat: the partner, goals, usual meeting, dates and hours logged
against the target, for both sides; with what can be done from there (close early, the final
evaluation, the certificate again)."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.menu import menu_after
from handlers.core.values import Choice, Line, Lines, Ref, Reply, When
from handlers.mentorship.matching.agreement import summary_args
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.weeks.common import logged
from handlers.mentorship.weeks.ports import mentoring_store

# A mentor of several mentees picks which mentorship to see (a few at most).
SHOWN_AT_MOST = 8


async def in_a_mentorship(ctx: Ctx) -> bool:
    """Whether My mentorship has anything to show: a mentorship under way, or one closed (its
    summary and certificate stay there); never before the first."""
    return await mentoring_store(ctx.tx).latest_of(ctx.participant.id) is not None


async def my_mentorship(ctx: Ctx) -> Result:
    """Show the person's mentorship (the active one, else the last closed one); a mentor of
    several first picks which."""
    store = mentoring_store(ctx.tx)
    active = await store.active_of(ctx.participant.id, SHOWN_AT_MOST)
    if len(active) > 1:
        choices = []
        for live in active:
            side = live.side_of(ctx.participant.id)
            other = await ctx.tx.participant(live.other(side or "mentor"))
            choices.append(Choice(id=f"mshow:{live.id}", label="mentoring-which-item",
                                  args={"name": other.name or "-", "id": live.id}))  # fmt: skip
        return [Reply(key="mentoring-which", args={"count": len(active)}, choices=tuple(choices))]
    pair = await store.latest_of(ctx.participant.id)
    return await show_pair(ctx, pair)


async def on_show(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``mshow:<id>``: one of the person's mentorships (only their own)."""
    store = mentoring_store(ctx.tx)
    mine = await store.active_of(ctx.participant.id, SHOWN_AT_MOST)
    pair = next((pair for pair in mine if pair.id == mentorship_id), None)
    return None if pair is None else await show_pair(ctx, pair)


async def show_pair(ctx: Ctx, pair: Mentorship | None) -> Result:
    """One mentorship as its side sees it, with what can be done from there."""
    store = mentoring_store(ctx.tx)
    if pair is None or pair.starts_on is None or pair.ends_on is None:
        return [Reply(key="mentoring-none")]
    side = pair.side_of(ctx.participant.id)
    assert side is not None
    other = await ctx.tx.participant(pair.other(side))
    closing = await store.closing(pair.id)
    weeks = await store.weeks(pair.id)
    minutes = sum(w.minutes for w in weeks)  # what store.minutes adds up, from the rows read
    in_person = sum(w.minutes for w in weeks if w.outcome == "met" and w.in_person)
    end = closing.closed_at or pair.ends_on
    head = Reply(
        key="mentoring-summary",
        args={"name": other.name or "-", "side": Ref(key=f"mentoring-partner-{side}"),
              "start": When(at=pair.starts_on, style="date"), "end": When(at=end, style="date"),
              "closed": "yes" if pair.status == "closed" else "no",
              **logged(minutes, pair.target_minutes),
              "in_hours": in_person // 60, "in_minutes": in_person % 60},
    )  # fmt: skip
    replies = [head]
    choices: tuple[Choice, ...] = ()
    if weeks:
        choices += (Choice(id=f"mweeks:{pair.id}", label="mentoring-weeks-show"),)
    if pair.status == "active":
        choices += (Choice(id=f"mend:{pair.id}", label="mentoring-end-now"),)
    else:
        if not await store.evaluated(pair.id, side):
            choices += (Choice(id=f"meval:{pair.id}", label="mentoring-evaluate-start"),)
        if side == "mentee" and closing.reason != "withdrawn":
            choices += (Choice(id=f"mcert:{pair.id}", label="mentoring-certificate-again"),)
    choices += (Choice(id="global:menu", label="dialogue-choice-menu"),)
    if pair.meeting_day is not None and pair.meeting_time and pair.meeting_format:
        usual = summary_args(ctx, pair, ctx.participant.timezone)
        # Goals as dashes, not numbers: by SMS the numbers are the choices' below.
        goals = Lines(lines=tuple(Line(key="mentoring-goal-line", args={"text": goal})
                                  for goal in pair.goals))  # fmt: skip
        if pair.goals:
            # A message of their own: three goals of 80 characters fill an SMS already.
            replies.append(Reply(key="mentoring-summary-goals",
                                 args={"count": len(pair.goals), "goals": goals}))  # fmt: skip
        replies.append(Reply(key="mentoring-summary-usual",
                             args={k: usual[k] for k in ("day", "time", "format")},
                             choices=choices))  # fmt: skip
    else:
        replies[0] = head.model_copy(update={"choices": choices})
    return replies


# By SMS the latest weeks only, so the list stays within two segments.
WEEKS_BY_SMS = 8


async def on_weeks(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``mweeks:<id>``: the mentorship week by week, as either side sees it (the mentor's own
    view of what was logged): met face to face or by phone or video, for how long, on what;
    not met; or no answer."""
    store = mentoring_store(ctx.tx)
    pair = await store.latest_of(ctx.participant.id)
    mine = await store.active_of(ctx.participant.id, SHOWN_AT_MOST)
    if pair is None or pair.id != mentorship_id:
        pair = next((live for live in mine if live.id == mentorship_id), None)
    if pair is None:
        return None
    weeks = await store.weeks(pair.id)
    shown = weeks[-WEEKS_BY_SMS:] if ctx.by_sms else weeks
    lines = tuple(
        Line(key="mentoring-weeks-line",
             args={"week": w.week, "outcome": w.outcome,
                   "mode": "-" if w.in_person is None else ("face" if w.in_person else "remote"),
                   **logged(w.minutes, pair.target_minutes),
                   "has_topic": "yes" if w.topics else "no",
                   "topic": Ref(key=f"mentoring-topic-{w.topics[0]}") if w.topics else "-",
                   "extra": max(len(w.topics) - 1, 0)})
        for w in shown
    )  # fmt: skip
    return [
        Reply(key="mentoring-weeks",
              args={"scope": "all" if len(shown) == len(weeks) else "last",
                    "shown": len(shown), "weeks": Lines(lines=lines)}),
        *menu_after(ctx),
    ]  # fmt: skip
