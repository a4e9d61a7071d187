"""Programme numbers for coordinators: participants by role and status, unreachable people."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.values import Reply


async def programme_numbers(ctx: Ctx) -> Reply:
    """Give a coordinator the counts of participants by role and status."""
    counts = await ctx.tx.count_participants()

    def taking_part(role: str) -> int:
        # Registered and approved (or needing no approval): whom /stats' "new" figures count.
        return sum(
            c.count
            for c in counts
            if c.role == role and c.status == "active" and c.approval is None
        )

    return Reply(
        key="menu-stats",
        args={
            "mentees": taking_part("mentee"),
            "connectors": taking_part("connector"),
            "waiting": sum(c.count for c in counts if c.approval == "pending"),
            "rejected": sum(c.count for c in counts if c.approval == "rejected"),
            "registering": sum(c.count for c in counts if c.status == "registering"),
            "refused": sum(c.count for c in counts if c.status == "consent_refused"),
            "unreachable": await ctx.tx.count_unreachable_addresses(),
        },
    )
