"""Offering time: a connector picks a day, a time, how to meet, and whether it repeats."""

from __future__ import annotations

import re
import secrets
from datetime import date, time, timedelta

from pydantic import BaseModel

from handlers.context import Ctx
from handlers.engine import Answer, Dialogue, Invalid, Step, saves
from handlers.meeting_values import MeetingFormat, NewSlot
from handlers.parsing import clean_text, normalize
from handlers.values import Choice, Ref, Reply, When
from handlers.when import local_moment, local_today, parse_day, parse_time

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


def first_moment(ctx: Ctx, answers: OfferAnswers) -> When | None:
    """The offered start, for showing back (None until day and time are known)."""
    if answers.day is None or answers.at is None:
        return None
    return When(at=local_moment(answers.day, answers.at, ctx.participant.timezone))


def ask_day(ctx: Ctx, answers: OfferAnswers) -> Reply:
    """Offer the next two weeks, in the connector's zone."""
    today = local_today(ctx.clock.now(), ctx.participant.timezone)
    days = [today + timedelta(days=n) for n in range(HORIZON_DAYS)]
    return Reply(
        key="offer-ask-day",
        choices=tuple(
            Choice(
                id=f"day:{day.isoformat()}",
                label="offer-day-label",
                args={
                    "day": When(
                        at=local_moment(day, time(12), ctx.participant.timezone), style="day"
                    )
                },
            )
            for day in days
        ),
    )


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


def ask_time(ctx: Ctx, answers: OfferAnswers) -> Reply:
    """Offer common times on the chosen day, or a typed one."""
    day = answers.day or local_today(ctx.clock.now(), ctx.participant.timezone)
    zone = ctx.participant.timezone
    return Reply(
        key="offer-ask-time",
        choices=tuple(
            Choice(
                id=f"time:{at.strftime('%H:%M')}",
                label="offer-time-label",
                args={"time": When(at=local_moment(day, at, zone), style="time")},
            )
            for at in COMMON_TIMES
        ),
    )


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
    clash = await ctx.tx.meetings.clashing_slot(ctx.participant.id, when.at, ends)
    if clash is not None:
        return Invalid("offer-overlap", {"when": When(at=clash.starts_at)})
    return None


def on_format(ctx: Ctx, answer: Answer) -> MeetingFormat | Invalid:
    """Store how to meet; ask the place or the link next."""
    return FORMATS.get(answer.choice or "") or Invalid("offer-format-invalid")


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
            r"(\d{1,2})\s*(weeks?|semaines?|wks?|sem)", normalize(answer.text or "")
        )
        text = typed.group(1) if typed else ""
    if text.isdigit() and 1 <= int(text) <= MAX_WEEKS:
        return int(text)
    return Invalid("offer-weeks-invalid", {"most": MAX_WEEKS})


def ask_confirm(ctx: Ctx, answers: OfferAnswers) -> Reply:
    """Show the offer and ask to confirm it."""
    when = first_moment(ctx, answers)
    assert when is not None
    assert answers.format is not None
    return Reply(
        key="offer-summary",
        args={
            "when": when,
            "minutes": ctx.config.slot_minutes,
            "format": Ref(key=FORMAT_PHRASES[answers.format]),
            "where": answers.place or answers.link or "none",
            "weeks": answers.weeks,
        },
        choices=(
            Choice(id="yes", label="offer-confirm-yes"),
            Choice(id="global:back", label="dialogue-choice-back"),
        ),
    )


def on_confirm(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Accept the offer."""
    said = answer.choice == "yes" or (answer.text or "").strip().lower() in (
        "yes",
        "oui",
        "y",
        "o",
    )
    return True if said else Invalid("offer-confirm-invalid")


async def finish_offer(ctx: Ctx, answers: OfferAnswers) -> list[Reply]:
    """Create the slot, or one a week; weeks that clash with existing slots are skipped."""
    from handlers.menu import main_menu

    assert answers.day is not None
    assert answers.at is not None
    assert answers.format is not None
    length = timedelta(minutes=ctx.config.slot_minutes)
    series = secrets.token_hex(6) if answers.weeks > 1 else None
    new, skipped = [], 0
    for week in range(answers.weeks):
        # Each week is placed at the same local time, so a DST change does not shift it.
        starts = local_moment(
            answers.day + timedelta(weeks=week), answers.at, ctx.participant.timezone
        )
        if starts <= ctx.clock.now() or await ctx.tx.meetings.clashing_slot(
            ctx.participant.id, starts, starts + length
        ):
            skipped += 1
            continue
        new.append(
            NewSlot(
                starts_at=starts,
                ends_at=starts + length,
                format=answers.format,
                place=answers.place,
                link=answers.link,
                series=series,
            )
        )
    created = await ctx.tx.meetings.add_slots(ctx.participant.id, new)
    await ctx.tx.audit(ctx.participant.id, "offered-slots", str(len(created)))
    replies = [Reply(key="offer-created", args={"count": len(created), "skipped": skipped})]
    return [*replies, main_menu(ctx)]


OFFER: Dialogue[OfferAnswers] = Dialogue(
    id="offer_slot",
    model=OfferAnswers,
    steps=(
        Step(
            id="ask-day",
            ask=ask_day,
            parse=on_day,
            save=save_day,
            help="offer-day-help",
            check=check_time,
        ),
        Step(
            id="ask-time",
            ask=ask_time,
            parse=on_time,
            save=saves("at"),
            help="offer-time-help",
            skip=lambda ctx, a: a.at is not None,
            check=check_time,
        ),
        Step(
            id="ask-format",
            ask=lambda ctx, a: Reply(
                key="offer-ask-format",
                choices=tuple(
                    Choice(id=cid, label=FORMAT_LABELS[f]) for cid, f in FORMATS.items()
                ),
            ),
            parse=on_format,
            save=saves("format"),
            help="offer-format-help",
        ),
        Step(
            id="ask-place",
            ask=lambda ctx, a: Reply(key="offer-ask-place"),
            parse=on_place,
            save=saves("place"),
            help="offer-place-help",
            skip=lambda ctx, a: a.format != "in_person",
        ),
        Step(
            id="ask-link",
            ask=lambda ctx, a: Reply(
                key="offer-ask-link",
                choices=(Choice(id="link:generate", label="offer-link-generate"),),
            ),
            parse=on_link,
            save=saves("link"),
            help="offer-link-help",
            skip=lambda ctx, a: a.format != "video",
        ),
        Step(
            id="ask-weeks",
            ask=lambda ctx, a: Reply(
                key="offer-ask-weeks",
                choices=(
                    Choice(id="weeks:1", label="offer-weeks-once"),
                    Choice(id="weeks:4", label="offer-weeks-n", args={"weeks": 4}),
                    Choice(id="weeks:8", label="offer-weeks-n", args={"weeks": 8}),
                ),
            ),
            parse=on_weeks,
            save=saves("weeks"),
            help="offer-weeks-help",
        ),
        Step(
            id="ask-confirm",
            ask=ask_confirm,
            parse=on_confirm,
            save=lambda a, v: a,
            help="offer-confirm-help",
        ),
    ),
    finish=finish_offer,
)
