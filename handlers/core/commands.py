"""Commands with arguments: ``/lift 42`` on Telegram, ``lift 42`` by SMS, in either language."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.menu import main_menu
from handlers.core.values import Reply


def split_command(text: str) -> tuple[str, str]:
    """Split ``/find civil engineer`` (or ``find@bot civil engineer``) into name and argument."""
    head, _, rest = text.strip().partition(" ")
    return head.removeprefix("/").split("@", 1)[0].casefold(), rest.strip()


async def run_command(ctx: Ctx, text: str) -> Result | None:
    """Run the command ``text`` names; None when it names none this person may run.

    A command the person's roles do not allow gets the same answer as an unknown one (None),
    and is written to the audit log.
    """
    if not text:
        return None
    name, argument = split_command(text)
    command = ctx.features.command(name)
    if command is None:
        return None
    if not ctx.participant.holds(command.roles):
        await ctx.tx.audit(ctx.participant.id, "command-refused", name[:40])
        return None
    parsed = command.parse(argument)
    if isinstance(parsed, Invalid):
        usage = Reply(key=command.usage or "dialogue-command-usage", args={"command": name})
        return [usage, main_menu(ctx)]
    result: Result = await command.run(ctx, parsed)
    return result
