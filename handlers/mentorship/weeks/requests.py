"""What the two sides ask each other before the end: close as planned or extend (the other
side agrees), or close now (the other side confirms). Either request waits in the mentorship's
row until answered, so a restart loses neither.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.parsing import ascii_int, choice_ids
from handlers.core.values import Choice, Reply, When
from handlers.mentorship.matching.notify import subject, tell_coordinator
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.weeks.closing import EXTENSIONS, close_mentorship, scope_of
from handlers.mentorship.weeks.common import (
    WEEK_JOB,
    both,
    named,
    other_side,
    schedule_end,
    their_pair,
    week_due,
)
from handlers.mentorship.weeks.ports import mentoring_store


async def plan_kept(ctx: Ctx, rest: str) -> Result | None:
    """``mplan:<pair>``: close as planned; nothing to change."""
    found = await _active_pair(ctx, rest)
    if found is None:
        return None
    if isinstance(found, list):
        return found
    assert found.ends_on is not None
    return [Reply(key="mentoring-plan-noted", args={"end": When(at=found.ends_on, style="date")})]


async def _active_pair(ctx: Ctx, rest: str) -> Mentorship | list[Reply] | None:
    """The person's mentorship named by ``rest``; a reply when it is no longer active."""
    number = ascii_int(rest)
    found = None if number is None else await their_pair(ctx, number)
    if found is None:
        return None
    return found[0] if found[0].status == "active" else [Reply(key="mentoring-not-active")]


async def ask_extension(ctx: Ctx, rest: str) -> Result | None:
    """``mextend:<pair>:<weeks>``: one side asks to extend; the other side says yes or no."""
    ids = choice_ids(rest, 2)
    if ids is None or ids[1] not in EXTENSIONS:
        return None
    found = await _active_pair(ctx, str(ids[0]))
    if found is None or isinstance(found, list):
        return found
    pair, weeks, me = found, ids[1], ctx.participant
    assert pair.ends_on is not None
    other_id = other_side(pair, me.id)
    store = mentoring_store(ctx.tx)
    pending = await store.closing(pair.id)
    if pending.extend_asked_by == other_id and pending.extend_weeks == weeks:
        return await extend(ctx, pair, other_id)  # both asked for the same: agreed
    await store.ask_extension(pair.id, me.id, weeks)
    other = await ctx.tx.participant(other_id)
    new_end = When(at=pair.ends_on + timedelta(weeks=weeks), style="date")
    await ctx.tx.enqueue_to(other.id, [Reply(
        key="mentoring-extend-asked",
        args={"name": me.name or "-", "weeks": weeks, "end": new_end},
        choices=(Choice(id=f"mextyes:{pair.id}", label="mentoring-extend-agree", means="yes"),
                 Choice(id=f"mextno:{pair.id}", label="mentoring-extend-refuse", means="no")),
    )])  # fmt: skip
    return [Reply(key="mentoring-extend-sent", args={"name": other.name or "-", "weeks": weeks})]


async def agree_extension(ctx: Ctx, rest: str) -> Result | None:
    """``mextyes:<pair>``: the other side agrees; the end moves."""
    found = await _active_pair(ctx, rest)
    if found is None or isinstance(found, list):
        return found
    pending = await mentoring_store(ctx.tx).closing(found.id)
    asker = pending.extend_asked_by
    if asker is None or asker == ctx.participant.id:
        return [Reply(key="mentoring-extend-none")]
    return await extend(ctx, found, asker)


