"""The weekly log: each week of an active mentorship the mentee says whether the pair met,
for how long and on what. Two missed weeks in a row alert the coordinator, once per streak.

Every question is a stored job (``mentoring_week``, key ``<pair>:<week>``), claimed before it
runs, and each week is a row: a restart or a second due-scan never asks twice.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step
from handlers.core.jobs import Job
from handlers.core.parsing import answer_to, ascii_int, choice_ids, leading_yes_no
from handlers.core.ports import Transaction
from handlers.core.values import Choice, Ref, Reply
from handlers.mentorship.matching.notify import subject, tell_coordinator
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.values import Mentorship
from handlers.mentorship.weeks.common import (
    WEEK_JOB,
    Several,
    both,
    logged,
    named,
    schedule_end,
    week_due,
)
from handlers.mentorship.weeks.duration import parse_duration
from handlers.mentorship.weeks.gone import both_reachable
from handlers.mentorship.weeks.ports import mentoring_store
from handlers.mentorship.weeks.values import TOPICS

COMMON_MINUTES = (30, 60, 90, 120, 180)
TOPICS_QUESTION = Several(
    key="mentoring-ask-topics",
    prefix="mtopic",
    label="mentoring-topic-",
    options=TOPICS,
    invalid="mentoring-topics-invalid",
)
SCHEDULE_BATCH = 20
# The week's answers that say the pair met: face to face ("yes"), or by phone or video.
MET = ("yes", "remote")
LOG_ID = "mentoring_week_log"


async def schedule_new_pairs(scope: Scope) -> None:
    """A due-scan: give each newly active mentorship its first weekly question and its end."""
    store = mentoring_store(scope.tx)
    for pair in await store.unscheduled(SCHEDULE_BATCH):
        if not await store.mark_scheduled(pair.id):
            continue
        await scope.tx.jobs.add(
            WEEK_JOB, f"{pair.id}:1", week_due(pair, 1, scope.config), subject(pair.id)
        )
        await schedule_end(scope.tx, pair, scope.config)


async def ask_week(scope: Scope, job: Job) -> str | None:
    """Ask the mentee about the week just passed; the week before, unanswered, is missed."""
    found = choice_ids(job.key, 2)
    if found is None:
        return "not a week's key"
    mentorship_id, week = found
    pair = await pairing_store(scope.tx).mentorship(mentorship_id)
    if pair is None or pair.status != "active" or pair.ends_on is None:
        return None  # closed in the meantime: nothing more to ask
    store = mentoring_store(scope.tx)
    following = week_due(pair, week + 1, scope.config)
    if following <= pair.ends_on:
        await scope.tx.jobs.add(WEEK_JOB, f"{pair.id}:{week + 1}", following, subject(pair.id))
    if not await both_reachable(scope.tx, pair):
        return "paused: a side cannot be reached"  # asked again next week, if they are back
    if week > 1 and await store.miss_week(pair.id, week - 1):
        await alert_missed(scope.tx, pair, week - 1)
    if await store.ask_week(pair.id, week):
        mentor = await scope.tx.participant(pair.mentor_id)
        await scope.tx.enqueue_to(pair.mentee_id, [week_question(pair, week, mentor.name)])
    return None


def week_question(pair: Mentorship, week: int, mentor: str | None) -> Reply:
    """Did you meet your mentor this week?"""
    return Reply(
        key="mentoring-week-ask",
        args={"name": mentor or "-", "week": week},
        choices=(Choice(id=f"mweek:{pair.id}:{week}:yes", label="mentoring-week-yes", means="yes"),
                 Choice(id=f"mweek:{pair.id}:{week}:remote", label="mentoring-week-remote"),
                 Choice(id=f"mweek:{pair.id}:{week}:no", label="mentoring-week-no", means="no")),
    )  # fmt: skip


async def alert_missed(tx: Transaction, pair: Mentorship, week: int) -> None:
    """Tell the coordinator when ``week`` makes two missed weeks in a row (once a streak)."""
    store = mentoring_store(tx)
    if await store.missed_streak(pair.id, week) != 2:
        return
    if not await store.mark_alerted(pair.id, week):
        return
    mentee, mentor = await both(tx, pair)
    await tell_coordinator(
        tx, pair,
        [Reply(key="mentoring-coordinator-missed",
               args={**named(pair, mentee, mentor), "week": week})],
    )  # fmt: skip


async def on_week(ctx: Ctx, rest: str) -> Result | None:
    """``mweek:<pair>:<week>:yes|remote|no``: the mentee's answer (met face to face, met by
    phone or video, not met); a meeting asks how long and on what.
    ``mweek:<pair>:<week>:yes:<minutes>`` (typed as "1 1h30") already says how long."""
    parts = rest.split(":")
    said = parts[2] if len(parts) in (3, 4) else ""
    found = choice_ids(":".join(parts[:2]), 2)
    minutes = choice_ids(parts[3], 1) if len(parts) == 4 else None
    if found is None or said not in (*MET, "no") or (len(parts) == 4 and minutes is None):
        return None
    pair = await pairing_store(ctx.tx).mentorship(found[0])
    if pair is None or pair.mentee_id != ctx.participant.id:
        return None
    store = mentoring_store(ctx.tx)
    week = await store.week(pair.id, found[1])
    if week is None or week.outcome != "asked":
        return [Reply(key="mentoring-week-closed")]
    if said in MET:
        answers = LogAnswers(mentorship_id=pair.id, week=week.week, in_person=said == "yes")
        if minutes is not None:
            # Met, and how long: the week counts from now; the topics only add to it.
            answers = answers.model_copy(update={"minutes": minutes[0]})
            await keep_meeting(ctx, answers)
        return [Open(LOG.id, answers)]
    await store.answer_week(pair.id, week.week, "not-met", 0, ())
    await alert_missed(ctx.tx, pair, week.week)
    return [Reply(key="mentoring-week-noted-no")]


async def read_week_answer(ctx: Ctx, text: str) -> str | Reply | None:
    """Text nothing else understood, while the week's question is open: read as its answer
    as generously as "did you meet?" ("oui, mardi", "1 oui", "Yes, we met"), else that
    question asked again (a typo, "4") rather than the main menu."""
    if "mentee" not in ctx.participant.roles:
        return None
    store = mentoring_store(ctx.tx)
    # The active mentorship, or the one just closed whose last week's question came with the
    # closing message (its answer still counts).
    pair = await store.latest_of(ctx.participant.id)
    week = None if pair is None else await store.asked_week(pair.id)
    if pair is None or week is None or pair.mentee_id != ctx.participant.id:
        return None
    frame = ctx.frame
    if frame is not None and frame.dialogue == LOG_ID and frame.answers.get("week") == week:
        return None  # in that week's log already: the text is its answer, right or wrong
    mentor = await ctx.tx.participant(pair.mentor_id)
    question = week_question(pair, week, mentor.name)
    # "1 1h30", "oui 90 min": met (face to face), and for how long, in one reply; "2 1h"
    # by phone or video.
    first, _, then = text.strip().partition(" ")
    how = {"1": "yes", "2": "remote"}.get(first.strip(".,"))
    if leading_yes_no(first) is True:
        how = "yes"
    minutes = parse_duration(then) if then and how is not None else None
    if minutes is None and ascii_int(text.strip(" .")) is None:
        # A duration alone ("1h30", "90 min"): they met (a bare number picks an option).
        how, minutes = "yes", parse_duration(text)
    if minutes is not None:
        return f"mweek:{pair.id}:{week}:{how}:{minutes}"
    picked = answer_to(text, question.choices, await ctx.tx.last_menu(ctx.address))
    if picked is not None:
        return picked
    return Reply(key="mentoring-week-again", args=question.args, choices=question.choices)


class LogAnswers(BaseModel):
    """One week's meeting: how long, and what the pair worked on."""

    mentorship_id: int = 0
    week: int = 0
    minutes: int | None = None
    in_person: bool = True
    topics: list[str] = Field(default_factory=list)
    topics_done: bool = False


