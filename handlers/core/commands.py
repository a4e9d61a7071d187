"""Commands with arguments: ``/lift 42`` on Telegram, ``lift 42`` by SMS, in either language."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Open, Result
from handlers.core.feature import Command
from handlers.core.menu import main_menu
from handlers.core.values import Reply

# The dialogue that asks before a command marked ``confirm`` or ``secure`` runs (its feature:
# handlers/safeguards). Its step ids are stored, like every dialogue's.
CONFIRM_DIALOGUE = "safeguards_confirm"


class PendingCommand(BaseModel):
    """A command waiting for its confirmation, and what has been asked so far."""

    name: str
    argument: str
    ask: bool = True  # "go ahead?" is asked
    pin: bool = False  # by SMS: the PIN first
    pin_ok: bool = False
    no_pin: bool = False  # by SMS without a PIN set: refused, saying how to set one
    locked: bool = False  # too many wrong PINs
    go: bool = False


def split_command(text: str) -> tuple[str, str]:
    """Split ``/find civil engineer`` (or ``find@bot civil engineer``) into name and argument."""
    head, _, rest = text.strip().partition(" ")
    name = head.removeprefix("/").split("@", 1)[0]
    # Accents optional, as people type them or not ("présenter", "presenter").
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.casefold(), rest.strip()


async def run_command(ctx: Ctx, text: str) -> Result | None:
    """Run the command ``text`` names; None when it names none this person may run.

    A command the person's roles do not allow gets the same answer as an unknown one (None),
    and is written to the audit log.
    """
    if not text:
        return None
    name, argument = split_command(text)
    named = ctx.features.commands_named(name)
    allowed = allowed_commands(ctx, name)
    # An attempt at a command one may not run is recorded: a name nobody else shares, or a
    # shared one (``/profile 12``) given what only the restricted command reads.
    tried = [c for c in named if c not in allowed and not isinstance(c.parse(argument), Invalid)]
    if named and (not allowed or (tried and argument)):
        refused = (tried or named)[0]
        await ctx.tx.audit(ctx.participant.id, "command-refused", canonical(refused, name))
    if not allowed:
        return None
    found = first_parsed(allowed, argument)
    if found is None:
        restricted = [c for c in allowed if c.roles is not None]
        if restricted:
            # A restricted command given what it cannot read is in the log too, by its name.
            detail = f"{canonical(restricted[0], name)} {argument}"[:80]
            await ctx.tx.audit(ctx.participant.id, "command-bad-argument", detail)
        usage = Reply(key=allowed[0].usage or "dialogue-command-usage", args={"command": name})
        return [usage, main_menu(ctx)]
    command, parsed = found
    ask = command.confirm is not None and command.confirm(parsed)
    pin = (ask or command.secure) and ctx.by_sms
    if ask or pin:
        # Run once confirmed (and, by SMS, the PIN given): handlers/safeguards.
        pending = PendingCommand(name=name, argument=argument, ask=ask, pin=pin)
        return [Open(CONFIRM_DIALOGUE, pending)]
    result: Result = await command.run(ctx, parsed)
    return result


async def run_anytime_command(ctx: Ctx, text: str) -> Result | None:
    """Run a command typed in the middle of a question, when it is one read there
    (``Command.anytime``) and it says so for what was typed; None: it is the answer."""
    name, argument = split_command(text)
    for command in allowed_commands(ctx, name):
        if command.anytime is None or command.confirm is not None or command.secure:
            continue
        parsed = command.parse(argument)
        if not isinstance(parsed, Invalid) and await command.anytime(ctx, parsed):
            result: Result = await command.run(ctx, parsed)
            return result
    return None


def canonical(command: Command[Any], typed: str) -> str:
    """The name the audit log uses for a command: its English one, whatever word was typed."""
    return command.names.get("en", typed)[:40]


def allowed_commands(ctx: Ctx, name: str) -> list[Command[Any]]:
    """The commands called ``name`` that the person's roles allow, as they are tried."""
    return [c for c in ctx.features.commands_named(name) if ctx.participant.holds(c.roles)]


def first_parsed(
    commands: Sequence[Command[Any]], argument: str
) -> tuple[Command[Any], Any] | None:
    """The first of ``commands`` that reads ``argument``, with what it read; None if none."""
    for command in commands:
        parsed = command.parse(argument)
        if not isinstance(parsed, Invalid):
            return command, parsed
    return None


async def audit_refused(ctx: Ctx, text: str | None) -> None:
    """Audit a ``/command`` the person may not run, typed where commands are not read (in
    the middle of a question, before registering): a probe is recorded wherever it comes."""
    if not text or not text.startswith("/"):
        return
    name, _ = split_command(text)
    named = ctx.features.commands_named(name)
    if named and not allowed_commands(ctx, name):
        await ctx.tx.audit(ctx.participant.id, "command-refused", canonical(named[0], name))