async def extend(ctx: Ctx, pair: Mentorship, asker: int) -> Result:
    """Move the end by the weeks asked; new end jobs; both sides and the coordinator told."""
    store = mentoring_store(ctx.tx)
    pending = await store.closing(pair.id)
    assert pair.ends_on is not None
    weeks = pending.extend_weeks or EXTENSIONS[0]
    moved = await store.extend(pair.id, asker, pair.ends_on + timedelta(weeks=weeks))
    if moved is None or moved.ends_on is None:
        return [Reply(key="mentoring-extend-none")]
    await schedule_end(ctx.tx, moved, ctx.config)
    week = 1
    while week_due(moved, week, ctx.config) <= ctx.clock.now():
        week += 1
    await ctx.tx.jobs.add(
        WEEK_JOB, f"{moved.id}:{week}", week_due(moved, week, ctx.config), subject(moved.id)
    )
    end = When(at=moved.ends_on, style="date")
    other = await ctx.tx.participant(other_side(moved, ctx.participant.id))
    await ctx.tx.enqueue_to(
        other.id, [Reply(key="mentoring-extended", args={"weeks": weeks, "end": end})]
    )
    mentee, mentor = await both(ctx.tx, moved)
    await tell_coordinator(
        ctx.tx,
        moved,
        [
            Reply(
                key="mentoring-coordinator-extended",
                args={**named(moved, mentee, mentor), "weeks": weeks, "end": end},
            )
        ],
    )
    await ctx.tx.audit(ctx.participant.id, "pair-extended", f"{moved.id}:{weeks}")
    return [Reply(key="mentoring-extended", args={"weeks": weeks, "end": end})]


async def refuse_extension(ctx: Ctx, rest: str) -> Result | None:
    """``mextno:<pair>``: the other side prefers to close as planned."""
    found = await _active_pair(ctx, rest)
    if found is None or isinstance(found, list):
        return found
    store = mentoring_store(ctx.tx)
    asker = (await store.closing(found.id)).extend_asked_by
    if asker is None or asker == ctx.participant.id or not await store.clear_extension(found.id):
        return [Reply(key="mentoring-extend-none")]
    assert found.ends_on is not None
    end = When(at=found.ends_on, style="date")
    await ctx.tx.enqueue_to(
        asker,
        [
            Reply(
                key="mentoring-extend-refused",
                args={"name": ctx.participant.name or "-", "end": end},
            )
        ],
    )
    return [Reply(key="mentoring-plan-noted", args={"end": end})]


async def ask_end(ctx: Ctx, rest: str) -> Result | None:
    """``mend:<pair>``: one side would like to end now; the other side confirms."""
    found = await _active_pair(ctx, rest)
    if found is None or isinstance(found, list):
        return found
    me = ctx.participant
    other = await ctx.tx.participant(other_side(found, me.id))
    await mentoring_store(ctx.tx).ask_end(found.id, me.id)
    await ctx.tx.enqueue_to(other.id, [Reply(
        key="mentoring-end-asked", args={"name": me.name or "-"},
        choices=(Choice(id=f"mendyes:{found.id}", label="mentoring-end-agree", means="yes"),
                 Choice(id=f"mendno:{found.id}", label="mentoring-end-refuse", means="no")),
    )])  # fmt: skip
    return [Reply(key="mentoring-end-sent", args={"name": other.name or "-"})]


async def agree_end(ctx: Ctx, rest: str) -> Result | None:
    """``mendyes:<pair>``: the other side agrees: the mentorship closes now."""
    found = await _active_pair(ctx, rest)
    if found is None or isinstance(found, list):
        return found
    asker = (await mentoring_store(ctx.tx).closing(found.id)).end_asked_by
    if asker is None or asker == ctx.participant.id:
        return [Reply(key="mentoring-end-none")]
    told = await close_mentorship(scope_of(ctx), found.id, "mutual", ctx.participant.id)
    return told if told is not None else [Reply(key="mentoring-not-active")]


async def refuse_end(ctx: Ctx, rest: str) -> Result | None:
    """``mendno:<pair>``: the other side would rather go on."""
    found = await _active_pair(ctx, rest)
    if found is None or isinstance(found, list):
        return found
    store = mentoring_store(ctx.tx)
    asker = (await store.closing(found.id)).end_asked_by
    if asker is None or asker == ctx.participant.id:
        return [Reply(key="mentoring-end-none")]
    await store.ask_end(found.id, None)
    await ctx.tx.enqueue_to(
        asker, [Reply(key="mentoring-end-refused", args={"name": ctx.participant.name or "-"})]
    )
    return [Reply(key="mentoring-end-kept")]
