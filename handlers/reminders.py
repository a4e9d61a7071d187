"""Reminders and follow-up: what is scheduled for a meeting, and what each due job does.

Late policy (a job can be late when the bot was down or busy):
- the 24-hour reminder is still sent up to 2 hours late; later than that it is dropped;
- the 1-hour reminder is dropped once the meeting has started;
- request nudges, request expiry and the "did you meet?" follow-up run however late.
A dropped job is recorded with its reason, never skipped silently.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from handlers.booking import alternatives, first_name, request_for
from handlers.context import Ctx, HandlerConfig
from handlers.digest import ensure_next_digest, nudge_stalled, send_digest
from handlers.meeting_values import Meeting
from handlers.offer_answers import FORMAT_PHRASES
from handlers.ports import Clock, Store, Transaction
from handlers.schedule_ports import Job
from handlers.values import Choice, Participant, Ref, Reply, When

log = logging.getLogger(__name__)

BATCH = 50
LATE_24H = timedelta(hours=2)


async def _as(
    tx: Transaction, clock: Clock, config: HandlerConfig, person: Participant
) -> Ctx | None:
    """A context acting for ``person`` (None when they cannot be reached)."""
    address = await tx.meetings.reach(person.id)
    return Ctx(tx, clock, config, address, person) if address is not None else None


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
            Choice(id=f"confirm:{meeting.id}", label="remind-coming"),
            Choice(id=f"move:{meeting.id}", label="remind-other-time"),
            Choice(id=f"cancel:{meeting.id}", label="meetings-cancel"),
        ),
        useful_until=meeting.starts_at,
    )


def did_you_meet(meeting: Meeting, other: Participant) -> Reply:
    """The follow-up question after a meeting."""
    return Reply(
        key="remind-did-you-meet",
        args={"name": first_name(other), "when": When(at=meeting.starts_at)},
        choices=(
            Choice(id=f"met:{meeting.id}:yes", label="dialogue-choice-yes"),
            Choice(id=f"met:{meeting.id}:no", label="dialogue-choice-no"),
        ),
    )


class FollowUp:
    """Runs due reminders and follow-ups; APScheduler (or the simulator's clock) calls it."""

    def __init__(self, store: Store, clock: Clock, config: HandlerConfig) -> None:
        self._store = store
        self._clock = clock
        self._config = config

    async def run_due(self) -> int:
        """Run everything due, a batch per transaction; return how many jobs ran.

        Each job is claimed and its messages queued in the same transaction, so a crash
        either loses nothing (the claim rolls back) or has already queued them for the sender.
        """
        done = 0
        async with self._store.transaction() as tx:
            await ensure_next_digest(tx, self._clock.now(), self._config)
            await nudge_stalled(tx, self._clock, self._config)
        while True:
            async with self._store.transaction() as tx:
                jobs = await tx.schedule.claim_due(self._clock.now(), BATCH)
                for job in jobs:
                    dropped = await self._perform(tx, job)
                    await tx.schedule.finish(job.id, dropped is not None, dropped or "")
                    if dropped is not None:
                        log.warning("job %s (%s) dropped: %s", job.id, job.kind, dropped)
            if not jobs:
                return done
            done += len(jobs)

    async def _perform(self, tx: Transaction, job: Job) -> str | None:
        """Do one job; return why it was dropped, or None when it ran."""
        now = self._clock.now()
        if job.kind == "digest":
            await send_digest(tx, self._clock, self._config)
            return None
        meeting = await tx.meetings.meeting(job.meeting_id or 0)
        if meeting is None:
            return "meeting gone"
        connector = await tx.meetings.participant(meeting.connector_id)
        mentee = await tx.meetings.participant(meeting.mentee_id)
        if job.kind in ("reminder_24h", "reminder_1h"):
            if meeting.status != "confirmed":
                return f"meeting {meeting.status}"
            if job.kind == "reminder_24h" and now - job.due_at > LATE_24H:
                return "more than 2 hours late"
            if job.kind == "reminder_1h" and now >= meeting.starts_at:
                return "meeting already started"
            hours = 24 if job.kind == "reminder_24h" else 1
            await tx.enqueue_to(mentee.id, [reminder(meeting, connector, hours)])
            await tx.enqueue_to(connector.id, [reminder(meeting, mentee, hours)])
            return None
        if job.kind == "follow_up":
            if meeting.status != "confirmed":
                return f"meeting {meeting.status}"
            await tx.enqueue_to(mentee.id, [did_you_meet(meeting, connector)])
            await tx.enqueue_to(connector.id, [did_you_meet(meeting, mentee)])
            return None
        if meeting.status != "requested":
            return f"request {meeting.status}"
        if job.kind == "request_nudge":
            nudge = Reply(key="remind-request-waiting", args={"name": first_name(mentee)})
            await tx.enqueue_to(connector.id, [nudge, request_for(meeting, mentee)])
            return None
        return await self._expire(tx, meeting, connector, mentee)

    async def _expire(
        self, tx: Transaction, meeting: Meeting, connector: Participant, mentee: Participant
    ) -> str | None:
        """A request left unanswered: reopen the slot and show the newcomer other times."""
        expired = await tx.meetings.set_status(meeting.id, ("requested",), "expired")
        if expired is None:
            return "request answered meanwhile"
        await tx.meetings.release_slot(meeting.slot_id)
        await tx.meetings.record(meeting.id, None, "expired", "no answer")
        await tx.schedule.cancel_for_meeting(meeting.id)
        ctx = await _as(tx, self._clock, self._config, mentee)
        if ctx is not None:
            told = Reply(
                key="remind-request-expired",
                args={"name": first_name(connector), "when": When(at=meeting.starts_at)},
            )
            others = await alternatives(
                ctx, connector.id, "booking-other-times", exclude=meeting.slot_id
            )
            await tx.enqueue_to(mentee.id, [told, others])
        expired_for_connector = Reply(
            key="remind-request-expired-connector",
            args={"name": first_name(mentee), "when": When(at=meeting.starts_at)},
        )
        await tx.enqueue_to(connector.id, [expired_for_connector])
        return None
