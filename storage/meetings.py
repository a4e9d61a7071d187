"""Slots and meetings in SQL (implements ``handlers.meeting_ports.MeetingStore``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.meeting_values import (
    ACTIVE,
    ConnectorCard,
    ConnectorPrefs,
    Meeting,
    MeetingStatus,
    NewSlot,
    Slot,
)
from handlers.ports import Clock
from handlers.values import Address, Participant
from storage.rows import participant_from_row
from storage.tables import (
    channel_addresses,
    connector_prefs,
    meeting_events,
    meetings,
    participants,
    slots,
)

LIVE_SLOT = ("open", "taken")


def _slot(row: sa.Row[Any]) -> Slot:
    return Slot(
        id=row.id,
        connector_id=row.connector_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        format=row.format,
        place=row.place,
        link=row.link,
        series=row.series,
        status=row.status,
    )


_MEETING = sa.select(meetings, slots.c.format, slots.c.place, slots.c.link).join(
    slots, slots.c.id == meetings.c.slot_id
)


def _meeting(row: sa.Row[Any]) -> Meeting:
    return Meeting(
        id=row.id,
        slot_id=row.slot_id,
        connector_id=row.connector_id,
        mentee_id=row.mentee_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=row.status,
        format=row.format,
        place=row.place,
        link=row.link,
        note=row.note,
    )


class SqlMeetings:
    """Slots and meetings on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def add_slots(self, connector_id: int, new: list[NewSlot]) -> list[Slot]:
        """Offer ``new`` slots."""
        now = self._clock.now()
        added = []
        for slot in new:
            result = await self._conn.execute(
                sa.insert(slots)
                .values(
                    connector_id=connector_id, status="open", created_at=now, **slot.model_dump()
                )
                .returning(*slots.c)
            )
            added.append(_slot(result.one()))
        return added

    async def clashing_slot(
        self, connector_id: int, starts: datetime, ends: datetime
    ) -> Slot | None:
        """Return a live slot of the connector that overlaps ``starts``-``ends``, if any."""
        row = (
            await self._conn.execute(
                sa.select(slots)
                .where(
                    slots.c.connector_id == connector_id,
                    slots.c.status.in_(LIVE_SLOT),
                    slots.c.starts_at < ends,
                    slots.c.ends_at > starts,
                )
                .limit(1)
            )
        ).first()
        return _slot(row) if row is not None else None

    async def slot(self, slot_id: int) -> Slot | None:
        """Return one slot."""
        row = (await self._conn.execute(sa.select(slots).where(slots.c.id == slot_id))).first()
        return _slot(row) if row is not None else None

    async def upcoming_slots(self, connector_id: int, after: datetime, limit: int) -> list[Slot]:
        """The connector's open and taken slots after ``after``, soonest first."""
        rows = await self._conn.execute(
            sa.select(slots)
            .where(
                slots.c.connector_id == connector_id,
                slots.c.status.in_(LIVE_SLOT),
                slots.c.starts_at > after,
            )
            .order_by(slots.c.starts_at)
            .limit(limit)
        )
        return [_slot(row) for row in rows]

    async def open_slots(
        self, connector_id: int, after: datetime, limit: int, offset: int = 0
    ) -> list[Slot]:
        """The connector's open slots after ``after``, soonest first."""
        rows = await self._conn.execute(
            sa.select(slots)
            .where(
                slots.c.connector_id == connector_id,
                slots.c.status == "open",
                slots.c.starts_at > after,
            )
            .order_by(slots.c.starts_at)
            .limit(limit)
            .offset(offset)
        )
        return [_slot(row) for row in rows]

    async def withdraw_slot(self, connector_id: int, slot_id: int) -> bool:
        """Withdraw an open slot of this connector; False if it is not open."""
        result = await self._conn.execute(
            sa.update(slots)
            .where(slots.c.id == slot_id, slots.c.connector_id == connector_id)
            .where(slots.c.status == "open")
            .values(status="withdrawn")
        )
        return result.rowcount == 1

    async def claim_slot(self, slot_id: int) -> bool:
        """Take an open slot for a request (a conditional update); False if not open."""
        result = await self._conn.execute(
            sa.update(slots)
            .where(slots.c.id == slot_id, slots.c.status == "open")
            .values(status="taken")
        )
        return result.rowcount == 1

    async def release_slot(self, slot_id: int) -> None:
        """Make a taken slot open again."""
        await self._conn.execute(
            sa.update(slots)
            .where(slots.c.id == slot_id, slots.c.status == "taken")
            .values(status="open")
        )

    async def prefs(self, connector_id: int) -> ConnectorPrefs:
        """The connector's preferences (defaults when never set)."""
        row = (
            await self._conn.execute(
                sa.select(connector_prefs).where(connector_prefs.c.participant_id == connector_id)
            )
        ).first()
        if row is None:
            return ConnectorPrefs()
        return ConnectorPrefs(
            paused=row.paused, monthly_capacity=row.monthly_capacity, auto_accept=row.auto_accept
        )

    async def set_prefs(self, connector_id: int, prefs: ConnectorPrefs) -> None:
        """Store the connector's preferences."""
        await self._conn.execute(
            sa.delete(connector_prefs).where(connector_prefs.c.participant_id == connector_id)
        )
        await self._conn.execute(
            sa.insert(connector_prefs).values(participant_id=connector_id, **prefs.model_dump())
        )

    async def search(
        self, sector: str | None, after: datetime, limit: int, offset: int
    ) -> list[ConnectorCard]:
        """Available connectors (in ``sector`` if given) with open slots, soonest first."""

        soonest = sa.func.min(slots.c.starts_at).label("soonest")
        query = (
            sa.select(participants, soonest)
            .join(slots, slots.c.connector_id == participants.c.id)
            .outerjoin(connector_prefs, connector_prefs.c.participant_id == participants.c.id)
            .where(
                participants.c.role == "connector",
                participants.c.status == "active",
                slots.c.status == "open",
                slots.c.starts_at > after,
                sa.or_(connector_prefs.c.paused.is_(None), connector_prefs.c.paused.is_(False)),
            )
            .group_by(participants.c.id)
            .order_by(soonest, participants.c.id)
            .limit(limit)
            .offset(offset)
        )
        if sector is not None:
            query = query.where(participants.c.sector == sector)
        cards = []
        for row in (await self._conn.execute(query)).all():
            upcoming = await self.open_slots(row.id, after, 3)
            cards.append(
                ConnectorCard(connector=participant_from_row(row), next_slots=tuple(upcoming))
            )
        return cards

    async def count_meetings(
        self, participant_id: int, statuses: tuple[MeetingStatus, ...], since: datetime,
        until: datetime,
    ) -> int:  # fmt: skip
        """Count a participant's meetings (either side) in a status, starting in a window."""
        query = sa.select(sa.func.count()).where(
            sa.or_(
                meetings.c.connector_id == participant_id, meetings.c.mentee_id == participant_id
            ),
            meetings.c.status.in_(statuses),
            meetings.c.starts_at >= since,
            meetings.c.starts_at < until,
        )
        return int((await self._conn.execute(query)).scalar_one())

    async def open_requests(self, mentee_id: int, after: datetime) -> int:
        """Count a mentee's requests still waiting for an answer."""
        query = sa.select(sa.func.count()).where(
            meetings.c.mentee_id == mentee_id,
            meetings.c.status == "requested",
            meetings.c.starts_at > after,
        )
        return int((await self._conn.execute(query)).scalar_one())

    async def clashing_meeting(
        self, participant_id: int, starts: datetime, ends: datetime
    ) -> Meeting | None:
        """A live meeting of the participant (either side) overlapping the window, if any."""
        row = (
            await self._conn.execute(
                _MEETING.where(
                    sa.or_(
                        meetings.c.connector_id == participant_id,
                        meetings.c.mentee_id == participant_id,
                    ),
                    meetings.c.status.in_(ACTIVE),
                    meetings.c.starts_at < ends,
                    meetings.c.ends_at > starts,
                ).limit(1)
            )
        ).first()
        return _meeting(row) if row is not None else None

    async def create_meeting(
        self, slot: Slot, mentee_id: int, note: str | None, status: MeetingStatus
    ) -> Meeting:
        """Record a meeting on a claimed slot."""
        now = self._clock.now()
        result = await self._conn.execute(
            sa.insert(meetings)
            .values(
                slot_id=slot.id,
                connector_id=slot.connector_id,
                mentee_id=mentee_id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                status=status,
                note=note,
                created_at=now,
                updated_at=now,
            )
            .returning(meetings.c.id)
        )
        created = await self.meeting(result.scalar_one())
        assert created is not None
        return created

    async def meeting(self, meeting_id: int) -> Meeting | None:
        """Return one meeting."""
        row = (await self._conn.execute(_MEETING.where(meetings.c.id == meeting_id))).first()
        return _meeting(row) if row is not None else None

    async def set_status(
        self, meeting_id: int, expected: tuple[MeetingStatus, ...], status: MeetingStatus
    ) -> Meeting | None:
        """Move a meeting to ``status`` if it is in ``expected`` (a conditional update)."""
        result = await self._conn.execute(
            sa.update(meetings)
            .where(meetings.c.id == meeting_id, meetings.c.status.in_(expected))
            .values(status=status, updated_at=self._clock.now())
        )
        return await self.meeting(meeting_id) if result.rowcount == 1 else None

    async def move(self, meeting_id: int, slot: Slot) -> Meeting:
        """Move a meeting to another (claimed) slot."""
        await self._conn.execute(
            sa.update(meetings)
            .where(meetings.c.id == meeting_id)
            .values(
                slot_id=slot.id,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                updated_at=self._clock.now(),
            )
        )
        moved = await self.meeting(meeting_id)
        assert moved is not None
        return moved

    async def upcoming_meetings(
        self, participant_id: int, after: datetime, limit: int
    ) -> list[Meeting]:
        """A participant's requested and confirmed meetings after ``after``, soonest first."""
        rows = await self._conn.execute(
            _MEETING.where(
                sa.or_(
                    meetings.c.connector_id == participant_id,
                    meetings.c.mentee_id == participant_id,
                ),
                meetings.c.status.in_(ACTIVE),
                meetings.c.ends_at > after,
            )
            .order_by(meetings.c.starts_at)
            .limit(limit)
        )
        return [_meeting(row) for row in rows]

    async def record(
        self, meeting_id: int, actor_id: int | None, action: str, detail: str
    ) -> None:
        """Append to the meeting's history."""
        await self._conn.execute(
            sa.insert(meeting_events).values(
                meeting_id=meeting_id,
                actor_id=actor_id,
                action=action,
                detail=detail[:200],
                at=self._clock.now(),
            )
        )

    async def participant(self, participant_id: int) -> Participant:
        """Return a participant by id."""

        row = (
            await self._conn.execute(
                sa.select(participants).where(participants.c.id == participant_id)
            )
        ).one()
        return participant_from_row(row)

    async def reach(self, participant_id: int) -> Address | None:
        """Where to write to a participant: their first address that can still be reached."""
        row = (
            await self._conn.execute(
                sa.select(channel_addresses.c.channel, channel_addresses.c.value)
                .where(
                    channel_addresses.c.participant_id == participant_id,
                    channel_addresses.c.status == "ok",
                )
                .order_by(channel_addresses.c.id)
                .limit(1)
            )
        ).first()
        return Address(channel=row.channel, value=row.value) if row is not None else None

    async def phone(self, participant_id: int) -> str | None:
        """The participant's SMS number, if they have one (shared only after a confirmation)."""
        value = (
            await self._conn.execute(
                sa.select(channel_addresses.c.value)
                .where(
                    channel_addresses.c.participant_id == participant_id,
                    channel_addresses.c.channel == "sms",
                )
                .limit(1)
            )
        ).scalar_one_or_none()
        return str(value) if value is not None else None
