"""The phone number a Telegram user gives: shared with Telegram's contact button or typed,
changed, or taken back. Coordinators may text it, and it goes, with the confirmation, to the
people whose meeting the person confirms (a connector's number for meetings by phone). By
SMS a person's number is the one they write from, so there is nothing to ask."""

from __future__ import annotations

from pydantic import BaseModel

from handlers.core.contact import SHARE_PHONE, set_phone
from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Result, Step
from handlers.core.menu import main_menu
from handlers.core.phones import to_e164
from handlers.core.values import Choice, Reply

REMOVE = Choice(id="phone:remove", label="menu-phone-remove")


class PhoneAnswers(BaseModel):
    """The number given now ("" to give none any more), and the one kept before."""

    known: str | None = None
    phone: str | None = None


async def know(ctx: Ctx, answers: PhoneAnswers) -> PhoneAnswers:
    """The number kept so far, to show it and offer taking it back."""
    return answers.model_copy(update={"known": await ctx.tx.phone(ctx.participant.id)})


def ask_phone(ctx: Ctx, answers: PhoneAnswers) -> Reply:
    """Show the number kept (if any); share with the button, type another, or take it back."""
    if answers.known is None:
        return Reply(key="menu-share-phone", choices=(SHARE_PHONE,))
    return Reply(key="menu-phone-current", args={"phone": answers.known},
                 choices=(SHARE_PHONE, REMOVE))  # fmt: skip


def on_phone(ctx: Ctx, answer: Answer) -> str | Invalid:
    """A number (typed, or shared with the button), or "" to give none any more."""
    if answer.choice == REMOVE.id:
        return ""
    return to_e164(answer.text or "") or Invalid("menu-phone-invalid")


async def save_phone(ctx: Ctx, answers: PhoneAnswers) -> Result:
    """Keep the new number in place of the old one (or none), then the menu."""
    phone = answers.phone or None
    if phone == answers.known:
        return [Reply(key="menu-phone-saved", args={"phone": phone or "-"}), main_menu(ctx)]
    if not await set_phone(ctx, phone):
        return [Reply(key="menu-phone-taken"), main_menu(ctx)]
    if phone is None:
        return [Reply(key="menu-phone-removed"), main_menu(ctx)]
    return [Reply(key="menu-phone-saved", args={"phone": phone}), main_menu(ctx)]


PHONE: Dialogue[PhoneAnswers] = Dialogue(
    id="my_phone",
    model=PhoneAnswers,
    steps=(
        Step(id="ask-phone", ask=ask_phone, parse=on_phone,
             save=lambda a, v: a.model_copy(update={"phone": v}),
             help="menu-phone-help", takes_contact=True),
    ),
    finish=save_phone,
    prepare=know,
)  # fmt: skip
