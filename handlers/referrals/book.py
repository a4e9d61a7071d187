"""Asking a referred connector for a time: the meetings feature's find dialogue, at them.

The steps are Find a connector's own (the person is already chosen, so it opens at their
times); only the end differs: the meeting records the referral it came from, and the connector
is told who referred the newcomer to them.
"""

from __future__ import annotations

from typing import Any, cast

from handlers.core.context import Ctx
from handlers.core.engine import Dialogue, Open, Result, Step
from handlers.core.values import Choice, Reply
from handlers.meetings.booking import first_name, request_slot
from handlers.meetings.find import FIND, without_a_time
from handlers.meetings.find_views import FindAnswers
from handlers.meetings.ports import meeting_store
from handlers.referrals.ports import referral_store


class ReferralBookAnswers(FindAnswers):
    """A search at one referred connector, remembering the referral."""

    referral_id: int | None = None


async def finish_book(ctx: Ctx, answers: ReferralBookAnswers) -> Result:
    """Send the request; link the meeting to the referral and tell the connector who referred."""
    assert answers.slot_id is not None
    ended = await without_a_time(ctx, answers)
    if ended is not None:
        return ended
    replies = await request_slot(ctx, answers.slot_id, answers.note or None)
    store = referral_store(ctx.tx)
    me = ctx.participant
    referral = await store.referral(answers.referral_id or 0)
    if referral is None or referral.mentee_id != me.id:
        return replies
    meeting_id = await store.link_meeting(referral.id, me.id, answers.slot_id)
    if meeting_id is None:
        return replies  # refused (taken, limit, ...): the replies say why
    await store.set_status(referral.id, ("suggested", "joined"), "requested", me.id)
    referrer = await ctx.tx.participant(referral.connector_id)
    meeting = await meeting_store(ctx.tx).meeting(meeting_id)
    # This note comes right after the request, so it carries the request's buttons again: on
    # SMS a number means the last menu sent, and on Telegram only the newest keyboard works.
    decide = (
        (
            Choice(id=f"accept:{meeting_id}", label="booking-accept"),
            Choice(id=f"decline:{meeting_id}", label="booking-decline"),
        )
        if meeting is not None and meeting.status == "requested"
        else ()
    )
    note = Reply(
        key="referrals-referred-by",
        args={"mentee": first_name(me), "connector": referrer.name or ""},
        choices=decide,
    )
    await ctx.tx.enqueue_to(meeting.connector_id if meeting else 0, [note])
    return replies


BOOK: Dialogue[ReferralBookAnswers] = Dialogue(
    id="referrals_book",
    model=ReferralBookAnswers,
    steps=cast(tuple[Step[ReferralBookAnswers, Any], ...], FIND.steps),
    finish=finish_book,
)


async def book_referral(ctx: Ctx, referral_id: int) -> Result | None:
    """``refbook:<referral id>``: the newcomer asks a referred connector for a time."""
    referral = await referral_store(ctx.tx).referral(referral_id)
    if referral is None or referral.mentee_id != ctx.participant.id or not referral.person_id:
        return None
    if referral.kind == "outside":
        return None
    answers = ReferralBookAnswers(connector_id=referral.person_id, referral_id=referral.id)
    return [Open(BOOK.id, answers)]
