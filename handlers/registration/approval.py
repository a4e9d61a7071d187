"""Intake: whether a newly registered person waits for a coordinator's approval.

The programme decides (``CONNECTOR_APPROVAL``): nobody waits, connectors wait (the default:
they meet newcomers in person, and staff verify them), or everyone waits. A person who waits is
registered and keeps their profile, but the role they chose is not granted until a coordinator
approves them, so nothing of that role is offered to them or about them (no times to offer, no
search, no booking). They are told so and what happens next; the coordinators are told someone
is waiting.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.ports import ProfileUpdate
from handlers.core.values import Reply, Role

NOTIFY_AT_MOST = 20


def needs_approval(ctx: Ctx, role: Role) -> bool:
    """Whether someone registering as ``role`` waits for a coordinator's approval."""
    policy = ctx.config.approval
    if role not in ("mentee", "connector"):
        return False
    return policy == "everyone" or (policy == "connectors" and role == "connector")


async def hold_for_approval(ctx: Ctx) -> Reply:
    """Mark the person as waiting, tell the coordinators, and say what happens next."""
    await ctx.update(ProfileUpdate(approval="pending"))
    await ctx.tx.audit(ctx.participant.id, "approval-pending", ctx.participant.role or "")
    notice = Reply(
        key="intake-someone-waiting",
        args={"id": ctx.participant.id, "name": ctx.participant.name or "-"},
    )
    for coordinator in await ctx.tx.holders("coordinator", NOTIFY_AT_MOST):
        if coordinator.id != ctx.participant.id:
            await ctx.tx.enqueue_to(coordinator.id, [notice])
    return Reply(key="intake-waiting", args={"name": ctx.participant.name or ""})
