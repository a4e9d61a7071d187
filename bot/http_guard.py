"""Limits on the HTTP server's connections: how many at once, and how long a request's headers
may take to arrive.

aiohttp reads headers for as long as a client sends them and accepts every connection the
kernel hands it. 1,100 slow sockets at a 1,024 open-file limit made every webhook time out,
asyncio logged "socket.accept() out of system resource" hundreds of thousands of times, and
the outbox sender could not open its database. Here each connection is wrapped: past
``most`` open connections a new one is closed at once (so the process keeps file handles for
its database and its providers), and one whose first request's headers are not complete
within ``header_seconds`` is closed. Idle keep-alive connections close after
``KEEPALIVE_SECONDS`` (aiohttp's own timer).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

KEEPALIVE_SECONDS = 30.0
END_OF_HEADERS = b"\r\n\r\n"


class ConnectionGuard:
    """Counts the open connections of one server and builds each connection's guard."""

    def __init__(self, factory: Callable[[], asyncio.Protocol], most: int, header_seconds: float):
        self._factory = factory
        self.most = most
        self.header_seconds = header_seconds
        self.open = 0
        self.refused = 0
        self.timed_out = 0

    def __call__(self) -> asyncio.Protocol:
        """A protocol for one new connection (asyncio's protocol factory)."""
        return GuardedConnection(self, self._factory())


class GuardedConnection(asyncio.Protocol):
    """One connection: refused past the limit, closed if its headers are too slow."""

    def __init__(self, guard: ConnectionGuard, inner: asyncio.Protocol) -> None:
        self._guard = guard
        self._inner = inner
        self._transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._tail = b""
        self._counted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Refuse the connection past the limit, else start the headers' clock."""
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        if self._guard.open >= self._guard.most:
            self._guard.refused += 1
            transport.abort()  # its file handle back at once; the client may try again
            return
        self._guard.open += 1
        self._counted = True
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self._guard.header_seconds, self._too_slow)
        self._inner.connection_made(transport)

    def _too_slow(self) -> None:
        self._timer = None
        self._guard.timed_out += 1
        if self._transport is not None:
            self._transport.abort()

    def data_received(self, data: bytes) -> None:
        """Pass the bytes on; stop the clock once the first request's headers are in."""
        if self._timer is not None:
            seen = self._tail + data
            if END_OF_HEADERS in seen:
                self._timer.cancel()
                self._timer = None
            self._tail = seen[-3:]
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        """Pass the end of input on."""
        return self._inner.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the clock and free the connection's place."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._counted:
            self._counted = False
            self._guard.open -= 1
            self._inner.connection_lost(exc)

    def pause_writing(self) -> None:
        """Pass flow control on."""
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        """Pass flow control on."""
        self._inner.resume_writing()

    def __getattr__(self, name: str) -> Any:
        # Anything else aiohttp asks of its protocol goes to its own handler.
        return getattr(self._inner, name)
