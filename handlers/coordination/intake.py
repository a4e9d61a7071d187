"""Intake: the people waiting for approval, and a coordinator's approval or refusal.

Who waits is the programme's choice (``CONNECTOR_APPROVAL``; see handlers/registration/
approval.py). Approving grants the role the person chose at registration, so from then on they
are offered (or may book) like anyone else; they are welcomed in their own language. A refusal
tells them politely, with the coordinator's reason and what they can do next.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.coordination.paging import cut, next_page, page, page_size
from handlers.coordination.people import person_args, shown_name
from handlers.coordination.ports import coordination_store
from handlers.coordination.records import records_store
from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.menu import role_ref
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Line, Participant, Reply


@dataclass(frozen=True)
class Refusal:
    """``/reject 12 reason``: who, and why (said to them)."""

    participant_id: int
    reason: str


def parse_refusal(text: str) -> Refusal | Invalid:
    """A participant id, then the reason in a few words."""
    head, _, rest = text.strip().partition(" ")
    number = ascii_int(head.removeprefix("#"))
    reason = clean_text(rest, minimum=3, maximum=160)
    if number is None or not reason:
        return Invalid("intake-usage-reject")
    return Refusal(participant_id=number, reason=reason)


def profile_line(person: Participant) -> Line:
    """One line about a person waiting: number, name, role chosen, profession, city."""
    return Line(key="intake-pending-line", args=person_args(person))


async def pending(ctx: Ctx, _: object = None) -> Result:
    """The first page of the people waiting for approval, then the features' own cases."""
    await ctx.tx.audit(ctx.participant.id, "admin-pending")
    shown = list(await pending_page(ctx, "all", 0))
    # Programme intake (mentorship) lists its cases, each with its own "more".
    cases = [item for d in ctx.features.decisions for item in await d.pending(ctx)]
    if cases and shown == [Reply(key="intake-pending-none")]:
        return cases
    return [*shown, *cases]


async def pending_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of the people waiting for approval, oldest first."""
    size = page_size(ctx)
    rows, more = cut(await records_store(ctx.tx).pending(size + 1, offset), size)
    if not rows and offset == 0:
        return [Reply(key="intake-pending-none")]
    lines = [profile_line(person) for person in rows]
    more_id = next_page("pending", scope, offset, size, more)
    return [page("intake-pending", {"more": "yes" if more else "no"}, lines, more=more_id)]


async def _waiting(ctx: Ctx, participant_id: int) -> Participant | Reply:
    """The person by that number if a decision about them can be taken, else why not."""
    person = await coordination_store(ctx.tx).person(participant_id)
    if person is None or person.status != "active":
        return Reply(key="coordination-no-such-person", args={"id": participant_id})
    if person.approval is None:
        return Reply(key="intake-not-waiting", args={"id": person.id, "name": shown_name(person)})
    return person


async def approve(ctx: Ctx, participant_id: int) -> Result:
    """Approve someone waiting (or refused earlier): grant their role and welcome them."""
    person = await _waiting(ctx, participant_id)
    # A programme's intake case (mentorship eligibility) is confirmed by the same command.
    cases = [r for d in ctx.features.decisions for r in await d.approve(ctx, participant_id) or ()]
    if isinstance(person, Reply):
        return cases or [person]
    role = person.role or "mentee"
    await ctx.tx.grant(person.id, role, granted_by=ctx.participant.id)
    await records_store(ctx.tx).set_approval(person.id, None)
    await ctx.tx.audit(ctx.participant.id, "admin-approve", str(person.id))
    welcome = Reply(key="intake-you-are-approved", args={"name": person.name or "",
                                                        "role": role_ref(role)},
                    command_roles=person.roles | {role})  # fmt: skip
    await ctx.tx.enqueue_to(person.id, [welcome])
    approved = Reply(key="intake-approved", args={"id": person.id, "name": shown_name(person)})
    return [approved, *cases]


async def reject(ctx: Ctx, refusal: Refusal) -> Result:
    """Refuse someone waiting: tell them politely, with the reason and what they can do."""
    person = await _waiting(ctx, refusal.participant_id)
    # A programme's intake case is referred back by the same command, with the same reason.
    cases = [
        r
        for d in ctx.features.decisions
        for r in await d.reject(ctx, refusal.participant_id, refusal.reason) or ()
    ]
    if isinstance(person, Reply):
        return cases or [person]
    await records_store(ctx.tx).set_approval(person.id, "rejected")
    # Ids only in the audit log: the reason is free text and goes to the person alone.
    await ctx.tx.audit(ctx.participant.id, "admin-reject", str(person.id))
    told = Reply(
        key="intake-you-are-rejected",
        args={"reason": refusal.reason, "contact": ctx.config.programme_contact or "none"},
    )
    await ctx.tx.enqueue_to(person.id, [told])
    rejected = Reply(key="intake-rejected", args={"id": person.id, "name": shown_name(person)})
    return [rejected, *cases]
