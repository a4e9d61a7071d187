"""Slots and connector preferences in SQL: the offering half of Connector meetings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.ports import Clock
from handlers.meetings.values import ConnectorPrefs, NewSlot, Slot
from storage.tables import connector_prefs, meetings, slots

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


class SqlSlots:
    """Slots and connector preferences on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock
        # Preferences read in this transaction (a request reads them twice); only set_prefs
        # changes them.
        self._prefs: dict[int, ConnectorPrefs] = {}

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

    async def _soonest(
        self,
        connector_id: int,
        statuses: tuple[str, ...],
        after: datetime,
        limit: int,
        offset: int,
        for_mentee: int | None = None,
    ) -> list[Slot]:
        """The connector's slots in ``statuses`` after ``after``, soonest first."""
        query = sa.select(slots).where(
            slots.c.connector_id == connector_id,
            slots.c.status.in_(statuses),
            slots.c.starts_at > after,
        )
        if for_mentee is not None:
            query = query.where(not_declined(for_mentee))
        rows = await self._conn.execute(
            query.order_by(slots.c.starts_at).limit(limit).offset(offset)
        )
        return [_slot(row) for row in rows]

    async def upcoming_slots(self, connector_id: int, after: datetime, limit: int) -> list[Slot]:
        """The connector's open and taken slots after ``after``, soonest first."""
        return await self._soonest(connector_id, LIVE_SLOT, after, limit, 0)

    async def open_slots(
        self, connector_id: int, after: datetime, limit: int, offset: int = 0,
        for_mentee: int | None = None,
    ) -> list[Slot]:  # fmt: skip
        """The connector's open slots after ``after``, soonest first (see the port)."""
        return await self._soonest(connector_id, ("open",), after, limit, offset, for_mentee)

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
        known = self._prefs.get(connector_id)
        if known is not None:
            return known
        row = (
            await self._conn.execute(
                sa.select(connector_prefs).where(connector_prefs.c.participant_id == connector_id)
            )
        ).first()
        prefs = (
            ConnectorPrefs()
            if row is None
            else ConnectorPrefs(
                paused=row.paused,
                monthly_capacity=row.monthly_capacity,
                auto_accept=row.auto_accept,
            )
        )
        self._prefs[connector_id] = prefs
        return prefs

    async def set_prefs(self, connector_id: int, prefs: ConnectorPrefs) -> None:
        """Store the connector's preferences."""
        self._prefs[connector_id] = prefs
        await self._conn.execute(
            sa.delete(connector_prefs).where(connector_prefs.c.participant_id == connector_id)
        )
        await self._conn.execute(
            sa.insert(connector_prefs).values(participant_id=connector_id, **prefs.model_dump())
        )


def not_declined(mentee_id: int) -> sa.ColumnElement[bool]:
    """A slot that was not declined to this newcomer (a declined time is not offered again)."""
    return ~sa.exists().where(
        meetings.c.slot_id == slots.c.id,
        meetings.c.mentee_id == mentee_id,
        meetings.c.status == "declined",
    )
