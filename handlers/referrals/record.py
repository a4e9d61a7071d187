"""Recording one referral: the rules, the store, and who is told what."""

from __future__ import annotations

import secrets
from datetime import timedelta

from handlers.core.context import Ctx
from handlers.core.engine import Dialogue, Open, Result
from handlers.core.jobs import Subject
from handlers.core.menu import main_menu
from handlers.core.parsing import normalize
from handlers.core.values import Address, Reply
from handlers.referrals.chain import book_choice, check_outside_later
from handlers.referrals.give import STEPS, GiveAnswers
from handlers.referrals.invite import invite
from handlers.referrals.ports import referral_store
from handlers.referrals.values import WANTED, NewReferral, Referral

REMIND_AFTER = timedelta(days=2)
REMINDER = "referral_reminder"
# Codes people type by SMS: no 0/O or 1/I to confuse.
CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    """A short invitation code (about 40 bits)."""
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(8))


async def remind_later(ctx: Ctx, meeting_id: int) -> bool:
    """Remind the connector two days from now about the rest, once per meeting.

    Returns True when this call scheduled the reminder (the connector had not been asked yet).
    """
    due = ctx.clock.now() + REMIND_AFTER
    subject = Subject(kind="meeting", id=meeting_id)
    return await ctx.tx.jobs.add(REMINDER, str(meeting_id), due, subject)


async def new_referral(ctx: Ctx, answers: GiveAnswers, mentee_id: int) -> NewReferral | Reply:
    """The referral the answers describe, or why it cannot be made."""
    me = ctx.participant
    base = {"meeting_id": answers.meeting_id, "mentee_id": mentee_id, "connector_id": me.id}
    person_id = answers.person_id
    if answers.kind == "invite" and (answers.contact or "").startswith("sms:"):
        # A number already in the programme is that person, not a new one.
        known = await ctx.tx.participant_by_address(
            Address(channel="sms", value=(answers.contact or "")[4:])
        )
        if known is not None and known.status == "active":
            person_id = known.id
    if person_id:
        if person_id in (me.id, mentee_id):
            return Reply(key="referrals-not-them")
        if await referral_store(ctx.tx).have_met(mentee_id, person_id):
            return Reply(key="referrals-already-met")
        person = await ctx.tx.participant(person_id)
        return NewReferral(**base, kind="member", status="suggested", person_key=f"p:{person_id}",
                           person_id=person_id, name=person.name or "",
                           profession=person.profession or "")  # fmt: skip
    if answers.kind == "invite":
        return NewReferral(**base, kind="invite", status="invited",
                           person_key=answers.contact or "", name=answers.name or "",
                           profession=answers.profession or "", contact=answers.contact or "",
                           code=new_code())  # fmt: skip
    key = f"x:{normalize(answers.name or '')}|{normalize(answers.organisation or '')}"
    return NewReferral(**base, kind="outside", status="given", person_key=key[:200],
                       name=answers.name or "", profession=answers.profession or "",
                       organisation=answers.organisation or "",
                       contact=answers.contact or "")  # fmt: skip


async def tell_mentee(ctx: Ctx, referral: Referral) -> None:
    """Tell the newcomer about a referral as it is made; contact details in their own message."""
    referrer = ctx.participant.name or ""
    if referral.kind == "member":
        replies = [
            Reply(
                key="referrals-to-mentee-member",
                args={"connector": referrer, "name": referral.name,
                      "profession": referral.profession},
                choices=(book_choice(referral),),
            )
        ]  # fmt: skip
    elif referral.kind == "invite":
        replies = [
            Reply(
                key="referrals-to-mentee-invite",
                args={"connector": referrer, "name": referral.name,
                      "profession": referral.profession},
            )
        ]  # fmt: skip
    else:
        replies = [
            Reply(
                key="referrals-to-mentee-outside",
                args={"connector": referrer, "name": referral.name,
                      "position": referral.profession, "organisation": referral.organisation},
            ),
            Reply(key="referrals-contact-details",
                  args={"name": referral.name, "contact": referral.contact}),
        ]  # fmt: skip
    await ctx.tx.enqueue_to(referral.mentee_id, replies)


async def finish_give(ctx: Ctx, answers: GiveAnswers) -> Result:
    """Record the referral, tell the newcomer, and go on to the next one (or stop)."""
    assert answers.meeting_id is not None
    store = referral_store(ctx.tx)
    held = await store.held_meeting(answers.meeting_id, ctx.participant.id)
    if held is None:
        return [Reply(key="referrals-none-waiting"), main_menu(ctx)]
    next_pass = Open(GIVE.id, GiveAnswers(meeting_id=held.meeting_id))
    if answers.kind == "done":
        await remind_later(ctx, held.meeting_id)
        return [Reply(key="referrals-later", args={"count": held.given}), main_menu(ctx)]
    made = await new_referral(ctx, answers, held.mentee_id)
    if isinstance(made, Reply):
        return [made, next_pass]
    referral = await store.add(made, ctx.participant.id)
    if referral is None:
        return [Reply(key="referrals-duplicate", args={"name": made.name}), next_pass]
    await tell_mentee(ctx, referral)
    extra = await after_recording(ctx, referral)
    count = held.given + 1
    if count >= WANTED:
        return [*extra, Reply(key="referrals-complete"), main_menu(ctx)]
    await remind_later(ctx, held.meeting_id)
    saved = Reply(key="referrals-saved", args={"name": referral.name, "count": count})
    return [*extra, saved, next_pass]


async def after_recording(ctx: Ctx, referral: Referral) -> list[Reply]:
    """Invite a new person, or plan the week-later question about an outside contact."""
    if referral.kind == "invite":
        return await invite(ctx, referral)
    if referral.kind == "outside":
        await check_outside_later(ctx, referral)
    return []


GIVE: Dialogue[GiveAnswers] = Dialogue(
    id="referrals_give", model=GiveAnswers, steps=STEPS, finish=finish_give
)
