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


def role_ref(role: Role | None) -> Ref:
    """Name a role in the recipient's language."""
    return Ref(key=ROLE_LABELS[role or "mentee"])


def is_coordinator(ctx: Ctx) -> bool:
    """Whether the person holds the coordinator role (stored, never self-declared)."""
    return "coordinator" in ctx.participant.roles


def menu_items(ctx: Ctx) -> tuple[MenuItem, ...]:
    """The feature entries this person's roles and channel allow, in menu order."""
    return tuple(
        item
        for item in ctx.features.menu
        if ctx.participant.holds(item.roles)
        and (item.channels is None or ctx.address.channel in item.channels)
    )


def main_menu(ctx: Ctx) -> Reply:
    """Offer what this person can do now."""
    choices = tuple(Choice(id=item.id, label=item.label) for item in menu_items(ctx)) + _TAIL
    return Reply(key="menu-main", args={"role": role_ref(ctx.participant.role)}, choices=choices)


async def on_menu_choice(ctx: Ctx, choice: str) -> Result | None:
    """Run a main-menu entry this person is offered; None when it is not one of theirs."""
    for item in menu_items(ctx):
        if item.id == choice:
            return await item.run(ctx)
    return None
