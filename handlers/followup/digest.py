"""Stalled newcomers get a nudge; coordinators get a weekly digest."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.core.context import HandlerConfig
from handlers.core.ports import Clock, Transaction
from handlers.core.values import Choice, Participant, Reply, When
from handlers.meetings.booking import first_name

NUDGES_PER_SCAN = 50
DIGEST_MEETINGS = 5
DIGEST_NAMES = 5


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


async def ensure_next_digest(tx: Transaction, now: datetime, config: HandlerConfig) -> None:
    """Make sure next week's digest is scheduled (once: its key is the date)."""
    due = next_digest(now, config)
    await tx.schedule.add("digest", f"digest@{due.strftime('%Y%m%d')}", due, None)


async def nudge_stalled(tx: Transaction, clock: Clock, config: HandlerConfig) -> int:
    """Nudge newcomers silent for the configured time, once per silence."""
    now = clock.now()
    stalled = await tx.schedule.stalled(now - config.follow_up.stall, NUDGES_PER_SCAN)
    for person in stalled:
        nudge = Reply(
            key="remind-stalled",
            args={"name": first_name(person)},
            choices=(
                Choice(id="menu:find", label="menu-choice-find"),
                Choice(id="global:menu", label="dialogue-choice-menu"),
            ),
        )
        await tx.enqueue_to(person.id, [nudge])
        await tx.schedule.mark_nudged(person.id, now)
    return len(stalled)


async def coordinators(tx: Transaction, config: HandlerConfig) -> list[Participant]:
    """The registered coordinators named in configuration."""
    found = []
    for address in sorted(config.coordinators, key=str):
        person = await tx.participant_by_address(address)
        if person is not None and person.status == "active":
            found.append(person)
    return found


async def send_digest(tx: Transaction, clock: Clock, config: HandlerConfig) -> None:
    """Tell every coordinator who has gone quiet and which meetings are coming this week."""
    now = clock.now()
    stalled = await tx.schedule.count_stalled(now - config.follow_up.stall)
    quiet = await tx.schedule.quiet(now - config.follow_up.stall, DIGEST_NAMES)
    upcoming = await tx.schedule.meetings_between(
        now, now + timedelta(days=7), DIGEST_MEETINGS + 1
    )
    replies = [
        Reply(
            key="remind-digest",
            args={
                "stalled": stalled,
                "upcoming": len(upcoming[:DIGEST_MEETINGS]),
                "more": "yes" if len(upcoming) > DIGEST_MEETINGS else "no",
                "names": ", ".join(first_name(p) for p in quiet) or "none",
            },
        )
    ]
    for meeting in upcoming[:DIGEST_MEETINGS]:
        connector = await tx.meetings.participant(meeting.connector_id)
        mentee = await tx.meetings.participant(meeting.mentee_id)
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
    for coordinator in await coordinators(tx, config):
        await tx.enqueue_to(coordinator.id, replies)
