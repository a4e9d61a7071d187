"""Monthly check-ins: both sides of an active mentorship, once a month from its start.

A due-scan finds active mentorships whose first check-in is not scheduled yet; each check-in
is a stored job (``outcomes_checkin``, key ``<mentorship>:<month>``) that schedules the next
month's when it runs, so the database alone says what was sent and a restart sends nothing
twice. Each side answers: satisfaction from 1 to 5, progress on each goal of the agreement,
and anything the coordinator should know. A 1 or 2, or a concern, alerts the coordinator once.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from handlers.core.config import HandlerConfig
from handlers.core.context import Ctx, Scope
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.jobs import Job
from handlers.core.menu import main_menu, menu_after
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Choice, Ref, Reply
from handlers.mentorship.matching.notify import subject, tell_coordinator
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.outcomes.ports import outcomes_store
from handlers.mentorship.outcomes.values import PROGRESS, CheckinRecord, Progress
from handlers.mentorship.weeks.gone import both_reachable
from handlers.mentorship.weeks.ports import mentoring_store

CHECKIN = "outcomes_checkin"
ALERT_AT = 2
RATINGS = range(1, 6)
# A check-in this late (the bot was down) is not sent; the next month's is still scheduled.
TOO_LATE = timedelta(days=14)
# The last week of a mentorship belongs to its closure and final evaluation.
CLOSING = timedelta(days=7)
# A check-in moved before the closing week still comes at least this long after the one before.
MONTHS_APART = timedelta(days=14)
SCAN_BATCH = 50
NOTHING = "checkin:nothing"


def months_after(start: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months later (the month's last day if short)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)


async def schedule_first_checkins(scope: Scope) -> None:
    """Scan: schedule the first check-in of each active mentorship that has none yet."""
    store = outcomes_store(scope.tx)
    for mentorship_id, starts_on in await store.unscheduled_checkins(CHECKIN, SCAN_BATCH):
        pair = await pairing_store(scope.tx).mentorship(mentorship_id)
        due = (
            checkin_due(scope.config, pair, 1) if pair is not None else months_after(starts_on, 1)
        )
        await scope.tx.jobs.add(CHECKIN, f"{mentorship_id}:1", due, subject(mentorship_id))


def checkin_due(config: HandlerConfig, pair: Mentorship, month: int) -> datetime:
    """When month ``month``'s check-in is asked: that many calendar months from the start, but
    before the closing week (a 13-week mentorship's third check-in would fall the day before
    its end, where the final evaluation belongs) when there is room for it there, and out of
    the quiet hours in the pair's time zone."""
    assert pair.starts_on is not None
    due = months_after(pair.starts_on, month)
    if pair.ends_on is not None and due > pair.ends_on - CLOSING:
        earlier = pair.ends_on - CLOSING - timedelta(days=1)
        previous = months_after(pair.starts_on, month - 1)
        if earlier - previous >= MONTHS_APART:
            due = earlier
    return config.daytime(due, pair.meeting_zone or config.default_timezone)


async def send_checkin(scope: Scope, job: Job) -> str | None:
    """Ask both sides this month's check-in, and schedule next month's while the pair is on."""
    pair = await pairing_store(scope.tx).mentorship(job.subject.id if job.subject else 0)
    if pair is None or pair.status != "active" or pair.starts_on is None:
        return None  # closed or gone: the monthly chain ends here
    month = ascii_int(job.key.partition(":")[2]) or 1
    await scope.tx.jobs.add(
        CHECKIN,
        f"{pair.id}:{month + 1}",
        checkin_due(scope.config, pair, month + 1),
        subject(pair.id),
    )
    now = scope.clock.now()
    if now - job.due_at > TOO_LATE:
        return "two weeks late"
    if pair.ends_on is not None and job.due_at > pair.ends_on - CLOSING:
        return "the mentorship is closing"
    if not await both_reachable(scope.tx, pair):
        return "paused: a side cannot be reached"  # not the other side asked alone
    for side_id, other_id in ((pair.mentee_id, pair.mentor_id), (pair.mentor_id, pair.mentee_id)):
        person = await scope.tx.participant(side_id)
        if person.status != "active":
            continue  # paused or erased: never asked (both can be reached: checked above)
        other = await scope.tx.participant(other_id)
        await scope.tx.enqueue_to(
            person.id,
            [Reply(key="outcomes-checkin-invite",
                   args={"name": other.name or "-", "month": month},
                   choices=(Choice(id=f"checkin:{pair.id}:{month}",
                                   label="outcomes-checkin-start"),))],
        )  # fmt: skip
    return None


