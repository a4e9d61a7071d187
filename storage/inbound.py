"""The inbound log, for events that belong to no participant."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.ports import Clock
from storage.db import writing
from storage.sql import insert_ignoring_conflict
from storage.tables import inbound_messages


class InboundLog:
    """Remembers that something happened once (keyed like inbound messages)."""

    def __init__(self, engine: AsyncEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def first_time(self, channel: str, key: str) -> bool:
        """Return True the first time ``key`` is seen on ``channel``, False afterwards."""
        async with writing(self._engine) as conn:
            return await insert_ignoring_conflict(
                conn,
                inbound_messages,
                {"channel": channel, "external_id": key, "received_at": self._clock.now()},
                ["channel", "external_id"],
            )
