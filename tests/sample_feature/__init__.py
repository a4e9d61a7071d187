"""A feature that lives only in tests: it proves a feature plugs in without editing the core.

It declares a dialogue (pick a number), an action (``sample:<n>``), a command with a typed
argument (``/echo 42``, ``echo 42`` by SMS, ``/repete 42`` in French), a menu entry for
newcomers and a job kind (a follow-up an hour later). Its messages are in its own catalogue
folder, ``tests/sample_feature/locales``.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pydantic import BaseModel

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.feature import Action, Command, Feature, JobKind, Late, MenuItem
from handlers.core.jobs import Job, Subject
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int
from handlers.core.values import Choice, Reply

CATALOGUES = Path(__file__).parent / "locales"
LATER = timedelta(hours=1)
UNLUCKY = 13


class PickAnswers(BaseModel):
    """The number a person picked."""

    number: int | None = None


def on_number(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store a number from 1 to 99; ask nothing more."""
    number = ascii_int((answer.text or "").strip())
    return number if number is not None and 1 <= number <= 99 else Invalid("sample-invalid")


async def finish_pick(ctx: Ctx, answers: PickAnswers) -> Result:
    """Confirm the number and schedule its follow-up an hour later (13: pick again)."""
    number = answers.number or 0
    if number == UNLUCKY:
        # A dialogue's end leads into another dialogue (here, the same one) as a value.
        return [Reply(key="sample-unlucky"), Open(PICK.id)]
    due = ctx.clock.now() + LATER
    subject = Subject(kind="sample", id=ctx.participant.id)
    await ctx.tx.jobs.add("sample_later", f"{ctx.participant.id}@{number}", due, subject)
    return [Reply(key="sample-picked", args={"number": number}), main_menu(ctx)]


PICK: Dialogue[PickAnswers] = Dialogue(
    id="sample_pick",
    model=PickAnswers,
    steps=(
        Step(
            id="ask-number",
            ask=lambda ctx, a: Reply(
                key="sample-ask",
                choices=(Choice(id="sample:7", label="sample-lucky"),),
            ),
            parse=on_number,
            save=saves("number"),
            help="sample-help",
        ),
    ),
    finish=finish_pick,
)


async def open_pick(ctx: Ctx) -> Result:
    """The menu entry opens the dialogue."""
    return [Open(PICK.id)]


async def lucky(ctx: Ctx, rest: str) -> Result | None:
    """The ``sample:<n>`` action: answer with the number, from anywhere."""
    number = ascii_int(rest)
    if number is None:
        return None
    return [Reply(key="sample-picked", args={"number": number})]


def parse_number(text: str) -> int | Invalid:
    """The command's argument: one whole number."""
    number = ascii_int(text)
    return number if number is not None else Invalid("sample-echo-usage")


async def echo(ctx: Ctx, number: int) -> Result:
    """Say the number back, doubled (so the test sees the argument was parsed)."""
    return [Reply(key="sample-echo", args={"number": number * 2})]


async def later(scope: Scope, job: Job) -> str | None:
    """An hour after picking, remind the person."""
    assert job.subject is not None
    await scope.tx.enqueue_to(job.subject.id, [Reply(key="sample-later")])
    return None


FEATURE = Feature(
    name="sample",
    builds_on=("registration",),
    dialogues=(PICK,),
    actions=(Action("sample", lucky, anytime=True),),
    commands=(
        Command(
            names={"en": "echo", "fr": "repete"},
            about="sample-echo-about",
            parse=parse_number,
            usage="sample-echo-usage",
            run=echo,
            roles=frozenset({"mentee"}),
        ),
    ),
    menu=(
        MenuItem(id="menu:sample", label="sample-menu", order=25, run=open_pick,
                 roles=frozenset({"mentee"})),
    ),
    jobs=(JobKind("sample_later", later, late=Late(timedelta(days=1), "a day late")),),
)  # fmt: skip
