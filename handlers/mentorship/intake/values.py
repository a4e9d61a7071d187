"""What mentorship intake stores: the eligibility answers, memberships and agency codes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from handlers.core.values import Frozen

# A person's role in one programme (a connector in the Connector programme can be a mentor in
# a mentorship programme).
ProgrammeRole = Literal["mentee", "mentor"]
# intake: answering the questions; waiting: answered, for a coordinator to confirm; eligible:
# confirmed; ineligible: referred back (with the reason); oriented: through the orientation,
# so ready to be matched; active: matched; closed: ended.
MemberStatus = Literal[
    "intake", "waiting", "eligible", "ineligible", "oriented", "active", "closed"
]
# Who may be matched: oriented, or already in a mentorship (a mentor with room for another).
MATCHABLE: tuple[MemberStatus, ...] = ("oriented", "active")
DECIDABLE: tuple[MemberStatus, ...] = ("waiting", "ineligible")
# Where a person may (again) answer the questions: not finished, or referred back and ready.
REOPENED: tuple[MemberStatus, ...] = ("intake", "ineligible")
ImmigrationStatus = Literal["pr", "refugee", "other"]
Credential = Literal["college", "bachelor", "master", "doctorate", "certificate", "other"]
# A Canadian Language Benchmark level (NCLC in French); 0 is "not assessed".
NOT_ASSESSED = 0


class IntakeAnswers(BaseModel):
    """Everything the eligibility questions collect (mentee or mentor); saved after each step."""

    programme: str | None = None
    role: ProgrammeRole | None = None
    # Mentees.
    status: ImmigrationStatus | None = None
    educated: bool | None = None
    credential: Credential | None = None
    clb: int | None = None
    region: bool | None = None
    workshop: bool | None = None
    objective: str | None = None
    resume: bool | None = None
    # Mentors.
    years: int | None = None
    profession: str | None = None
    sector: str | None = None
    networks: list[str] | None = None
    languages: list[str] | None = None
    employer: bool | None = None
    commitment: bool | None = None


# The mentoring workshop mentors may take after their orientation: two half-day sessions,
# each recorded by a coordinator (/workshop); a mentor who attended both counts as trained.
WORKSHOP_SESSIONS = 2


class Membership(Frozen):
    """One person in one programme, with their role there and where their intake stands."""

    id: int
    participant_id: int
    programme: str
    role: ProgrammeRole
    status: MemberStatus
    agency_id: int | None = None
    answers: IntakeAnswers | None = None
    # The criteria the answers did not meet (ids of the programme's questions).
    missing: tuple[str, ...] = ()
    reason: str = ""
    workshop_sessions: int = 0  # mentors: sessions of the mentoring workshop attended
    updated_at: datetime


class AgencyCode(Frozen):
    """A referral code an agency minted for a client, and who used it."""

    code: str
    agency_id: int
    programme: str
    role: ProgrammeRole
    used_by: int | None = None
