"""Registration: the first dialogue anyone meets, read top to bottom like the conversation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from handlers.core.context import Ctx
from handlers.core.engine import Dialogue, Result, Step, saves
from handlers.core.language import apply_language, language_step
from handlers.core.menu import main_menu, role_ref
from handlers.core.ports import ProfileUpdate
from handlers.core.values import Choice, Languages, Reply, When
from handlers.registration.answers import (
    YES_NO,
    RegistrationAnswers,
    on_city,
    on_confirm,
    on_consent,
    on_languages,
    on_name,
    on_profession,
    on_role,
    on_sector,
    on_timezone,
    save_consent,
    save_timezone,
)
from handlers.registration.approval import hold_for_approval, needs_approval
from handlers.registration.sectors import sector_choices, sector_ref
from handlers.registration.timezones import timezone_choices, timezone_ref


def ask_consent(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Summarise the privacy notice and ask for consent to store and contact."""
    return Reply(key="registration-consent", choices=YES_NO)


def ask_role(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Ask whether the person is looking for connections or offering meetings."""
    return Reply(
        key="registration-ask-role",
        choices=(
            Choice(id="role:mentee", label="registration-role-mentee"),
            Choice(id="role:connector", label="registration-role-connector"),
        ),
    )


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
            "languages": Languages(items=tuple(answers.languages_spoken)),
            "timezone": timezone_ref(
                answers.timezone or ctx.config.default_timezone, ctx.clock.now()
            ),
        },
        choices=(
            Choice(id="yes", label="registration-confirm-yes"),
            Choice(id="global:back", label="dialogue-choice-back"),
        ),
    )


def say_timezone(ctx: Ctx, answers: RegistrationAnswers) -> Reply | None:
    """Confirm a typed place back with its zone in words and the time there now."""
    if answers.timezone is None or answers.timezone_place is None:
        return None
    return Reply(
        key="registration-timezone-found",
        args={
            "place": answers.timezone_place,
            "zone": timezone_ref(answers.timezone, ctx.clock.now()),
            "now": When(at=ctx.clock.now(), style="time", zone=answers.timezone),
        },
    )


def _ask(
    key: str, choices: tuple[Choice, ...] = ()
) -> Callable[[Ctx, RegistrationAnswers], Reply]:
    """Build a prompt that asks ``key`` with fixed ``choices``."""
    return lambda ctx, answers: Reply(key=key, choices=choices)


def _is_coordinator(ctx: Ctx, answers: RegistrationAnswers) -> bool:
    """Coordinators hold their role already (granted, never self-declared): no role question."""
    return "coordinator" in ctx.participant.roles


def _ask_timezone(ctx: Ctx, answers: RegistrationAnswers) -> Reply:
    """Offer the programme's zone first, then the other Canadian zones."""
    return Reply(
        key="registration-ask-timezone",
        args={"default": timezone_ref(ctx.config.default_timezone, ctx.clock.now())},
        choices=timezone_choices(ctx.config.default_timezone, ctx.clock.now()),
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
        save=save_timezone,
        help="registration-timezone-help",
        said=say_timezone,
    ),
    Step(
        id="ask-confirm",
        ask=ask_confirm,
        parse=on_confirm,
        save=lambda answers, value: answers,
        help="registration-confirm-help",
    ),
)


async def finish_registration(ctx: Ctx, answers: RegistrationAnswers) -> Result:
    """Store the profile and open the main menu, or keep only the refusal."""
    if not answers.consent:
        await ctx.tx.erase_profile(ctx.participant.id)
        await ctx.update(ProfileUpdate(status="consent_refused"))
        await ctx.tx.audit(ctx.participant.id, "consent-refused")
        return [Reply(key="registration-consent-refused")]
    role = answers.role or ctx.participant.role or "mentee"
    # A person registering again keeps a decision already taken (pending or rejected).
    waits = needs_approval(ctx, role) or ctx.participant.approval is not None
    if role != "coordinator" and not waits:
        await ctx.tx.grant(ctx.participant.id, role, granted_by=None)
    await ctx.update(
        ProfileUpdate(
            role=role,
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
    done = (
        await hold_for_approval(ctx)
        if waits
        else Reply(key="registration-complete", args={"name": answers.name or ""})
    )
    # A code the person came with may lead on (an agency's client goes to the programme's
    # questions); otherwise, the menu.
    code = answers.referral_code
    led = await ctx.features.redeem(ctx, code) if code else None
    if code and led is None:
        # A code nobody knows (a typo, or one made up): said, so the person can ask for it
        # again, rather than registered with no word about it.
        return [done, Reply(key="registration-code-unknown", args={"code": code}),
                main_menu(ctx)]  # fmt: skip
    return [done, *led] if led else [done, main_menu(ctx)]


REGISTRATION: Dialogue[RegistrationAnswers] = Dialogue(
    id="registration",
    model=RegistrationAnswers,
    steps=STEPS,
    finish=finish_registration,
    after_step=apply_language,
)
