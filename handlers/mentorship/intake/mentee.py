"""The mentee's eligibility questions, read top to bottom like the conversation.

Immigration status, education abroad (and the highest credential), language benchmark, living
in the programme's region, a job-search workshop, the career objective in one line, and whether
the resume is ready. Which of these a programme asks is set in the programmes file.
"""

from __future__ import annotations

from typing import Any

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Step, saves
from handlers.core.parsing import clean_text, normalize
from handlers.core.values import Choice, Reply
from handlers.mentorship.intake.asking import YES_NO, ask, on_yes_no, programme_args, skip_unless
from handlers.mentorship.intake.criteria import parse_clb
from handlers.mentorship.intake.decisions import finish_intake
from handlers.mentorship.intake.values import (
    NOT_ASSESSED,
    Credential,
    ImmigrationStatus,
    IntakeAnswers,
)

STATUS_CHOICES = (
    Choice(id="status:pr", label="mentorship-status-pr"),
    Choice(id="status:refugee", label="mentorship-status-refugee"),
    Choice(id="status:other", label="mentorship-status-other"),
)
_STATUS_WORDS: dict[str, ImmigrationStatus] = {
    "pr": "pr",
    "permanent resident": "pr",
    "landed immigrant": "pr",
    "rp": "pr",
    "resident permanent": "pr",
    "residente permanente": "pr",
    "refugee": "refugee",
    "protected person": "refugee",
    "convention refugee": "refugee",
    "refugie": "refugee",
    "refugiee": "refugee",
    "personne protegee": "refugee",
    "other": "other",
    "autre": "other",
}
CREDENTIALS: tuple[Credential, ...] = (
    "college", "bachelor", "master", "doctorate", "certificate", "other"
)  # fmt: skip
CREDENTIAL_CHOICES = tuple(
    Choice(id=f"credential:{c}", label=f"mentorship-credential-{c}") for c in CREDENTIALS
)
CLB_CHOICES = (Choice(id="clb:none", label="mentorship-clb-none"),)


def ask_clb(ctx: Ctx, answers: IntakeAnswers) -> Reply:
    """The language level, typed; "not assessed" a button on Telegram, but a word by SMS,
    where a numbered option "1. Not assessed" would take a typed level 1 for itself."""
    choices = () if ctx.by_sms else CLB_CHOICES
    return Reply(key="mentorship-ask-clb", args=programme_args(ctx, answers), choices=choices)


def on_status(ctx: Ctx, answer: Answer) -> ImmigrationStatus | Invalid:
    """Store the immigration status; ask about education abroad next."""
    if answer.choice is not None and answer.choice.startswith("status:"):
        picked = answer.choice.removeprefix("status:")
        for status in ("pr", "refugee", "other"):
            if picked == status:
                return status
    return _STATUS_WORDS.get(normalize(answer.text or "")) or Invalid("mentorship-status-invalid")


def on_credential(ctx: Ctx, answer: Answer) -> Credential | Invalid:
    """Store the highest credential earned abroad; ask the language benchmark next."""
    picked = (answer.choice or "").removeprefix("credential:")
    for credential in CREDENTIALS:
        if picked == credential:
            return credential
    return Invalid("mentorship-credential-invalid")


def on_clb(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the CLB (NCLC) level, 0 when not assessed; ask about the region next."""
    if answer.choice == "clb:none":
        return NOT_ASSESSED
    level = parse_clb(answer.text or "")
    return level if level is not None else Invalid("mentorship-clb-invalid")


def on_objective(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the career objective in one line; ask whether the resume is ready next."""
    text = clean_text(answer.text, minimum=3, maximum=100)
    return text or Invalid("mentorship-objective-invalid")


def _educated(answers: IntakeAnswers) -> str | None:
    return "ask-credential" if answers.educated else "ask-clb"


STEPS: tuple[Step[IntakeAnswers, Any], ...] = (
    Step(id="ask-status", ask=ask("mentorship-ask-status", STATUS_CHOICES), parse=on_status,
         save=saves("status"), help="mentorship-status-help", skip=skip_unless("status")),
    Step(id="ask-education", ask=ask("mentorship-ask-education", YES_NO),
         parse=on_yes_no("mentorship-yes-no-invalid"), save=saves("educated"),
         help="mentorship-education-help", skip=skip_unless("education"), next=_educated),
    Step(id="ask-credential", ask=ask("mentorship-ask-credential", CREDENTIAL_CHOICES),
         parse=on_credential, save=saves("credential"), help="mentorship-credential-help",
         skip=skip_unless("education")),
    Step(id="ask-clb", ask=ask_clb, parse=on_clb,
         save=saves("clb"), help="mentorship-clb-help", skip=skip_unless("clb")),
    Step(id="ask-region", ask=ask("mentorship-ask-region", YES_NO),
         parse=on_yes_no("mentorship-yes-no-invalid"), save=saves("region"),
         help="mentorship-region-help", skip=skip_unless("region")),
    Step(id="ask-workshop", ask=ask("mentorship-ask-workshop", YES_NO),
         parse=on_yes_no("mentorship-yes-no-invalid"), save=saves("workshop"),
         help="mentorship-workshop-help", skip=skip_unless("workshop")),
    Step(id="ask-objective", ask=ask("mentorship-ask-objective"), parse=on_objective,
         save=saves("objective"), help="mentorship-objective-help",
         skip=skip_unless("objective")),
    Step(id="ask-resume", ask=ask("mentorship-ask-resume", YES_NO),
         parse=on_yes_no("mentorship-yes-no-invalid"), save=saves("resume"),
         help="mentorship-resume-help", skip=skip_unless("resume")),
)  # fmt: skip

MENTEE_INTAKE: Dialogue[IntakeAnswers] = Dialogue(
    id="mentorship_mentee", model=IntakeAnswers, steps=STEPS, finish=finish_intake
)
