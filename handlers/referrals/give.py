"""Giving referrals after a held meeting: someone in the programme, someone new, or outside.

One pass of the dialogue records one referral; its end opens the next pass until the meeting
has three, or the connector stops ("that's all for now") and is reminded two days later.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Invalid, Step, saves
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.phones import to_e164
from handlers.core.values import Choice, Reply, When
from handlers.meetings.booking import first_name
from handlers.referrals.ports import referral_store
from handlers.referrals.values import WANTED
from handlers.registration.sectors import sector_ref

SHOWN = 5
KINDS = ("member", "invite", "outside", "done")
TELEGRAM_USERNAME = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{4,31})")
FIELD = "search:field"
AGAIN = "search:again"


class GiveAnswers(BaseModel):
    """One referral in progress, for one held meeting."""

    meeting_id: int | None = None
    kind: str | None = None
    search: str | None = None  # words typed; "" for the newcomer's own field
    person_id: int | None = None
    name: str | None = None
    profession: str | None = None  # their profession, or their role for an outside contact
    organisation: str | None = None
    contact: str | None = None  # "sms:+1613...", "tg:username", or how to reach them


def choice_id(answer: Answer, prefix: str) -> int | None:
    """The id in a choice ``prefix:<id>``, or None."""
    choice = answer.choice or ""
    return ascii_int(choice.removeprefix(prefix)) if choice.startswith(prefix) else None


async def ask_meeting(ctx: Ctx, answers: GiveAnswers) -> Reply:
    """Ask which held meeting the referrals are for."""
    held = await referral_store(ctx.tx).held_short(ctx.participant.id, WANTED, SHOWN)
    choices = []
    for meeting in held:
        mentee = await ctx.tx.participant(meeting.mentee_id)
        choices.append(
            Choice(
                id=f"given:{meeting.meeting_id}",
                label="referrals-meeting-item",
                args={
                    "mentee": first_name(mentee),
                    "when": When(at=meeting.starts_at, style="date"),
                },
            )
        )
    return Reply(key="referrals-ask-meeting", choices=tuple(choices))


def on_meeting(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the meeting picked; ask what kind of referral next."""
    picked = choice_id(answer, "given:")
    return picked if picked is not None else Invalid("referrals-meeting-invalid")


async def ask_kind(ctx: Ctx, answers: GiveAnswers) -> Reply:
    """Ask who the next referral is: in the programme, someone new, or an outside contact."""
    assert answers.meeting_id is not None
    held = await referral_store(ctx.tx).held_meeting(answers.meeting_id, ctx.participant.id)
    mentee = await ctx.tx.participant(held.mentee_id if held else ctx.participant.id)
    return Reply(
        key="referrals-ask-kind",
        args={
            "count": (held.given if held else 0) + 1,
            "mentee": first_name(mentee),
            "profession": mentee.profession or "",
        },
        choices=tuple(Choice(id=f"kind:{kind}", label=f"referrals-kind-{kind}") for kind in KINDS),
    )


