""" "I found a job": the outcome funders count, credited to the connection that helped.

The newcomer says the role, whether it is in their field, the start month, and which
connection helped, picked from their own network (people met and referrals), or none.
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Result, Step, saves
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int, clean_text
from handlers.core.values import Choice, Reply
from handlers.referrals.ports import referral_store
from handlers.referrals.values import JobReport

FIELDS = ("yes", "related", "no")
SHOWN = 5
NOBODY = "helped:none"
MONTH_FIRST = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{4})")
YEAR_FIRST = re.compile(r"(\d{4})\s*[/.-]\s*(\d{1,2})")


class JobAnswers(BaseModel):
    """A job report in progress."""

    role: str | None = None
    in_field: str | None = None
    start_month: str | None = None  # "2027-01"
    helped: str | None = None  # "m:<meeting id>", "r:<referral id>" or "none"


def month_after(ctx: Ctx, months: int) -> str:
    """The month ``months`` from now in the person's zone, as "YYYY-MM"."""
    today = ctx.clock.now().astimezone(ZoneInfo(ctx.participant.timezone)).date()
    index = today.year * 12 + today.month - 1 + months
    return date(index // 12, index % 12 + 1, 1).strftime("%Y-%m")


def on_role(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the role; ask whether it is in their field next."""
    return clean_text(answer.text, minimum=2, maximum=80) or Invalid("referrals-job-role-invalid")


def ask_field(ctx: Ctx, answers: JobAnswers) -> Reply:
    """Ask whether the job is in their field."""
    return Reply(
        key="referrals-job-field",
        choices=tuple(Choice(id=f"field:{f}", label=f"referrals-job-field-{f}") for f in FIELDS),
    )


def on_field(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store yes, related or no; ask the start month next."""
    value = (answer.choice or "").removeprefix("field:")
    return value if value in FIELDS else Invalid("referrals-job-field-invalid")


def ask_start(ctx: Ctx, answers: JobAnswers) -> Reply:
    """Ask the start month: this month, next month, or typed."""
    return Reply(
        key="referrals-job-start",
        choices=(
            Choice(id=f"start:{month_after(ctx, 0)}", label="referrals-job-this-month"),
            Choice(id=f"start:{month_after(ctx, 1)}", label="referrals-job-next-month"),
        ),
    )


def on_start(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the month ("YYYY-MM"); ask who helped next."""
    if (answer.choice or "").startswith("start:"):
        return (answer.choice or "").removeprefix("start:")
    text = (answer.text or "").strip()
    found = MONTH_FIRST.fullmatch(text)
    month = year = None
    if found is not None:
        month, year = ascii_int(found.group(1)), ascii_int(found.group(2))
    elif (found := YEAR_FIRST.fullmatch(text)) is not None:
        year, month = ascii_int(found.group(1)), ascii_int(found.group(2))
    if month is None or year is None or not 1 <= month <= 12 or not 2000 <= year <= 2100:
        return Invalid("referrals-job-start-invalid")
    return f"{year:04d}-{month:02d}"


async def ask_helped(ctx: Ctx, answers: JobAnswers) -> Reply:
    """Offer the newcomer's own network: people met, then referrals, or nobody."""
    store = referral_store(ctx.tx)
    me = ctx.participant.id
    choices: list[Choice] = []
    seen: set[int] = set()
    for meeting in await store.chain_meetings(me, 50):
        if meeting.status == "held" and meeting.connector_id not in seen:
            seen.add(meeting.connector_id)
            person = await ctx.tx.participant(meeting.connector_id)
            choices.append(Choice(id=f"helped:m:{meeting.id}", label="referrals-job-person",
                                  args={"name": person.name or ""}))  # fmt: skip
    for referral in await store.for_mentee(me, 50):
        if referral.person_id not in seen or referral.person_id is None:
            choices.append(Choice(id=f"helped:r:{referral.id}", label="referrals-job-person",
                                  args={"name": referral.name}))  # fmt: skip
    return Reply(
        key="referrals-job-helped",
        choices=(*choices[:SHOWN], Choice(id=NOBODY, label="referrals-job-nobody")),
    )


def on_helped(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store who helped (checked against the newcomer's network when saved)."""
    choice = answer.choice or ""
    if choice == NOBODY:
        return "none"
    if choice.startswith(("helped:m:", "helped:r:")):
        return choice.removeprefix("helped:")
    return Invalid("referrals-job-helped-invalid")


async def finish_job(ctx: Ctx, answers: JobAnswers) -> Result:
    """Record the job, credited to the meeting or referral that helped (only the person's own)."""
    store = referral_store(ctx.tx)
    me = ctx.participant.id
    kind, _, number = (answers.helped or "none").partition(":")
    node = ascii_int(number) if number else None
    meeting_id = referral_id = None
    if kind == "m" and node is not None:
        meetings = {m.id for m in await store.chain_meetings(me, 50) if m.status == "held"}
        meeting_id = node if node in meetings else None
    elif kind == "r" and node is not None:
        referral = await store.referral(node)
        referral_id = node if referral is not None and referral.mentee_id == me else None
    await store.add_job(
        JobReport(mentee_id=me, role=answers.role or "", in_field=answers.in_field or "no",
                  start_month=answers.start_month or "", meeting_id=meeting_id,
                  referral_id=referral_id)
    )  # fmt: skip
    await ctx.tx.audit(me, "job-reported", answers.in_field or "")
    return [Reply(key="referrals-job-thanks"), main_menu(ctx)]


JOB: Dialogue[JobAnswers] = Dialogue(
    id="referrals_job",
    model=JobAnswers,
    steps=(
        Step(id="ask-job-role", ask=lambda ctx, a: Reply(key="referrals-job-role"),
             parse=on_role, save=saves("role"), help="referrals-job-role-help"),
        Step(id="ask-job-field", ask=ask_field, parse=on_field, save=saves("in_field"),
             help="referrals-job-field-help"),
        Step(id="ask-job-start", ask=ask_start, parse=on_start, save=saves("start_month"),
             help="referrals-job-start-help"),
        Step(id="ask-job-helped", ask=ask_helped, parse=on_helped, save=saves("helped"),
             help="referrals-job-helped-help"),
    ),
    finish=finish_job,
)  # fmt: skip
