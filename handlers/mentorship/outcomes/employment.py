"""Employment follow-ups: "what is your situation now?" at closure, then 3, 6 and 12 months on.

Mentees of a mentorship are asked at its closure (``employment:<mentorship>``, which the
closure calls) and 3, 6 and 12 months after it (``employment-due:<mentorship>`` schedules
them). Connector newcomers are asked 3, 6 and 12 months after their first held meeting
(``employment-held:<meeting>``, called wherever a meeting becomes held). Each question is a
row, and a stored job sends it once, with one polite reminder a week later if unanswered; a
person who opted out, refused consent or was erased is never asked.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel

from handlers.core.context import Ctx, Scope
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.jobs import Job, Subject
from handlers.core.menu import main_menu, menu_after
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Choice, Reply
from handlers.meetings import by_id
from handlers.meetings.ports import meeting_store
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.outcomes.checkins import months_after
from handlers.mentorship.outcomes.ports import outcomes_store
from handlers.mentorship.outcomes.values import (
    EMPLOYED,
    INTERVALS,
    STATUSES,
    EmploymentAsk,
    EmploymentStatus,
)
from handlers.referrals.job import month_after, on_start

ASK = "outcomes_employment_ask"
REASK = "outcomes_employment_reask"
REASK_AFTER = timedelta(days=7)
NO_ROLE = "emplrole:none"
NO_START = "emplstart:none"


def about(ask_id: int) -> Subject:
    """What an employment question's jobs are about."""
    return Subject(kind="employment", id=ask_id)


def status_choices(prefix: str) -> tuple[Choice, ...]:
    """The five answers, with ids ``<prefix><status>``."""
    return tuple(Choice(id=f"{prefix}{s}", label=f"outcomes-employment-{s}") for s in STATUSES)


def question(ask: EmploymentAsk, again: bool) -> Reply:
    """The question as a notification, answered with one number or tap."""
    return Reply(
        key="outcomes-employment-question",
        args={"months": ask.months, "again": "yes" if again else "no", "source": ask.source},
        choices=status_choices(f"empl:{ask.id}:"),
    )


async def schedule(
    ctx: Ctx, person: int, programme: str, source: str, source_id: int,
    started_at: datetime, base: datetime,
) -> None:  # fmt: skip
    """Store the 3, 6 and 12-month questions (once each) and their jobs, from ``base``."""
    store = outcomes_store(ctx.tx)
    now = ctx.clock.now()
    for months in INTERVALS:
        # In the person's daytime: the question can wait for the morning.
        due = ctx.config.daytime(months_after(base, months), ctx.participant.timezone)
        if due < now:
            continue  # an interval already past when the programme start is old
        added = await store.add_ask(person, programme, source,  # type: ignore[arg-type]
                                    source_id, months, started_at, due)  # fmt: skip
        if added is not None:
            await ctx.tx.jobs.add(ASK, str(added.id), due, about(added.id))


# How long after a closure the work situation is asked of a mentee who was not asked it yet.
CLOSURE_ASK_AFTER = timedelta(days=2)


