"""``/suggest <mentee>``: the five mentors the ranking puts first, each with its reasons.

Candidates are the programme's mentors who went through its orientation (one indexed, bounded
query), with how many live mentorships each already has; what the ranking reads comes from
their intake answers (career objective, region, employer, languages) and profiles, and the
programme gives each mentor's capacity. The ranking itself is the pure ``rank_mentors`` of the
mentorship feature.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import ascii_int, one_number
from handlers.core.programmes import Programme
from handlers.core.values import Choice, Language, Line, Lines, Reply
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import MATCHABLE
from handlers.mentorship.matching.match import match
from handlers.mentorship.matching.members import Member, as_member, programme_of
from handlers.mentorship.matching.ports import pairing_store
from handlers.mentorship.matching.ranking import (
    TOP,
    Mentee,
    MentorCandidate,
    ProgrammeRules,
    rank_mentors,
)

# How many mentors of the programme are read as candidates.
POOL = 200


def parse_mentee(text: str) -> int | Invalid:
    """The argument of /suggest: the mentee's number."""
    number = one_number(text)
    return number if number is not None else Invalid("pairing-suggest-usage")


def region_of(programme: Programme, resident: bool | None, language: Language) -> str | None:
    """The programme's region for someone who said they live (or work) there."""
    return programme.region(language) if resident else None


def as_mentee(member: Member, programme: Programme) -> Mentee:
    """What the ranking knows of a mentee: the profile and the intake answers.

    Choosing French to talk to the bot is read as asking for a French-speaking mentor (the
    Ottawa finding on francophone matching).
    """
    person, answers = member.person, member.answers
    return Mentee(
        id=person.id, sector=person.sector, profession=person.profession,
        career_objective=answers.objective, languages=person.languages_spoken,
        city=person.city, region=region_of(programme, answers.region, "en"),
        wants_french_mentor=person.language == "fr",
    )  # fmt: skip


def as_candidate(member: Member, programme: Programme, active: int) -> MentorCandidate:
    """What the ranking knows of a mentor: intake answers first, then the profile.

    Mentors meet the programme's experience in its region, so they are in its region; in an
    employer-hosted programme, a mentor who said they work there works for its employer.
    """
    person, answers = member.person, member.answers
    languages = tuple(answers.languages) if answers.languages else person.languages_spoken
    return MentorCandidate(
        id=person.id, sector=answers.sector or person.sector,
        profession=answers.profession or person.profession, languages=languages,
        city=person.city, region=programme.region("en"),
        employer=programme.employer if answers.employer else None,
        capacity=programme.capacity, active_mentees=active,
    )  # fmt: skip


async def candidates(ctx: Ctx, programme: Programme) -> dict[int, Member]:
    """The programme's mentors who may be matched, by participant id."""
    found = await mentorship_store(ctx.tx).members(programme.id, "mentor", MATCHABLE, POOL)
    return {person.id: Member(person=person, membership=m) for m, person in found}


async def suggest(ctx: Ctx, mentee_id: int) -> Result:
    """List the top mentors for a mentee, with reasons, and offer to propose one."""
    store = pairing_store(ctx.tx)
    if not await store.known(mentee_id):
        return [Reply(key="pairing-unknown", args={"id": mentee_id})]
    mentee = await ctx.tx.participant(mentee_id)
    member = await as_member(ctx, mentee, "mentee")
    if isinstance(member, Reply):
        return [member]
    programme = programme_of(ctx, member)
    pool = await candidates(ctx, programme)
    for declined in await store.turned_down(mentee.id):  # a no is not proposed again
        pool.pop(declined, None)
    taken = await store.mentees_of(sorted(pool))
    ranked = rank_mentors(
        as_mentee(member, programme),
        (as_candidate(m, programme, taken.get(pid, 0)) for pid, m in pool.items()),
        ProgrammeRules(employer=programme.employer),
        limit=TOP,
    )
    name = mentee.name or "-"
    if not ranked:
        return [Reply(key="pairing-suggest-none", args={"name": name})]
    replies = [Reply(key="pairing-suggest-title", args={"name": name, "count": len(ranked)})]
    for item in ranked:
        person = pool[item.mentor.id].person
        reasons = tuple(Line(key=f"pairing-reason-{r}") for r in item.reasons) or (
            Line(key="pairing-reason-nothing"),
        )
        replies.append(
            Reply(key="pairing-suggest-item",
                  args={"id": person.id, "name": person.name or "-",
                        "profession": person.profession or "-", "city": person.city or "-",
                        "count": item.mentor.room, "reasons": Lines(lines=reasons)})
        )  # fmt: skip
    choices = tuple(
        Choice(id=f"pairmatch:{mentee.id}:{item.mentor.id}", label="pairing-suggest-match",
               args={"name": pool[item.mentor.id].person.name or "-"})
        for item in ranked
    )  # fmt: skip
    replies.append(Reply(key="pairing-suggest-pick", args={"name": name}, choices=choices))
    return replies


async def match_suggested(ctx: Ctx, rest: str) -> Result | None:
    """``pairmatch:<mentee>:<mentor>``: propose a suggested mentor, as /match would."""
    parts = [ascii_int(part) for part in rest.split(":")]
    if len(parts) != 2 or parts[0] is None or parts[1] is None:
        return None
    return await match(ctx, (parts[0], parts[1]))
