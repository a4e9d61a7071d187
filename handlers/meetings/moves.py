"""Moving a meeting: to another open time, as a proposal the connector answers, or by asking.

A newcomer's proposal for a confirmed meeting leaves the meeting as it is (its slot, its status,
its reminders) and only notes the proposed slot beside it. The slot is not claimed while the
connector decides: someone else may still book it, and accepting then says the time is gone.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.values import Choice, Reply, When
from handlers.meetings.booking import confirm_both, first_name, request_for
from handlers.meetings.changes import changeable, move_answers, my_meeting
from handlers.meetings.jobs import reschedule
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import ACTIVE, Meeting, Slot

OTHER_TIMES = 6


async def on_move(ctx: Ctx, meeting_id: int) -> list[Reply] | None:
    """Offer the connector's other open slots for a meeting, or what to do when there are none."""
    meeting = await my_meeting(ctx, meeting_id)
    if meeting is None:
        return None
    refusal = changeable(ctx, meeting)
    if refusal is not None:
        return [refusal]
    found = await meeting_store(ctx.tx).open_slots(
        meeting.connector_id, ctx.clock.now(), OTHER_TIMES + 1
    )
    slots = [s for s in found if s.id != meeting.proposed_slot_id][:OTHER_TIMES]
    if not slots:
        return [await no_other_times(ctx, meeting)]
    return [
        Reply(
            key="meetings-pick-new-time",
            choices=(
                *(
                    Choice(
                        id=f"moveto:{meeting.id}:{s.id}",
                        label="booking-slot",
                        args={"when": When(at=s.starts_at, style="short")},
                    )
                    for s in slots
                ),
                Choice(id="global:menu", label="dialogue-choice-menu"),
            ),
        )
    ]


async def no_other_times(ctx: Ctx, meeting: Meeting) -> Reply:
    """Nothing to move to: the connector may offer a time; the newcomer may keep, cancel or ask."""
    when = When(at=meeting.starts_at, style="short")
    if ctx.participant.id == meeting.connector_id:
        return Reply(
            key="meetings-no-other-slots-connector",
            args={"when": when},
            choices=(
                Choice(id="menu:offer", label="menu-choice-offer"),
                Choice(id=f"keep:{meeting.id}", label="meetings-keep"),
                Choice(id=f"cancel:{meeting.id}", label="meetings-cancel"),
            ),
        )
    connector = await ctx.tx.participant(meeting.connector_id)
    return Reply(
        key="meetings-no-other-times",
        args={"name": first_name(connector), "when": when},
        choices=(
            Choice(id=f"keep:{meeting.id}", label="meetings-keep"),
            Choice(id=f"asktime:{meeting.id}", label="meetings-ask-time",
                   args={"name": first_name(connector)}),
            Choice(id=f"cancel:{meeting.id}", label="meetings-cancel"),
        ),
    )  # fmt: skip


async def on_keep(ctx: Ctx, meeting_id: int) -> list[Reply] | None:
    """The person keeps the meeting as it is."""
    meeting = await my_meeting(ctx, meeting_id)
    if meeting is None:
        return None
    return [
        Reply(
            key="meetings-kept",
            args={"when": When(at=meeting.starts_at)},
            choices=(Choice(id="global:menu", label="dialogue-choice-menu"),),
        )
    ]


async def on_move_to(ctx: Ctx, meeting_id: int, slot_id: int) -> list[Reply] | None:
    """Move a meeting to another slot of the same connector, or propose it to the connector."""
    meetings = meeting_store(ctx.tx)
    meeting = await my_meeting(ctx, meeting_id)
    slot = await meetings.slot(slot_id)
    if meeting is None or slot is None or slot.connector_id != meeting.connector_id:
        return None
    refusal = changeable(ctx, meeting)
    if refusal is not None:
        return [refusal]
    if slot.starts_at <= ctx.clock.now() or slot.status != "open":
        return [Reply(key="meetings-time-gone")]
    clash = await _clash(ctx, meeting, slot)
    if clash is not None:
        return [clash]
    by_mentee = ctx.participant.id == meeting.mentee_id
    auto = (await meetings.prefs(meeting.connector_id)).auto_accept
    if by_mentee and not auto and meeting.status == "confirmed":
        return await propose(ctx, meeting, slot)
    if not await meetings.claim_slot(slot.id):
        return [Reply(key="meetings-time-gone")]
    moved = await _move(ctx, meeting, slot)
    if by_mentee and not auto:
        # A request not answered yet: it now asks for the new time.
        await ctx.tx.enqueue_to(meeting.connector_id, [request_for(moved, ctx.participant)])
        return [Reply(key="meetings-move-proposed", args={"when": When(at=slot.starts_at)})]
    moved = await meetings.set_status(moved.id, ACTIVE, "confirmed") or moved
    await reschedule(ctx.tx, moved, ctx.clock.now(), ctx.config)
    return await confirm_both(ctx, moved, key="meetings-moved")


