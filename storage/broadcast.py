"""Broadcast audiences in SQL (implements ``BroadcastStore`` of handlers/coordination).

Counting and queuing are single statements (a GROUP BY, and one INSERT ... SELECT per language),
so a broadcast costs the same memory for ten people as for ten thousand.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.coordination.broadcast_ports import BROADCAST, Audience, Reach, Scheduled
from handlers.core.parsing import search_key
from handlers.core.ports import Clock
from handlers.core.values import Language, Reply
from storage.stores import bind
from storage.tables import (
    UTCDateTime,
    broadcasts,
    channel_addresses,
    outbox,
    participant_roles,
    participants,
)


def _members(audience: Audience) -> sa.ColumnElement[bool]:
    """Active participants of the audience: not erased, paused or unfinished, and not waiting
    for a coordinator's approval or refused it."""
    active = sa.and_(
        participants.c.status == "active",
        participants.c.requests_paused.is_(False),
        participants.c.approval.is_(None),
    )
    if audience.kind == "role":
        holds = sa.exists().where(
            participant_roles.c.participant_id == participants.c.id,
            participant_roles.c.role == audience.value,
        )
        return sa.and_(active, holds)
    if audience.kind == "sector":
        return sa.and_(active, participants.c.sector == audience.value)
    if audience.kind == "language":
        return sa.and_(active, participants.c.language == audience.value)
    if audience.kind == "city":
        folded = search_key(audience.value) or " "
        return sa.and_(active, participants.c.city_key == folded)
    return active


def _first_reachable() -> sa.ScalarSelect[int]:
    """The person's first address that can still be written to (as ``reach`` picks it)."""
    other = channel_addresses.alias("reachable")
    return (
        sa.select(sa.func.min(other.c.id))
        .where(other.c.participant_id == participants.c.id, other.c.status == "ok")
        .scalar_subquery()
    )


class SqlBroadcast:
    """Broadcast audiences on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def reach(self, audience: Audience) -> list[Reach]:
        """Active people of the audience by language and channel of their reachable address."""
        # The simulator's personas one by one (each is an SMS phone or Telegram); real channels'
        # people together, so the rows are as many as the languages times the channels.
        persona = sa.case(
            (channel_addresses.c.channel == "sim", channel_addresses.c.value), else_=sa.null()
        )
        query = (
            sa.select(
                participants.c.language, channel_addresses.c.channel, persona, sa.func.count()
            )
            .select_from(participants)
            .outerjoin(channel_addresses, channel_addresses.c.id == _first_reachable())
            .where(_members(audience))
            .group_by(participants.c.language, channel_addresses.c.channel, persona)
        )
        return [
            Reach(language=language, channel=channel, value=value, count=int(count))
            for language, channel, value, count in await self._conn.execute(query)
        ]

    async def queue(self, audience: Audience, replies: Mapping[Language, Reply]) -> int:
        """Queue ``replies[language]`` to each reachable active person of the audience."""
        now = sa.literal(self._clock.now(), UTCDateTime)
        queued = 0
        for language, reply in replies.items():
            rows = (
                sa.select(
                    participants.c.id,
                    channel_addresses.c.id,
                    channel_addresses.c.channel,
                    sa.literal(reply.model_dump_json(), sa.Text),
                    participants.c.language,
                    participants.c.timezone,
                    sa.literal("pending", sa.String),
                    sa.literal(0, sa.Integer),
                    now,
                    now,
                )
                .select_from(participants)
                .join(channel_addresses, channel_addresses.c.id == _first_reachable())
                .where(_members(audience), participants.c.language == language)
                .order_by(participants.c.id)
            )
            columns = ("participant_id", "address_id", "channel", "payload", "language",
                       "timezone", "status", "attempts", "next_attempt_at",
                       "created_at")  # fmt: skip
            result = await self._conn.execute(sa.insert(outbox).from_select(columns, rows))
            queued += max(result.rowcount, 0)
        return queued

    async def schedule(
        self, coordinator_id: int, audience: Audience, texts: Mapping[Language, str],
        due_at: datetime,
    ) -> int:  # fmt: skip
        """See the port."""
        result = await self._conn.execute(
            sa.insert(broadcasts).values(
                coordinator_id=coordinator_id, audience_kind=audience.kind,
                audience_value=audience.value, text_en=texts["en"], text_fr=texts["fr"],
                due_at=due_at, status="scheduled", created_at=self._clock.now(),
            )
        )  # fmt: skip
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    async def scheduled(self, limit: int, offset: int) -> list[Scheduled]:
        """See the port."""
        query = (
            sa.select(broadcasts)
            .where(broadcasts.c.status == "scheduled")
            .order_by(broadcasts.c.due_at, broadcasts.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [_scheduled(row) for row in await self._conn.execute(query)]

    async def due(self, broadcast_id: int) -> Scheduled | None:
        """See the port."""
        query = sa.select(broadcasts).where(
            broadcasts.c.id == broadcast_id, broadcasts.c.status == "scheduled"
        )
        row = (await self._conn.execute(query)).first()
        return None if row is None else _scheduled(row)

    async def settle(self, broadcast_id: int, sent: int | None) -> bool:
        """See the port."""
        result = await self._conn.execute(
            sa.update(broadcasts)
            .where(broadcasts.c.id == broadcast_id, broadcasts.c.status == "scheduled")
            .values(
                status="cancelled" if sent is None else "sent",
                sent_count=sent,
                text_en=None,
                text_fr=None,
            )
        )
        return result.rowcount == 1


def _scheduled(row: Any) -> Scheduled:
    """A ``broadcasts`` row as the port's value."""
    audience = Audience(kind=row.audience_kind, value=row.audience_value)
    return Scheduled(id=row.id, coordinator_id=row.coordinator_id, audience=audience,
                     en=row.text_en or "", fr=row.text_fr or "", due_at=row.due_at)  # fmt: skip


BINDINGS = (bind(BROADCAST, SqlBroadcast),)
