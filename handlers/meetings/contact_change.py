"""When a person gives, changes or takes back their phone number: the other side of each of
their confirmed meetings to come is told how to reach them now, so nobody dials a number
that was withdrawn (the confirmation they hold gave the old one)."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.values import Reply, When, display_name
from handlers.meetings.booking import contact_of, write_choices
from handlers.meetings.ports import meeting_store

# The action the phone-number dialogue runs once a number changed (handlers/core/contact.py).
CONTACT_CHANGED = "contact-changed"
# Confirmed meetings to come told at most (a person has a few at a time).
TOLD_AT_MOST = 20


async def tell_new_contact(ctx: Ctx, _: str) -> Result:
    """Tell the other side of each confirmed meeting to come the person's contact now."""
    me = ctx.participant
    coming = await meeting_store(ctx.tx).upcoming_meetings(me.id, ctx.clock.now(), TOLD_AT_MOST)
    for meeting in coming:
        if meeting.status != "confirmed":
            continue  # a request: its confirmation will carry the contact of the day
        other_id = meeting.mentee_id if meeting.connector_id == me.id else meeting.connector_id
        other = await ctx.tx.participant(other_id)
        told = Reply(
            key="booking-contact-changed",
            args={"name": display_name(me), "when": When(at=meeting.starts_at, style="short"),
                  "contact": await contact_of(ctx, me, other, meeting), "meeting": meeting.id},
            choices=await write_choices(ctx, meeting, other, me),
        )  # fmt: skip
        await ctx.tx.enqueue_to(other.id, [told])
    return []
