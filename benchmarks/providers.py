"""Provider stubs on loopback that enforce their rate limits strictly (HTTP 429 beyond them).

The Telegram stub answers ``getMe`` and ``sendMessage`` as the Bot API does; the Twilio stub
answers the Messages API. Each keeps its limit as a strict schedule (Twilio counts segments),
refuses a send that comes before its turn, and records who got what, so a wave can be checked
for rate, 429s and exactly-once delivery.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections import Counter
from dataclasses import dataclass

from aiohttp import web

from benchmarks.stats import clock

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "f" * 32
FROM = "+16135550000"


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Schedule:
    """A provider's limit: ``rate`` units (messages, segments) a second, as a virtual schedule.

    Each accepted send moves the next turn on by ``cost / rate`` seconds; a send that comes
    before its turn by more than one second's worth of the others is refused. So no window of
    a second ever holds more than ``rate`` units beyond the first, and a two-segment SMS at
    one segment a second is accepted once the sender has waited for it.
    """

    rate: float
    next_at: float = 0.0

    def take(self, cost: float) -> bool:
        """Accept a send costing ``cost`` units if its turn has come."""
        now = clock()
        if now < self.next_at - max(0.0, 1 - 1 / self.rate):
            return False
        self.next_at = max(now, self.next_at) + cost / self.rate
        return True


class StubProvider:
    """One stub server: counts accepted sends per recipient and refusals."""

    def __init__(self, rate: float) -> None:
        self.schedule = Schedule(rate)
        self.accepted: Counter[str] = Counter()
        self.first_at: float | None = None
        self.last_at: float | None = None
        self.refused = 0
        self.changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.app = web.Application()

    def accept(self, recipient: str) -> None:
        """Record a send."""
        now = clock()
        self.first_at = self.first_at if self.first_at is not None else now
        self.last_at = now
        self.accepted[recipient] += 1
        self.changed.set()

    async def start(self) -> str:
        """Listen on a free loopback port; return the base URL."""
        port = free_port()
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()


class TelegramStub(StubProvider):
    """The Bot API's ``getMe`` and ``sendMessage``, ``rate`` messages a second."""

    def __init__(self, rate: float) -> None:
        super().__init__(rate)
        self._message_id = 0
        self.app.router.add_route("*", "/bot{token}/{method}", self._handle)

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = dict(await request.post()) if request.can_read_body else {}
        if request.content_type == "application/json":
            params = await request.json()
        if method == "getMe":
            return _ok({"id": 1, "is_bot": True, "first_name": "Stub", "username": "stub_bot"})
        if method != "sendMessage":
            return _ok(True)
        if not self.schedule.take(1):
            self.refused += 1
            body = {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            }
            return web.json_response(body, status=429)
        chat = str(params["chat_id"])
        self.accept(chat)
        self._message_id += 1
        result = {
            "message_id": self._message_id,
            "date": 0,
            "chat": {"id": int(chat), "type": "private"},
            "text": str(params.get("text", "")),
        }
        return _ok(result)


class TwilioStub(StubProvider):
    """Twilio's Messages API, ``rate`` segments a second for the sending number."""

    def __init__(self, rate: float) -> None:
        super().__init__(rate)
        self._sid = 0
        self.app.router.add_post("/2010-04-01/Accounts/{account}/Messages.json", self._create)

    async def _create(self, request: web.Request) -> web.Response:
        form = await request.post()
        body = str(form.get("Body", ""))
        segments = 1 + len(body) // 153 if len(body) > 160 else 1
        if not self.schedule.take(segments):
            self.refused += 1
            error = {"code": 20429, "message": "Too Many Requests", "status": 429}
            return web.json_response(error, status=429)
        to = str(form["To"])
        self.accept(to)
        self._sid += 1
        message = {
            "sid": f"SM{self._sid:032d}",
            "status": "queued",
            "to": to,
            "from": FROM,
            "body": body,
            "direction": "outbound-api",
            "num_segments": str(segments),
        }
        return web.json_response(message, status=201)


def _ok(result: object) -> web.Response:
    return web.Response(
        text=json.dumps({"ok": True, "result": result}), content_type="application/json"
    )
