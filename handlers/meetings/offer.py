"""Offering time: a connector picks a day, a time, how to meet, and whether it repeats."""

from __future__ import annotations

import secrets
from datetime import time, timedelta

from handlers.core.contact import SHARE_PHONE, set_phone
from handlers.core.context import Ctx
from handlers.core.engine import Dialogue, Step, saves
from handlers.core.menu import main_menu
from handlers.core.values import Choice, Ref, Reply, When
from handlers.meetings.offer_answers import (
    COMMON_TIMES,
    FORMAT_LABELS,
    FORMAT_PHRASES,
    FORMATS,
    HORIZON_DAYS,
    OfferAnswers,
    check_time,
    first_moment,
    know_phone,
    on_confirm,
    on_day,
    on_format,
    on_link,
    on_phone,
    on_place,
    on_time,
    on_weeks,
    save_day,
)
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import NewSlot
from handlers.meetings.watch import tell_watchers
from handlers.meetings.when import local_moment, local_today


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


async def finish_offer(ctx: Ctx, answers: OfferAnswers) -> list[Reply]:
    """Create the slot, or one a week; weeks that clash with existing slots are skipped."""
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
        if starts <= ctx.clock.now() or await meeting_store(ctx.tx).clashing_slot(
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
    replies = await keep_phone(ctx, answers.phone)
    created = await meeting_store(ctx.tx).add_slots(ctx.participant.id, new)
    await ctx.tx.audit(ctx.participant.id, "offered-slots", str(len(created)))
    if created:
        await tell_watchers(ctx)  # newcomers who asked for this connector's times
    replies.append(Reply(key="offer-created", args={"count": len(created), "skipped": skipped}))
    return [*replies, main_menu(ctx)]


async def keep_phone(ctx: Ctx, phone: str | None) -> list[Reply]:
    """Keep the number a connector gave for meetings by phone, as their own number (as Share
    my phone number does): given only to the people whose meeting they confirm."""
    if not phone:
        return []
    if not await set_phone(ctx, phone):
        return [Reply(key="menu-phone-taken")]
    return []


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
            id="ask-phone",
            ask=lambda ctx, a: Reply(
                key="offer-ask-phone",
                choices=(SHARE_PHONE, Choice(id="phone:none", label="offer-phone-none")),
            ),
            parse=on_phone,
            save=saves("phone"),
            help="offer-phone-help",
            skip=lambda ctx, a: a.format != "phone" or a.phone_known,
            takes_contact=True,
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
    prepare=know_phone,
)
