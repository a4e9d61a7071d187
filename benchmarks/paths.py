"""Inbound cost on the referral, coordinator and mentorship paths, on the same seeded store.

Each round: a connector gives a referral for a meeting held yesterday (search the programme,
pick the person: the referral is recorded and the newcomer told); a newcomer answers the
mentorship eligibility intake; the coordinator runs /pending, /stats for a month, /find,
/profile and /suggest (the mentor ranking over a seeded pool of mentors).
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.inbound import Bench, Timed
from storage.seeding import seed_held_meetings, seed_roles

KINDS = (
    "referral search",
    "give a referral",
    "intake answer",
    "/pending",
    "/stats month",
    "/find",
    "/profile",
    "/suggest",
)
# The last newcomers are the writers' (see ``inbound.writers``).
RESERVED = 64
# Every this many connectors, one is also a mentor (a pool of 5,000 at 100k participants).
MENTOR_EVERY = 10
# The eligibility intake as a newcomer with a master's degree answers it (tests show each step).
INTAKE = (
    ("choice", "status:pr"),
    ("choice", "yes"),
    ("choice", "credential:master"),
    ("text", "CLB 7"),
    ("choice", "yes"),
    ("choice", "yes"),
    ("text", "Civil engineer in transportation"),
    ("choice", "yes"),
)


@dataclass(frozen=True)
class Cast:
    """Who plays what: the coordinator, and per round a held meeting and an applicant."""

    coordinator: str
    held: list[tuple[str, int]]  # the connector's persona, the meeting
    applicants: list[tuple[str, int]]  # the newcomer's persona, their id


async def cast(bench: Bench, rounds: int) -> Cast:
    """Seed the coordinator, the pool of mentors and yesterday's meetings for ``rounds``
    (fewer on a store too small for that many)."""
    app = bench.app
    now = app.clock.now()
    newcomers = bench.newcomers
    # Each seeded newcomer follows their connector (ids n-1, n); the kinds' rounds use the
    # first newcomers and the writers the last ones, so these come from the middle.
    middle = len(newcomers) // 2
    free = newcomers[middle + 1 : len(newcomers) - RESERVED]
    rounds = min(rounds, len(free) // 2)
    coordinator = newcomers[middle] - 1
    await seed_roles(app.engine, now, [coordinator], "coordinator")
    await seed_roles(app.engine, now, [n - 1 for n in newcomers[::MENTOR_EVERY]], "mentor")
    pairs = [(n - 1, n) for n in free[:rounds]]
    meetings = await seed_held_meetings(app.engine, now, pairs)
    applicants = free[rounds : 2 * rounds]
    return Cast(
        coordinator=bench.persona(coordinator),
        held=[(bench.persona(c), m) for (c, _), m in zip(pairs, meetings, strict=True)],
        applicants=[(bench.persona(a), a) for a in applicants],
    )


async def paths(bench: Bench, rounds: int) -> dict[str, list[Timed]]:
    """Each path ``rounds`` times, each round by people of its own."""
    found: dict[str, list[Timed]] = {kind: [] for kind in KINDS}
    people = await cast(bench, rounds)
    for (connector, meeting), (applicant, applicant_id) in zip(
        people.held, people.applicants, strict=True
    ):
        await bench.send(connector, choice=f"refer:{meeting}")
        await bench.send(connector, choice="kind:member")
        found["referral search"].append(await bench.send(connector, text="Nurse"))
        person = bench.choice(connector, "person:")
        if person is not None:
            found["give a referral"].append(await bench.send(connector, choice=person))
        await bench.send(applicant, choice="menu:mentorship")
        await bench.send(applicant, choice="as:mentee")
        for how, value in INTAKE:
            if how == "text":
                found["intake answer"].append(await bench.send(applicant, text=value))
            else:
                found["intake answer"].append(await bench.send(applicant, choice=value))
        coordinator = people.coordinator
        found["/pending"].append(await bench.send(coordinator, text="/pending"))
        found["/stats month"].append(await bench.send(coordinator, text="/stats month"))
        found["/find"].append(await bench.send(coordinator, text="/find nurse"))
        found["/profile"].append(await bench.send(coordinator, text=f"/profile {applicant_id}"))
        found["/suggest"].append(await bench.send(coordinator, text=f"/suggest {applicant_id}"))
    return found
