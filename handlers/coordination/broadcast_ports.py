"""The store a broadcast needs (implemented in storage/broadcast.py)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Literal, Protocol

from handlers.core.ports import StoreKey, Transaction
from handlers.core.values import Frozen, Language, Reply


class Audience(Frozen):
    """Who a broadcast is for: everyone, the holders of a role, one sector (NOC digit), one city
    (as typed; matched on the folded city), or the readers of one language."""

    kind: Literal["all", "role", "sector", "city", "language"]
    value: str = ""


class Reach(Frozen):
    """How many active people of an audience speak ``language`` and are reached on ``channel``.

    ``channel`` is None for those no address can reach (opted out, blocked, invalid).
    """

    language: str
    channel: str | None
    count: int
    # In the simulator, the persona (its address), since each persona reads as an SMS phone or
    # as Telegram; None on real channels, whose people are counted together.
    value: str | None = None


class Scheduled(Frozen):
    """A broadcast scheduled for later: its number, audience, texts and when it leaves."""

    id: int
    coordinator_id: int
    audience: Audience
    en: str
    fr: str
    due_at: datetime


class BroadcastStore(Protocol):
    """Counting an audience and queuing one message to each of its reachable people, in SQL."""

    async def reach(self, audience: Audience) -> list[Reach]:
        """Active people of the audience by language and channel of their reachable address."""
        ...

    async def queue(self, audience: Audience, replies: Mapping[Language, Reply]) -> int:
        """Queue ``replies[language]`` to each reachable active person of the audience.

        Each goes to the first address that can still be reached, in the person's language,
        without loading the people; returns how many messages were queued.
        """
        ...

    async def schedule(
        self, coordinator_id: int, audience: Audience, texts: Mapping[Language, str],
        due_at: datetime,
    ) -> int:  # fmt: skip
        """Keep a broadcast to send at ``due_at``; its number."""
        ...

    async def scheduled(self, limit: int, offset: int) -> list[Scheduled]:
        """Broadcasts still to leave, soonest first."""
        ...

    async def due(self, broadcast_id: int) -> Scheduled | None:
        """That broadcast, while it is still to leave."""
        ...

    async def settle(self, broadcast_id: int, sent: int | None) -> bool:
        """Mark a broadcast still to leave as sent to ``sent`` people (None: cancelled), and
        clear its texts; False when it had left or been cancelled already."""
        ...


BROADCAST: StoreKey[BroadcastStore] = StoreKey("broadcast")


def broadcast_store(tx: Transaction) -> BroadcastStore:
    """The broadcast store of ``tx``."""
    return tx.store(BROADCAST)
