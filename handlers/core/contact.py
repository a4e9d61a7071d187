"""A phone number a person shares about themselves (Telegram's contact button)."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.phones import to_e164
from handlers.core.values import Address, Reply


async def on_shared_phone(ctx: Ctx, raw: str) -> Reply:
    """Add the person's own shared number as an SMS address, so coordinators can text them."""
    phone = to_e164(raw)
    if phone is None:
        return Reply(key="menu-phone-invalid")
    added = await ctx.tx.add_address(ctx.participant.id, Address(channel="sms", value=phone))
    if not added:
        return Reply(key="menu-phone-taken")
    await ctx.tx.audit(ctx.participant.id, "phone-shared", "sms")
    return Reply(key="menu-phone-saved")
