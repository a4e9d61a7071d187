"""What the programme holds about a person, shown back to them."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.menu import main_menu, role_ref
from handlers.core.values import Languages, Ref, Reply
from handlers.registration.sectors import sector_ref
from handlers.registration.timezones import timezone_ref


async def profile(ctx: Ctx) -> Reply:
    """Show the person what the programme holds about them (on Telegram, with the number they
    gave, which they change with My phone number; by SMS it is the one they write from)."""
    p = ctx.participant
    phone = None if ctx.by_sms else await ctx.tx.phone(p.id)
    return Reply(
        key="menu-profile",
        args={
            "name": p.name or "",
            "role": role_ref(p.role),
            "profession": p.profession or "",
            "sector": sector_ref(p.sector),
            "city": p.city or "",
            "languages": Languages(items=tuple(p.languages_spoken)),
            "timezone": timezone_ref(p.timezone, ctx.clock.now()),
            "phone": phone or Ref(key="menu-profile-no-phone"),
        },
    )


async def show_profile(ctx: Ctx, _: object = None) -> Result:
    """The profile, then the menu again."""
    return [await profile(ctx), main_menu(ctx)]
