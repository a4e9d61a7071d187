"""A phone number a person gives about themselves (Telegram's contact button, or typed where
a number is asked): it replaces the one they gave before."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.phones import to_e164
from handlers.core.values import Choice, Reply

# Telegram renders this choice as its "share my phone number" key (the person's own number).
SHARE_PHONE = Choice(id="share-contact", label="menu-share-phone-button")


async def set_phone(ctx: Ctx, phone: str | None) -> bool:
    """Make ``phone`` the person's number (None: none any more), so coordinators can text
    them and the people whose meeting they confirm can call; False if it is someone else's."""
    before = await ctx.tx.phone(ctx.participant.id)
    if not await ctx.tx.set_phone(ctx.participant.id, phone):
        return False
    await ctx.tx.audit(ctx.participant.id, "phone-shared" if phone else "phone-removed", "sms")
    if phone != before:
        # The meetings feature tells the other side of confirmed meetings to come.
        await ctx.features.act(ctx, "contact-changed")
    return True


async def on_shared_phone(ctx: Ctx, raw: str) -> Reply:
    """Keep the person's own shared number (shared outside a question asking for one)."""
    phone = to_e164(raw)
    if phone is None:
        return Reply(key="menu-phone-invalid")
    if not await set_phone(ctx, phone):
        return Reply(key="menu-phone-taken")
    return Reply(key="menu-phone-saved", args={"phone": phone})
