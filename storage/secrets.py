"""Secrets the bot generates once and keeps across restarts."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.ports import Clock
from storage.db import writing
from storage.sql import insert_ignoring_conflict
from storage.tables import bot_secrets


class SecretStore:
    """Generated secrets by name (never logged)."""

    def __init__(self, engine: AsyncEngine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    async def get_or_create(self, name: str) -> str:
        """Return the secret called ``name``, generating it on first use."""
        async with writing(self._engine) as conn:
            await insert_ignoring_conflict(
                conn,
                bot_secrets,
                {
                    "name": name,
                    "value": secrets.token_urlsafe(32),
                    "created_at": self._clock.now(),
                },
                ["name"],
            )
            value = await conn.execute(
                sa.select(bot_secrets.c.value).where(bot_secrets.c.name == name)
            )
            return str(value.scalar_one())
