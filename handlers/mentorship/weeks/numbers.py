"""The mentorship programmes in the coordinators' /stats, as funders ask for them: people at
each stage, how the mentorships ended (the completion rate), hours against the target, what the
evaluations said, the mentors taking part, and what became of each agency's referrals."""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.period import Period
from handlers.core.values import Line, Lines, Reply
from handlers.mentorship.intake.values import WORKSHOP_SESSIONS
from handlers.mentorship.weeks.certificate import earned
from handlers.mentorship.weeks.ports import mentoring_store
from handlers.mentorship.weeks.values import SideFigures

AGENCIES_SHOWN = 5
AGENCIES_SHOWN_BY_SMS = 2  # within the message's two segments


def percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` in whole percent (0 of nothing)."""
    return round(100 * part / whole) if whole else 0


def side_args(prefix: str, said: SideFigures) -> dict[str, int | str]:
    """One side's evaluations: how many, the average rating to one decimal (its whole part and
    tenths, so that each language writes its own decimal mark), and the share who would
    recommend the programme."""
    tenths = round(10 * said.rating_total / said.count) if said.count else 0
    return {
        f"{prefix}_evaluations": said.count,
        f"{prefix}_whole": tenths // 10,
        f"{prefix}_tenths": tenths % 10,
        f"{prefix}_recommend": percent(said.recommend, said.count),
    }


async def mentoring_in_period(ctx: Ctx, period: Period) -> list[Reply]:
    """Two messages since the start (a mentorship outlasts most periods): the stages and
    results, then the evaluations, the mentors and the agencies. Nothing where no mentorship
    programme runs."""
    if not ctx.config.programmes.of_kind("mentorship"):
        return []
    shown = AGENCIES_SHOWN_BY_SMS if ctx.by_sms else AGENCIES_SHOWN
    figures = await mentoring_store(ctx.tx).figures(shown, WORKSHOP_SESSIONS)
    ended = [earned(pair.reason, pair.minutes, pair.target_minutes) for pair in figures.closed]
    completed = ended.count("completion")
    stages = Reply(
        key="mentoring-numbers",
        args={
            "applied": figures.applied,
            "by_agency": figures.referred,
            "eligible": figures.eligible,
            "oriented": figures.oriented,
            "matched": figures.matched,
            "running": figures.active,
            "ended": len(ended),
            "completions": completed,
            "participations": ended.count("participation"),
            "withdrawals": ended.count("none"),
            "rate": percent(completed, len(ended)),
            "hours": figures.minutes // 60,
            "in_person": figures.in_person_minutes // 60,
            "minutes": figures.minutes % 60,
            "target": figures.target_minutes // 60,
            "share": percent(figures.minutes, figures.target_minutes),
        },
    )
    agencies = Lines(
        lines=tuple(
            Line(key="mentoring-numbers-agency",
                 args={"name": agency.name, "referred": agency.referred,
                       "eligible": agency.eligible, "matched": agency.matched})
            for agency in figures.agencies
        ),
        separator="; ",
    )  # fmt: skip
    said = Reply(
        key="mentoring-numbers-said",
        args={
            "mentors": figures.mentors,
            "mentors_now": figures.mentors_now,
            "trained": figures.mentors_trained,
            **side_args("mentee", figures.mentees),
            **side_args("mentor", figures.mentors_said),
            "agencies": agencies if figures.agencies else "none",
        },
    )
    return [stages, said]
