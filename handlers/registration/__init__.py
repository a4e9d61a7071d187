"""Registration: the first dialogue anyone meets, and the profile it builds."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Open, Result
from handlers.core.feature import Command, Feature, JobKind, MenuItem
from handlers.core.ports import ProfileUpdate
from handlers.registration.answers import RegistrationAnswers
from handlers.registration.approval import INTAKE_DIGEST, send_intake_digest
from handlers.registration.dialogue import REGISTRATION
from handlers.registration.phone import PHONE
from handlers.registration.profile import show_profile


async def welcome(ctx: Ctx, payload: str | None) -> Result:
    """Welcome a new (or returning, once refused) person and ask their language."""
    if ctx.participant.status == "consent_refused":
        await ctx.update(ProfileUpdate(status="registering"))
    answers = RegistrationAnswers(referral_code=payload[:64] if payload else None)
    return [Open(REGISTRATION.id, answers)]


async def my_phone(ctx: Ctx) -> Result:
    """Show the number given (if any), to share, change or take back."""
    return [Open(PHONE.id)]


FEATURE = Feature(
    name="registration",
    package=__name__,
    dialogues=(REGISTRATION, PHONE),
    onboarding=welcome,
    jobs=(JobKind(INTAKE_DIGEST, send_intake_digest),),
    menu=(
        MenuItem(id="menu:share-phone", label="menu-choice-phone", order=55,
                 run=my_phone, channels=frozenset({"telegram"})),
        MenuItem(id="menu:profile", label="menu-choice-profile", order=50, run=show_profile),
    ),
    commands=(
        Command(names={"en": "profile", "fr": "profil"}, about="telegram-command-profile",
                run=show_profile),
    ),
)  # fmt: skip
