"""What a connector offers, and the parsers and checks behind each answer."""

from __future__ import annotations

import re
import secrets
from datetime import date, time, timedelta

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Invalid
from handlers.core.parsing import ascii_int, clean_text, normalize
from handlers.core.phones import to_e164
from handlers.core.values import When
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import MeetingFormat
from handlers.meetings.when import local_moment, local_today, parse_day, parse_time

HORIZON_DAYS = 14


COMMON_TIMES = (time(9), time(10), time(12), time(14), time(16), time(18))


FORMATS: dict[str, MeetingFormat] = {
    "format:in_person": "in_person",
    "format:phone": "phone",
    "format:video": "video",
}


FORMAT_LABELS: dict[MeetingFormat, str] = {
    "in_person": "offer-format-in-person",
    "phone": "offer-format-phone",
    "video": "offer-format-video",
}


# How a format reads inside a sentence ("..., by phone").
FORMAT_PHRASES: dict[MeetingFormat, str] = {
    "in_person": "offer-how-in-person",
    "phone": "offer-how-phone",
    "video": "offer-how-video",
}


MAX_WEEKS = 12


# Video rooms the bot creates when a connector has no link of their own.
VIDEO_ROOMS = "https://meet.jit.si/connector-"


class OfferAnswers(BaseModel):
    """What a connector is offering, saved after every step."""

    day: date | None = None
    at: time | None = None
    format: MeetingFormat | None = None
    place: str | None = None
    link: str | None = None
    weeks: int = 1
    # For a meeting by phone: whether the connector already gave a number to call (their SMS
    # number, or one shared on Telegram), and the one they give now ("" for none).
    phone_known: bool = True
    phone: str | None = None


def first_moment(ctx: Ctx, answers: OfferAnswers) -> When | None:
    """The offered start, for showing back (None until day and time are known)."""
    if answers.day is None or answers.at is None:
        return None
    return When(at=local_moment(answers.day, answers.at, ctx.participant.timezone))


def on_day(ctx: Ctx, answer: Answer) -> tuple[date, time | None] | Invalid:
    """Store the day (and the time, when typed with it: "mardi 14h"); ask the time next."""
    today = local_today(ctx.clock.now(), ctx.participant.timezone)
    text = (answer.choice or "").removeprefix("day:") if answer.choice else answer.text or ""
    day, at = parse_day(text, today, HORIZON_DAYS)
    return (day, at) if day is not None else Invalid("offer-day-invalid")


def save_day(answers: OfferAnswers, value: tuple[date, time | None]) -> OfferAnswers:
    """Keep the day, and a time typed with it."""
    day, at = value
    return answers.model_copy(update={"day": day, "at": at or answers.at})


def on_time(ctx: Ctx, answer: Answer) -> time | Invalid:
    """Store the start time; ask how to meet next."""
    text = (answer.choice or "").removeprefix("time:") if answer.choice else answer.text or ""
    return parse_time(text) or Invalid("offer-time-invalid")


async def check_time(ctx: Ctx, answers: OfferAnswers) -> Invalid | None:
    """Refuse a past time, or one that overlaps another of the connector's slots."""
    when = first_moment(ctx, answers)
    if when is None:
        return None
    if when.at <= ctx.clock.now():
        return Invalid("offer-past")
    ends = when.at + timedelta(minutes=ctx.config.slot_minutes)
    clash = await meeting_store(ctx.tx).clashing_slot(ctx.participant.id, when.at, ends)
    if clash is not None:
        return Invalid("offer-overlap", {"when": When(at=clash.starts_at)})
    return None


def on_format(ctx: Ctx, answer: Answer) -> MeetingFormat | Invalid:
    """Store how to meet; ask the number, the place or the link next."""
    return FORMATS.get(answer.choice or "") or Invalid("offer-format-invalid")


async def know_phone(ctx: Ctx, answers: OfferAnswers) -> OfferAnswers:
    """When the offer opens: whether a number to call is known already, for a meeting by phone
    (by SMS the connector's own number is the one, kept with their address)."""
    known = ctx.by_sms or await ctx.tx.phone(ctx.participant.id) is not None
    return answers.model_copy(update={"phone_known": known})


def on_phone(ctx: Ctx, answer: Answer) -> str | Invalid:
    """The number newcomers call, or "" when the connector gives none (they write first)."""
    if answer.choice == "phone:none":
        return ""
    return to_e164(answer.text or "") or Invalid("offer-phone-invalid")


def on_place(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store where to meet in person; ask whether it repeats next."""
    return clean_text(answer.text, minimum=3, maximum=200) or Invalid("offer-place-invalid")


def on_link(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the connector's video link, or make one; ask whether it repeats next."""
    if answer.choice == "link:generate":
        return VIDEO_ROOMS + secrets.token_urlsafe(9)
    link = (answer.text or "").strip()
    if link.startswith(("https://", "http://")) and " " not in link and len(link) <= 300:
        return link
    return Invalid("offer-link-invalid")


def on_weeks(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store how many weeks in a row; ask for confirmation next.

    A typed count takes its unit ("6 weeks", "6 semaines"): on SMS a bare number picks a menu
    option, and the two must never be confused.
    """
    if answer.choice is not None:
        text = answer.choice.removeprefix("weeks:")
    else:
        typed = re.fullmatch(
            r"(\d{1,2})\s*(weeks?|semaines?|wks?|sem)", normalize(answer.text or ""), re.ASCII
        )
        text = typed.group(1) if typed else ""
    number = ascii_int(text)
    if number is not None and 1 <= number <= MAX_WEEKS:
        return number
    return Invalid("offer-weeks-invalid", {"most": MAX_WEEKS})


def on_confirm(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Accept the offer."""
    said = answer.choice == "yes" or (answer.text or "").strip().lower() in (
        "yes",
        "oui",
        "y",
        "o",
    )
    return True if said else Invalid("offer-confirm-invalid")
