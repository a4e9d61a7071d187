"""The main menu of each role, and the actions it offers outside any dialogue."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.phones import to_e164
from handlers.core.values import Address, Choice, Languages, Ref, Reply, Role
from handlers.registration.sectors import sector_ref
from handlers.registration.timezones import timezone_ref

ROLE_LABELS: dict[Role, str] = {
    "mentee": "role-mentee",
    "connector": "role-connector",
    "coordinator": "role-coordinator",
}

_COMMON = (
    Choice(id="menu:profile", label="menu-choice-profile"),
    Choice(id="global:language", label="menu-choice-language"),
    Choice(id="global:help", label="menu-choice-help"),
)


def role_ref(role: Role | None) -> Ref:
    """Name a role in the recipient's language."""
    return Ref(key=ROLE_LABELS[role or "mentee"])


def is_coordinator(ctx: Ctx) -> bool:
    """Coordinators are the addresses configured as such, never a self-declared role."""
    return ctx.address in ctx.config.coordinators


# Slash commands that open a menu action directly (Telegram's command menu lists them).
COMMANDS: dict[str, str] = {
    "/profile": "menu:profile",
    "/profil": "menu:profile",
    "/stats": "coord:stats",
}


ROLE_CHOICES: dict[Role, tuple[Choice, ...]] = {
    "mentee": (
        Choice(id="menu:find", label="menu-choice-find"),
        Choice(id="menu:meetings", label="menu-choice-meetings"),
    ),
    "connector": (
        Choice(id="menu:offer", label="menu-choice-offer"),
        Choice(id="menu:slots", label="menu-choice-slots"),
        Choice(id="menu:settings", label="menu-choice-settings"),
    ),
    "coordinator": (),
}


def main_menu(ctx: Ctx) -> Reply:
    """Offer what this person can do now."""
    choices: tuple[Choice, ...] = ROLE_CHOICES[ctx.participant.role or "mentee"] + _COMMON
    if ctx.address.channel == "telegram":
        choices = (
            *choices[:1],
            Choice(id="menu:share-phone", label="menu-choice-phone"),
            *choices[1:],
        )
    if is_coordinator(ctx):
        choices = (Choice(id="coord:stats", label="menu-choice-stats"), *choices)
    return Reply(key="menu-main", args={"role": role_ref(ctx.participant.role)}, choices=choices)


def menu_choice_ids(ctx: Ctx) -> frozenset[str]:
    """Return the ids the main menu offers this person."""
    return frozenset(choice.id for choice in main_menu(ctx).choices)


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
            "timezone": timezone_ref(p.timezone),
        },
    )


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


async def on_menu_choice(ctx: Ctx, choice: str) -> list[Reply]:
    """Act on a main-menu choice, then offer the menu again."""
    if choice == "menu:profile":
        return [profile(ctx), main_menu(ctx)]
    if choice == "menu:share-phone":
        # Telegram renders this one choice as its "share my number" keyboard button.
        return [
            Reply(
                key="menu-share-phone",
                choices=(Choice(id="share-contact", label="menu-share-phone-button"),),
            )
        ]
    if choice == "coord:stats" and is_coordinator(ctx):
        return [await programme_numbers(ctx), main_menu(ctx)]
    return [Reply(key="dialogue-choice-expired"), main_menu(ctx)]
