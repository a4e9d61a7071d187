"""What coordinators read and decide on: people waiting, meetings, feedback (a store protocol).

Implemented in storage/coordination_records.py. Every list is read one page at a time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Approval, Frozen, Participant


class Scope(Frozen):
    """Which records a list covers: one participant's, those since a moment, or all."""

    participant_id: int | None = None
    since: datetime | None = None


class MeetingRow(Frozen):
    """One meeting as a coordinator sees it in a list."""

    id: int
    starts_at: datetime
    status: str
    connector_id: int
    connector: str | None
    mentee_id: int
    mentee: str | None
    absent_id: int | None = None


class FeedbackRow(Frozen):
    """What one side said after one meeting."""

    meeting_id: int
    at: datetime
    participant_id: int
    name: str | None
    met: bool
    rating: int | None
    comment: str | None
    reason: str | None


class RecordsStore(Protocol):
    """Pages of records for coordinators, inside the current transaction."""

    async def pending(self, limit: int, offset: int) -> list[Participant]:
        """People waiting for approval, oldest first."""
        ...

    async def set_approval(self, participant_id: int, approval: Approval | None) -> None:
        """Record a decision about someone's approval (None: approved)."""
        ...

    async def meetings(
        self, scope: Scope, statuses: tuple[str, ...] | None, limit: int, offset: int
    ) -> list[MeetingRow]:
        """Meetings in ``scope`` (of ``statuses`` when given), newest first."""
        ...

    async def feedback(self, scope: Scope, limit: int, offset: int) -> list[FeedbackRow]:
        """What people said after their meetings in ``scope``, newest first."""
        ...

    async def no_show_paused(self, limit: int, offset: int) -> list[Participant]:
        """People whose new requests or offers are paused, by id."""
        ...


RECORDS: StoreKey[RecordsStore] = StoreKey("coordination_records")


def records_store(tx: Transaction) -> RecordsStore:
    """The records store of ``tx``."""
    return tx.store(RECORDS)
