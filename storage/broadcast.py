"""Broadcast audiences in SQL (implements ``BroadcastStore`` of handlers/coordination).

Counting and queuing are single statements (a GROUP BY, and one INSERT ... SELECT per language),
so a broadcast costs the same memory for ten people as for ten thousand.
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.coordination.broadcast_ports import BROADCAST, Audience, Reach
from handlers.core.parsing import search_key
from handlers.core.ports import Clock
from handlers.core.values import Language, Reply
from storage.stores import bind
from storage.tables import UTCDateTime, channel_addresses, outbox, participant_roles, participants


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
        query = (
            sa.select(participants.c.language, channel_addresses.c.channel, sa.func.count())
            .select_from(participants)
            .outerjoin(channel_addresses, channel_addresses.c.id == _first_reachable())
            .where(_members(audience))
            .group_by(participants.c.language, channel_addresses.c.channel)
        )
        return [
            Reach(language=language, channel=channel, count=int(count))
            for language, channel, count in await self._conn.execute(query)
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


BINDINGS = (bind(BROADCAST, SqlBroadcast),)
