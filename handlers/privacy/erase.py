"""Deleting a person's data: "Delete me" confirmed twice, or a coordinator's ``/erase 12``.

Erasure cancels the person's coming meetings (the other side is told that "a former
participant" cancelled), withdraws their open times, and clears everything personal at once.
Their phone number or chat id is kept one more day, only so that the confirmation reaches
them; the ``privacy-forget`` job then replaces it by an anonymous value. Rows, statuses and
dates stay, so the programme's numbers do not change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel

from handlers.coordination.ports import coordination_store
from handlers.core.config import HandlerConfig
from handlers.core.context import Ctx, Scope
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step
from handlers.core.jobs import Job, Subject
from handlers.core.menu import main_menu
from handlers.core.parsing import ascii_int
from handlers.core.ports import Transaction
from handlers.core.values import Choice, Participant, Ref, Reply, When
from handlers.meetings.gone import cancel_coming, cancelled_calendar
from handlers.meetings.values import Meeting
from handlers.privacy.ports import privacy_store

FORGET = "forget_addresses"
FORGET_AFTER = timedelta(days=1)
FORMER = Ref(key="privacy-former-participant")


async def erase_person(
    tx: Transaction, now: datetime, config: HandlerConfig, person: Participant, *, by: int
) -> None:
    """Cancel what is coming, clear the person's data, and schedule forgetting the address."""

    def told(meeting: Meeting, other: int) -> Reply:
        return Reply(
            key="meetings-cancelled-by-other",
            args={"name": FORMER, "when": When(at=meeting.starts_at), "reason": "none",
                  "short": "no"},
            calendar=cancelled_calendar(meeting, FORMER),
        )  # fmt: skip

    await cancel_coming(tx, now, config, person, by=by, detail="", told=told)
    await privacy_store(tx).erase(person.id)
    about = Subject(kind="participant", id=person.id)
    await tx.jobs.add(FORGET, str(person.id), now + FORGET_AFTER, about)
    await tx.audit(by, "erased" if by == person.id else "admin-erase", str(person.id))


async def forget(scope: Scope, job: Job) -> str | None:
    """A day after an erasure: replace the person's addresses by anonymous values."""
    if job.subject is None:
        return "no subject"
    person = await scope.tx.participant(job.subject.id)
    if person.status != "erased":
        return "registered again"
    await privacy_store(scope.tx).forget_addresses(person.id)
    return None


async def last_coordinator(ctx: Ctx, person: Participant) -> bool:
    """Whether ``person`` is the only coordinator left (who cannot be erased)."""
    if "coordinator" not in person.roles:
        return False
    return len(await ctx.tx.holders("coordinator", 2)) <= 1


class DeleteAnswers(BaseModel):
    """Two confirmations before anything is deleted."""

    sure: bool = False
    really: bool = False


def _ask(key: str, yes: str) -> Reply:
    """A yes/no question whose yes deletes (labels never carrier keywords)."""
    return Reply(
        key=key,
        choices=(
            Choice(id="erase:yes", label=yes, means="yes"),
            Choice(id="erase:no", label="privacy-keep", means="no"),
        ),
    )


def on_yes_no(ctx: Ctx, answer: Answer) -> bool | Invalid:
    """Yes (delete) or no (keep everything)."""
    if answer.choice in ("erase:yes", "erase:no"):
        return answer.choice == "erase:yes"
    return Invalid("privacy-yes-no")


async def finish_delete(ctx: Ctx, answers: DeleteAnswers) -> Result:
    """Delete after two yeses; otherwise keep everything and say so."""
    if not (answers.sure and answers.really):
        return [Reply(key="privacy-kept"), main_menu(ctx)]
    if await last_coordinator(ctx, ctx.participant):
        return [Reply(key="privacy-last-coordinator"), main_menu(ctx)]
    await erase_person(ctx.tx, ctx.clock.now(), ctx.config, ctx.participant, by=ctx.participant.id)
    return [Reply(key="privacy-erased")]


DELETE_ME: Dialogue[DeleteAnswers] = Dialogue(
    id="privacy_delete",
    model=DeleteAnswers,
    steps=(
        Step(
            id="ask-sure",
            ask=lambda ctx, a: _ask("privacy-ask-sure", "privacy-yes-delete"),
            parse=on_yes_no,
            save=lambda a, v: a.model_copy(update={"sure": v}),
            help="privacy-yes-no",
            next=lambda a: "ask-really" if a.sure else None,
        ),
        Step(
            id="ask-really",
            ask=lambda ctx, a: _ask("privacy-ask-really", "privacy-yes-really"),
            parse=on_yes_no,
            save=lambda a, v: a.model_copy(update={"really": v}),
            help="privacy-yes-no",
        ),
    ),
    finish=finish_delete,
)


async def delete_me(ctx: Ctx) -> Result:
    """The menu's "Delete my data": ask twice."""
    return [Open(DELETE_ME.id)]


def parse_person(text: str) -> int | Invalid:
    """One participant number."""
    number = ascii_int(text.removeprefix("#"))
    return number if number is not None else Invalid("privacy-usage-erase")


async def erase_command(ctx: Ctx, participant_id: int) -> Result:
    """``/erase 12``: a coordinator erases someone's data (audited; never their own)."""
    if participant_id == ctx.participant.id:
        return [Reply(key="privacy-erase-yourself")]
    person = await coordination_store(ctx.tx).person(participant_id)
    if person is None or person.status in ("erased", "consent_refused"):
        return [Reply(key="coordination-no-such-person", args={"id": participant_id})]
    if await last_coordinator(ctx, person):
        return [Reply(key="privacy-last-coordinator")]
    await erase_person(ctx.tx, ctx.clock.now(), ctx.config, person, by=ctx.participant.id)
    await ctx.tx.enqueue_to(person.id, [Reply(key="privacy-erased-by-coordinator")])
    return [Reply(key="privacy-erased-someone", args={"id": person.id})]