async def _clash(ctx: Ctx, meeting: Meeting, slot: Slot) -> Reply | None:
    """The newcomer's other meeting at the new time, said as a refusal (None when free).

    They may have booked it since the times were shown; the check runs in the move's own
    transaction (BEGIN IMMEDIATE), so two moves to one time cannot both pass it.
    """
    clash = await meeting_store(ctx.tx).clashing_meeting(
        meeting.mentee_id, slot.starts_at, slot.ends_at, besides=meeting.id
    )
    if clash is None:
        return None
    return Reply(key="booking-overlap", args={"when": When(at=clash.starts_at)})


async def _move(ctx: Ctx, meeting: Meeting, slot: Slot) -> Meeting:
    """Put a meeting on a claimed slot, reopen its old one, and reschedule its reminders."""
    meetings = meeting_store(ctx.tx)
    await meetings.release_slot(meeting.slot_id)
    moved = await meetings.move(meeting.id, slot)
    await meetings.record(
        meeting.id, ctx.participant.id, "moved", f"slot {meeting.slot_id} -> {slot.id}"
    )
    await reschedule(ctx.tx, moved, ctx.clock.now(), ctx.config)
    return moved


async def propose(ctx: Ctx, meeting: Meeting, slot: Slot) -> list[Reply]:
    """Ask the connector to move a confirmed meeting; it stays as it is until they accept."""
    meetings = meeting_store(ctx.tx)
    await meetings.propose(meeting.id, slot.id)
    await meetings.record(meeting.id, ctx.participant.id, "move-proposed", f"slot {slot.id}")
    await ctx.tx.enqueue_to(meeting.connector_id, [move_request(meeting, slot, ctx)])
    return [
        Reply(
            key="meetings-move-asked",
            args={
                "when": When(at=slot.starts_at),
                "old": When(at=meeting.starts_at),
                "name": first_name(await ctx.tx.participant(meeting.connector_id)),
            },
        )
    ]


def move_request(meeting: Meeting, slot: Slot, ctx: Ctx) -> Reply:
    """What the connector is asked: move this meeting to that time, or keep it."""
    return Reply(
        key="meetings-move-request",
        args={
            "name": first_name(ctx.participant),
            "old": When(at=meeting.starts_at),
            "when": When(at=slot.starts_at),
        },
        choices=move_answers(meeting.id, slot),
    )


async def on_move_answer(ctx: Ctx, meeting_id: int, accept: bool) -> list[Reply] | None:
    """The connector accepts the proposed time, or keeps the meeting where it was."""
    meetings = meeting_store(ctx.tx)
    meeting = await meetings.meeting(meeting_id)
    if meeting is None or meeting.connector_id != ctx.participant.id:
        return None
    refusal = changeable(ctx, meeting)
    if refusal is not None:
        return [refusal]
    proposed = meeting.proposed_slot_id
    slot = None if proposed is None else await meetings.slot(proposed)
    if slot is None:
        return [Reply(key="meetings-no-proposal", args={"when": When(at=meeting.starts_at)})]
    await meetings.propose(meeting.id, None)
    free = await _clash(ctx, meeting, slot) is None
    if accept and free and slot.starts_at > ctx.clock.now() and await meetings.claim_slot(slot.id):
        moved = await _move(ctx, meeting, slot)
        return await confirm_both(ctx, moved, key="meetings-moved")
    await meetings.record(meeting.id, ctx.participant.id, "move-declined", f"slot {slot.id}")
    told = Reply(
        key="meetings-move-declined",
        args={
            "name": first_name(ctx.participant),
            "when": When(at=slot.starts_at),
            "old": When(at=meeting.starts_at),
            "gone": "yes" if accept else "no",
        },
    )
    await ctx.tx.enqueue_to(meeting.mentee_id, [told])
    mine = Reply(
        key="meetings-move-kept",
        args={"when": When(at=meeting.starts_at), "gone": "yes" if accept else "no"},
        choices=(Choice(id="global:menu", label="dialogue-choice-menu"),),
    )
    return [mine]
