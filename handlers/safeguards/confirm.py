"""Asking before a destructive command runs: "go ahead?", and by SMS the coordinator's PIN.

A command marked ``confirm`` (erase, grant, remove, pause, reject, an export with contacts)
opens this dialogue instead of running (handlers/core/commands.py); one marked ``secure`` (a
broadcast, which shows its own preview) asks only the PIN. By SMS the PIN comes first: caller
id can be forged, and one text ``erase 2`` from a spoofed coordinator number once erased a
participant. A correct PIN counts for ``pin_minutes``; five wrong ones in an hour stop trying.
"""

from __future__ import annotations

import re
from datetime import timedelta

from handlers.core.commands import (
    CONFIRM_DIALOGUE,
    PendingCommand,
    allowed_commands,
    first_parsed,
)
from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Result, Step
from handlers.core.menu import main_menu
from handlers.core.values import Choice, Reply
from handlers.safeguards.ports import pin_store

HOUR = timedelta(hours=1)
# Wrong PINs allowed in an hour before the command is dropped (and the next ones with it).
MOST_WRONG = 5
PIN = re.compile(r"[0-9]{4,8}")


def shown(pending: PendingCommand) -> str:
    """The command as the coordinator typed it."""
    return f"{pending.name} {pending.argument}".strip()


async def prepare(ctx: Ctx, pending: PendingCommand) -> PendingCommand:
    """Whether the PIN must be asked: not within a PIN session, not without a PIN."""
    if not pending.pin:
        return pending
    pins = pin_store(ctx.tx)
    if await pins.session_open(ctx.participant.id, ctx.clock.now()):
        return pending.model_copy(update={"pin_ok": True})
    if not await pins.has_pin(ctx.participant.id):
        return pending.model_copy(update={"no_pin": True})
    return pending


def ask_pin(ctx: Ctx, pending: PendingCommand) -> Reply:
    """Ask for the PIN (nothing to pick: it is typed)."""
    return Reply(key="safeguards-ask-pin", args={"command": shown(pending)})


async def on_pin(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """The coordinator's PIN: True when right; False once too many were wrong (dropped).

    Reads only: it may run twice for one message (see ``pin_missed`` and ``pin_given``).
    """
    typed = (answer.text or "").strip()
    pins = pin_store(ctx.tx)
    person = ctx.participant.id
    if PIN.fullmatch(typed) and await pins.pin_matches(person, typed):
        return True
    if await pins.wrong_since(person, ctx.clock.now() - HOUR) >= MOST_WRONG - 1:
        return False  # the fifth wrong one: nothing will be done
    return Invalid("safeguards-pin-wrong")


async def pin_missed(ctx: Ctx, pending: PendingCommand, step: str) -> None:
    """A wrong PIN: counted and audited (never the digits)."""
    if step == "ask-pin":
        await pin_store(ctx.tx).record_wrong(ctx.participant.id)
        await ctx.tx.audit(ctx.participant.id, "pin-wrong", ctx.address.channel)


async def pin_given(ctx: Ctx, pending: PendingCommand, step: str) -> None:
    """The PIN step answered: the session opens, or the last wrong try is counted."""
    if step != "ask-pin":
        return
    person = ctx.participant.id
    if pending.pin_ok:
        until = ctx.clock.now() + timedelta(minutes=ctx.config.pin_minutes)
        await pin_store(ctx.tx).open_session(person, until)
        await ctx.tx.audit(person, "pin-accepted", ctx.address.channel)
    else:
        await pin_missed(ctx, pending, step)


def ask_go(ctx: Ctx, pending: PendingCommand) -> Reply:
    """Ask whether to run it (the labels are no carrier keywords)."""
    return Reply(
        key="safeguards-ask-go",
        args={"command": shown(pending)},
        choices=(
            Choice(id="safe:go", label="safeguards-go", means="yes"),
            Choice(id="safe:keep", label="safeguards-keep", means="no"),
        ),
    )


def on_go(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Go ahead, or leave everything as it is."""
    if answer.choice in ("safe:go", "safe:keep"):
        return answer.choice == "safe:go"
    return Invalid("safeguards-yes-no")


async def finish(ctx: Ctx, pending: PendingCommand) -> Result:
    """Run the command once everything asked was answered yes; else say nothing changed."""
    if pending.no_pin:
        args = {"command": shown(pending), "id": ctx.participant.id}
        return [Reply(key="safeguards-no-pin", args=args), main_menu(ctx)]
    if pending.pin and not pending.pin_ok:
        return [Reply(key="safeguards-pin-locked"), main_menu(ctx)]
    if pending.ask and not pending.go:
        return [Reply(key="safeguards-nothing-done"), main_menu(ctx)]
    # Looked up again as run_command does: the roles may have changed meanwhile.
    found = first_parsed(allowed_commands(ctx, pending.name), pending.argument)
    if found is None:
        return [Reply(key="safeguards-nothing-done"), main_menu(ctx)]
    command, parsed = found
    await ctx.tx.audit(ctx.participant.id, "confirmed", pending.name[:40])
    result: Result = await command.run(ctx, parsed)
    return result


CONFIRM: Dialogue[PendingCommand] = Dialogue(
    id=CONFIRM_DIALOGUE,
    model=PendingCommand,
    steps=(
        Step(
            id="ask-pin",
            ask=ask_pin,
            parse=on_pin,
            save=lambda a, ok: a.model_copy(update={"pin_ok": ok, "locked": not ok}),
            help="safeguards-pin-wrong",
            skip=lambda ctx, a: not a.pin or a.pin_ok or a.no_pin,
        ),
        Step(
            id="ask-go",
            ask=ask_go,
            parse=on_go,
            save=lambda a, go: a.model_copy(update={"go": go}),
            help="safeguards-yes-no",
            skip=lambda ctx, a: not a.ask or a.no_pin or a.locked,
        ),
    ),
    finish=finish,
    prepare=prepare,
    on_miss=pin_missed,
    after_step=pin_given,
)
