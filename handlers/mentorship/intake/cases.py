"""The intake cases coordinators see in /pending: who, which programme, the answers, what is
missing, and the agency that referred them. One case a page by SMS, a few on Telegram."""

from __future__ import annotations

from handlers.coordination.paging import cut, on_more, page
from handlers.core.context import Ctx
from handlers.core.engine import Result
from handlers.core.parsing import shorten
from handlers.core.values import Languages, Line, Lines, Participant, Ref, Reply
from handlers.mentorship.intake.decisions import programme_name
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import NOT_ASSESSED, Membership
from handlers.registration.sectors import sector_ref

SMS_CASES = 1
GOAL_BY_SMS = 43  # characters of the goal shown by SMS, "..." included
TELEGRAM_CASES = 4


def yes_no_ref(value: bool | None) -> Ref:
    """Yes, no, or not asked, in the reader's language."""
    word = "unasked" if value is None else "yes" if value else "no"
    return Ref(key=f"mentorship-answer-{word}")


async def case_lines(ctx: Ctx, member: Membership, person: Participant) -> list[Line]:
    """The lines one case takes: who, their answers, each criterion missed."""
    agency = "none"
    if member.agency_id is not None:
        agency = (await ctx.tx.participant(member.agency_id)).name or "none"
    lines = [
        Line(
            key="mentorship-case",
            args={
                "id": person.id,
                "name": person.name or "-",
                "role": Ref(key=f"mentorship-role-{member.role}"),
                "programme": programme_name(ctx, member.programme, ctx.participant.language),
                "agency": agency,
            },
        )
    ]
    answers = member.answers
    if answers is not None and member.role == "mentee":
        lines.append(
            Line(
                key="mentorship-case-mentee",
                args={
                    "status": Ref(key=f"mentorship-status-{answers.status or 'unasked'}"),
                    "educated": yes_no_ref(answers.educated),
                    "credential": Ref(
                        key=f"mentorship-credential-{answers.credential or 'unasked'}"
                    ),
                    # 0 is "not assessed", never a level of 0.
                    "level": (
                        Ref(key="mentorship-clb-unassessed")
                        if answers.clb == NOT_ASSESSED
                        else answers.clb
                        if answers.clb is not None
                        else "-"
                    ),
                    "region": yes_no_ref(answers.region),
                    "workshop": yes_no_ref(answers.workshop),
                    "resume": yes_no_ref(answers.resume),
                    # By SMS its start: a case's page fits two segments.
                    "objective": (
                        shorten(answers.objective, GOAL_BY_SMS)
                        if ctx.by_sms
                        else answers.objective
                    )
                    if answers.objective
                    else "-",
                },
            )
        )
    elif answers is not None:
        lines.append(
            Line(
                key="mentorship-case-mentor",
                args={
                    "years": answers.years if answers.years is not None else "-",
                    "profession": answers.profession or "-",
                    "sector": sector_ref(answers.sector),
                    "networks": ", ".join(answers.networks or ()) or "-",
                    "languages": Languages(items=tuple(answers.languages or ())),
                    "employer": yes_no_ref(answers.employer),
                    "commitment": yes_no_ref(answers.commitment),
                },
            )
        )
    if member.missing:
        # One line for every criterion missed: a case fits a page of two SMS segments.
        missed = Lines(
            lines=tuple(Line(key=f"mentorship-criterion-{c}") for c in member.missing),
            separator=", ",
        )
        lines.append(Line(key="mentorship-case-missing", args={"criteria": missed}))
    return lines


async def cases_page(ctx: Ctx, scope: str, offset: int) -> Result:
    """One page of the intake cases waiting for a coordinator, oldest first."""
    size = SMS_CASES if ctx.by_sms else TELEGRAM_CASES
    rows, more = cut(await mentorship_store(ctx.tx).waiting(size + 1, offset), size)
    if not rows:
        return [] if offset == 0 else [Reply(key="mentorship-pending-none")]
    lines = [line for member, person in rows for line in await case_lines(ctx, member, person)]
    following = f"mmore:cases:{scope}:{offset + size}" if more else None
    return [page("mentorship-pending", {}, lines, more=following)]


async def pending_cases(ctx: Ctx) -> Result:
    """The first page of intake cases, for /pending (nothing when none wait)."""
    return await cases_page(ctx, "all", 0)


async def more_cases(ctx: Ctx, rest: str) -> Result | None:
    """The page a "more" choice names (``cases:all:3``)."""
    return await on_more(ctx, rest, {"cases": cases_page})
