"""A small Bot API server on loopback, for end-to-end runs of polling and webhooks."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable
from typing import Any

from aiohttp import web

from tests.telegram_fakes import BOT_USER

# How long a test waits for a bot that is up to answer before failing.
WAIT = 10.0
# How long a test waits for the bot to come up: imports, migrations and the first call to the
# API take a few seconds, and many more on a busy machine. Tests wait for a sign that the bot
# is ready (its first getUpdates, its setWebhook) rather than for a fixed time, so this is only
# the point at which a bot that never comes up counts as broken.
READY = 60.0


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FakeBotApiServer:
    """Serves getMe, getUpdates, sendMessage and friends from memory."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[dict[str, Any]] = []
        self._updates: list[dict[str, Any]] = []
        self._failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._changed = asyncio.Condition()
        self._message_id = 900
        self._runner: web.AppRunner | None = None
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._app = app

    async def start(self) -> str:
        """Listen on a free loopback port; return the base URL."""
        port = free_port()
        self._runner = web.AppRunner(self._app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    def fail_once(self, method: str, status: int, **parameters: Any) -> None:
        """Answer the next call of ``method`` with an error."""
        body = {
            "ok": False,
            "error_code": status,
            "description": "scripted",
            "parameters": parameters,
        }
        self._failures.setdefault(method, []).append((status, body))

    async def push(self, update: dict[str, Any]) -> None:
        """Queue an update for the next getUpdates."""
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()

    async def next_message(self, chat_id: int, after: int) -> dict[str, Any]:
        """Wait for the first message to ``chat_id`` sent after the first ``after`` messages."""

        def found() -> dict[str, Any] | None:
            return next((m for m in self.sent[after:] if m["chat_id"] == chat_id), None)

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: found() is not None), WAIT)
        message = found()
        assert message is not None
        return message

    async def called(self, method: str) -> dict[str, Any]:
        """Wait until the bot calls ``method`` (it is up); return that call's parameters."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: bool(self.named(method))), READY)
        return self.named(method)[0]

    async def ready(self, method: str, bot: Awaitable[object]) -> dict[str, Any]:
        """Wait until the bot calls ``method`` (it is up); return that call's parameters.

        ``bot`` is the running bot (its task, or its process's ``wait()``): if it ends first,
        this fails at once, with the bot's own error when it has one.
        """
        called = asyncio.ensure_future(self.called(method))
        ended = bot if isinstance(bot, asyncio.Future) else asyncio.ensure_future(bot)
        try:
            await asyncio.wait({called, ended}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            called.cancel()
            if ended is not bot:
                ended.cancel()
        if called.done() and not called.cancelled():
            return called.result()  # raises TimeoutError after READY if it never came
        ended.result()
        raise AssertionError(f"the bot stopped before calling {method}")

    def named(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of ``method``."""
        return [params for name, params in self.calls if name == method]

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params: dict[str, Any] = {}
        for key, value in (await request.post()).items():
            try:
                params[key] = json.loads(str(value))
            except ValueError:
                params[key] = str(value)
        async with self._changed:
            self.calls.append((method, params))
            self._changed.notify_all()
        failures = self._failures.get(method)
        if failures:
            status, body = failures.pop(0)
            return web.json_response(body, status=status)
        return web.json_response({"ok": True, "result": await self._result(method, params)})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return await self._updates_from(int(params.get("offset", 0)))
        if method == "sendMessage":
            self._message_id += 1
            message = {**params, "message_id": self._message_id, "chat_id": int(params["chat_id"])}
            async with self._changed:
                self.sent.append(message)
                self._changed.notify_all()
            return {
                "message_id": self._message_id,
                "date": 0,
                "chat": {"id": message["chat_id"], "type": "private"},
                "text": params["text"],
            }
        return True

    async def _updates_from(self, offset: int) -> list[dict[str, Any]]:
        def due() -> list[dict[str, Any]]:
            return [u for u in self._updates if u["update_id"] >= offset]

        # A short long-poll, so stopping the updater is quick.
        async with self._changed:
            try:
                await asyncio.wait_for(self._changed.wait_for(lambda: bool(due())), 0.2)
            except TimeoutError:
                return []
        return due()
