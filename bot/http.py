"""The bot's own HTTP server, shared by every webhook and the health endpoint."""

from __future__ import annotations

import asyncio
import errno
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.config import ConfigError
from bot.http_guard import KEEPALIVE_SECONDS, ConnectionGuard

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Open connections at most (well under a default open-file limit of 1,024, so the database and
# the providers keep theirs), and how long a request's headers may take (Telegram and Twilio
# send theirs at once).
MOST_CONNECTIONS = 512
HEADER_SECONDS = 10.0


class HttpServer:
    """An aiohttp application with routes added by the channels, served on one port."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        reuse_port: bool = False,
        most_connections: int = MOST_CONNECTIONS,
        header_seconds: float = HEADER_SECONDS,
    ) -> None:
        self.app = web.Application()
        self._host = host
        self._port = port
        self._most = most_connections
        self._header_seconds = header_seconds
        # The limits on connections, once listening (bot/http_guard.py).
        self.guard: ConnectionGuard | None = None
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
        self._runner = web.AppRunner(
            self.app, access_log=None, keepalive_timeout=KEEPALIVE_SECONDS
        )
        await self._runner.setup()
        site = GuardedSite(self, self._runner)
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


class GuardedSite(web.TCPSite):
    """aiohttp's TCP site, each connection wrapped in the server's ConnectionGuard."""

    def __init__(self, server: HttpServer, runner: web.AppRunner) -> None:
        super().__init__(runner, server._host, server._port, reuse_port=server._reuse_port or None)
        self._owner = server

    async def start(self) -> None:
        """Listen, as TCPSite does, with every new connection guarded."""
        self._runner._reg_site(self)
        handler = self._runner.server
        assert handler is not None
        owner = self._owner
        guard = ConnectionGuard(handler, owner._most, owner._header_seconds)
        self._server = await asyncio.get_running_loop().create_server(
            guard,
            self._host,
            self._port,
            reuse_address=self._reuse_address,
            reuse_port=self._reuse_port,
            backlog=self._backlog,
        )
        owner.guard = guard
