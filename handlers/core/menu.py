"""The main menu: every entry the features declare for the roles a person holds."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.feature import MenuItem
from handlers.core.values import Choice, Ref, Reply, Role

ROLE_LABELS: dict[Role, str] = {
    "mentee": "role-mentee",
    "connector": "role-connector",
    "coordinator": "role-coordinator",
    "mentor": "role-mentor",
    "agency": "role-agency",
}

# Always last, whatever the features add: these are global words, not feature entries.
_TAIL = (
    Choice(id="global:language", label="menu-choice-language"),
    Choice(id="global:help", label="menu-choice-help"),
)


# By SMS the main menu lists at most this many entries, the last one More: six short lines
# keep it to one segment in both languages (twelve cost two on every menu).
SMS_ENTRIES = 6
MORE = Choice(id="menu:more", label="menu-choice-more")


def role_ref(role: Role | None) -> Ref:
    """Name a role in the recipient's language."""
    return Ref(key=ROLE_LABELS[role or "mentee"])


def is_coordinator(ctx: Ctx) -> bool:
    """Whether the person holds the coordinator role (stored, never self-declared)."""
    return "coordinator" in ctx.participant.roles


def menu_items(ctx: Ctx) -> tuple[MenuItem, ...]:
    """The feature entries this person's roles, state and channel allow, in menu order."""
    return tuple(
        item
        for item in ctx.features.menu
        if ctx.participant.holds(item.roles)
        and ctx.offers(item)
        and (item.channels is None or ("sms" if ctx.by_sms else "telegram") in item.channels)
    )


def _entries(ctx: Ctx) -> tuple[Choice, ...]:
    return tuple(Choice(id=item.id, label=item.label) for item in menu_items(ctx)) + _TAIL


def main_menu(ctx: Ctx) -> Reply:
    """Offer what this person can do now; by SMS at most ``SMS_ENTRIES`` entries, the rest
    under More (a longer numbered list costs a segment more on every menu)."""
    choices = _entries(ctx)
    if ctx.by_sms and len(choices) > SMS_ENTRIES:
        choices = (*choices[: SMS_ENTRIES - 1], MORE)
    return Reply(key="menu-main", args={"role": role_ref(ctx.participant.role)}, choices=choices)


def menu_after(ctx: Ctx) -> list[Reply]:
    """The menu after the last word of a flow that needs nothing more: on Telegram, its
    buttons cost nothing; by SMS none (MENU, or any number, brings it), since a menu after
    every thank-you costs the person a message."""
    return [] if ctx.by_sms else [main_menu(ctx)]


def more_menu(ctx: Ctx) -> Reply:
    """The entries the SMS main menu had no room for, and the way back to it."""
    rest = _entries(ctx)[SMS_ENTRIES - 1 :]
    back = Choice(id="global:menu", label="menu-choice-back")
    return Reply(key="menu-more", choices=(*rest, back))


async def on_menu_choice(ctx: Ctx, choice: str) -> Result | None:
    """Run a main-menu entry this person is offered; None when it is not one of theirs."""
    if choice == MORE.id:
        return [more_menu(ctx)]
    for item in menu_items(ctx):
        if item.id == choice:
            return await item.run(ctx)
    return None
