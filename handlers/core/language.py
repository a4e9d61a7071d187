"""Choosing the conversation language: the first step of registration and a global word."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Step
from handlers.core.parsing import normalize
from handlers.core.ports import ProfileUpdate
from handlers.core.values import Choice, Language, Reply

A = TypeVar("A", bound=BaseModel)

# The language question's step id (stored in the database: never rename it).
LANGUAGE_STEP = "ask-language"

LANGUAGE_CHOICES = (
    Choice(id="lang:en", label="language-name-en"),
    Choice(id="lang:fr", label="language-name-fr"),
)

_TYPED: dict[str, Language] = {
    "en": "en",
    "english": "en",
    "anglais": "en",
    "fr": "fr",
    "french": "fr",
    "francais": "fr",
}


class LanguageAnswers(BaseModel):
    """The language a person picked."""

    language: Language | None = None


def parse_language(ctx: Ctx, answer: Answer) -> Language | Invalid:
    """Accept the language buttons or a typed name in either language."""
    if answer.choice in ("lang:en", "lang:fr"):
        return "fr" if answer.choice == "lang:fr" else "en"
    typed = _TYPED.get(normalize(answer.text or ""))
    return typed if typed is not None else Invalid("language-invalid")


def save_language(answers: A, language: Language) -> A:
    """Store the chosen language in any answers model with a ``language`` field."""
    return answers.model_copy(update={"language": language})


def language_step(prompt_key: str) -> Step[A, Language]:
    """Build the bilingual language question, prompted with ``prompt_key``."""
    return Step(
        id=LANGUAGE_STEP,
        ask=lambda ctx, answers: Reply(key=prompt_key, choices=LANGUAGE_CHOICES),
        parse=parse_language,
        save=save_language,
        help="language-help",
    )


async def apply_language(ctx: Ctx, answers: BaseModel, step_id: str) -> None:
    """Switch the participant's language as soon as they choose it."""
    language = getattr(answers, "language", None)
    if step_id == LANGUAGE_STEP and language is not None:
        await ctx.update(ProfileUpdate(language=language))


async def _language_changed(ctx: Ctx, answers: LanguageAnswers) -> list[Reply]:
    """Confirm the new language in that language."""
    await ctx.tx.audit(ctx.participant.id, "language-changed", ctx.participant.language)
    return [Reply(key="language-changed")]


CHANGE_LANGUAGE: Dialogue[LanguageAnswers] = Dialogue(
    id="change-language",
    model=LanguageAnswers,
    steps=(language_step("language-choose"),),
    finish=_language_changed,
    after_step=apply_language,
)
