"""Which reminders and follow-ups a meeting calls for, given its status and time.

The meetings feature decides what a meeting calls for; the follow-up feature declares these
job kinds and runs them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.core.config import HandlerConfig
from handlers.core.jobs import Subject
from handlers.core.ports import Transaction
from handlers.meetings.values import Meeting

REMINDER_24H = "reminder_24h"
REMINDER_1H = "reminder_1h"
REQUEST_NUDGE = "request_nudge"
REQUEST_EXPIRY = "request_expiry"
FOLLOW_UP = "follow_up"


def subject(meeting_id: int) -> Subject:
    """The subject of a meeting's jobs."""
    return Subject(kind="meeting", id=meeting_id)


def _key(meeting: Meeting, due: datetime) -> str:
    return f"{meeting.id}@{due.strftime('%Y%m%dT%H%M')}"


async def reschedule(
    tx: Transaction, meeting: Meeting, now: datetime, config: HandlerConfig
) -> None:
    """Replace a meeting's pending jobs by those its current status and time call for."""
    about = subject(meeting.id)
    await tx.jobs.cancel_for(about)
    timing = config.follow_up
    jobs: list[tuple[str, datetime]] = []
    if meeting.status == "requested":
        jobs.append((REQUEST_NUDGE, now + timing.request_nudge))
        jobs.append((REQUEST_EXPIRY, min(now + timing.request_expiry, meeting.starts_at)))
    elif meeting.status == "confirmed":
        for kind, ahead in (
            (REMINDER_24H, timedelta(hours=24)),
            (REMINDER_1H, timedelta(hours=1)),
        ):
            # A meeting booked less than a day ahead gets no 24-hour reminder.
            if meeting.starts_at - ahead > now:
                jobs.append((kind, meeting.starts_at - ahead))
        jobs.append((FOLLOW_UP, meeting.ends_at + timing.follow_up_after))
    for kind, due in jobs:
        await tx.jobs.add(kind, _key(meeting, due), due, about)
