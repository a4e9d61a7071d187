"""Pacing sends to what a provider allows, in real (monotonic) time, not the business clock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

# Paced this much under a provider's limit. Requests bunch by a few milliseconds on their way
# (the event loop, the connection pool, TCP), so pacing at exactly the limit crosses it now and
# then, and a provider that counts strictly answers 429; 2.5% under never did in the bench.
PACE_MARGIN = 0.975


def _loop_time() -> float:
    return asyncio.get_running_loop().time()


class Pacer:
    """Spaces sends to at most ``rate`` units per second (messages, or SMS segments).

    Each call reserves its slot before waiting, so concurrent senders share the pace fairly.
    """

    def __init__(self, rate: float, monotonic: Callable[[], float] = _loop_time) -> None:
        self._rate = rate
        self._monotonic = monotonic
        self._next = 0.0

    def delay(self, cost: float = 1.0) -> float:
        """Reserve the next slot for a send costing ``cost`` units; return the wait before it."""
        if self._rate <= 0:
            return 0.0
        now = self._monotonic()
        start = max(now, self._next)
        self._next = start + cost / self._rate
        return start - now

    async def wait(self, cost: float = 1.0) -> None:
        """Sleep until a send costing ``cost`` units is allowed."""
        delay = self.delay(cost)
        if delay > 0:
            await asyncio.sleep(delay)


class ChatPacer:
    """Keeps at least ``interval`` seconds between two messages to the same chat.

    Only chats written to within the last interval are remembered, so memory stays bounded by
    recent activity rather than by the number of users.
    """

    def __init__(self, interval: float, monotonic: Callable[[], float] = _loop_time) -> None:
        self._interval = interval
        self._monotonic = monotonic
        self._next: dict[int, float] = {}

    def delay(self, chat_id: int) -> float:
        """Reserve the next slot for ``chat_id`` and return how long to wait for it."""
        now = self._monotonic()
        self._next = {chat: at for chat, at in self._next.items() if at > now}
        slot = max(now, self._next.get(chat_id, now))
        self._next[chat_id] = slot + self._interval
        return slot - now
