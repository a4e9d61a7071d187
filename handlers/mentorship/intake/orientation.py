"""Orientation: what the programme expects, then a three-question check, before any match.

A person the coordinators confirmed gets "Start the orientation" with the news. The dialogue
says what the programme asks (how often, how long, the hours aimed for, confidentiality, what
to do when a meeting cannot happen), then checks three points. A wrong answer is not a failure:
it says what is right and asks again, so everyone who finishes has the three points straight.
Coordinators who ran an orientation in person record it with ``/oriented <id>`` instead.
Only oriented people can be matched (pairing reads the status).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.menu import main_menu, menu_after
from handlers.core.parsing import ascii_int, one_number, yes_no
from handlers.core.programmes import Programme
from handlers.core.values import ArgValue, Choice, Participant, Ref, Reply
from handlers.mentorship.intake.decisions import programme_name
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import Membership, MemberStatus

ORIENTED_FROM: tuple[MemberStatus, ...] = ("eligible",)
# Cadences a mentorship can have, as the check offers them.
OFTEN = ("week", "two-weeks", "month")
LENGTHS = ("right", "short", "year")
ABSENT = ("tell", "skip", "later")


class OrientationAnswers(BaseModel):
    """The orientation's progress: the programme, and each point once answered right."""

    programme: str | None = None
    read: bool | None = None
    often: str | None = None
    length: str | None = None
    absent: str | None = None


def _programme(ctx: Ctx, answers: OrientationAnswers) -> Programme | None:
    return ctx.config.programmes.get(answers.programme or "")


def terms(ctx: Ctx, answers: OrientationAnswers) -> dict[str, ArgValue]:
    """What the orientation says about the programme, in the person's language."""
    programme = _programme(ctx, answers)
    if programme is None:
        return {"programme": "-", "weeks": 12, "minutes": 60, "hours": 12,
                "every": Ref(key="mentorship-every-week")}  # fmt: skip
    return {
        "programme": programme.name(ctx.participant.language),
        "weeks": programme.weeks,
        "minutes": programme.cadence.min_minutes,
        "hours": round(programme.target_minutes / 60),
        "every": Ref(key=f"mentorship-every-{programme.cadence.every}"),
    }


def ask_read(ctx: Ctx, answers: OrientationAnswers) -> Reply:
    """The programme's expectations, with "I have read it"."""
    return Reply(
        key="mentorship-orient-expectations",
        args=terms(ctx, answers),
        choices=(Choice(id="ori:read", label="mentorship-orient-read", means="yes"),),
    )


