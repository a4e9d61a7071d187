"""A meeting recorded as held by the newcomer or a coordinator: the connector is asked too.

A connector who answers "did you meet?" with yes goes straight into their referrals. When the
newcomer's yes (or a coordinator's ``/settle``) records the meeting as held instead, the
connector may never answer that question, so they are told the meeting was recorded as held and
offered "Give referrals", with the two-day reminder behind it. That reminder job is the record
that the connector was asked: it is scheduled once per meeting, so whoever says the meeting was
held, in whatever order, the connector is asked once.
"""

from __future__ import annotations

from typing import Literal

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.menu import main_menu
from handlers.core.values import Choice, Reply, When
from handlers.meetings.booking import first_name
from handlers.meetings.ports import meeting_store
from handlers.referrals.ports import referral_store
from handlers.referrals.record import remind_later
from handlers.referrals.values import WANTED

HeldBy = Literal["newcomer", "coordinator"]


async def ask_connector(ctx: Ctx, meeting_id: int, by: HeldBy) -> bool:
    """Offer the connector of a meeting just recorded as held their referrals (once); say
    whether they were asked now."""
    meeting = await meeting_store(ctx.tx).meeting(meeting_id)
    if meeting is None:
        return False
    held = await referral_store(ctx.tx).held_meeting(meeting.id, meeting.connector_id)
    if held is None or held.given >= WANTED:
        return False
    if not await remind_later(ctx, meeting.id):
        return False  # asked already (they said yes themselves, or were told before)
    mentee = await ctx.tx.participant(meeting.mentee_id)
    told = Reply(
        key="referrals-held-recorded",
        args={"by": by, "mentee": first_name(mentee), "when": When(at=meeting.starts_at)},
        choices=(
            Choice(id=f"refer:{meeting.id}", label="referrals-give-more"),
            Choice(id="global:menu", label="dialogue-choice-menu"),
        ),
    )
    await ctx.tx.enqueue_to(meeting.connector_id, [told])
    return True


async def on_held_by_newcomer(ctx: Ctx, meeting_id: int) -> Result | None:
    """``refheld:<meeting id>``: the newcomer's "yes, we met" recorded their meeting as held."""
    meeting = await meeting_store(ctx.tx).meeting(meeting_id)
    if meeting is None or meeting.mentee_id != ctx.participant.id or meeting.status != "held":
        return None
    await ask_connector(ctx, meeting.id, "newcomer")
    return [main_menu(ctx)]
