"""The bot's own HTTP server, shared by every webhook and the health endpoint."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class HttpServer:
    """An aiohttp application with routes added by the channels, served on one port."""

    def __init__(self, host: str, port: int, *, reuse_port: bool = False) -> None:
        self.app = web.Application()
        self._host = host
        self._port = port
        # Several processes (run --processes N) listen on one port with SO_REUSEPORT, and the
        # kernel spreads new connections between them. Off otherwise, so a second bot started
        # on a port already taken by mistake fails with "address in use" instead of sharing.
        self._reuse_port = reuse_port
        self._runner: web.AppRunner | None = None

    def post(self, path: str, handler: Handler) -> None:
        """Serve ``handler`` for POST requests to ``path``."""
        self.app.router.add_post(path, handler)

    def get(self, path: str, handler: Handler) -> None:
        """Serve ``handler`` for GET requests to ``path``."""
        self.app.router.add_get(path, handler)

    async def start(self) -> None:
        """Start listening."""
        # access_log=None: request lines would show webhook paths and client addresses.
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(
            self._runner, self._host, self._port, reuse_port=self._reuse_port or None
        )
        await site.start()
        log.warning("HTTP server listening on %s:%s", self._host, self._port)

    async def stop(self) -> None:
        """Stop listening; requests in flight finish first."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
