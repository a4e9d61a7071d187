"""``/help``: the commands this person's roles allow, one line each, in their language, paged.

A page fits two SMS segments; "More" (``helpmore:<offset>``) shows the next one, and the last
page ends with the main menu.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int
from handlers.core.values import Choice, Line, Lines, Ref, Reply

SMS_LINES = 3
TELEGRAM_LINES = 30
MORE = "helpmore:"


def command_lines(ctx: Ctx) -> list[Line]:
    """One line per command this person may run (a shared name once)."""
    language = ctx.participant.language
    seen: set[str] = set()
    lines: list[Line] = []
    for name, command in ctx.features.commands_for(language, ctx.participant):
        if name not in seen:
            seen.add(name)
            lines.append(
                Line(key="help-command-line", args={"name": name, "about": Ref(key=command.about)})
            )
    return lines


def commands_page(ctx: Ctx, offset: int) -> list[Reply]:
    """One page of the commands; "More" while more follow, else the main menu after it."""
    size = SMS_LINES if ctx.by_sms else TELEGRAM_LINES
    every = command_lines(ctx)
    shown = every[offset : offset + size]
    if not shown:
        return [main_menu(ctx)]
    more = offset + size < len(every)
    choices = (Choice(id=f"{MORE}{offset + size}", label="help-choice-more"),) if more else ()
    page = Reply(key="help-commands", args={"lines": Lines(lines=tuple(shown))}, choices=choices)
    return [page] if more else [page, main_menu(ctx)]


def more_help(ctx: Ctx, choice: str) -> list[Reply] | None:
    """The page a "More" choice of the help names; None when ``choice`` is not one."""
    if not choice.startswith(MORE):
        return None
    offset = ascii_int(choice.removeprefix(MORE))
    return None if offset is None else commands_page(ctx, offset)
