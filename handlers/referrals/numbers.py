"""The chain in the programme numbers: referrals per held meeting, how many became meetings,
the deepest chain, and the connectors whose referrals led furthest."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.values import Reply
from handlers.meetings.booking import first_name
from handlers.referrals.ports import referral_store

TOP = 3


def decimal(value: float, ctx: Ctx) -> str:
    """One decimal, with the decimal comma in French."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if ctx.participant.language == "fr" else text


async def referral_numbers(ctx: Ctx) -> list[Reply]:
    """The referral lines of the coordinators' programme numbers (one message)."""
    numbers = await referral_store(ctx.tx).numbers(TOP)
    per_meeting = numbers.referrals / numbers.held if numbers.held else 0.0
    share = round(100 * numbers.became_meetings / numbers.referrals) if numbers.referrals else 0
    leaders = []
    for reach in numbers.top:
        person = await ctx.tx.participant(reach.connector_id)
        leaders.append(f"{first_name(person)} ({reach.meetings}/{reach.jobs})")
    return [
        Reply(
            key="referrals-numbers",
            args={
                "per": decimal(per_meeting, ctx),
                "share": share,
                "deepest": numbers.deepest,
                "leaders": ", ".join(leaders) or "-",
            },
        )
    ]
