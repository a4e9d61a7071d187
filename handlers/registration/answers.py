"""What registration collects, and the parsers behind each answer."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Invalid
from handlers.core.parsing import clean_text, normalize, split_list, yes_no
from handlers.core.values import Choice, Language
from handlers.registration.sectors import SECTORS
from handlers.registration.spoken import to_stored
from handlers.registration.timezones import parse_timezone

SeekerRole = Literal["mentee", "connector"]


YES_NO = (
    Choice(id="yes", label="dialogue-choice-yes"),
    Choice(id="no", label="dialogue-choice-no"),
)


_ROLE_WORDS: dict[str, SeekerRole] = {
    "newcomer": "mentee",
    "mentee": "mentee",
    "nouvel arrivant": "mentee",
    "nouvelle arrivante": "mentee",
    "nouveau": "mentee",
    "nouvelle": "mentee",
    "professional": "connector",
    "connector": "connector",
    "professionnel": "connector",
    "professionnelle": "connector",
}


# Stored as language codes; each reader sees the names in their own language.
_SPOKEN: dict[str, tuple[str, ...]] = {
    "langs:en": ("en",),
    "langs:fr": ("fr",),
    "langs:en-fr": ("en", "fr"),
}


class RegistrationAnswers(BaseModel):
    """Everything registration collects; saved after every step."""

    language: Language | None = None
    consent_at: datetime | None = None
    consent: bool | None = None
    role: SeekerRole | None = None
    name: str | None = None
    profession: str | None = None
    sector: str | None = None
    city: str | None = None
    languages_spoken: list[str] = []
    timezone: str | None = None
    # The city the zone was found from, when typed ("Thunder Bay"), to confirm it back.
    timezone_place: str | None = None
    referral_code: str | None = None


def on_consent(ctx: Ctx, answer: Answer) -> datetime | bool | Invalid:
    """Store when consent was given (or False when refused); ask the role next."""
    said = {"yes": True, "no": False}.get(answer.choice or "", yes_no(answer.text or ""))
    if said is None:
        return Invalid("registration-consent-invalid")
    return ctx.clock.now() if said else False


def save_consent(answers: RegistrationAnswers, value: datetime | bool) -> RegistrationAnswers:
    """Record consent, or its refusal."""
    given = isinstance(value, datetime)
    at = value if isinstance(value, datetime) else None
    return answers.model_copy(update={"consent": given, "consent_at": at})


def on_role(ctx: Ctx, answer: Answer) -> SeekerRole | Invalid:
    """Store the role; ask the name next."""
    if answer.choice in ("role:mentee", "role:connector"):
        return "connector" if answer.choice == "role:connector" else "mentee"
    return _ROLE_WORDS.get(normalize(answer.text or "")) or Invalid("registration-role-invalid")


def on_name(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the name people will see; ask the profession next."""
    return clean_text(answer.text, minimum=1, maximum=60) or Invalid("registration-name-invalid")


def on_profession(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the profession in the person's own words; ask the sector next."""
    text = clean_text(answer.text, minimum=2, maximum=80)
    return text or Invalid("registration-profession-invalid")


def on_sector(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the NOC broad category; ask the city next."""
    code = (answer.choice or "").removeprefix("sector:")
    return code if code in SECTORS else Invalid("registration-sector-invalid")


def on_city(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the city; ask the languages spoken next."""
    return clean_text(answer.text, minimum=2, maximum=60) or Invalid("registration-city-invalid")


def on_languages(ctx: Ctx, answer: Answer) -> list[str] | Invalid:
    """Store the languages spoken (buttons or a typed list); ask the timezone next."""
    if answer.choice in _SPOKEN:
        return list(_SPOKEN[answer.choice])
    items = [clean_text(item, minimum=2, maximum=30) for item in split_list(answer.text or "")]
    # Names CLDR knows become codes ("arabe" -> "ar"); others are kept as typed.
    spoken = [to_stored(item[:1].upper() + item[1:]) for item in items if item]
    if not spoken or len(spoken) != len(items) or len(spoken) > 8:
        return Invalid("registration-languages-invalid")
    return list(dict.fromkeys(spoken))


def on_timezone(ctx: Ctx, answer: Answer) -> tuple[str, str | None] | Invalid:
    """Store the timezone (a button, an IANA name or a city); ask for confirmation next."""
    if answer.choice is not None and answer.choice.startswith("tz:"):
        found = parse_timezone(answer.choice.removeprefix("tz:"))
        return (found, None) if found else Invalid("registration-timezone-invalid")
    typed = clean_text(answer.text, minimum=2, maximum=60)
    found = parse_timezone(typed or "")
    if not found or not typed:
        return Invalid("registration-timezone-invalid")
    # A place is said back with its zone; an IANA id ("Europe/Paris") names itself.
    return found, None if "/" in typed else typed


def save_timezone(
    answers: RegistrationAnswers, value: tuple[str, str | None]
) -> RegistrationAnswers:
    """Keep the zone, and the place it was typed as."""
    return answers.model_copy(update={"timezone": value[0], "timezone_place": value[1]})


def on_confirm(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Accept the summary; a "no" points back to BACK."""
    said = True if answer.choice == "yes" else yes_no(answer.text or "")
    return True if said else Invalid("registration-confirm-invalid")