class CheckinAnswers(BaseModel):
    """One side's check-in in progress."""

    mentorship_id: int = 0
    month: int = 0
    goals: list[str] = Field(default_factory=list)
    satisfaction: int | None = None
    progress: list[Progress] = Field(default_factory=list)
    concern: str | None = None


async def open_checkin(ctx: Ctx, rest: str) -> Result | None:
    """``checkin:<mentorship>:<month>``: one side starts this month's check-in
    (``checkin:<mentorship>:<month>:<rating>``: with its satisfaction typed already)."""
    parts = rest.split(":")
    mentorship_id = ascii_int(parts[0]) if len(parts) in (2, 3) else None
    month = ascii_int(parts[1]) if len(parts) in (2, 3) else None
    rating = ascii_int(parts[2]) if len(parts) == 3 else None
    if mentorship_id is None or month is None or (len(parts) == 3 and rating not in RATINGS):
        return None
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    if pair is None or pair.side_of(ctx.participant.id) is None:
        return None
    if await outcomes_store(ctx.tx).checkin_answered(pair.id, ctx.participant.id, month):
        return [Reply(key="outcomes-checkin-already"), main_menu(ctx)]
    if pair.status != "active":
        return [Reply(key="outcomes-checkin-closed"), main_menu(ctx)]
    answers = CheckinAnswers(mentorship_id=pair.id, month=month, goals=list(pair.goals),
                             satisfaction=rating)  # fmt: skip
    return [Open(CHECKIN_DIALOGUE.id, answers)]


def ask_satisfaction(ctx: Ctx, answers: CheckinAnswers) -> Reply:
    """Ask how satisfied they are, 1 to 5."""
    return Reply(
        key="outcomes-checkin-satisfaction",
        choices=tuple(
            Choice(id=f"checkinrate:{n}", label=f"outcomes-rating-{n}") for n in range(1, 6)
        ),
    )