async def due_after_closure(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``employment-due:<mentorship>``: schedule the mentee's 3, 6 and 12-month questions."""
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    if pair is None or pair.status not in ("active", "closed") or pair.starts_on is None:
        return None
    if pair.side_of(ctx.participant.id) is None and "coordinator" not in ctx.participant.roles:
        return None
    now = ctx.clock.now()
    await schedule(ctx, pair.mentee_id, pair.programme, "mentorship", pair.id, pair.starts_on, now)
    # The situation at closure is asked after the final evaluation; a mentee who skips it, or
    # was withdrawn, is asked it all the same two days on (nothing if answered by then).
    store = outcomes_store(ctx.tx)
    ask = await store.ask_at("mentorship", pair.id, 0) or await store.add_ask(
        pair.mentee_id, pair.programme, "mentorship", pair.id, 0, pair.starts_on, now
    )
    if ask is not None and ask.answered_at is None:
        await ctx.tx.jobs.add(ASK, str(ask.id), now + CLOSURE_ASK_AFTER, about(ask.id))
    return []


async def ask_at_closure(ctx: Ctx, mentorship_id: int) -> Result | None:
    """``employment:<mentorship>``: the mentee is asked the employment question at closure."""
    pair = await pairing_store(ctx.tx).mentorship(mentorship_id)
    if pair is None or pair.mentee_id != ctx.participant.id or pair.starts_on is None:
        return None
    store = outcomes_store(ctx.tx)
    now = ctx.clock.now()
    ask = await store.ask_at("mentorship", pair.id, 0) or await store.add_ask(
        pair.mentee_id, pair.programme, "mentorship", pair.id, 0, pair.starts_on, now
    )
    assert ask is not None
    if ask.answered_at is not None:
        return [Reply(key="outcomes-employment-already")]
    await store.mark_asked(ask.id)
    return [Open(EMPLOY.id, EmploymentAnswers(ask_id=ask.id))]


async def on_held(ctx: Ctx, meeting_id: int) -> Result | None:
    """``employment-held:<meeting>``: a newcomer's first held meeting starts their follow-ups."""
    meeting = await meeting_store(ctx.tx).meeting(meeting_id)
    if meeting is None or meeting.status != "held":
        return None
    store = outcomes_store(ctx.tx)
    if await store.has_asks("connector", meeting.mentee_id):
        return []  # only the first held meeting counts
    first = await store.first_held(meeting.mentee_id) or meeting.starts_at
    connector = ctx.config.programmes.of_kind("connector")
    programme = connector[0].id if connector else "connector"
    await schedule(ctx, meeting.mentee_id, programme, "connector", meeting.mentee_id, first, first)
    return []


# A person asked the employment question this recently is not asked it again for another
# programme.
ASKED_LATELY = timedelta(days=30)


async def _askable(scope: Scope, job: Job) -> tuple[EmploymentAsk, str | None] | None:
    """The question a job is about and why it cannot be asked (None: answered or gone)."""
    ask = await outcomes_store(scope.tx).ask(job.subject.id if job.subject else 0)
    if ask is None or ask.answered_at is not None:
        return None
    person = await scope.tx.participant(ask.participant_id)
    if person.status in ("erased", "consent_refused"):
        return ask, "erased or no consent"
    if await scope.tx.reach(person.id) is None:
        return ask, "opted out or unreachable"
    return ask, None


async def send_question(scope: Scope, job: Job) -> str | None:
    """Ask the employment question once, and schedule one reminder a week on."""
    found = await _askable(scope, job)
    if found is None:
        return None
    ask, refused = found
    if refused is not None:
        return refused
    store = outcomes_store(scope.tx)
    if await store.asked_since(ask.participant_id, scope.clock.now() - ASKED_LATELY):
        # In two programmes (a Connector newcomer who was also mentored), the same question
        # would come twice in a few days: the answer to the one just sent counts.
        return "asked lately for another programme"
    await scope.tx.enqueue_to(ask.participant_id, [question(ask, again=False)])
    await outcomes_store(scope.tx).mark_asked(ask.id)
    await scope.tx.jobs.add(REASK, str(ask.id), scope.clock.now() + REASK_AFTER, about(ask.id))
    return None


async def send_reminder(scope: Scope, job: Job) -> str | None:
    """A week without an answer: ask once more, politely (nothing when answered)."""
    found = await _askable(scope, job)
    if found is None:
        return None
    ask, refused = found
    if refused is not None:
        return refused
    await scope.tx.enqueue_to(ask.participant_id, [question(ask, again=True)])
    return None


class EmploymentAnswers(BaseModel):
    """An answer to the employment question in progress."""

    ask_id: int = 0
    status: EmploymentStatus | None = None
    role: str | None = None
    start_month: str | None = None


async def on_picked(ctx: Ctx, rest: str) -> Result | None:
    """``empl:<ask>:<status>``: the answer picked from the notification, recorded at once."""
    number, _, picked = rest.partition(":")
    ask_id = ascii_int(number)
    status = next((s for s in STATUSES if s == picked), None)
    if ask_id is None or status is None:
        return None
    store = outcomes_store(ctx.tx)
    ask = await store.ask(ask_id)
    if ask is None or ask.participant_id != ctx.participant.id:
        return None
    if not await store.answer(ask.id, status):
        return [Reply(key="outcomes-employment-already"), main_menu(ctx)]
    await ctx.tx.jobs.cancel_for(about(ask.id))
    if status in EMPLOYED:
        return [Open(EMPLOY.id, EmploymentAnswers(ask_id=ask.id, status=status))]
    return [Reply(key="outcomes-employment-thanks", args={"status": status}), *menu_after(ctx)]


def ask_status(ctx: Ctx, answers: EmploymentAnswers) -> Reply:
    """Ask the situation now (at closure)."""
    return Reply(key="outcomes-employment-ask", choices=status_choices("emplis:"))


def on_status(ctx: Ctx, answer: Answer) -> EmploymentStatus | Invalid:
    """Store the status; ask the role next when employed."""
    picked = (answer.choice or "").removeprefix("emplis:")
    found = next((s for s in STATUSES if s == picked), None)
    return found or Invalid("outcomes-employment-invalid")


async def record_status(ctx: Ctx, answers: EmploymentAnswers, step: str) -> None:
    """The status is kept as soon as it is given, even if the rest is left unanswered."""
    if (
        step == "ask-employment-status"
        and answers.status is not None
        and await outcomes_store(ctx.tx).answer(answers.ask_id, answers.status)
    ):
        await ctx.tx.jobs.cancel_for(about(answers.ask_id))


def ask_role(ctx: Ctx, answers: EmploymentAnswers) -> Reply:
    """Ask the role, which they may skip."""
    return Reply(key="outcomes-employment-role",
                 choices=(Choice(id=NO_ROLE, label="outcomes-log-skip"),))  # fmt: skip


def on_role(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the role ("" when skipped); ask the start month next."""
    if answer.choice == NO_ROLE:
        return ""
    return clean_text(answer.text, minimum=2, maximum=80) or Invalid("referrals-job-role-invalid")


def ask_start(ctx: Ctx, answers: EmploymentAnswers) -> Reply:
    """Ask the start month: this month, last month, typed, or skipped."""
    return Reply(
        key="outcomes-employment-start",
        choices=(
            Choice(id=f"start:{month_after(ctx, 0)}", label="referrals-job-this-month"),
            Choice(id=f"start:{month_after(ctx, -1)}", label="outcomes-employment-last-month"),
            Choice(id=NO_START, label="outcomes-log-skip"),
        ),
    )


def on_start_month(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the month ("YYYY-MM", "" when skipped); the answer is complete next."""
    return "" if answer.choice == NO_START else on_start(ctx, answer)


def employed(ctx: Ctx, answers: EmploymentAnswers) -> bool:
    """Whether the answer so far is a job (the role and start month are asked then)."""
    return answers.status in EMPLOYED


async def finish_employment(ctx: Ctx, answers: EmploymentAnswers) -> Result:
    """Keep the job's details and thank them."""
    store = outcomes_store(ctx.tx)
    ask = await store.ask(answers.ask_id)
    if ask is None or ask.participant_id != ctx.participant.id or answers.status is None:
        return [main_menu(ctx)]
    if ask.answered_at is None:
        await store.answer(ask.id, answers.status)
    if answers.status in EMPLOYED:
        await store.add_details(ask.id, answers.role or None, answers.start_month or None)
    await ctx.tx.audit(ctx.participant.id, "employment-answered", f"{ask.months} {answers.status}")
    return [Reply(key="outcomes-employment-thanks", args={"status": answers.status}),
            *menu_after(ctx)]  # fmt: skip


EMPLOY: Dialogue[EmploymentAnswers] = Dialogue(
    id="outcomes_employment",
    model=EmploymentAnswers,
    steps=(
        Step(id="ask-employment-status", ask=ask_status, parse=on_status, save=saves("status"),
             skip=lambda ctx, a: a.status is not None, help="outcomes-employment-help"),
        Step(id="ask-employment-role", ask=ask_role, parse=on_role, save=saves("role"),
             skip=lambda ctx, a: not employed(ctx, a), help="referrals-job-role-help"),
        Step(id="ask-employment-start", ask=ask_start, parse=on_start_month,
             save=saves("start_month"), skip=lambda ctx, a: not employed(ctx, a),
             help="referrals-job-start-help"),
    ),
    finish=finish_employment,
    after_step=record_status,
)  # fmt: skip

ACTIONS_BY_ID = {
    "employment-due": by_id(due_after_closure),
    "employment": by_id(ask_at_closure),
    "employment-held": by_id(on_held),
}
