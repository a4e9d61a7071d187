"""The mentor's eligibility questions, read top to bottom like the conversation.

Years of work in the region, profession and sector, professional networks, languages, working
for the host employer (employer-hosted programmes), and agreeing to the time commitment.
"""

from __future__ import annotations

from typing import Any

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Step, saves
from handlers.core.parsing import clean_text, normalize, split_list
from handlers.core.values import Choice, Reply
from handlers.mentorship.intake.asking import YES_NO, ask, on_yes_no, programme_args, skip_unless
from handlers.mentorship.intake.criteria import parse_years
from handlers.mentorship.intake.decisions import finish_intake
from handlers.mentorship.intake.values import IntakeAnswers
from handlers.registration.answers import on_languages, on_sector
from handlers.registration.sectors import sector_choices

LANGUAGE_CHOICES = (
    Choice(id="langs:en", label="registration-languages-en"),
    Choice(id="langs:fr", label="registration-languages-fr"),
    Choice(id="langs:en-fr", label="registration-languages-both"),
)
NO_NETWORKS = frozenset({"none", "no", "nothing", "aucun", "aucune", "non", "rien", "pas encore"})


def on_years(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the years of work in the region; ask the profession next."""
    years = parse_years(answer.text or "")
    return years if years is not None else Invalid("mentorship-years-invalid")


def ask_profession(ctx: Ctx, answers: IntakeAnswers) -> Reply:
    """Ask the profession, offering the one in the profile."""
    known = ctx.participant.profession
    same = Choice(id="profession:same", label="mentorship-profession-same",
                  args={"profession": known or "-"})  # fmt: skip
    choices = (same,) if known else ()
    args = {**programme_args(ctx, answers), "profession": known or "-"}
    return Reply(key="mentorship-ask-profession", args=args, choices=choices)


def on_profession(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the profession (the profile's, or typed); ask the sector next."""
    if answer.choice == "profession:same" and ctx.participant.profession:
        return ctx.participant.profession
    text = clean_text(answer.text, minimum=2, maximum=80)
    return text or Invalid("mentorship-profession-invalid")


def on_networks(ctx: Ctx, answer: Answer) -> list[str] | Invalid:
    """Store the professional networks (an empty list for none); ask the languages next."""
    if answer.choice == "networks:none" or normalize(answer.text or "") in NO_NETWORKS:
        return []
    items = [clean_text(item, minimum=2, maximum=60) for item in split_list(answer.text or "")]
    named = [item for item in items if item]
    if not named or len(named) != len(items) or len(named) > 8:
        return Invalid("mentorship-networks-invalid")
    return named


STEPS: tuple[Step[IntakeAnswers, Any], ...] = (
    Step(id="ask-years", ask=ask("mentorship-ask-years"), parse=on_years, save=saves("years"),
         help="mentorship-years-help", skip=skip_unless("years")),
    Step(id="ask-profession", ask=ask_profession, parse=on_profession, save=saves("profession"),
         help="mentorship-profession-help", skip=skip_unless("profession")),
    Step(id="ask-sector", ask=ask("mentorship-ask-sector", sector_choices()), parse=on_sector,
         save=saves("sector"), help="registration-sector-help", skip=skip_unless("profession")),
    Step(id="ask-networks",
         ask=ask("mentorship-ask-networks",
                 (Choice(id="networks:none", label="mentorship-networks-none"),)),
         parse=on_networks, save=saves("networks"), help="mentorship-networks-help",
         skip=skip_unless("networks")),
    Step(id="ask-languages", ask=ask("mentorship-ask-languages", LANGUAGE_CHOICES),
         parse=on_languages, save=saves("languages"), help="registration-languages-help",
         skip=skip_unless("languages")),
    Step(id="ask-employer", ask=ask("mentorship-ask-employer", YES_NO),
         parse=on_yes_no("mentorship-yes-no-invalid"), save=saves("employer"),
         help="mentorship-employer-help", skip=skip_unless("employer")),
    Step(id="ask-commitment", ask=ask("mentorship-ask-commitment", YES_NO),
         parse=on_yes_no("mentorship-yes-no-invalid"), save=saves("commitment"),
         help="mentorship-commitment-help", skip=skip_unless("commitment")),
)  # fmt: skip

MENTOR_INTAKE: Dialogue[IntakeAnswers] = Dialogue(
    id="mentorship_mentor", model=IntakeAnswers, steps=STEPS, finish=finish_intake
)
