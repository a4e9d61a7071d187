"""Secrets the bot generates once and keeps across restarts."""

from __future__ import annotations

import secrets
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.ports import Clock
from storage.db import writing
from storage.sql import TASK_LOCKS, hold_until_commit, insert_ignoring_conflict
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

    async def first_to(self, task: str, fingerprint: str, within: timedelta) -> bool:
        """Whether this process should do a start-up ``task`` the processes share.

        True unless another process did the same (same ``fingerprint``) less than ``within``
        ago; then it is recorded as done now. Processes starting together queue on a lock, so
        one of them does it and the others find it done. ``forget`` undoes a claim whose task
        failed, so the next process to start does it.
        """
        name = f"done:{task}"
        now = self._clock.now()
        async with writing(self._engine) as conn:
            await hold_until_commit(conn, TASK_LOCKS, name)
            found = (
                await conn.execute(sa.select(bot_secrets).where(bot_secrets.c.name == name))
            ).first()
            if (
                found is not None
                and found.value == fingerprint
                and now - found.created_at < within
            ):
                return False
            await conn.execute(sa.delete(bot_secrets).where(bot_secrets.c.name == name))
            await conn.execute(
                sa.insert(bot_secrets).values(name=name, value=fingerprint, created_at=now)
            )
            return True

    async def forget(self, task: str) -> None:
        """Undo ``first_to``'s claim on ``task`` (it failed; the next start tries again)."""
        async with writing(self._engine) as conn:
            await conn.execute(sa.delete(bot_secrets).where(bot_secrets.c.name == f"done:{task}"))