def on_kind(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the kind of referral; its own questions come next."""
    kind = (answer.choice or "").removeprefix("kind:")
    return kind if kind in KINDS else Invalid("referrals-kind-invalid")


def after_kind(answers: GiveAnswers) -> str | None:
    """Each kind has its own questions; "done" ends the dialogue."""
    return {
        "member": "ask-search",
        "invite": "ask-invite-name",
        "outside": "ask-outside-name",
    }.get(answers.kind or "")


async def ask_search(ctx: Ctx, answers: GiveAnswers) -> Reply:
    """Ask for part of a name or profession, or offer the newcomer's own field."""
    assert answers.meeting_id is not None
    held = await referral_store(ctx.tx).held_meeting(answers.meeting_id, ctx.participant.id)
    mentee = await ctx.tx.participant(held.mentee_id if held else ctx.participant.id)
    return Reply(
        key="referrals-ask-search",
        choices=(
            Choice(
                id=FIELD,
                label="referrals-search-field",
                args={"sector": sector_ref(mentee.sector)},
            ),
        ),
    )


def on_search(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the words to look for ("" for the newcomer's field); the people found come next."""
    if answer.choice == FIELD:
        return ""
    return clean_text(answer.text, minimum=2, maximum=60) or Invalid("referrals-search-invalid")


async def ask_member(ctx: Ctx, answers: GiveAnswers) -> Reply:
    """Show the connectors found, never the person themselves or the newcomer."""
    assert answers.meeting_id is not None
    store = referral_store(ctx.tx)
    held = await store.held_meeting(answers.meeting_id, ctx.participant.id)
    mentee_id = held.mentee_id if held else 0
    sector = None
    if not answers.search:
        sector = (await ctx.tx.participant(mentee_id)).sector if mentee_id else None
    found = await store.search_connectors(answers.search or None, sector, SHOWN + 2)
    people = [
        await ctx.tx.participant(pid)
        for pid in found
        if pid not in (ctx.participant.id, mentee_id)
    ][:SHOWN]
    choices = tuple(
        Choice(
            id=f"person:{person.id}",
            label="referrals-member-card",
            args={"name": person.name or "", "profession": person.profession or ""},
        )
        for person in people
    )
    key = "referrals-ask-member" if people else "referrals-member-none"
    return Reply(key=key, choices=(*choices, Choice(id=AGAIN, label="referrals-search-again")))


async def offers_member(ctx: Ctx, answers: GiveAnswers, choice: str) -> bool:
    """Whether the member question offers ``choice``, checked on the person's own row: asking
    the question again to compare would run the whole search a second time."""
    if choice == AGAIN:
        return True
    picked = ascii_int(choice.removeprefix("person:")) if choice.startswith("person:") else None
    if picked is None or picked == ctx.participant.id or answers.meeting_id is None:
        return False
    store = referral_store(ctx.tx)
    held = await store.held_meeting(answers.meeting_id, ctx.participant.id)
    if held is None or picked == held.mentee_id:
        return False
    sector = None
    if not answers.search:
        sector = (await ctx.tx.participant(held.mentee_id)).sector
    return await store.matches_connector(picked, answers.search or None, sector)


def on_member(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the person picked (0: search again)."""
    if answer.choice == AGAIN:
        return 0
    picked = choice_id(answer, "person:")
    return picked if picked is not None else Invalid("referrals-member-invalid")


async def check_member(ctx: Ctx, answers: GiveAnswers) -> Invalid | None:
    """The newcomer must not have met the person already."""
    if not answers.person_id or answers.meeting_id is None:
        return None
    held = await referral_store(ctx.tx).held_meeting(answers.meeting_id, ctx.participant.id)
    if held is not None and await referral_store(ctx.tx).have_met(
        held.mentee_id, answers.person_id
    ):
        return Invalid("referrals-already-met")
    return None


def text_step(step_id: str, field: str, maximum: int) -> Step[GiveAnswers, str]:
    """A question answered with a short text, stored in ``field``."""
    name = step_id.removeprefix("ask-")

    def parse(ctx: Ctx, answer: Answer) -> str | Invalid:
        return clean_text(answer.text, minimum=2, maximum=maximum) or Invalid(
            f"referrals-{name}-invalid"
        )

    return Step(
        id=step_id,
        ask=lambda ctx, a: Reply(key=f"referrals-{name}", args={"name": a.name or ""}),
        parse=parse,
        save=saves(field),
        help=f"referrals-{name}-help",
    )


def on_contact(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store a phone number ("sms:+1...") or a Telegram username ("tg:name")."""
    text = (answer.text or "").strip()
    phone = to_e164(text) if any(c.isdigit() for c in text) else None
    if phone is not None:
        return f"sms:{phone}"
    username = TELEGRAM_USERNAME.fullmatch(text)
    if username is not None:
        return f"tg:{username.group(1)}"
    return Invalid("referrals-invite-contact-invalid")


STEPS: tuple[Step[GiveAnswers, Any], ...] = (
    Step(id="ask-meeting", ask=ask_meeting, parse=on_meeting, save=saves("meeting_id"),
         help="referrals-meeting-help", skip=lambda ctx, a: a.meeting_id is not None),
    Step(id="ask-kind", ask=ask_kind, parse=on_kind, save=saves("kind"),
         help="referrals-kind-help", next=after_kind),
    Step(id="ask-search", ask=ask_search, parse=on_search, save=saves("search"),
         help="referrals-search-help"),
    Step(id="ask-member", ask=ask_member, parse=on_member, save=saves("person_id"),
         offers=offers_member,
         help="referrals-member-help", check=check_member,
         next=lambda a: None if a.person_id else "ask-search"),
    text_step("ask-invite-name", "name", 80),
    text_step("ask-invite-profession", "profession", 80),
    Step(id="ask-invite-contact", ask=lambda ctx, a: Reply(
        key="referrals-invite-contact", args={"name": a.name or ""}),
         parse=on_contact, save=saves("contact"), help="referrals-invite-contact-help",
         next=lambda a: None),
    text_step("ask-outside-name", "name", 80),
    text_step("ask-outside-position", "profession", 80),
    text_step("ask-outside-organisation", "organisation", 80),
    text_step("ask-outside-reach", "contact", 140),
)  # fmt: skip
