"""Joining a mentorship programme from the menu: which programme, which role, then the
eligibility questions for that role. A person already in a programme hears where they stand."""

from __future__ import annotations

from typing import Any

from handlers.core.context import Ctx
from handlers.core.engine import Answer, Dialogue, Invalid, Open, Result, Step, saves
from handlers.core.menu import main_menu
from handlers.core.values import Choice, Ref, Reply
from handlers.mentorship.intake.decisions import orientation_choice, programme_name
from handlers.mentorship.intake.mentee import MENTEE_INTAKE
from handlers.mentorship.intake.mentor import MENTOR_INTAKE
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import REOPENED, IntakeAnswers, Membership, ProgrammeRole

ROLE_CHOICES = (
    Choice(id="as:mentee", label="mentorship-join-as-mentee"),
    Choice(id="as:mentor", label="mentorship-join-as-mentor"),
)


def questions_for(role: ProgrammeRole) -> str:
    """The dialogue that asks ``role``'s eligibility questions."""
    return MENTOR_INTAKE.id if role == "mentor" else MENTEE_INTAKE.id


async def _open_ids(ctx: Ctx) -> list[str]:
    """The mentorship programmes the person may apply to: new, unfinished, or referred back."""
    members = {
        m.programme: m for m in await mentorship_store(ctx.tx).memberships(ctx.participant.id)
    }
    return [
        p.id
        for p in ctx.config.programmes.of_kind("mentorship")
        if p.id not in members or members[p.id].status in REOPENED
    ]


async def ask_programme(ctx: Ctx, answers: IntakeAnswers) -> Reply:
    """Offer the mentorship programmes the person is not in yet."""
    language = ctx.participant.language
    choices = tuple(
        Choice(id=f"programme:{pid}", label="mentorship-programme-label",
               args={"programme": programme_name(ctx, pid, language)})
        for pid in await _open_ids(ctx)
    )  # fmt: skip
    return Reply(key="mentorship-ask-programme", choices=choices)


async def on_programme(ctx: Ctx, answer: Answer) -> str | Invalid:
    """Store the programme chosen; ask the role next."""
    picked = (answer.choice or "").removeprefix("programme:")
    return picked if picked in await _open_ids(ctx) else Invalid("mentorship-programme-invalid")


def on_role(ctx: Ctx, answer: Answer) -> ProgrammeRole | Invalid:
    """Store whether the person joins as a mentee or a mentor; the questions come next."""
    if answer.choice == "as:mentee":
        return "mentee"
    if answer.choice == "as:mentor":
        return "mentor"
    return Invalid("mentorship-role-invalid")


async def finish_join(ctx: Ctx, answers: IntakeAnswers) -> Result:
    """Record the person in the programme (in intake) and open their role's questions."""
    if answers.programme is None or answers.role is None:
        return [main_menu(ctx)]
    store = mentorship_store(ctx.tx)
    await store.join(ctx.participant.id, answers.programme, answers.role, None)
    await ctx.tx.audit(ctx.participant.id, "programme-joined", answers.programme)
    start = IntakeAnswers(programme=answers.programme, role=answers.role)
    return [
        Reply(
            key="mentorship-intake-start",
            args={"programme": programme_name(ctx, answers.programme, ctx.participant.language)},
        ),
        Open(questions_for(answers.role), start),
    ]


STEPS: tuple[Step[IntakeAnswers, Any], ...] = (
    Step(id="ask-programme", ask=ask_programme, parse=on_programme, save=saves("programme"),
         help="mentorship-programme-help", skip=lambda ctx, a: a.programme is not None),
    Step(id="ask-role", ask=lambda ctx, a: Reply(key="mentorship-ask-role", choices=ROLE_CHOICES),
         parse=on_role, save=saves("role"), help="mentorship-role-help",
         skip=lambda ctx, a: a.role is not None),
)  # fmt: skip

JOIN: Dialogue[IntakeAnswers] = Dialogue(
    id="mentorship_join", model=IntakeAnswers, steps=STEPS, finish=finish_join
)


def status_reply(ctx: Ctx, member: Membership) -> Reply:
    """Where the person stands in one programme (confirmed: with the orientation to start)."""
    choices = (orientation_choice(member.programme),) if member.status == "eligible" else ()
    return Reply(
        choices=choices,
        key="mentorship-where",
        args={
            "programme": programme_name(ctx, member.programme, ctx.participant.language),
            "role": Ref(key=f"mentorship-role-{member.role}"),
            "status": Ref(key=f"mentorship-status-is-{member.status}"),
        },
    )


async def programme_offered(ctx: Ctx) -> bool:
    """Whether the mentorship entry belongs in the menu: only where the bot runs a mentorship
    programme (the entry then says where the person stands, or lets them apply)."""
    return bool(ctx.config.programmes.of_kind("mentorship"))


async def join_programme(ctx: Ctx) -> Result:
    """The menu entry: where the person stands, then the programmes they may still join."""
    store = mentorship_store(ctx.tx)
    members = await store.memberships(ctx.participant.id)
    told = [status_reply(ctx, m) for m in members if m.status != "intake"]
    open_ids = await _open_ids(ctx)
    if not open_ids:
        return [*told, main_menu(ctx)] if told else [Reply(key="mentorship-none"), main_menu(ctx)]
    started = {m.programme: m for m in members if m.status in REOPENED}
    if len(open_ids) == 1:
        only = open_ids[0]
        role = started[only].role if only in started else None
        return [*told, Open(JOIN.id, IntakeAnswers(programme=only, role=role))]
    return [*told, Open(JOIN.id)]
