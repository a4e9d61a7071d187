"""The storage interface for Connector meetings (implemented in storage/meetings.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.meetings.values import (
    ConnectorCard,
    ConnectorPrefs,
    ConnectorQuery,
    Meeting,
    MeetingEvent,
    MeetingStatus,
    NewSlot,
    Slot,
)


class MeetingStore(Protocol):
    """Slots and meetings, inside the current transaction."""

    async def add_slots(self, connector_id: int, new: list[NewSlot]) -> list[Slot]:
        """Offer ``new`` slots."""
        ...

    async def clashing_slot(
        self, connector_id: int, starts: datetime, ends: datetime
    ) -> Slot | None:
        """Return a live slot of the connector that overlaps ``starts``-``ends``, if any."""
        ...

    async def slot(self, slot_id: int) -> Slot | None:
        """Return one slot."""
        ...

    async def upcoming_slots(self, connector_id: int, after: datetime, limit: int) -> list[Slot]:
        """The connector's open and taken slots after ``after``, soonest first."""
        ...

    async def open_slots(
        self, connector_id: int, after: datetime, limit: int, offset: int = 0,
        for_mentee: int | None = None,
    ) -> list[Slot]:  # fmt: skip
        """The connector's open slots after ``after``, soonest first.

        With ``for_mentee``, without the times that connector declined to that newcomer.
        """
        ...

    async def withdraw_slot(self, connector_id: int, slot_id: int) -> bool:
        """Withdraw an open slot of this connector; False if it is not open."""
        ...

    async def claim_slot(self, slot_id: int) -> bool:
        """Take an open slot for a request (a conditional update); False if not open."""
        ...

    async def release_slot(self, slot_id: int) -> None:
        """Make a taken slot open again."""
        ...

    async def prefs(self, connector_id: int) -> ConnectorPrefs:
        """The connector's preferences (defaults when never set)."""
        ...

    async def set_prefs(self, connector_id: int, prefs: ConnectorPrefs) -> None:
        """Store the connector's preferences."""
        ...

    async def search(
        self, query: ConnectorQuery, after: datetime, limit: int, offset: int
    ) -> list[ConnectorCard]:
        """One page of available connectors matching ``query``, best first, in one query.

        Ranked in the database over every candidate: a shared language, then a close
        profession within the newcomer's field, then the same city, then the soonest time.
        Each card carries up to three next open times (never one declined to the newcomer).
        """
        ...

    async def offered(self, query: ConnectorQuery, after: datetime, slot_id: int) -> bool:
        """Whether a search for ``query`` could show ``slot_id`` (one row, not the search)."""
        ...

    async def count_meetings(
        self, participant_id: int, statuses: tuple[MeetingStatus, ...], since: datetime,
        until: datetime,
    ) -> int:  # fmt: skip
        """Count a participant's meetings (either side) in a status, starting in a window."""
        ...

    async def open_requests(self, mentee_id: int, after: datetime) -> int:
        """Count a mentee's requests still waiting for an answer."""
        ...

    async def clashing_meeting(
        self, participant_id: int, starts: datetime, ends: datetime, besides: int | None = None
    ) -> Meeting | None:
        """A live meeting of the participant (either side) overlapping the window, if any.

        ``besides`` leaves one meeting out (the one being moved).
        """
        ...

    async def create_meeting(
        self, slot: Slot, mentee_id: int, note: str | None, status: MeetingStatus
    ) -> Meeting:
        """Record a meeting on a claimed slot."""
        ...

    async def meeting(self, meeting_id: int) -> Meeting | None:
        """Return one meeting."""
        ...

    async def set_status(
        self, meeting_id: int, expected: tuple[MeetingStatus, ...], status: MeetingStatus
    ) -> Meeting | None:
        """Move a meeting to ``status`` if it is in ``expected`` (a conditional update)."""
        ...

    async def move(self, meeting_id: int, slot: Slot) -> Meeting:
        """Move a meeting to another (claimed) slot."""
        ...

    async def propose(self, meeting_id: int, slot_id: int | None) -> None:
        """Keep (or with None, forget) the new time a newcomer asked to move to."""
        ...

    async def upcoming_meetings(
        self, participant_id: int, after: datetime, limit: int
    ) -> list[Meeting]:
        """A participant's requested and confirmed meetings after ``after``, soonest first."""
        ...

    async def record(self, meeting_id: int, actor_id: int | None, action: str, detail: str) -> int:
        """Append to the meeting's history; return the new line's id."""
        ...

    async def event(self, event_id: int) -> MeetingEvent | None:
        """One line of a meeting's history."""
        ...

    async def count_events(
        self, meeting_id: int, actor_id: int, action: str, since: datetime | None = None
    ) -> int:
        """How many times ``actor_id`` did ``action`` on the meeting (since ``since``)."""
        ...


MEETINGS: StoreKey[MeetingStore] = StoreKey("meetings")


def meeting_store(tx: Transaction) -> MeetingStore:
    """The slots-and-meetings store of ``tx``."""
    return tx.store(MEETINGS)