def ask_duration(ctx: Ctx, answers: LogAnswers) -> Reply:
    """Offer common durations, or a typed one."""
    return Reply(
        key="mentoring-ask-duration",
        choices=tuple(Choice(id=f"mdur:{m}", label="mentoring-duration",
                             args={"hours": m // 60, "minutes": m % 60})
                      for m in COMMON_MINUTES),
    )  # fmt: skip


def on_duration(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the minutes ("mdur:90", "1h30", "une heure et demie"); ask the topics next."""
    if answer.choice is not None and answer.choice.startswith("mdur:"):
        picked = choice_ids(answer.choice.removeprefix("mdur:"), 1)
        if picked is not None and picked[0] in COMMON_MINUTES:
            return picked[0]
    typed = answer.text or ""
    minutes = parse_duration(typed)
    first, _, then = typed.strip().partition(" ")
    if minutes is None and first.strip(".,") in ("1", "2") and then:
        minutes = parse_duration(then)  # "1 2h", as the week's question taught
    return minutes if minutes is not None else Invalid("mentoring-duration-invalid")


def ask_topics(ctx: Ctx, answers: LogAnswers) -> Reply:
    """Ask what the pair worked on, several allowed; "that's all" once one is picked."""
    return TOPICS_QUESTION.ask(answers.topics)


def on_topic(ctx: Ctx, answer: Answer) -> list[str] | Invalid:
    """The topics picked, ending with "" for that's all (see ``Several.read``)."""
    return TOPICS_QUESTION.read(ctx, answer)


def save_topic(answers: LogAnswers, topics_picked: list[str]) -> LogAnswers:
    """Add the topics (once each); all of them, or that's all, ends the list."""
    topics, done = TOPICS_QUESTION.add(answers.topics, topics_picked)
    return answers.model_copy(update={"topics": topics, "topics_done": done})


async def keep_meeting(ctx: Ctx, answers: LogAnswers) -> bool:
    """Record the week as met, for how long and how (and on what, once said): as soon as the
    duration is known, so a log left before its topics still counts the meeting, and the
    week is neither missed nor alerted on. False when the week was closed meanwhile."""
    assert answers.minutes is not None
    return await mentoring_store(ctx.tx).answer_week(
        answers.mentorship_id,
        answers.week,
        "met",
        answers.minutes,
        tuple(answers.topics),
        answers.in_person,
    )


async def after_log_step(ctx: Ctx, answers: LogAnswers, step: str) -> None:
    """Once the duration is given, the meeting is kept (the topics then add to it)."""
    if step == "ask-week-duration":
        await keep_meeting(ctx, answers)


async def finish_log(ctx: Ctx, answers: LogAnswers) -> Result:
    """Log the week's topics and show the hours so far against the target."""
    store = mentoring_store(ctx.tx)
    pair = await pairing_store(ctx.tx).mentorship(answers.mentorship_id)
    recorded = await keep_meeting(ctx, answers)
    if pair is None or not recorded:
        return [Reply(key="mentoring-week-closed")]
    total = await store.minutes(pair.id)
    return [Reply(key="mentoring-week-logged",
                  args={**logged(total, pair.target_minutes),
                        "topics": Ref(key=f"mentoring-topic-{answers.topics[0]}"),
                        "extra": len(answers.topics) - 1})]  # fmt: skip


LOG: Dialogue[LogAnswers] = Dialogue(
    id=LOG_ID,
    model=LogAnswers,
    steps=(
        Step(id="ask-week-duration", ask=ask_duration, parse=on_duration,
             save=lambda a, v: a.model_copy(update={"minutes": v}),
             help="mentoring-duration-help",
             # Given with the yes ("1 1h30"): not asked again.
             skip=lambda ctx, a: a.minutes is not None),
        Step(id="ask-week-topics", ask=ask_topics, parse=on_topic, save=save_topic,
             next=lambda a: None if a.topics_done else "ask-week-topics",
             help="mentoring-topics-help"),
    ),
    finish=finish_log,
    after_step=after_log_step,
)  # fmt: skip
