"""Choices that name a thing ("accept:12", "slot:4"), routed to the handler that owns it.

Every handler here checks that the thing belongs to the person acting; a choice id is never
trusted just because a button carried it.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import DialogueEngine
from handlers.core.ports import DialogueState
from handlers.core.values import Reply
from handlers.followup.feedback import FEEDBACK, FeedbackAnswers, on_confirm_attendance, on_lift
from handlers.meetings.booking import on_decide
from handlers.meetings.changes import (
    CANCEL,
    CancelAnswers,
    list_meetings,
    my_meeting,
    on_meeting,
    on_move,
    on_move_to,
)
from handlers.meetings.connector import (
    CAPACITY,
    list_slots,
    on_setting,
    on_slot,
    on_withdraw,
    settings,
)
from handlers.meetings.find import FIND, FindAnswers
from handlers.meetings.offer import OFFER

# Actions that come with notifications, so they work even in the middle of another dialogue.
ANYTIME = ("accept", "decline", "book", "meeting", "withdraw", "confirm", "met", "cancel", "move",
           "lift")  # fmt: skip


def _ids(rest: str, count: int) -> list[int] | None:
    parts = rest.split(":")
    if len(parts) != count or not all(part.isdigit() for part in parts):
        return None
    return [int(part) for part in parts]


async def on_action(
    ctx: Ctx, state: DialogueState, engine: DialogueEngine, choice: str
) -> list[Reply] | None:
    """Act on ``choice``; None when it names nothing this person may act on."""
    kind, _, rest = choice.partition(":")
    role = ctx.participant.role
    if kind == "menu":
        if rest == "find" and role == "mentee":
            return await engine.start(ctx, state, FIND.id)
        if rest == "offer" and role == "connector":
            return await engine.start(ctx, state, OFFER.id)
        if rest == "meetings":
            return await list_meetings(ctx)
        if rest == "slots" and role == "connector":
            return await list_slots(ctx)
        if rest == "settings" and role == "connector":
            return await settings(ctx)
        return None
    if kind == "settings" and role == "connector":
        if rest == "capacity":
            return await engine.start(ctx, state, CAPACITY.id)
        return await on_setting(ctx, rest)
    if kind == "book" and role == "mentee" and (ids := _ids(rest, 1)):
        slot = await ctx.tx.meetings.slot(ids[0])
        if slot is None:
            return None
        answers = FindAnswers(connector_id=slot.connector_id, slot_id=slot.id)
        return await engine.start(ctx, state, FIND.id, answers)
    if kind == "cancel" and (ids := _ids(rest, 1)) and await my_meeting(ctx, ids[0]):
        return await engine.start(ctx, state, CANCEL.id, CancelAnswers(meeting_id=ids[0]))
    handlers = {
        "slot": lambda ids: on_slot(ctx, ids[0]),
        "withdraw": lambda ids: on_withdraw(ctx, ids[0]),
        "accept": lambda ids: on_decide(ctx, ids[0], accept=True),
        "decline": lambda ids: on_decide(ctx, ids[0], accept=False),
        "meeting": lambda ids: on_meeting(ctx, ids[0]),
        "move": lambda ids: on_move(ctx, ids[0]),
    }
    if kind in handlers and (ids := _ids(rest, 1)):
        return await handlers[kind](ids)
    if kind == "moveto" and (ids := _ids(rest, 2)):
        return await on_move_to(ctx, ids[0], ids[1])
    if kind == "met":
        return await _feedback(ctx, state, engine, rest)
    if kind == "confirm" and (ids := _ids(rest, 1)):
        return await on_confirm_attendance(ctx, ids[0])
    if kind == "lift" and (ids := _ids(rest, 1)):
        return await on_lift(ctx, ids[0])
    return None


async def _feedback(
    ctx: Ctx, state: DialogueState, engine: DialogueEngine, rest: str
) -> list[Reply] | None:
    """Open the "did you meet?" dialogue for a meeting the person took part in."""
    meeting_id, _, said = rest.partition(":")
    if not meeting_id.isdigit() or said not in ("yes", "no"):
        return None
    meeting = await my_meeting(ctx, int(meeting_id))
    if meeting is None or meeting.starts_at > ctx.clock.now():
        return None
    answers = FeedbackAnswers(meeting_id=meeting.id, met=said == "yes")
    return await engine.start(ctx, state, FEEDBACK.id, answers)
