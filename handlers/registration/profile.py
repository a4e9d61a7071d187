"""What the programme holds about a person, shown back to them; sharing a phone number."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.menu import main_menu, role_ref
from handlers.core.values import Choice, Languages, Reply
from handlers.registration.sectors import sector_ref
from handlers.registration.timezones import timezone_ref


def profile(ctx: Ctx) -> Reply:
    """Show the person what the programme holds about them."""
    p = ctx.participant
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
        },
    )


async def show_profile(ctx: Ctx, _: object = None) -> Result:
    """The profile, then the menu again."""
    return [profile(ctx), main_menu(ctx)]


async def offer_phone_sharing(ctx: Ctx) -> Result:
    """Telegram renders this one choice as its "share my number" keyboard button."""
    return [
        Reply(
            key="menu-share-phone",
            choices=(Choice(id="share-contact", label="menu-share-phone-button"),),
        )
    ]
