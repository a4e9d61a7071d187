"""Intake: whether a newly registered person waits for a coordinator's approval.

The programme decides (``CONNECTOR_APPROVAL``): nobody waits, connectors wait (the default:
they meet newcomers in person, and staff verify them), or everyone waits. A person who waits is
registered and keeps their profile, but the role they chose is not granted until a coordinator
approves them, so nothing of that role is offered to them or about them (no times to offer, no
search, no booking). They are told so and what happens next; the coordinators are told someone
is waiting: on Telegram one message each, by SMS one text per window
(``CONNECTOR_INTAKE_DIGEST_MINUTES``) saying how many wait, so a busy day is not a flood.
"""

from __future__ import annotations

from datetime import UTC, datetime

from handlers.core.context import Ctx, Scope
from handlers.core.jobs import Job, Subject
from handlers.core.ports import ProfileUpdate
from handlers.core.values import Reply, Role

NOTIFY_AT_MOST = 20


INTAKE_DIGEST = "intake_digest"


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
    window = ctx.config.intake_digest.total_seconds()
    now = ctx.clock.now()
    for coordinator in await ctx.tx.holders("coordinator", NOTIFY_AT_MOST):
        if coordinator.id == ctx.participant.id:
            continue
        address = await ctx.tx.reach(coordinator.id)
        if window > 0 and address is not None and address.channel == "sms":
            # By SMS, one text per window for everyone who registered in it, not one each.
            bucket = int(now.timestamp() // window)
            due = datetime.fromtimestamp((bucket + 1) * window, UTC)
            about = Subject(kind="participant", id=coordinator.id)
            await ctx.tx.jobs.add(INTAKE_DIGEST, f"{coordinator.id}:{bucket}", due, about)
        else:
            await ctx.tx.enqueue_to(coordinator.id, [notice])
    return Reply(key="intake-waiting", args={"name": ctx.participant.name or ""})


async def send_intake_digest(scope: Scope, job: Job) -> str | None:
    """The end of a window: tell an SMS coordinator how many people wait for approval now."""
    if job.subject is None:
        return "no subject"
    counts = await scope.tx.count_participants()
    waiting = sum(c.count for c in counts if c.approval == "pending")
    if waiting == 0:
        return "nobody waiting any more"
    digest = Reply(key="intake-waiting-digest", args={"count": waiting})
    await scope.tx.enqueue_to(job.subject.id, [digest])
    return None
