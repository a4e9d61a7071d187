"""Someone who can no longer be reached keeps no meetings: the other side is told at once.

When a person's last address stops working for the programme (STOP or another opt-out word by
SMS, even typed in answer to a reminder; the bot blocked on Telegram), their coming meetings
are cancelled, so nobody is reminded about a meeting that will not happen, asked "did you
meet?" after it, or counted absent. The other side hears it, with their time opened again, and
the person's own open times are withdrawn so no newcomer books them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from handlers.core.config import HandlerConfig
from handlers.core.context import Scope, gone_person
from handlers.core.jobs import Job
from handlers.core.ports import Transaction
from handlers.core.values import CalendarEvent, Participant, Ref, Reply, When
from handlers.meetings.booking import first_name
from handlers.meetings.jobs import reschedule
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import Meeting

AT_MOST = 50


async def cancel_coming(
    tx: Transaction,
    now: datetime,
    config: HandlerConfig,
    person: Participant,
    *,
    by: int,
    detail: str,
    told: Callable[[Meeting, int], Reply],
) -> None:
    """Cancel ``person``'s coming meetings (each other side gets ``told(meeting, other)``),
    their jobs with them, and withdraw the person's open times."""
    meetings = meeting_store(tx)
    for meeting in await meetings.upcoming_meetings(person.id, now, AT_MOST):
        cancelled = await meetings.set_status(meeting.id, ("requested", "confirmed"), "cancelled")
        if cancelled is None:
            continue
        await meetings.record(meeting.id, by, "cancelled", detail)
        await reschedule(tx, cancelled, now, config)
        if person.id == meeting.mentee_id:
            await meetings.release_slot(meeting.slot_id)
        other = meeting.connector_id if person.id == meeting.mentee_id else meeting.mentee_id
        await tx.enqueue_to(other, [told(meeting, other)])
    for slot in await meetings.upcoming_slots(person.id, now, AT_MOST):
        if slot.status == "open":
            await meetings.withdraw_slot(person.id, slot.id)


def cancelled_calendar(meeting: Meeting, name: str | Ref) -> CalendarEvent:
    """The calendar entry that takes a cancelled meeting out of the other side's calendar."""
    return CalendarEvent(
        uid=f"meeting-{meeting.id}@connector-bot", starts_at=meeting.starts_at,
        ends_at=meeting.ends_at, title="booking-calendar-title", args={"name": name},
        cancelled=True,
    )  # fmt: skip


async def on_person_gone(scope: Scope, job: Job) -> str | None:
    """Cancel what the person had coming, unless they can be reached again by now."""
    tx = scope.tx
    person = await gone_person(scope, job)
    if isinstance(person, str):
        return person
    name = first_name(person)

    def told(meeting: Meeting, other: int) -> Reply:
        side = "connector" if other == meeting.connector_id else "newcomer"
        return Reply(
            key="meetings-cancelled-unreachable",
            args={"name": name, "when": When(at=meeting.starts_at), "side": side},
            calendar=cancelled_calendar(meeting, name),
        )

    await cancel_coming(tx, scope.clock.now(), scope.config, person, by=person.id,
                        detail="unreachable", told=told)  # fmt: skip
    await tx.audit(person.id, "unreachable-meetings-cancelled")
    return None
