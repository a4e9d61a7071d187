"""Lists in pages: one message a page, with a "more" choice while there is more.

A page fits two SMS segments: by SMS (and in the simulator, whose personas may be SMS-style) a
page holds a few short lines; on Telegram more. The next page is a choice (a button on
Telegram, a numbered option by SMS) whose id says which list, for whom and from where:
``more:meetings:p12:3``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TypeVar

from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.parsing import ascii_int
from handlers.core.values import ArgValue, Choice, Line, Lines, Reply

T = TypeVar("T")

# Lines a page holds: short lines by SMS fit two segments even with a few accents.
SMS_PAGE = 3
TELEGRAM_PAGE = 8

Lister = Callable[[Ctx, str, int], Awaitable[Result]]


def page_size(ctx: Ctx) -> int:
    """How many lines a page holds on this person's channel."""
    return SMS_PAGE if ctx.by_sms else TELEGRAM_PAGE


def page(
    key: str,
    args: Mapping[str, ArgValue],
    lines: Sequence[Line],
    *,
    more: str | None,
) -> Reply:
    """One page: ``key`` with its ``args`` and the ``lines``; "more" when ``more`` names one.

    ``more`` is the choice id of the next page (None on the last page).
    """
    choices = (Choice(id=more, label="intake-choice-more"),) if more is not None else ()
    return Reply(
        key=key,
        args={**args, "count": len(lines), "lines": Lines(lines=tuple(lines))},
        choices=choices,
    )


def cut(rows: Sequence[T], size: int) -> tuple[Sequence[T], bool]:
    """The rows of one page (``size + 1`` were read) and whether more follow."""
    return rows[:size], len(rows) > size


def next_page(kind: str, scope: str, offset: int, size: int, more: bool) -> str | None:
    """The choice id of the page after this one, or None when this is the last."""
    return f"more:{kind}:{scope}:{offset + size}" if more else None


async def on_more(ctx: Ctx, rest: str, listers: Mapping[str, Lister]) -> Result | None:
    """Show the page a "more" choice names (``meetings:p12:3``); None when it names none."""
    kind, _, tail = rest.partition(":")
    scope, _, start = tail.rpartition(":")
    offset = ascii_int(start)
    lister = listers.get(kind)
    if lister is None or offset is None:
        return None
    return await lister(ctx, scope, offset)
