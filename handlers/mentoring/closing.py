"""Closing a mentorship: at the planned end (asked a week before: close or extend), by both
sides' agreement, or by the coordinator's ``/close``. Each path closes once (a conditional
update) and then tells both sides and the coordinator, offers the final evaluation, hands the
mentee their certificate and asks the employment feature to schedule its follow-ups.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Invalid, Result
from handlers.core.jobs import Job
from handlers.core.parsing import ascii_int, choice_ids, normalize
from handlers.core.values import Choice, Participant, Ref, Reply, When
from handlers.mentoring.certificate import certificate_replies
from handlers.mentoring.common import (
    WEEK_JOB,
    both,
    end_stamp,
    logged,
    named,
    other_side,
    schedule_end,
    their_pair,
    week_due,
)
from handlers.mentoring.ports import mentoring_store
from handlers.mentoring.values import CloseReason
from handlers.pairing.notify import subject, tell_coordinator
from handlers.pairing.ports import pairing_store
from handlers.pairing.values import Mentorship

EXTENSIONS = (2, 4)
WITHDRAWN_WORDS = frozenset({"withdrawn", "withdraw", "retrait", "retire", "abandon"})


async def close_mentorship(
    scope: Scope, pair_id: int, reason: CloseReason, acting: int | None = None
) -> list[Reply] | None:
    """Close an active mentorship and tell everyone; None when it was not active.

    Returns what ``acting`` (the person closing it, if a side) is told; the others' messages
    are queued.
    """
    closed = await mentoring_store(scope.tx).close(pair_id, reason)
    if closed is None:
        return None
    await scope.tx.jobs.cancel_for(subject(closed.id))
    mentee, mentor = await both(scope.tx, closed)
    minutes = await mentoring_store(scope.tx).minutes(closed.id)
    told: list[Reply] = []
    why = Ref(key=f"mentoring-reason-{reason}")
    for person, other in ((mentee, mentor), (mentor, mentee)):
        replies = [Reply(key="mentoring-closed",
                         args={"name": other.name or "-", "reason": why,
                               **logged(minutes, closed.target_minutes)})]  # fmt: skip
        if person.id == mentee.id and reason != "withdrawn":
            address = await scope.tx.reach(mentee.id)
            by_sms = address is not None and address.channel == "sms"
            replies += await certificate_replies(scope.tx, scope.config, closed, mentee, by_sms)
        replies.append(Reply(key="mentoring-evaluate-invite",
                             choices=(Choice(id=f"meval:{closed.id}",
                                             label="mentoring-evaluate-start"),)))  # fmt: skip
        if person.id == acting:
            told = replies
        else:
            await scope.tx.enqueue_to(person.id, replies)
    if reason in ("planned", "mutual"):
        await tell_coordinator(
            scope.tx, closed,
            [Reply(key="mentoring-coordinator-closed",
                   args={**named(closed, mentee, mentor), "reason": why,
                         **logged(minutes, closed.target_minutes)})],
        )  # fmt: skip
    await scope.tx.audit(acting, "pair-closed", f"{closed.id}:{reason}")
    await employment_due(scope, mentee, closed)
    return told


async def employment_due(scope: Scope, mentee: Participant, pair: Mentorship) -> None:
    """Let the employment feature schedule its follow-ups (idempotent; absent until merged)."""
    acting = await scope.acting_for(mentee)
    if acting is not None:
        await acting.features.act(acting, f"employment-due:{pair.id}")


def scope_of(ctx: Ctx) -> Scope:
    """The scope of a conversation's transaction."""
    return Scope(ctx.tx, ctx.clock, ctx.config, ctx.features)


async def end_notice(scope: Scope, job: Job) -> str | None:
    """A week before the end: ask both sides to close as planned or extend."""
    pair = await _current(scope, job)
    if pair is None:
        return None
    assert pair.ends_on is not None
    mentee, mentor = await both(scope.tx, pair)
    for person, other in ((mentee, mentor), (mentor, mentee)):
        choices = (
            Choice(id=f"mplan:{pair.id}", label="mentoring-close-as-planned"),
            *(Choice(id=f"mextend:{pair.id}:{weeks}", label="mentoring-extend-by",
                     args={"weeks": weeks}) for weeks in EXTENSIONS),
        )  # fmt: skip
        await scope.tx.enqueue_to(
            person.id,
            [Reply(key="mentoring-end-soon",
                   args={"name": other.name or "-", "end": When(at=pair.ends_on, style="date")},
                   choices=choices)],
        )  # fmt: skip
    return None


async def end_planned(scope: Scope, job: Job) -> str | None:
    """The planned end date, not extended: the mentorship closes by itself."""
    pair = await _current(scope, job)
    if pair is not None:
        await close_mentorship(scope, pair.id, "planned")
    return None


async def _current(scope: Scope, job: Job) -> Mentorship | None:
    """The job's mentorship if still active with the end date the job was made for."""
    assert job.subject is not None
    pair = await pairing_store(scope.tx).mentorship(job.subject.id)
    if pair is None or pair.status != "active" or pair.ends_on is None:
        return None
    return pair if end_stamp(pair) == job.key else None  # an extension moved the end


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
    await schedule_end(ctx.tx, moved)
    week = 1
    while week_due(moved, week) <= ctx.clock.now():
        week += 1
    await ctx.tx.jobs.add(WEEK_JOB, f"{moved.id}:{week}", week_due(moved, week), subject(moved.id))
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


def parse_close(text: str) -> tuple[int, bool] | Invalid:
    """The arguments of /close: a mentee's or a mentorship's number (``#3``), then optionally
    "withdrawn" ("retrait")."""
    words = text.split()
    if not 1 <= len(words) <= 2:
        return Invalid("mentoring-close-usage")
    number = ascii_int(words[0].removeprefix("#"))
    withdrawn = len(words) == 2 and normalize(words[1]) in WITHDRAWN_WORDS
    if number is None or (len(words) == 2 and not withdrawn):
        return Invalid("mentoring-close-usage")
    return (-number if words[0].startswith("#") else number), withdrawn


async def close_command(ctx: Ctx, given: tuple[int, bool]) -> Result:
    """``/close <mentee> [withdrawn]`` or ``/close #<mentorship>``: the coordinator closes it.

    A plain number is the mentee's, and when they have no active mentorship, the mentorship's.
    """
    number, withdrawn = given
    pair = None
    if number > 0:
        pair = await mentoring_store(ctx.tx).active_of_mentee(number)
    if pair is None:
        pair = await pairing_store(ctx.tx).mentorship(abs(number))
    if pair is None or pair.status != "active":
        return [Reply(key="mentoring-close-none", args={"id": abs(number)})]
    reason: CloseReason = "withdrawn" if withdrawn else "coordinator"
    if await close_mentorship(scope_of(ctx), pair.id, reason, ctx.participant.id) is None:
        return [Reply(key="mentoring-close-none", args={"id": abs(number)})]
    mentee, mentor = await both(ctx.tx, pair)
    return [Reply(key="mentoring-close-done",
                  args={**named(pair, mentee, mentor),
                        "reason": Ref(key=f"mentoring-reason-{reason}")})]  # fmt: skip
