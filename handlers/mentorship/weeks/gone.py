"""A side of a running mentorship can no longer be reached (STOP by SMS, the bot blocked on
Telegram): the pair is paused, the other side and the coordinator are told.

Paused is not a stored state: while either side cannot be reached, the weekly question, the
missed-week alerts and the monthly check-ins skip the pair (their jobs still schedule the next
one), so the other side is not asked alone about a mentorship that has stopped. When the person
comes back (START), the next week's question and check-in go out as before; the coordinator
decides meanwhile whether to close it (``close 12 withdrawn``).
"""

from __future__ import annotations

from handlers.core.context import Scope, gone_person
from handlers.core.jobs import Job
from handlers.core.ports import Transaction
from handlers.core.values import Reply
from handlers.meetings.booking import first_name
from handlers.mentorship.matching.notify import tell_coordinator
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.weeks.common import both, named
from handlers.mentorship.weeks.ports import mentoring_store

# A mentor may have several mentorships; more than this is not a real case.
PAIRS_AT_MOST = 10


async def both_reachable(tx: Transaction, pair: Mentorship) -> bool:
    """Whether the bot can write to both sides (if not, the pair is paused)."""
    return all([await tx.reach(pair.mentee_id) is not None,
                await tx.reach(pair.mentor_id) is not None])  # fmt: skip


async def pause_for_gone(scope: Scope, job: Job) -> str | None:
    """Tell the other side and the coordinator of each of the person's running mentorships."""
    tx = scope.tx
    person = await gone_person(scope, job)
    if isinstance(person, str):
        return person
    pairs = await mentoring_store(tx).active_of(person.id, PAIRS_AT_MOST)
    if not pairs:
        return "no running mentorship"
    for pair in pairs:
        mentee, mentor = await both(tx, pair)
        gone, other = (mentee, mentor) if mentee.id == person.id else (mentor, mentee)
        told = Reply(key="mentoring-other-gone", args={"name": first_name(gone)})
        await tx.enqueue_to(other.id, [told])
        await tell_coordinator(
            tx, pair,
            [Reply(key="mentoring-coordinator-gone",
                   args={**named(pair, mentee, mentor), "departed": gone.name or "-",
                         "number": mentee.id})],
        )  # fmt: skip
        await tx.audit(gone.id, "pair-paused-unreachable", str(pair.id))
    return None
