"""Reminders and follow-up: what each job a meeting calls for does when it comes due.

Late policy (a job can be late when the bot was down or busy), declared with each job kind:
- the 24-hour reminder is still sent up to 2 hours late; later than that it is dropped;
- the 1-hour reminder is dropped once the meeting has started;
- request nudges, request expiry and the "did you meet?" follow-up run however late.
A dropped job is recorded with its reason, never skipped silently.

When neither side answers "did you meet?", they are asked once more a day later; a day after
that the meeting is marked unconfirmed, so it no longer counts as a confirmed meeting.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from handlers.core.context import Scope
from handlers.core.feature import JobKind, Late
from handlers.core.jobs import Job
from handlers.core.values import Choice, Participant, Ref, Reply, When
from handlers.followup.ports import follow_up_store
from handlers.meetings.booking import alternatives, first_name, request_for
from handlers.meetings.jobs import (
    FOLLOW_UP,
    REMINDER_1H,
    REMINDER_24H,
    REQUEST_EXPIRY,
    REQUEST_NUDGE,
    subject,
)
from handlers.meetings.offer_answers import FORMAT_PHRASES
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Meeting

FOLLOW_UP_AGAIN = "follow_up_again"
FOLLOW_UP_CLOSE = "follow_up_close"
ASK_AGAIN_AFTER = timedelta(days=1)


def reminder(meeting: Meeting, other: Participant, hours: int) -> Reply:
    """The reminder one side gets before a meeting, with quick replies."""
    return Reply(
        key="remind-before",
        args={
            "hours": hours,
            "when": When(at=meeting.starts_at),
            "name": first_name(other),
            "format": Ref(key=FORMAT_PHRASES[meeting.format]),
            "where": meeting.place or meeting.link or "none",
        },
        choices=(
            Choice(id=f"confirm:{meeting.id}", label="remind-coming", means="yes"),
            Choice(id=f"move:{meeting.id}", label="remind-other-time"),
            Choice(id=f"cancel:{meeting.id}", label="meetings-cancel"),
        ),
        # A reminder that cannot go out before the meeting starts is of no use after.
        useful_until=meeting.starts_at,
    )


def did_you_meet(meeting: Meeting, other: Participant) -> Reply:
    """The follow-up question after a meeting."""
    return Reply(
        key="remind-did-you-meet",
        args={"name": first_name(other), "when": When(at=meeting.starts_at)},
        choices=(
            Choice(id=f"met:{meeting.id}:yes", label="dialogue-choice-yes", means="yes"),
            Choice(id=f"met:{meeting.id}:no", label="dialogue-choice-no", means="no"),
        ),
    )


async def _both(scope: Scope, job: Job) -> tuple[Meeting, Participant, Participant] | None:
    """The meeting a job is about, its connector and its newcomer (None when it is gone)."""
    meeting = await meeting_store(scope.tx).meeting(job.subject.id if job.subject else 0)
    if meeting is None:
        return None
    connector = await scope.tx.participant(meeting.connector_id)
    mentee = await scope.tx.participant(meeting.mentee_id)
    return meeting, connector, mentee


# A job runner for a meeting in a given status: (scope, job, meeting, connector, newcomer).
MeetingRunner = Callable[[Scope, Job, Meeting, Participant, Participant], Awaitable[str | None]]


def while_meeting(
    status: str, word: str
) -> Callable[[MeetingRunner], Callable[[Scope, Job], Awaitable[str | None]]]:
    """Run a job only while its meeting is in ``status``; otherwise drop it, saying why."""

    def wrap(run: MeetingRunner) -> Callable[[Scope, Job], Awaitable[str | None]]:
        @functools.wraps(run)
        async def job_runner(scope: Scope, job: Job) -> str | None:
            found = await _both(scope, job)
            if found is None:
                return "meeting gone"
            meeting, connector, mentee = found
            if meeting.status != status:
                return f"{word} {meeting.status}"
            return await run(scope, job, meeting, connector, mentee)

        return job_runner

    return wrap


@while_meeting("confirmed", "meeting")
async def remind(
    scope: Scope, job: Job, meeting: Meeting, connector: Participant, mentee: Participant
) -> str | None:
    """Remind both sides of a confirmed meeting, a day or an hour before."""
    hours = 24 if job.kind == REMINDER_24H else 1
    await scope.tx.enqueue_to(mentee.id, [reminder(meeting, connector, hours)])
    await scope.tx.enqueue_to(connector.id, [reminder(meeting, mentee, hours)])
    return None


async def _ask_both(
    scope: Scope, meeting: Meeting, connector: Participant, mentee: Participant
) -> None:
    """Ask each side whether the meeting happened."""
    await scope.tx.enqueue_to(mentee.id, [did_you_meet(meeting, connector)])
    await scope.tx.enqueue_to(connector.id, [did_you_meet(meeting, mentee)])


@while_meeting("confirmed", "meeting")
async def ask_did_you_meet(
    scope: Scope, job: Job, meeting: Meeting, connector: Participant, mentee: Participant
) -> str | None:
    """After a confirmed meeting, ask both sides whether it happened."""
    await _ask_both(scope, meeting, connector, mentee)
    await _next(scope, FOLLOW_UP_AGAIN, meeting, job.due_at + ASK_AGAIN_AFTER)
    return None


async def _next(scope: Scope, kind: str, meeting: Meeting, due: datetime) -> None:
    """Schedule the next step of an unanswered follow-up."""
    key = f"{meeting.id}@{due.strftime('%Y%m%dT%H%M')}"
    await scope.tx.jobs.add(kind, key, due, subject(meeting.id))


@while_meeting("confirmed", "meeting")
async def ask_again(
    scope: Scope, job: Job, meeting: Meeting, connector: Participant, mentee: Participant
) -> str | None:
    """Nobody answered "did you meet?" in a day: ask both sides once more."""
    if await follow_up_store(scope.tx).answers(meeting.id):
        return "answered"
    await _ask_both(scope, meeting, connector, mentee)
    await _next(scope, FOLLOW_UP_CLOSE, meeting, job.due_at + ASK_AGAIN_AFTER)
    return None


async def close_unanswered(scope: Scope, job: Job) -> str | None:
    """Still no answer a day after asking again: the meeting is marked unconfirmed."""
    found = await _both(scope, job)
    if found is None:
        return "meeting gone"
    meeting = found[0]
    if await follow_up_store(scope.tx).answers(meeting.id):
        return "answered"
    store = meeting_store(scope.tx)
    if await store.set_status(meeting.id, ("confirmed",), "unconfirmed") is None:
        return f"meeting {meeting.status}"
    await store.record(meeting.id, None, "unconfirmed", "no answer to did you meet")
    return None


@while_meeting("requested", "request")
async def nudge_request(
    scope: Scope, job: Job, meeting: Meeting, connector: Participant, mentee: Participant
) -> str | None:
    """Remind a connector of a request still waiting for an answer."""
    nudge = Reply(key="remind-request-waiting", args={"name": first_name(mentee)})
    await scope.tx.enqueue_to(connector.id, [nudge, request_for(meeting, mentee)])
    return None


@while_meeting("requested", "request")
async def expire_request(
    scope: Scope, job: Job, meeting: Meeting, connector: Participant, mentee: Participant
) -> str | None:
    """A request left unanswered: reopen the slot and show the newcomer other times."""
    store = meeting_store(scope.tx)
    if await store.set_status(meeting.id, ("requested",), "expired") is None:
        return "request answered meanwhile"
    await store.release_slot(meeting.slot_id)
    await store.record(meeting.id, None, "expired", "no answer")
    await scope.tx.jobs.cancel_for(subject(meeting.id))
    ctx = await scope.acting_for(mentee)
    if ctx is not None:
        told = Reply(
            key="remind-request-expired",
            args={"name": first_name(connector), "when": When(at=meeting.starts_at)},
        )
        others = await alternatives(
            ctx, connector.id, "booking-other-times", exclude=meeting.slot_id
        )
        await scope.tx.enqueue_to(mentee.id, [told, others])
    expired_for_connector = Reply(
        key="remind-request-expired-connector",
        args={"name": first_name(mentee), "when": When(at=meeting.starts_at)},
    )
    await scope.tx.enqueue_to(connector.id, [expired_for_connector])
    return None


MEETING_JOBS = (
    JobKind(REMINDER_24H, remind, late=Late(timedelta(hours=2), "more than 2 hours late")),
    # Due an hour before the start: an hour late, the meeting has started.
    JobKind(REMINDER_1H, remind, late=Late(timedelta(hours=1), "meeting already started", True)),
    JobKind(REQUEST_NUDGE, nudge_request),
    JobKind(REQUEST_EXPIRY, expire_request),
    JobKind(FOLLOW_UP, ask_did_you_meet),
    JobKind(FOLLOW_UP_AGAIN, ask_again),
    JobKind(FOLLOW_UP_CLOSE, close_unanswered),
)
