"""Closing a mentorship: at the planned end (asked a week before: close or extend), by both
sides' agreement, or by the coordinator's ``/close``. Each path closes once (a conditional
update) and then tells both sides and the coordinator, offers the final evaluation, hands the
mentee their certificate and asks the employment feature to schedule its follow-ups.
"""

from __future__ import annotations

from handlers.core.config import reads_sms
from handlers.core.context import Ctx, Scope
from handlers.core.engine import Invalid, Result
from handlers.core.jobs import Job
from handlers.core.parsing import ascii_int, normalize
from handlers.core.values import Choice, Participant, Ref, Reply, When
from handlers.mentorship.matching.notify import subject, tell_coordinator
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.weeks.certificate import certificate_replies
from handlers.mentorship.weeks.common import (
    both,
    end_stamp,
    logged,
    named,
)
from handlers.mentorship.weeks.ports import mentoring_store
from handlers.mentorship.weeks.values import CloseReason

EXTENSIONS = (2, 4)
WITHDRAWN_WORDS = frozenset({"withdrawn", "withdraw", "retrait", "retire", "abandon"})
# The coordinator's decision that the mentorship was completed, whatever the weeks and hours.
COMPLETED_WORDS = frozenset({"completed", "complete", "done", "termine", "reussi", "complet"})


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
            by_sms = address is not None and reads_sms(scope.config, address)
            replies += await certificate_replies(scope.tx, scope.config, closed, mentee, by_sms)
        replies.append(Reply(key="mentoring-evaluate-invite",
                             choices=(Choice(id=f"meval:{closed.id}",
                                             label="mentoring-evaluate-start"),)))  # fmt: skip
        if person.id == acting:
            told = replies
        else:
            await scope.tx.enqueue_to(person.id, replies)
    if reason in ("planned", "mutual", "completed"):
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


def parse_close(text: str) -> tuple[int, CloseReason] | Invalid:
    """The arguments of /close: a mentee's or a mentorship's number (``#3``), then optionally
    "withdrawn" ("retrait") or "completed" ("termine")."""
    words = text.split()
    if not 1 <= len(words) <= 2:
        return Invalid("mentoring-close-usage")
    number = ascii_int(words[0].removeprefix("#"))
    said = normalize(words[1]) if len(words) == 2 else ""
    reason: CloseReason = "coordinator"
    if said in WITHDRAWN_WORDS:
        reason = "withdrawn"
    elif said in COMPLETED_WORDS:
        reason = "completed"
    if number is None or (said and reason == "coordinator"):
        return Invalid("mentoring-close-usage")
    return (-number if words[0].startswith("#") else number), reason


async def close_command(ctx: Ctx, given: tuple[int, CloseReason]) -> Result:
    """``/close <mentee> [withdrawn|completed]`` or ``/close #<mentorship>``: the coordinator
    closes it.

    A plain number is the mentee's, and when they have no active mentorship, the mentorship's.
    """
    number, reason = given
    pair = None
    if number > 0:
        pair = await mentoring_store(ctx.tx).active_of_mentee(number)
    if pair is None:
        pair = await pairing_store(ctx.tx).mentorship(abs(number))
    if pair is None or pair.status != "active":
        return [Reply(key="mentoring-close-none", args={"id": abs(number)})]
    if await close_mentorship(scope_of(ctx), pair.id, reason, ctx.participant.id) is None:
        return [Reply(key="mentoring-close-none", args={"id": abs(number)})]
    mentee, mentor = await both(ctx.tx, pair)
    return [Reply(key="mentoring-close-done",
                  args={**named(pair, mentee, mentor),
                        "reason": Ref(key=f"mentoring-reason-{reason}")})]  # fmt: skip
