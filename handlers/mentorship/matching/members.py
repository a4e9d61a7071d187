"""Who may be matched, and in which programme: the people the programme has taken in.

A mentee is matched in a mentorship programme they applied to, were confirmed in and went
through the orientation of; a mentor likewise, in the same programme (the mentorship feature
keeps these memberships). The programme then gives the pair its terms: duration, hours aimed
for and how many mentees a mentor takes.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.core.context import Ctx
from handlers.core.programmes import Programme
from handlers.core.values import ArgValue, Participant, Reply
from handlers.mentorship.intake.ports import mentorship_store
from handlers.mentorship.intake.values import MATCHABLE, IntakeAnswers, Membership, ProgrammeRole


@dataclass(frozen=True)
class Member:
    """One person as a programme knows them: the profile and the intake answers."""

    person: Participant
    membership: Membership

    @property
    def answers(self) -> IntakeAnswers:
        """What the person answered at intake (nothing, for a member added by hand)."""
        return self.membership.answers or IntakeAnswers()


def numbered(person: Participant) -> dict[str, ArgValue]:
    """A person as coordinators name them: number and name."""
    return {"id": person.id, "name": person.name or "-"}


async def as_member(
    ctx: Ctx, person: Participant, role: ProgrammeRole, programme: Programme | None = None
) -> Member | Reply:
    """``person``'s matchable membership as ``role`` (in ``programme`` when given).

    Returns what to tell the coordinator instead when there is none: not in a programme as
    that role yet, or confirmed but not through the orientation.
    """
    members = [
        m
        for m in await mentorship_store(ctx.tx).memberships(person.id)
        if m.role == role
        and (programme is None or m.programme == programme.id)
        and (found := ctx.config.programmes.get(m.programme)) is not None
        and found.kind == "mentorship"
    ]
    ready = [m for m in members if m.status in MATCHABLE]
    if ready:
        if person.status != "active" or person.requests_paused:
            return Reply(key="pairing-not-active", args=numbered(person))
        return Member(person=person, membership=ready[0])
    if any(m.status == "eligible" for m in members):
        return Reply(key="pairing-not-oriented", args=numbered(person))
    name = programme.name(ctx.participant.language) if programme is not None else "-"
    return Reply(key=f"pairing-not-member-{role}", args={**numbered(person), "programme": name})


def programme_of(ctx: Ctx, member: Member) -> Programme:
    """The programme of a matchable membership (read from the file at start-up)."""
    found = ctx.config.programmes.get(member.membership.programme)
    assert found is not None  # ``as_member`` keeps only programmes the file lists
    return found
