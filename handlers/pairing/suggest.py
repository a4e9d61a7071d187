"""``/suggest <mentee>``: the five mentors the ranking puts first, each with its reasons.

Candidates are the active people holding the mentor or connector role (two indexed, bounded
queries), with how many live mentorships each already has; the ranking itself is the pure
``rank_mentors`` of the mentorship feature.
"""

from __future__ import annotations

from handlers.core.context import Ctx
from handlers.core.engine import Invalid, Result
from handlers.core.parsing import ascii_int
from handlers.core.values import Choice, Line, Lines, Participant, Reply
from handlers.mentorship.matching import (
    TOP,
    Mentee,
    MentorCandidate,
    ProgrammeRules,
    rank_mentors,
)
from handlers.pairing.match import match, numbered
from handlers.pairing.ports import pairing_store

# How many people of each role are read as candidates, and how many mentees a mentor takes
# until the programmes file says otherwise.
POOL = 200
CAPACITY = 2


def parse_mentee(text: str) -> int | Invalid:
    """The argument of /suggest: the mentee's number."""
    parts = text.split()
    number = ascii_int(parts[0].removeprefix("#")) if len(parts) == 1 else None
    return number if number is not None else Invalid("pairing-suggest-usage")


def as_mentee(person: Participant) -> Mentee:
    """What the ranking knows of a mentee from their profile.

    Choosing French to talk to the bot is read as asking for a French-speaking mentor (the
    Ottawa finding); the eligibility intake's own answer replaces this once it is wired in.
    """
    return Mentee(
        id=person.id, sector=person.sector, profession=person.profession,
        career_objective=None, languages=person.languages_spoken, city=person.city,
        region=None, wants_french_mentor=person.language == "fr",
    )  # fmt: skip


async def candidates(ctx: Ctx) -> dict[int, Participant]:
    """Active mentors and connectors, by id."""
    pool: dict[int, Participant] = {}
    for role in ("mentor", "connector"):
        for person in await ctx.tx.holders(role, POOL):
            pool[person.id] = person
    return pool


async def suggest(ctx: Ctx, mentee_id: int) -> Result:
    """List the top mentors for a mentee, with reasons, and offer to propose one."""
    store = pairing_store(ctx.tx)
    if not await store.known(mentee_id):
        return [Reply(key="pairing-unknown", args={"id": mentee_id})]
    mentee = await ctx.tx.participant(mentee_id)
    if "mentee" not in mentee.roles:
        return [Reply(key="pairing-match-not-mentee", args=numbered(mentee))]
    pool = await candidates(ctx)
    taken = await store.mentees_of(sorted(pool))
    ranked = rank_mentors(
        as_mentee(mentee),
        (MentorCandidate(id=p.id, sector=p.sector, profession=p.profession,
                         languages=p.languages_spoken, city=p.city, region=None, employer=None,
                         capacity=CAPACITY, active_mentees=taken.get(p.id, 0))
         for p in pool.values()),
        ProgrammeRules(),
        limit=TOP,
    )  # fmt: skip
    name = mentee.name or "-"
    if not ranked:
        return [Reply(key="pairing-suggest-none", args={"name": name})]
    replies = [Reply(key="pairing-suggest-title", args={"name": name, "count": len(ranked)})]
    for item in ranked:
        person = pool[item.mentor.id]
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
               args={"name": pool[item.mentor.id].name or "-"})
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