def on_read(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Go on to the check once the person says they have read it."""
    if answer.choice == "ori:read" or yes_no(answer.text or "") is True:
        return True
    return Invalid("mentorship-orient-read-help")


def ask_often(ctx: Ctx, answers: OrientationAnswers) -> Reply:
    """The first check: how often the pair meets."""
    choices = tuple(
        Choice(id=f"oft:{every}", label=f"mentorship-orient-often-{every}") for every in OFTEN
    )
    return Reply(key="mentorship-orient-ask-often", choices=choices)


def _picked(answer: Answer, prefix: str, options: tuple[str, ...]) -> str | None:
    """The option picked by button, or by its number typed as text."""
    choice = answer.choice or ""
    if choice.startswith(prefix) and choice.removeprefix(prefix) in options:
        return choice.removeprefix(prefix)
    number = ascii_int((answer.text or "").strip())
    return options[number - 1] if number is not None and 0 < number <= len(options) else None


def on_often(ctx: Ctx, answer: Answer) -> str | Invalid:
    """The cadence picked (``check_often`` says whether it is right)."""
    picked = _picked(answer, "oft:", OFTEN)
    return picked if picked is not None else Invalid("mentorship-orient-pick-help")


async def check_often(ctx: Ctx, answers: OrientationAnswers) -> Invalid | None:
    """Wrong: say how often the programme asks, and ask again."""
    programme = _programme(ctx, answers)
    every = programme.cadence.every if programme is not None else "week"
    if answers.often == every:
        return None
    return Invalid("mentorship-orient-wrong-often",
                   {"every": Ref(key=f"mentorship-every-{every}")})  # fmt: skip


def ask_length(ctx: Ctx, answers: OrientationAnswers) -> Reply:
    """The second check: how long the mentorship lasts and the hours aimed for."""
    args = terms(ctx, answers)
    choices = tuple(
        Choice(id=f"len:{length}", label=f"mentorship-orient-length-{length}", args=args)
        for length in LENGTHS
    )
    return Reply(key="mentorship-orient-ask-length", choices=choices)


def on_length(ctx: Ctx, answer: Answer) -> str | Invalid:
    """The length picked (``check_length`` says whether it is right)."""
    picked = _picked(answer, "len:", LENGTHS)
    return picked if picked is not None else Invalid("mentorship-orient-pick-help")


async def check_length(ctx: Ctx, answers: OrientationAnswers) -> Invalid | None:
    """Wrong: say the programme's length and hours, and ask again."""
    if answers.length == "right":
        return None
    return Invalid("mentorship-orient-wrong-length", terms(ctx, answers))


def ask_absent(ctx: Ctx, answers: OrientationAnswers) -> Reply:
    """The third check: what to do when a meeting cannot happen."""
    choices = tuple(
        Choice(id=f"abs:{what}", label=f"mentorship-orient-absent-{what}") for what in ABSENT
    )
    return Reply(key="mentorship-orient-ask-absent", choices=choices)


def on_absent(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Right: finish. Wrong: say what to do, and ask again."""
    picked = _picked(answer, "abs:", ABSENT)
    if picked is None:
        return Invalid("mentorship-orient-pick-help")
    return picked if picked == "tell" else Invalid("mentorship-orient-wrong-absent")


async def finish_orientation(ctx: Ctx, answers: OrientationAnswers) -> Result:
    """Record the orientation; the person can now be matched."""
    store = mentorship_store(ctx.tx)
    member = await store.membership(ctx.participant.id, answers.programme or "")
    name = programme_name(ctx, answers.programme or "", ctx.participant.language)
    if member is None or member.status not in ORIENTED_FROM:
        return [Reply(key="mentorship-orient-already", args={"programme": name}), main_menu(ctx)]
    await store.decide(member.id, ORIENTED_FROM, "oriented", ctx.participant.id)
    await ctx.tx.audit(ctx.participant.id, "programme-oriented", member.programme)
    return [Reply(key="mentorship-orient-done", args={"programme": name}), *menu_after(ctx)]


STEPS: tuple[Step[OrientationAnswers, Any], ...] = (
    Step(id="orient-read", ask=ask_read, parse=on_read, save=saves("read"),
         help="mentorship-orient-read-help"),
    Step(id="orient-often", ask=ask_often, parse=on_often, save=saves("often"),
         help="mentorship-orient-pick-help", check=check_often),
    Step(id="orient-length", ask=ask_length, parse=on_length, save=saves("length"),
         help="mentorship-orient-pick-help", check=check_length),
    Step(id="orient-absent", ask=ask_absent, parse=on_absent, save=saves("absent"),
         help="mentorship-orient-pick-help"),
)  # fmt: skip

ORIENTATION: Dialogue[OrientationAnswers] = Dialogue(
    id="mentorship_orientation", model=OrientationAnswers, steps=STEPS,
    finish=finish_orientation,
)  # fmt: skip


async def start_orientation(ctx: Ctx, programme_id: str) -> Result | None:
    """``orientgo:<programme>``: open the orientation of a programme the person is confirmed in."""
    member = await mentorship_store(ctx.tx).membership(ctx.participant.id, programme_id)
    if member is None:
        return None
    if member.status not in ORIENTED_FROM:
        name = programme_name(ctx, programme_id, ctx.participant.language)
        return [Reply(key="mentorship-orient-already", args={"programme": name}), main_menu(ctx)]
    return [Open(ORIENTATION.id, OrientationAnswers(programme=programme_id))]


def parse_person(text: str) -> int | Invalid:
    """The argument of /oriented: the person's number."""
    number = one_number(text)
    return number if number is not None else Invalid("mentorship-oriented-usage")


async def record_orientation(ctx: Ctx, participant_id: int) -> Result:
    """``/oriented <id>``: a coordinator records that the person attended an orientation."""
    store = mentorship_store(ctx.tx)
    members = await store.memberships(participant_id)
    if not members:
        return [Reply(key="mentorship-oriented-none", args={"id": participant_id})]
    person = await ctx.tx.participant(participant_id)
    done: list[Membership] = []
    for member in members:
        if member.status in ORIENTED_FROM and await store.decide(
            member.id, ORIENTED_FROM, "oriented", ctx.participant.id
        ):
            done.append(member)
    if not done:
        return [Reply(key="mentorship-oriented-none", args={"id": participant_id})]
    for member in done:
        await ctx.tx.audit(ctx.participant.id, "admin-programme-oriented",
                           f"{person.id} {member.id}")  # fmt: skip
        told = Reply(
            key="mentorship-orient-recorded",
            args={"programme": programme_name(ctx, member.programme, person.language)},
        )
        await ctx.tx.enqueue_to(person.id, [told])
    programmes = ", ".join(
        programme_name(ctx, m.programme, ctx.participant.language) for m in done
    )
    # A mentee is matched next with /suggest; a mentor waits to be suggested.
    role = "mentee" if any(m.role == "mentee" for m in done) else "mentor"
    args = {**_numbered(person), "programme": programmes}
    return [Reply(key=f"mentorship-oriented-{role}", args=args)]


def _numbered(person: Participant) -> dict[str, ArgValue]:
    return {"id": person.id, "name": person.name or "-"}
