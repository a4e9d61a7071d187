"""Programme numbers for coordinators: participants by role and status, unreachable people."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.values import Reply


async def programme_numbers(ctx: Ctx) -> Reply:
    """Give a coordinator the counts of participants by role and status."""
    counts = {(c.role, c.status): c.count for c in await ctx.tx.count_participants()}
    return Reply(
        key="menu-stats",
        args={
            "mentees": counts.get(("mentee", "active"), 0),
            "connectors": counts.get(("connector", "active"), 0),
            "registering": sum(n for (_, status), n in counts.items() if status == "registering"),
            "refused": sum(n for (_, status), n in counts.items() if status == "consent_refused"),
            "unreachable": await ctx.tx.count_unreachable_addresses(),
        },
    )
