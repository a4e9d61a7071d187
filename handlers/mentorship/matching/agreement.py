"""The agreement: the mentee's goals, a usual meeting day, time and format; then the mentor's yes.

Once both sides accept the match, the mentee sets out up to three goals and when and how the
pair usually meets. The mentor reads it and confirms, or asks for a change (which goes back
to the mentee with a button to set it out again). On the mentor's yes the mentorship starts:
its start and planned end dates are set from the programme's duration.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from pydantic import BaseModel, Field

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.parsing import clean_text
from handlers.core.values import ArgValue, Choice, Line, Lines, Ref, Reply, When
from handlers.meetings.offer_answers import FORMAT_PHRASES, FORMATS
from handlers.meetings.when import local_moment, local_today, parse_time
from handlers.mentorship.matching.notify import tell_coordinator
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.values import Agreement, Mentorship

MAX_GOALS = 3
FALLBACK_WEEKS = 12
GOALS_DONE = "pairgoals:done"
USUAL_TIMES = (time(9), time(12), time(17), time(18), time(19))


class AgreementAnswers(BaseModel):
    """The agreement in progress."""

    mentorship_id: int = 0
    goals: list[str] = Field(default_factory=list)
    goals_done: bool = False
    day: int | None = None
    at: str | None = None  # "18:00", the mentee's own time
    format: str | None = None
    confirmed: bool = False


class ChangeAnswers(BaseModel):
    """What the mentor would like changed in the agreement."""

    mentorship_id: int = 0
    note: str | None = None


def usual_moment(day: int, at: str, zone: str, today: date) -> When:
    """The next such weekday at that time, to show in each person's own zone."""
    ahead = (day - today.weekday()) % 7
    hours, minutes = (int(part) for part in at.split(":"))
    return When(at=local_moment(today + timedelta(days=ahead), time(hours, minutes), zone),
                style="time")  # fmt: skip


def summary_args(ctx: Ctx, pair: Mentorship | AgreementAnswers, zone: str) -> dict[str, ArgValue]:
    """Goals, day, time and format, as the summary shows them."""
    if isinstance(pair, Mentorship):
        goals, day, at, fmt = pair.goals, pair.meeting_day, pair.meeting_time, pair.meeting_format
    else:
        goals, day, at, fmt = tuple(pair.goals), pair.day, pair.at, pair.format
    assert day is not None
    assert at is not None
    assert fmt in FORMAT_PHRASES
    today = local_today(ctx.clock.now(), zone)
    return {
        "count": len(goals),
        "goals": Lines(lines=tuple(Line(key="pairing-goal-line", args={"count": n, "text": goal})
                                   for n, goal in enumerate(goals, start=1))),
        "day": Ref(key=f"pairing-weekday-{day}"),
        "time": usual_moment(day, at, zone, today),
        "format": Ref(key=FORMAT_PHRASES[fmt]),
    }  # fmt: skip


