"""Which reminders and follow-ups a meeting calls for, given its status and time."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.core.context import HandlerConfig
from handlers.core.ports import Transaction
from handlers.followup.ports import JobKind
from handlers.meetings.values import Meeting


def _key(meeting: Meeting, due: datetime) -> str:
    return f"{meeting.id}@{due.strftime('%Y%m%dT%H%M')}"


async def reschedule(
    tx: Transaction, meeting: Meeting, now: datetime, config: HandlerConfig
) -> None:
    """Replace a meeting's pending jobs by those its current status and time call for."""
    await tx.schedule.cancel_for_meeting(meeting.id)
    timing = config.follow_up
    jobs: list[tuple[JobKind, datetime]] = []
    if meeting.status == "requested":
        jobs.append(("request_nudge", now + timing.request_nudge))
        jobs.append(("request_expiry", min(now + timing.request_expiry, meeting.starts_at)))
    elif meeting.status == "confirmed":
        for kind, ahead in (
            ("reminder_24h", timedelta(hours=24)),
            ("reminder_1h", timedelta(hours=1)),
        ):
            # A meeting booked less than a day ahead gets no 24-hour reminder.
            if meeting.starts_at - ahead > now:
                jobs.append((kind, meeting.starts_at - ahead))  # type: ignore[arg-type]
        jobs.append(("follow_up", meeting.ends_at + timing.follow_up_after))
    for kind, due in jobs:
        await tx.schedule.add(kind, _key(meeting, due), due, meeting.id)
