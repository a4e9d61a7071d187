"""Following the chain: invited people who joined, referrals that became meetings, and the
newcomer's answer about an outside contact a week later."""

from __future__ import annotations

from datetime import timedelta

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Result
from handlers.core.jobs import Job, Subject
from handlers.core.parsing import ascii_int
from handlers.core.ports import Transaction
from handlers.core.values import Choice, Reply
from handlers.referrals.ports import referral_store
from handlers.referrals.values import Referral, ReferralStatus

BATCH = 50
OUTSIDE_CHECK = "referral_outside"
CHECK_AFTER = timedelta(days=7)
INVITE_EXPIRY = "referral_invite_expiry"
INVITE_LASTS = timedelta(days=14)
OUTSIDE_ANSWERS: dict[str, tuple[tuple[ReferralStatus, ...], ReferralStatus | None]] = {
    "met": (("given", "contacted"), "met"),
    "contacted": (("given",), "contacted"),
    "not": ((), None),
}


def book_choice(referral: Referral) -> Choice:
    """The newcomer's button to ask a referred connector for a time."""
    return Choice(
        id=f"refbook:{referral.id}",
        label="referrals-book",
        args={"name": referral.name.split(" ", 1)[0]},
    )


async def follow_chain(scope: Scope) -> None:
    """Link invited people who registered, and mark referrals whose meeting was held as met."""
    store = referral_store(scope.tx)
    for referral_id, person_id in await store.joined_invites(BATCH):
        await store.set_person(referral_id, person_id)
        joined = await store.set_status(referral_id, ("invited",), "joined", person_id)
        if joined is None:
            continue
        person = await scope.tx.participant(person_id)
        await scope.tx.enqueue_to(
            joined.mentee_id,
            [
                Reply(
                    key="referrals-joined",
                    args={"name": person.name or joined.name,
                          "profession": person.profession or joined.profession},
                    choices=(book_choice(joined),),
                )
            ],
        )  # fmt: skip
    for referral_id, person_id in await store.declined_invites(BATCH):
        # STOP from the invited number is their answer: declined, by them.
        declined = await store.set_status(referral_id, ("invited",), "declined", person_id)
        if declined is not None:
            await tell_invite_ended(scope.tx, declined, "declined")
    for referral_id in await store.held_referrals(BATCH):
        await store.set_status(referral_id, ("requested", "joined", "suggested"), "met", None)


async def tell_invite_ended(tx: Transaction, referral: Referral, how: str) -> None:
    """Tell the newcomer an invited person will not join: ``declined`` (NO, or STOP: their
    answer) or ``expired`` (no answer in time), each said as it is."""
    ended = Reply(key="referrals-invite-ended", args={"name": referral.name, "how": how})
    await tx.enqueue_to(referral.mentee_id, [ended])


async def expire_invite(scope: Scope, job: Job) -> str | None:
    """Two weeks without an answer: the invitation expires (once; nothing is sent to them)."""
    assert job.subject is not None
    store = referral_store(scope.tx)
    expired = await store.set_status(job.subject.id, ("invited",), "expired", None, "no answer")
    if expired is not None:
        await tell_invite_ended(scope.tx, expired, "expired")
    return None


async def check_outside_later(ctx: Ctx, referral: Referral) -> None:
    """A week from now, ask the newcomer once whether they reached the outside contact."""
    due = ctx.clock.now() + CHECK_AFTER
    subject = Subject(kind="referral", id=referral.id)
    await ctx.tx.jobs.add(OUTSIDE_CHECK, str(referral.id), due, subject)


async def ask_outside(scope: Scope, job: Job) -> str | None:
    """Ask the newcomer whether they made contact and whether they met (once)."""
    assert job.subject is not None
    referral = await referral_store(scope.tx).referral(job.subject.id)
    if referral is None or referral.status != "given":
        return None  # already answered
    choices = tuple(
        Choice(id=f"refout:{referral.id}:{answer}", label=f"referrals-outside-{answer}")
        for answer in OUTSIDE_ANSWERS
    )
    await scope.tx.enqueue_to(
        referral.mentee_id,
        [Reply(key="referrals-outside-check", args={"name": referral.name}, choices=choices)],
    )
    return None


async def on_outside(ctx: Ctx, rest: str) -> Result | None:
    """``refout:<id>:<met|contacted|not>``: the newcomer's answer about an outside contact."""
    number, _, answer = rest.partition(":")
    referral_id = ascii_int(number)
    if referral_id is None or answer not in OUTSIDE_ANSWERS:
        return None
    store = referral_store(ctx.tx)
    referral = await store.referral(referral_id)
    if referral is None or referral.mentee_id != ctx.participant.id or referral.kind != "outside":
        return None
    expected, status = OUTSIDE_ANSWERS[answer]
    if status is not None:
        await store.set_status(referral.id, expected, status, ctx.participant.id)
    return [Reply(key=f"referrals-outside-thanks-{answer}", args={"name": referral.name})]
