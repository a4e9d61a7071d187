"""Registration: the first dialogue anyone meets, read top to bottom like the conversation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from handlers.context import Ctx
from handlers.engine import Answer, Dialogue, Invalid, Step, saves
from handlers.language import apply_language, language_step
from handlers.menu import main_menu, role_ref
from handlers.parsing import clean_text, normalize, split_list, yes_no
from handlers.ports import ProfileUpdate
from handlers.sectors import SECTORS, sector_choices, sector_ref
from handlers.timezones import parse_timezone, timezone_choices, timezone_ref
from handlers.values import Choice, Language, Reply

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
_SPOKEN: dict[str, tuple[str, ...]] = {
    "langs:en": ("English",),
    "langs:fr": ("French",),
    "langs:en-fr": ("English", "French"),
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
    referral_code: str | None = None


def ask_consent(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Summarise the privacy notice and ask for consent to store and contact."""
    return Reply(key="registration-consent", choices=YES_NO)


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


def ask_role(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Ask whether the person is looking for connections or offering meetings."""
    return Reply(
        key="registration-ask-role",
        choices=(
            Choice(id="role:mentee", label="registration-role-mentee"),
            Choice(id="role:connector", label="registration-role-connector"),
        ),
    )


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
    spoken = [item[:1].upper() + item[1:] for item in items if item]
    if not spoken or len(spoken) != len(items) or len(spoken) > 8:
        return Invalid("registration-languages-invalid")
    return spoken


def on_timezone(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the timezone (a button, an IANA name or a city); ask for confirmation next."""
    if answer.choice is not None and answer.choice.startswith("tz:"):
        found = parse_timezone(answer.choice.removeprefix("tz:"))
    else:
        found = parse_timezone(answer.text or "")
    return found or Invalid("registration-timezone-invalid")


def ask_confirm(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Show what was collected and ask to confirm it."""
    return Reply(
        key="registration-summary",
        args={
            "name": answers.name or "",
            "role": role_ref(answers.role or ctx.participant.role),
            "profession": answers.profession or "",
            "sector": sector_ref(answers.sector),
            "city": answers.city or "",
            "languages": ", ".join(answers.languages_spoken),
            "timezone": timezone_ref(answers.timezone or ctx.config.default_timezone),
        },
        choices=(
            Choice(id="yes", label="registration-confirm-yes"),
            Choice(id="global:back", label="dialogue-choice-back"),
        ),
    )


def on_confirm(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Accept the summary; a "no" points back to BACK."""
    said = True if answer.choice == "yes" else yes_no(answer.text or "")
    return True if said else Invalid("registration-confirm-invalid")


def _ask(
    key: str, choices: tuple[Choice, ...] = ()
) -> Callable[[Ctx, RegistrationAnswers], Reply]:
    """Build a prompt that asks ``key`` with fixed ``choices``."""
    return lambda ctx, answers: Reply(key=key, choices=choices)


def _is_coordinator(ctx: Ctx, answers: RegistrationAnswers) -> bool:
    """Coordinators are named in configuration, so they are not asked for a role."""
    return ctx.participant.role == "coordinator"


def _ask_timezone(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Offer the programme's zone first, then the other Canadian zones."""
    return Reply(
        key="registration-ask-timezone",
        args={"default": timezone_ref(ctx.config.default_timezone)},
        choices=timezone_choices(ctx.config.default_timezone),
    )


STEPS: tuple[Step[RegistrationAnswers, Any], ...] = (
    language_step("registration-welcome"),
    Step(
        id="ask-consent",
        ask=ask_consent,
        parse=on_consent,
        save=save_consent,
        help="registration-consent-help",
        next=lambda answers: "ask-role" if answers.consent else None,
    ),
    Step(
        id="ask-role",
        ask=ask_role,
        parse=on_role,
        save=saves("role"),
        help="registration-role-help",
        skip=_is_coordinator,
    ),
    Step(
        id="ask-name",
        ask=_ask("registration-ask-name"),
        parse=on_name,
        save=saves("name"),
        help="registration-name-help",
    ),
    Step(
        id="ask-profession",
        ask=_ask("registration-ask-profession"),
        parse=on_profession,
        save=saves("profession"),
        help="registration-profession-help",
    ),
    Step(
        id="ask-sector",
        ask=_ask("registration-ask-sector", sector_choices()),
        parse=on_sector,
        save=saves("sector"),
        help="registration-sector-help",
    ),
    Step(
        id="ask-city",
        ask=_ask("registration-ask-city"),
        parse=on_city,
        save=saves("city"),
        help="registration-city-help",
    ),
    Step(
        id="ask-languages",
        ask=_ask(
            "registration-ask-languages",
            (
                Choice(id="langs:en", label="registration-languages-en"),
                Choice(id="langs:fr", label="registration-languages-fr"),
                Choice(id="langs:en-fr", label="registration-languages-both"),
            ),
        ),
        parse=on_languages,
        save=saves("languages_spoken"),
        help="registration-languages-help",
    ),
    Step(
        id="ask-timezone",
        ask=_ask_timezone,
        parse=on_timezone,
        save=saves("timezone"),
        help="registration-timezone-help",
    ),
    Step(
        id="ask-confirm",
        ask=ask_confirm,
        parse=on_confirm,
        save=lambda answers, value: answers,
        help="registration-confirm-help",
    ),
)


async def finish_registration(ctx: Ctx, answers: RegistrationAnswers) -> list[Reply]:
    """Store the profile and open the main menu, or keep only the refusal."""
    if not answers.consent:
        await ctx.tx.erase_profile(ctx.participant.id)
        await ctx.update(ProfileUpdate(status="consent_refused"))
        await ctx.tx.audit(ctx.participant.id, "consent-refused")
        return [Reply(key="registration-consent-refused")]
    await ctx.update(
        ProfileUpdate(
            role=answers.role or ctx.participant.role or "mentee",
            status="active",
            name=answers.name,
            profession=answers.profession,
            sector=answers.sector,
            city=answers.city,
            languages_spoken=tuple(answers.languages_spoken),
            timezone=answers.timezone or ctx.config.default_timezone,
            referral_code=answers.referral_code,
            consent_at=answers.consent_at,
        )
    )
    await ctx.tx.audit(ctx.participant.id, "registered", ctx.participant.role or "")
    return [Reply(key="registration-complete", args={"name": answers.name or ""}), main_menu(ctx)]


REGISTRATION: Dialogue[RegistrationAnswers] = Dialogue(
    id="registration",
    model=RegistrationAnswers,
    steps=STEPS,
    finish=finish_registration,
    after_step=apply_language,
)