def on_satisfaction(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store 1 to 5 (picked or typed); ask about the first goal next."""
    text = (answer.choice or "").removeprefix("checkinrate:") or (answer.text or "").strip()
    value = ascii_int(text)
    return value if value is not None and 1 <= value <= 5 else Invalid(
        "outcomes-checkin-satisfaction-invalid")  # fmt: skip


def goal_index(answers: CheckinAnswers) -> int:
    """Which goal is asked now (going back to the last one asks it again)."""
    return min(len(answers.progress), max(len(answers.goals) - 1, 0))


def ask_progress(ctx: Ctx, answers: CheckinAnswers) -> Reply:
    """Ask the progress on one goal of the agreement."""
    index = goal_index(answers)
    return Reply(
        key="outcomes-checkin-goal",
        args={"count": index + 1, "text": answers.goals[index]},
        choices=tuple(
            Choice(id=f"progress:{p}", label=f"outcomes-progress-{p}") for p in PROGRESS
        ),
    )


def on_progress(ctx: Ctx, answer: Answer) -> Progress | Invalid:
    """Store none, some or achieved; ask the next goal, or for any concern."""
    picked = (answer.choice or "").removeprefix("progress:")
    for progress in PROGRESS:
        if picked == progress:
            return progress
    return Invalid("outcomes-checkin-goal-invalid")


def save_progress(answers: CheckinAnswers, value: Progress) -> CheckinAnswers:
    """Record the progress of the goal asked."""
    index = goal_index(answers)
    return answers.model_copy(update={"progress": [*answers.progress[:index], value]})


def after_progress(answers: CheckinAnswers) -> str:
    """The next goal, or the concern once every goal has an answer."""
    return "ask-checkin-goal" if len(answers.progress) < len(answers.goals) else (
        "ask-checkin-concern")  # fmt: skip


def ask_concern(ctx: Ctx, answers: CheckinAnswers) -> Reply:
    """Ask whether there is anything the coordinator should know."""
    return Reply(
        key="outcomes-checkin-concern",
        choices=(Choice(id=NOTHING, label="outcomes-checkin-nothing", means="no"),),
    )


def on_concern(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the concern in their words ("" for nothing); the check-in is done next."""
    if answer.choice == NOTHING:
        return ""
    return clean_text(answer.text, minimum=2, maximum=500) or Invalid(
        "outcomes-checkin-concern-invalid")  # fmt: skip


async def finish_checkin(ctx: Ctx, answers: CheckinAnswers) -> Result:
    """Store the check-in; a low score or a concern goes to the coordinator, once."""
    store = outcomes_store(ctx.tx)
    pair = await pairing_store(ctx.tx).mentorship(answers.mentorship_id)
    side = None if pair is None else pair.side_of(ctx.participant.id)
    if pair is None or side is None:
        return [main_menu(ctx)]
    satisfaction = answers.satisfaction or 3
    concern = answers.concern or None
    alert = satisfaction <= ALERT_AT or concern is not None
    record = CheckinRecord(
        mentorship_id=pair.id, participant_id=ctx.participant.id, month=answers.month,
        satisfaction=satisfaction, progress=tuple(answers.progress), concern=concern,
        alerted=alert,
    )  # fmt: skip
    if not await store.save_checkin(record):
        return [Reply(key="outcomes-checkin-already"), main_menu(ctx)]
    if alert:
        await tell_coordinator(
            ctx.tx, pair,
            [Reply(key="outcomes-checkin-alert",
                   args={"id": pair.id, "name": ctx.participant.name or "-",
                         "who": Ref(key=f"pairing-side-{side}"), "rating": satisfaction,
                         "month": answers.month, "note": concern or "-"})],
        )  # fmt: skip
        await ctx.tx.audit(ctx.participant.id, "checkin-alert", str(pair.id))
    return [Reply(key="outcomes-checkin-thanks", args={"told": "yes" if alert else "no"}),
            *menu_after(ctx)]  # fmt: skip


CHECKIN_DIALOGUE: Dialogue[CheckinAnswers] = Dialogue(
    id="outcomes_checkin",
    model=CheckinAnswers,
    steps=(
        Step(id="ask-checkin-satisfaction", ask=ask_satisfaction, parse=on_satisfaction,
             save=saves("satisfaction"), help="outcomes-checkin-satisfaction-help",
             skip=lambda ctx, a: a.satisfaction is not None),
        Step(id="ask-checkin-goal", ask=ask_progress, parse=on_progress, save=save_progress,
             next=after_progress, skip=lambda ctx, a: not a.goals,
             help="outcomes-checkin-goal-help"),
        Step(id="ask-checkin-concern", ask=ask_concern, parse=on_concern, save=saves("concern"),
             help="outcomes-checkin-concern-help"),
    ),
    finish=finish_checkin,
)  # fmt: skip


async def read_checkin_answer(ctx: Ctx, text: str) -> str | Reply | None:
    """Text nothing else read while this month's check-in waits for this person (two weeks
    from its day): the invitation again, with Answer now, rather than the main menu (a typo,
    or a rating typed before tapping Answer now). A question asked again, never a choice: in
    the middle of the check-in itself, its own question says what it needs."""
    now = ctx.clock.now()
    for pair in await mentoring_store(ctx.tx).active_of(ctx.participant.id, 3):
        if pair.starts_on is None:
            continue
        month = 0
        while checkin_due(ctx.config, pair, month + 1) <= now:
            month += 1
        due = checkin_due(ctx.config, pair, month)
        if month < 1 or now - due > TOO_LATE:
            continue
        if await outcomes_store(ctx.tx).checkin_answered(pair.id, ctx.participant.id, month):
            continue
        rating = ascii_int(text.strip(" .!"))
        if rating == 1:
            # "1" is the invitation's one option (by SMS "1. Answer now"), never a rating of
            # 1 out of 5 (which would alert the coordinator): the check-in opens, and asks.
            return f"checkin:{pair.id}:{month}"
        if rating is not None and 2 <= rating <= 5:
            # A rating typed before Answer now: kept, and the check-in goes on from there.
            return f"checkin:{pair.id}:{month}:{rating}"
        side = pair.side_of(ctx.participant.id) or "mentor"
        other = await ctx.tx.participant(pair.other(side))
        return Reply(
            key="outcomes-checkin-again",
            args={"name": other.name or "-", "month": month},
            choices=(Choice(id=f"checkin:{pair.id}:{month}", label="outcomes-checkin-start"),),
        )
    return None
