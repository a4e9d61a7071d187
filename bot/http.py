"""The bot's own HTTP server, shared by every webhook and the health endpoint."""

from __future__ import annotations

import errno
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.config import ConfigError

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
        try:
            await site.start()
        except OSError as error:
            await self._runner.cleanup()
            self._runner = None
            # One line naming the settings, not aiohttp's traceback.
            why = (
                "the port is in use: another program, or another bot, listens there; choose "
                "another port"
                if error.errno == errno.EADDRINUSE
                else f"{error.strerror or error}; check CONNECTOR_HTTP_HOST and the port"
            )
            raise ConfigError(
                f"CONNECTOR_HTTP_PORT: cannot listen on {self._host}:{self._port} ({why})"
            ) from None
        log.info("HTTP server listening on %s:%s", self._host, self._port)

    async def stop(self) -> None:
        """Stop listening; requests in flight finish first."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
