"""The storage interface for referrals (implemented in storage/referrals.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Cell
from handlers.referrals.values import (
    ChainMeeting,
    HeldMeeting,
    JobReport,
    NewReferral,
    Referral,
    ReferralNumbers,
    ReferralPeriod,
    ReferralStatus,
)


class ReferralStore(Protocol):
    """Referrals and their history, inside the current transaction."""

    async def add(self, new: NewReferral, actor_id: int) -> Referral | None:
        """Record a referral and its first event; None if the mentee already has this person."""
        ...

    async def referral(self, referral_id: int) -> Referral | None:
        """Return one referral."""
        ...

    async def by_code(self, code: str) -> Referral | None:
        """The invitation that carries ``code`` (t.me/...?start=<code>, or JOIN <code>)."""
        ...

    async def for_meeting(self, meeting_id: int) -> list[Referral]:
        """The referrals given after one meeting, oldest first (a handful at most)."""
        ...

    async def set_status(
        self, referral_id: int, expected: tuple[ReferralStatus, ...], status: ReferralStatus,
        actor_id: int | None, detail: str = "",
    ) -> Referral | None:  # fmt: skip
        """Move a referral to ``status`` if it is in ``expected``, recording who did it."""
        ...

    async def held_short(self, connector_id: int, wanted: int, limit: int) -> list[HeldMeeting]:
        """The connector's held meetings with fewer than ``wanted`` referrals, newest first."""
        ...

    async def held_meeting(self, meeting_id: int, connector_id: int) -> HeldMeeting | None:
        """One held meeting of the connector with its referral count (None if not theirs)."""
        ...

    async def have_met(self, mentee_id: int, person_id: int) -> bool:
        """Whether the two have had a meeting marked held."""
        ...

    async def search_connectors(
        self, words: str | None, sector: str | None, limit: int
    ) -> list[int]:
        """Active connectors whose name or profession contains ``words``, or in ``sector``."""
        ...

    async def matches_connector(
        self, person_id: int, words: str | None, sector: str | None
    ) -> bool:
        """Whether ``person_id`` is one of the connectors ``search_connectors`` would find."""
        ...

    async def mark_invited(self, referral_id: int) -> bool:
        """Note that the invitation went out; False if it already had (one per referral)."""
        ...

    async def link_meeting(self, referral_id: int, mentee_id: int, slot_id: int) -> int | None:
        """Record on the mentee's live meeting at ``slot_id`` that it came from the referral."""
        ...

    async def set_person(self, referral_id: int, person_id: int) -> None:
        """Link a referral to the person in the programme (an invited person's new profile)."""
        ...

    async def joined_invites(self, limit: int) -> list[tuple[int, int]]:
        """Invited referrals whose person registered, as (referral id, participant id)."""
        ...

    async def declined_invites(self, limit: int) -> list[tuple[int, int]]:
        """Invited referrals whose number has opted out, as (referral id, person id)."""
        ...

    async def open_invitations(self, person_id: int, limit: int) -> list[Referral]:
        """Invitations sent to this person and not answered yet, newest first."""
        ...

    async def held_referrals(self, limit: int) -> list[int]:
        """Referrals not yet marked met whose meeting has been held."""
        ...

    async def known(self, participant_id: int) -> bool:
        """Whether a participant with this id exists."""
        ...

    async def count_met(self, mentee_id: int) -> int:
        """How many meetings the newcomer has had marked held."""
        ...

    async def for_mentee(self, mentee_id: int, limit: int) -> list[Referral]:
        """The newcomer's referrals, oldest first."""
        ...

    async def given_by(self, connector_id: int, limit: int) -> list[Referral]:
        """The referrals a connector gave, newest first."""
        ...

    async def chain_meetings(self, mentee_id: int, limit: int) -> list[ChainMeeting]:
        """The newcomer's live and held meetings, in time order."""
        ...

    async def add_job(self, report: JobReport) -> None:
        """Record a job report."""
        ...

    async def jobs_for(self, mentee_id: int, limit: int) -> list[JobReport]:
        """The newcomer's job reports, oldest first."""
        ...

    async def period_numbers(self, start: datetime, end: datetime) -> ReferralPeriod:
        """Referrals made in [start, end) and where they stand; jobs reported in it."""
        ...

    async def export_rows(
        self, start: datetime, end: datetime, contacts: bool, limit: int
    ) -> list[tuple[Cell, ...]]:
        """Referrals made in [start, end): id, made, meeting, connector, newcomer, kind, status,
        the meeting it became; with contacts, the referred person's name and contact."""
        ...

    async def job_rows(self, start: datetime, end: datetime, limit: int) -> list[tuple[Cell, ...]]:
        """Jobs reported in [start, end): id, newcomer, reported, job, in field, start month,
        the meeting and referral credited."""
        ...

    async def numbers(self, top: int) -> ReferralNumbers:
        """Programme-wide counts, the deepest chain, and the ``top`` connectors by reach."""
        ...


REFERRALS: StoreKey[ReferralStore] = StoreKey("referrals")


def referral_store(tx: Transaction) -> ReferralStore:
    """The referrals store of ``tx``."""
    return tx.store(REFERRALS)
