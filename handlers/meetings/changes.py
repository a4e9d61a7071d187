"""Changing plans: listing meetings, cancelling with a reason, moving to another slot."""

from __future__ import annotations

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Step
from handlers.core.menu import main_menu
from handlers.core.parsing import clean_text
from handlers.core.values import CalendarEvent, Choice, Reply, When
from handlers.meetings.booking import can_write, first_name, within, write_choice
from handlers.meetings.jobs import reschedule
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import ACTIVE, Meeting, Slot

LISTED = 5
SHORT_NOTICE_HOURS = 1


async def my_meeting(ctx: Ctx, meeting_id: int) -> Meeting | None:
    """A meeting the person in ``ctx`` takes part in, if it exists."""
    meeting = await meeting_store(ctx.tx).meeting(meeting_id)
    if meeting is None or ctx.participant.id not in (meeting.connector_id, meeting.mentee_id):
        return None
    return meeting


def other_side(ctx: Ctx, meeting: Meeting) -> int:
    """The id of the other person in a meeting."""
    return (
        meeting.mentee_id if ctx.participant.id == meeting.connector_id else meeting.connector_id
    )


async def list_meetings(ctx: Ctx) -> list[Reply]:
    """The person's requested and confirmed meetings, soonest first."""
    upcoming = await meeting_store(ctx.tx).upcoming_meetings(
        ctx.participant.id, ctx.clock.now(), LISTED
    )
    if not upcoming:
        return [Reply(key="meetings-none"), main_menu(ctx)]
    choices = []
    for meeting in upcoming:
        other = await ctx.tx.participant(other_side(ctx, meeting))
        choices.append(
            Choice(
                id=f"meeting:{meeting.id}",
                label="meetings-item",
                args={
                    "when": When(at=meeting.starts_at, style="short"),
                    "name": first_name(other),
                    "status": meeting.status,
                },
            )
        )
    choices.append(Choice(id="global:menu", label="dialogue-choice-menu"))
    return [Reply(key="meetings-list", choices=tuple(choices))]


async def on_meeting(ctx: Ctx, meeting_id: int) -> list[Reply] | None:
    """Show one meeting and what can be done with it."""
    meeting = await my_meeting(ctx, meeting_id)
    if meeting is None:
        return None
    other = await ctx.tx.participant(other_side(ctx, meeting))
    choices = []
    if meeting.status == "requested" and ctx.participant.id == meeting.connector_id:
        choices += [
            Choice(id=f"accept:{meeting.id}", label="booking-accept"),
            Choice(id=f"decline:{meeting.id}", label="booking-decline"),
        ]
    proposed = meeting.proposed_slot_id
    slot = None if proposed is None else await meeting_store(ctx.tx).slot(proposed)
    if slot is not None and ctx.participant.id == meeting.connector_id:
        choices += move_answers(meeting.id, slot)
    if meeting.status in ACTIVE and meeting.starts_at > ctx.clock.now():
        choices += [
            Choice(id=f"move:{meeting.id}", label="meetings-move"),
            Choice(id=f"cancel:{meeting.id}", label="meetings-cancel"),
        ]
    if can_write(meeting, ctx.clock.now()):
        choices.append(write_choice(meeting, other))
    choices.append(Choice(id="global:menu", label="dialogue-choice-menu"))
    return [
        Reply(
            key="meetings-details",
            args={
                "when": When(at=meeting.starts_at),
                "name": first_name(other),
                "status": meeting.status,
            },
            choices=tuple(choices),
        )
    ]


def move_answers(meeting_id: int, slot: Slot) -> tuple[Choice, ...]:
    """The connector's two answers to a proposed new time."""
    return (
        Choice(id=f"moveyes:{meeting_id}", label="meetings-move-accept",
               args={"when": When(at=slot.starts_at, style="short")}),
        Choice(id=f"moveno:{meeting_id}", label="meetings-move-keep"),
    )  # fmt: skip


def changeable(ctx: Ctx, meeting: Meeting) -> Reply | None:
    """Why a meeting can no longer be changed, if it cannot."""
    if meeting.status not in ACTIVE:
        return Reply(key="booking-already", args={"status": meeting.status})
    if meeting.starts_at <= ctx.clock.now():
        return Reply(key="meetings-past")
    return None


class CancelAnswers(BaseModel):
    """A cancellation being made."""

    meeting_id: int
    reason: str | None = None


def on_reason(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the optional reason; the cancellation goes next."""
    if answer.choice == "reason:none":
        return ""
    return clean_text(answer.text, minimum=2, maximum=140) or Invalid("meetings-reason-invalid")


async def finish_cancel(ctx: Ctx, answers: CancelAnswers) -> list[Reply]:
    """Cancel, reopen the slot, and tell the other side at once."""
    meetings = meeting_store(ctx.tx)
    meeting = await my_meeting(ctx, answers.meeting_id)
    if meeting is None:
        return [main_menu(ctx)]
    refusal = changeable(ctx, meeting)
    if refusal is not None:
        return [refusal, main_menu(ctx)]
    cancelled = await meetings.set_status(meeting.id, ACTIVE, "cancelled")
    if cancelled is None:
        return [Reply(key="booking-already", args={"status": "cancelled"}), main_menu(ctx)]
    await meetings.release_slot(meeting.slot_id)
    await meetings.record(meeting.id, ctx.participant.id, "cancelled", answers.reason or "")
    await reschedule(ctx.tx, cancelled, ctx.clock.now(), ctx.config)
    short = "yes" if within(meeting.starts_at, ctx.clock.now(), SHORT_NOTICE_HOURS) else "no"
    told = Reply(
        key="meetings-cancelled-by-other",
        args={
            "name": first_name(ctx.participant),
            "when": When(at=meeting.starts_at),
            "reason": answers.reason or "none",
            "short": short,
        },
        calendar=CalendarEvent(
            uid=f"meeting-{meeting.id}@connector-bot",
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at,
            title="booking-calendar-title",
            args={"name": ctx.participant.name or ""},
            cancelled=True,
        ),
    )
    mine = [
        Reply(key="meetings-cancelled", args={"when": When(at=meeting.starts_at), "short": short})
    ]
    # The slot is open again; the connector may not want it offered any more.
    reopened = Reply(
        key="meetings-slot-reopened",
        args={"when": When(at=meeting.starts_at, style="short")},
        choices=(
            Choice(id=f"withdraw:{meeting.slot_id}", label="slots-withdraw"),
            Choice(id="global:menu", label="dialogue-choice-menu"),
        ),
    )
    if ctx.participant.id == meeting.connector_id:
        await ctx.tx.enqueue_to(other_side(ctx, meeting), [told])
        return [*mine, reopened]
    await ctx.tx.enqueue_to(meeting.connector_id, [told, reopened])
    return [*mine, main_menu(ctx)]


CANCEL: Dialogue[CancelAnswers] = Dialogue(
    id="cancel_meeting",
    model=CancelAnswers,
    steps=(
        Step(
            id="ask-reason",
            ask=lambda ctx, a: Reply(
                key="meetings-ask-reason",
                choices=(Choice(id="reason:none", label="meetings-no-reason"),),
            ),
            parse=on_reason,
            save=lambda a, v: a.model_copy(update={"reason": v}),
            help="meetings-reason-help",
        ),
    ),
    finish=finish_cancel,
)
