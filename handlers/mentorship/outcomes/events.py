""" "I had an interview" and "I went to an event": a mentee logs one in a few replies.

The employer or the event, the day ("today", "hier", "15 août"), and for an interview the role
if they like. Each is stored for the person's programme: their latest mentorship's, else the
Connector programme.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.menu import main_menu
from handlers.core.parsing import clean_text
from handlers.core.values import Choice, Reply
from handlers.meetings.when import local_today
from handlers.mentorship.outcomes.dates import parse_past_day
from handlers.mentorship.outcomes.ports import outcomes_store
from handlers.mentorship.outcomes.values import EventKind, LoggedEvent

TODAY = "day:today"
YESTERDAY = "day:yesterday"
NO_ROLE = "role:none"
CONNECTOR = "connector"


class EventAnswers(BaseModel):
    """An interview or an event being logged."""

    kind: EventKind = "interview"
    name: str | None = None
    on: date | None = None
    role: str | None = None


async def log_interview(ctx: Ctx) -> Result:
    """The menu entry "I had an interview"."""
    return [Open(LOG.id, EventAnswers(kind="interview"))]


async def log_event(ctx: Ctx) -> Result:
    """The menu entry "I went to an event"."""
    return [Open(LOG.id, EventAnswers(kind="event"))]


def ask_name(ctx: Ctx, answers: EventAnswers) -> Reply:
    """Ask the employer (interview) or the event's name."""
    return Reply(key=f"outcomes-{answers.kind}-ask-name")


def on_name(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the name; ask the day next."""
    return clean_text(answer.text, minimum=2, maximum=120) or Invalid("outcomes-log-name-invalid")


def ask_day(ctx: Ctx, answers: EventAnswers) -> Reply:
    """Ask the day: today, yesterday, or typed."""
    return Reply(
        key="outcomes-log-ask-day",
        args={"kind": answers.kind},
        choices=(Choice(id=TODAY, label="outcomes-log-today"),
                 Choice(id=YESTERDAY, label="outcomes-log-yesterday")),
    )  # fmt: skip


def on_day(ctx: Ctx, answer: Answer) -> date | Invalid:
    """Store the day (not in the future, within a year); the role or the end comes next."""
    today = local_today(ctx.clock.now(), ctx.participant.timezone)
    text = {TODAY: "today", YESTERDAY: "yesterday"}.get(answer.choice or "", answer.text or "")
    return parse_past_day(text, today) or Invalid("outcomes-log-day-invalid")


def ask_role(ctx: Ctx, answers: EventAnswers) -> Reply:
    """Ask the role of the interview, which they may skip."""
    return Reply(key="outcomes-log-ask-role",
                 choices=(Choice(id=NO_ROLE, label="outcomes-log-skip"),))  # fmt: skip


def on_role(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the role ("" when skipped); the interview is logged next."""
    if answer.choice == NO_ROLE:
        return ""
    return clean_text(answer.text, minimum=2, maximum=80) or Invalid("outcomes-log-role-invalid")


async def programme_for(ctx: Ctx) -> str:
    """The person's programme: their latest mentorship's, else the Connector programme."""
    found = await outcomes_store(ctx.tx).programme_of(ctx.participant.id)
    if found is not None:
        return found
    connector = ctx.config.programmes.of_kind("connector")
    return connector[0].id if connector else CONNECTOR


async def finish_log(ctx: Ctx, answers: EventAnswers) -> Result:
    """Store the interview or event and thank them."""
    assert answers.name is not None
    assert answers.on is not None
    await outcomes_store(ctx.tx).log_event(
        LoggedEvent(participant_id=ctx.participant.id, programme=await programme_for(ctx),
                    kind=answers.kind, name=answers.name, on=answers.on,
                    role=answers.role or None)
    )  # fmt: skip
    await ctx.tx.audit(ctx.participant.id, f"logged-{answers.kind}")
    return [Reply(key="outcomes-log-thanks", args={"kind": answers.kind}), main_menu(ctx)]


LOG: Dialogue[EventAnswers] = Dialogue(
    id="outcomes_log",
    model=EventAnswers,
    steps=(
        Step(id="ask-log-name", ask=ask_name, parse=on_name, save=saves("name"),
             help="outcomes-log-name-help"),
        Step(id="ask-log-day", ask=ask_day, parse=on_day, save=saves("on"),
             help="outcomes-log-day-help"),
        Step(id="ask-log-role", ask=ask_role, parse=on_role, save=saves("role"),
             skip=lambda ctx, a: a.kind != "interview", help="outcomes-log-role-help"),
    ),
    finish=finish_log,
)  # fmt: skip
