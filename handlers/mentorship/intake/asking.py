"""Small pieces the intake questions share: yes/no answers, the programme, prompts."""

from __future__ import annotations

from collections.abc import Callable

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Invalid
from handlers.core.parsing import yes_no
from handlers.core.programmes import Programme
from handlers.core.values import ArgValue, Choice, Reply
from handlers.mentorship.intake.values import IntakeAnswers

YES_NO = (
    Choice(id="yes", label="dialogue-choice-yes", means="yes"),
    Choice(id="no", label="dialogue-choice-no", means="no"),
)


def programme_of(ctx: Ctx, answers: IntakeAnswers) -> Programme | None:
    """The programme the answers are for (None if the file no longer lists it)."""
    return ctx.config.programmes.get(answers.programme or "")


def programme_args(ctx: Ctx, answers: IntakeAnswers) -> dict[str, ArgValue]:
    """What prompts say about the programme, in the person's language."""
    programme = programme_of(ctx, answers)
    language = ctx.participant.language
    if programme is None:
        return {"programme": "-", "region": "-", "employer": "-", "minutes": 60, "weeks": 12}
    return {
        "programme": programme.name(language),
        "region": programme.region(language),
        "employer": programme.employer or "-",
        "minutes": programme.cadence.min_minutes,
        "weeks": programme.duration_weeks or 12,
        "level": programme.eligibility.min_clb,
        "years": programme.eligibility.min_years,
    }


def ask(key: str, choices: tuple[Choice, ...] = ()) -> Callable[[Ctx, IntakeAnswers], Reply]:
    """A prompt ``key`` with the programme's details and fixed ``choices``."""
    return lambda ctx, answers: Reply(key=key, args=programme_args(ctx, answers), choices=choices)


def on_yes_no(hint: str) -> Callable[[Ctx, Answer], bool | Invalid]:
    """A parser for a yes/no question (the buttons, or yes/oui/no/non typed)."""

    def parse(ctx: Ctx, answer: Answer) -> bool | Invalid:
        if answer.choice in ("yes", "no"):
            return answer.choice == "yes"
        said = yes_no(answer.text or "")
        return said if said is not None else Invalid(hint)

    return parse


def skip_unless(question: str) -> Callable[[Ctx, IntakeAnswers], bool]:
    """Skip a step whose question the programme does not ask (for the answers' role)."""

    def skip(ctx: Ctx, answers: IntakeAnswers) -> bool:
        programme = programme_of(ctx, answers)
        if programme is None:
            return True
        rules = programme.eligibility
        asked: tuple[str, ...] = rules.mentor if answers.role == "mentor" else rules.mentee
        return question not in asked

    return skip
