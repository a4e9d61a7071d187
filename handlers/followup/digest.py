"""Stalled newcomers get a nudge; coordinators get a weekly digest."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.core.config import HandlerConfig
from handlers.core.context import Scope
from handlers.core.jobs import Job
from handlers.core.ports import Transaction
from handlers.core.values import Choice, Participant, Reply, When
from handlers.followup.ports import follow_up_store
from handlers.meetings.booking import first_name

NUDGES_PER_SCAN = 50
DIGEST_MEETINGS = 5
DIGEST_NAMES = 5
MAX_COORDINATORS = 50
DIGEST = "digest"


def next_digest(now: datetime, config: HandlerConfig) -> datetime:
    """The next digest time: the configured weekday and hour in the programme's zone."""
    zone = ZoneInfo(config.default_timezone)
    timing = config.follow_up
    local = now.astimezone(zone)
    day = local.date() + timedelta(days=(timing.digest_weekday - local.weekday()) % 7)
    due = datetime.combine(day, time(timing.digest_hour), tzinfo=zone)
    if due <= now:
        due = datetime.combine(day + timedelta(days=7), time(timing.digest_hour), tzinfo=zone)
    return due.astimezone(ZoneInfo("UTC"))


async def ensure_next_digest(scope: Scope) -> None:
    """Make sure next week's digest is scheduled (once: its key is the date)."""
    due = next_digest(scope.clock.now(), scope.config)
    await scope.tx.jobs.add(DIGEST, f"digest@{due.strftime('%Y%m%d')}", due, None)


async def nudge_stalled(scope: Scope) -> None:
    """Nudge newcomers silent for the configured time, once per silence.

    Someone who reported a job in their field is not stalled: their silence is recorded as
    seen, without a message, so the scan does not find them again until they next write.
    """
    tx, config = scope.tx, scope.config
    now = scope.clock.now()
    stalled = await follow_up_store(tx).stalled(now - config.follow_up.stall, NUDGES_PER_SCAN)
    for person, employed in stalled:
        if not employed:
            nudge = Reply(
                key="remind-stalled",
                args={"name": first_name(person)},
                choices=(
                    Choice(id="menu:find", label="menu-choice-find"),
                    Choice(id="global:menu", label="dialogue-choice-menu"),
                ),
            )
            await tx.enqueue_to(person.id, [nudge])
        await follow_up_store(tx).mark_nudged(person.id, now)


async def coordinators(tx: Transaction) -> list[Participant]:
    """The active participants who hold the coordinator role."""
    return await tx.holders("coordinator", MAX_COORDINATORS)


async def send_digest(scope: Scope, job: Job) -> str | None:
    """Tell every coordinator who has gone quiet and which meetings are coming this week."""
    tx, config = scope.tx, scope.config
    now = scope.clock.now()
    stalled = await follow_up_store(tx).count_stalled(now - config.follow_up.stall)
    quiet = await follow_up_store(tx).quiet(now - config.follow_up.stall, DIGEST_NAMES)
    upcoming = await follow_up_store(tx).meetings_between(
        now, now + timedelta(days=7), DIGEST_MEETINGS + 1
    )
    replies = [
        Reply(
            key="remind-digest",
            args={
                "stalled": stalled,
                "upcoming": len(upcoming[:DIGEST_MEETINGS]),
                "more": "yes" if len(upcoming) > DIGEST_MEETINGS else "no",
                "names": ", ".join((p.name or "").split(" ", 1)[0] for p in quiet) or "none",
            },
        )
    ]
    for meeting in upcoming[:DIGEST_MEETINGS]:
        connector = await tx.participant(meeting.connector_id)
        mentee = await tx.participant(meeting.mentee_id)
        replies.append(
            Reply(
                key="remind-digest-meeting",
                args={
                    "when": When(at=meeting.starts_at, style="short"),
                    "connector": first_name(connector),
                    "mentee": first_name(mentee),
                },
            )
        )
    for coordinator in await coordinators(tx):
        await tx.enqueue_to(coordinator.id, replies)
    return None