async def open_agreement(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``pairagree:<id>``: the mentee sets out (or again) the agreement of a formed pair."""
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    if pair is None or pair.mentee_id != ctx.participant.id:
        return None
    if pair.status != "agreeing":
        return [Reply(key="pairing-proposal-closed")]
    return [Open(AGREE.id, AgreementAnswers(mentorship_id=pair.id))]


def ask_goal(ctx: Ctx, answers: AgreementAnswers) -> Reply:
    """Ask for the next goal; from the second on, "that's all" is offered."""
    done = (Choice(id=GOALS_DONE, label="pairing-goals-done"),) if answers.goals else ()
    count = min(len(answers.goals) + 1, MAX_GOALS)  # back at the third: it is replaced
    return Reply(key="pairing-ask-goal", args={"count": count}, choices=done)


def on_goal(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store a goal (or "" for that's all); ask the next one or the meeting day."""
    if answer.choice == GOALS_DONE:
        return ""
    return clean_text(answer.text, minimum=3, maximum=80) or Invalid("pairing-goal-invalid")


def save_goal(answers: AgreementAnswers, goal: str) -> AgreementAnswers:
    """Add the goal (going back past the last one replaces it), or mark the list done."""
    if not goal:
        return answers.model_copy(update={"goals_done": True})
    goals = [*answers.goals[: MAX_GOALS - 1], goal] if len(answers.goals) >= MAX_GOALS else [
        *answers.goals, goal]  # fmt: skip
    return answers.model_copy(update={"goals": goals, "goals_done": len(goals) >= MAX_GOALS})


def after_goal(answers: AgreementAnswers) -> str:
    """Another goal, or the meeting day once there are three or the mentee is done."""
    return "ask-meeting-day" if answers.goals_done else "ask-goal"


def ask_day(ctx: Ctx, answers: AgreementAnswers) -> Reply:
    """Ask the usual meeting day."""
    return Reply(
        key="pairing-ask-day",
        choices=tuple(Choice(id=f"pairday:{d}", label=f"pairing-weekday-{d}") for d in range(7)),
    )


def on_day(ctx: Ctx, answer: Answer) -> int | Invalid:
    """Store the weekday (0 is Monday); ask the time next."""
    picked = (answer.choice or "").removeprefix("pairday:")
    if picked in {str(d) for d in range(7)}:
        return int(picked)
    return Invalid("pairing-day-invalid")


def ask_time(ctx: Ctx, answers: AgreementAnswers) -> Reply:
    """Offer usual times, or a typed one."""
    zone = ctx.participant.timezone
    today = local_today(ctx.clock.now(), zone)
    return Reply(
        key="pairing-ask-time",
        choices=tuple(
            Choice(id=f"pairtime:{at:%H:%M}", label="offer-time-label",
                   args={"time": When(at=local_moment(today, at, zone), style="time")})
            for at in USUAL_TIMES
        ),
    )  # fmt: skip


def on_time(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the time ("18:00"); ask the format next."""
    text = (answer.choice or "").removeprefix("pairtime:") if answer.choice else answer.text
    found = parse_time(text or "")
    return f"{found:%H:%M}" if found is not None else Invalid("offer-time-invalid")


def ask_format(ctx: Ctx, answers: AgreementAnswers) -> Reply:
    """Ask how the pair usually meets."""
    return Reply(
        key="pairing-ask-format",
        choices=tuple(
            Choice(id=choice, label=f"offer-format-{fmt.replace('_', '-')}")
            for choice, fmt in FORMATS.items()
        ),
    )


def on_format(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the format; show the summary next."""
    return FORMATS.get(answer.choice or "") or Invalid("offer-format-invalid")


async def ask_confirm(ctx: Ctx, answers: AgreementAnswers) -> Reply:
    """Show the agreement and ask to send it to the mentor."""
    pair = await pairing_store(ctx.tx).mentorship(answers.mentorship_id)
    mentor = None if pair is None else await ctx.tx.participant(pair.mentor_id)
    return Reply(
        key="pairing-agreement-summary",
        args={**{k: v for k, v in summary_args(ctx, answers, ctx.participant.timezone).items()
                 if k != "goals"},
              "name": (mentor.name if mentor else None) or "-"},
        choices=(Choice(id="yes", label="pairing-agreement-send", means="yes"),
                 Choice(id="global:back", label="dialogue-choice-back")),
    )  # fmt: skip


def on_confirm(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Store the mentee's confirmation; the agreement goes to the mentor."""
    return True if answer.choice == "yes" else Invalid("pairing-confirm-invalid")


async def finish_agreement(ctx: Ctx, answers: AgreementAnswers) -> Result:
    """Store the agreement and send it to the mentor to confirm."""
    store = pairing_store(ctx.tx)
    assert answers.day is not None
    assert answers.at is not None
    assert answers.format is not None
    agreement = Agreement(goals=tuple(answers.goals), meeting_day=answers.day,
                          meeting_time=answers.at, meeting_zone=ctx.participant.timezone,
                          meeting_format=answers.format)  # fmt: skip
    if not await store.save_agreement(answers.mentorship_id, agreement):
        return [Reply(key="pairing-proposal-closed")]
    pair = await store.mentorship(answers.mentorship_id)
    assert pair is not None
    mentor = await ctx.tx.participant(pair.mentor_id)
    args = summary_args(ctx, pair, agreement.meeting_zone)
    goals = Reply(
        key="pairing-agreement-goals",
        args={"name": ctx.participant.name or "-", "goals": args["goals"]},
    )
    review = Reply(
        key="pairing-agreement-review",
        args={key: args[key] for key in ("day", "time", "format")},
        choices=(Choice(id=f"pairok:{pair.id}", label="pairing-agreement-ok", means="yes"),
                 Choice(id=f"pairchange:{pair.id}", label="pairing-agreement-change")),
    )  # fmt: skip
    await ctx.tx.enqueue_to(mentor.id, [goals, review])
    return [Reply(key="pairing-agreement-sent", args={"name": mentor.name or "-"})]


AGREE: Dialogue[AgreementAnswers] = Dialogue(
    id="pairing_agreement",
    model=AgreementAnswers,
    steps=(
        Step(id="ask-goal", ask=ask_goal, parse=on_goal, save=save_goal, next=after_goal,
             help="pairing-goal-help"),
        Step(id="ask-meeting-day", ask=ask_day, parse=on_day, save=saves("day"),
             help="pairing-day-help"),
        Step(id="ask-meeting-time", ask=ask_time, parse=on_time, save=saves("at"),
             help="pairing-time-help"),
        Step(id="ask-meeting-format", ask=ask_format, parse=on_format, save=saves("format"),
             help="pairing-format-help"),
        Step(id="confirm-agreement", ask=ask_confirm, parse=on_confirm, save=saves("confirmed"),
             help="pairing-confirm-help"),
    ),
    finish=finish_agreement,
)  # fmt: skip


async def confirm_agreement(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``pairok:<id>``: the mentor confirms; the mentorship starts and its end is planned."""
    store = pairing_store(ctx.tx)
    pair = await store.mentorship(mentorship_id)
    if pair is None or pair.mentor_id != ctx.participant.id:
        return None
    programme = ctx.config.programmes.get(pair.programme)
    # A programme taken out of the file after the match keeps the usual three months.
    weeks = programme.weeks if programme is not None else FALLBACK_WEEKS
    now = ctx.clock.now()
    started = await store.activate(pair.id, now, now + timedelta(weeks=weeks))
    if started is None:
        return [Reply(key="pairing-proposal-closed")]
    assert started.ends_on is not None
    mentee = await ctx.tx.participant(pair.mentee_id)
    for person, other in ((mentee, ctx.participant), (ctx.participant, mentee)):
        if person.id != ctx.participant.id:
            await ctx.tx.enqueue_to(person.id, [started_reply(started, other.name, "mentee")])
    await tell_coordinator(
        ctx.tx, started,
        [Reply(key="pairing-coordinator-started",
               args={"id": started.id, "mentee": mentee.name or "-",
                     "name": ctx.participant.name or "-",
                     "end": When(at=started.ends_on, style="date")})],
    )  # fmt: skip
    await ctx.tx.audit(ctx.participant.id, "match-started", str(started.id))
    return [started_reply(started, mentee.name, "mentor")]


def started_reply(pair: Mentorship, name: str | None, side: str) -> Reply:
    """The mentorship has started: its dates, the hours aimed for, and what each side will be
    asked (the weekly question goes to the mentee; the monthly check-in to both)."""
    assert pair.starts_on is not None
    assert pair.ends_on is not None
    return Reply(
        key="pairing-started",
        args={"name": name or "-", "start": When(at=pair.starts_on, style="date"),
              "end": When(at=pair.ends_on, style="date"),
              "hours": round(pair.target_minutes / 60),
              "as_mentor": "yes" if side == "mentor" else "no"},
    )  # fmt: skip


async def ask_change(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``pairchange:<id>``: the mentor would like something changed; ask what."""
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    if pair is None or pair.mentor_id != ctx.participant.id:
        return None
    if pair.status != "agreeing" or pair.agreed_at is None:
        return [Reply(key="pairing-proposal-closed")]
    return [Open(CHANGE.id, ChangeAnswers(mentorship_id=pair.id))]


def on_note(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store what to change in a few words."""
    return clean_text(answer.text, minimum=3, maximum=200) or Invalid("pairing-change-invalid")


async def finish_change(ctx: Ctx, answers: ChangeAnswers) -> Result:
    """Send the mentor's note to the mentee, with a button to set the agreement out again."""
    store = pairing_store(ctx.tx)
    pair = await store.mentorship(answers.mentorship_id)
    if pair is None or not await store.reopen_agreement(pair.id):
        return [Reply(key="pairing-proposal-closed")]
    await ctx.tx.enqueue_to(
        pair.mentee_id,
        [Reply(key="pairing-change-asked",
               args={"name": ctx.participant.name or "-", "note": answers.note or ""},
               choices=(Choice(id=f"pairagree:{pair.id}", label="pairing-agreement-again"),))],
    )  # fmt: skip
    mentee = await ctx.tx.participant(pair.mentee_id)
    return [Reply(key="pairing-change-sent", args={"name": mentee.name or "-"})]


CHANGE: Dialogue[ChangeAnswers] = Dialogue(
    id="pairing_change",
    model=ChangeAnswers,
    steps=(
        Step(id="ask-change", ask=lambda ctx, a: Reply(key="pairing-ask-change"), parse=on_note,
             save=saves("note"), help="pairing-change-help"),
    ),
    finish=finish_change,
)  # fmt: skip
