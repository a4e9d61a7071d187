"""Referrals as plain values: who was referred to which newcomer, after which meeting."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from handlers.core.values import Frozen

# member: a connector already in the programme; invite: a new person invited to join;
# outside: a contact outside the programme the newcomer reaches directly.
ReferralKind = Literal["member", "invite", "outside"]
# Programme people go suggested -> requested -> met (or invited -> joined -> ...); outside
# contacts go given -> contacted -> met.
ReferralStatus = Literal[
    "suggested", "invited", "joined", "requested", "met", "declined", "expired",
    "given", "contacted",
]  # fmt: skip
# A connector is asked for this many referrals per held meeting.
WANTED = 3


class NewReferral(Frozen):
    """A referral about to be recorded."""

    meeting_id: int
    mentee_id: int
    connector_id: int
    kind: ReferralKind
    status: ReferralStatus
    # Who the referral is unique by, per mentee ("p:12", "sms:+1613...", "tg:ana_b", "x:...").
    person_key: str
    person_id: int | None = None
    name: str
    profession: str = ""
    organisation: str = ""
    contact: str = ""
    code: str | None = None


class Referral(Frozen):
    """A recorded referral."""

    id: int
    meeting_id: int
    mentee_id: int
    connector_id: int
    kind: ReferralKind
    status: ReferralStatus
    person_id: int | None
    name: str
    profession: str
    organisation: str
    contact: str
    code: str | None
    created_at: datetime


class HeldMeeting(Frozen):
    """A held meeting of a connector and how many referrals it has had."""

    meeting_id: int
    mentee_id: int
    starts_at: datetime
    given: int


class ChainMeeting(Frozen):
    """A meeting as a node of the chain: whom, when, how it went, and the referral behind it."""

    id: int
    connector_id: int
    starts_at: datetime
    status: str
    referral_id: int | None


class JobReport(Frozen):
    """A job a newcomer found, and the chain node that helped (a meeting or a referral)."""

    mentee_id: int
    role: str
    in_field: str  # yes | related | no
    start_month: str  # "2027-01"
    meeting_id: int | None = None
    referral_id: int | None = None


class ConnectorReach(Frozen):
    """What one connector's referrals led to: meetings held, and jobs credited to them."""

    connector_id: int
    meetings: int
    jobs: int


class ReferralPeriod(Frozen):
    """Referrals made in a period and what became of them so far, and jobs reported in it."""

    made: int
    followed: int  # the newcomer acted on it: asked for a time, contacted, or met
    met: int
    jobs_field: int  # in the newcomer's field
    jobs_related: int
    jobs_other: int


class ReferralNumbers(Frozen):
    """The chain in numbers, for the programme."""

    held: int  # meetings marked held
    referrals: int
    became_meetings: int  # referrals whose person the newcomer then met
    deepest: int  # generations in the longest chain
    top: tuple[ConnectorReach, ...] = ()
