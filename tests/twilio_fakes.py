"""A twilio HTTP client that records requests, and signed webhook posts."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from aiohttp import web
from twilio.http import AsyncHttpClient
from twilio.http.response import Response
from twilio.request_validator import RequestValidator

from handlers.core.ports import Clock
from tests.telegram_server import free_port

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "f" * 32
FROM = "+16135550000"
PUBLIC_URL = "https://bot.example.org"


# Scripted: Twilio accepts the message, but its answer never arrives (the send times out).
ACCEPTED_THEN_TIMEOUT = "accepted then timeout"


class RecordingTwilioHttp(AsyncHttpClient):  # type: ignore[misc]
    """Answers the Messages API locally: 201 unless a response or error is scripted.

    Listing messages (GET) answers with the messages Twilio has accepted, newest first.
    """

    def __init__(self, clock: Clock | None = None) -> None:
        super().__init__(logger=logging.getLogger("twilio-test"), is_async=True)
        self._clock = clock
        self.requests: list[dict[str, Any]] = []
        self.lookups: list[dict[str, Any]] = []
        self.accepted: list[dict[str, Any]] = []
        # Listing messages fails (Twilio down) while set.
        self.fail_lookups = False
        # Seconds Twilio takes to answer a message it accepts.
        self.delay = 0.0
        self.script: list[Response | BaseException | str] = []
        self._sid = 0

    def error(self, status: int, code: int) -> None:
        """Make the next request fail with a Twilio error."""
        body = {"code": code, "message": "scripted", "status": status}
        self.script.append(Response(status, json.dumps(body)))

    async def request(
        self,
        method: str,
        uri: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - twilio's interface
        allow_redirects: bool = False,
    ) -> Response:
        """Record the request and answer it."""
        if method.upper() == "GET":
            self.lookups.append({"uri": uri, "params": dict(params or {})})
            if self.fail_lookups:
                body = {"code": 20500, "message": "scripted", "status": 503}
                return Response(503, json.dumps(body))
            to = (params or {}).get("To")
            found = [m for m in reversed(self.accepted) if to is None or m["to"] == to]
            return Response(200, json.dumps({"messages": found, "next_page_uri": None}))
        self.requests.append({"method": method, "uri": uri, "data": dict(data or {})})
        if self.delay:
            await asyncio.sleep(self.delay)
        scripted = self.script.pop(0) if self.script else None
        if isinstance(scripted, BaseException):
            raise scripted
        if isinstance(scripted, Response):
            return scripted
        self._sid += 1
        sid = f"SM{self._sid:032d}"
        message = {
            "sid": sid,
            "status": "queued",
            "to": (data or {})["To"],
            "body": (data or {}).get("Body"),
            "direction": "outbound-api",
            "date_created": format_datetime(self._now(), usegmt=True),
            "date_sent": None,
        }
        self.accepted.append(message)
        if scripted == ACCEPTED_THEN_TIMEOUT:
            raise TimeoutError
        return Response(201, json.dumps(message))

    def _now(self) -> datetime:
        """When Twilio thinks it is (the test's clock, if it has one)."""
        return self._clock.now() if self._clock is not None else datetime(2026, 12, 1, tzinfo=UTC)

    def bodies(self, to: str | None = None) -> list[str]:
        """The bodies of the messages sent (to one number, if given)."""
        return [
            str(r["data"]["Body"])
            for r in self.requests
            if to is None or r["data"].get("To") == to
        ]


def signed(path: str, form: dict[str, str], url: str = PUBLIC_URL) -> dict[str, str]:
    """Headers with the signature Twilio would send for ``form`` posted to ``url + path``."""
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url + path, form)
    return {"X-Twilio-Signature": signature}


def sms_form(sid: str, sender: str, body: str, **extra: str) -> dict[str, str]:
    """The form fields of an inbound SMS webhook."""
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": ACCOUNT_SID,
        "From": sender,
        "To": FROM,
        "Body": body,
        "NumMedia": "0",
        **extra,
    }


class RestApi:
    """Twilio's REST API on loopback (``CONNECTOR_TWILIO_API_BASE``), like FakeBotApiServer for
    Telegram: each message the bot sends is put on ``posted`` as its form, with the request's
    path and Authorization header (``path``, ``auth``)."""

    def __init__(self) -> None:
        self.posted: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        self._runner: web.AppRunner | None = None

    async def _messages(self, request: web.Request) -> web.Response:
        form = {key: str(value) for key, value in (await request.post()).items()}
        auth = request.headers.get("Authorization", "")
        await self.posted.put({"path": request.path, "auth": auth, **form})
        body = {"sid": "SM" + "9" * 32, "status": "queued", "to": form["To"]}
        return web.json_response(body, status=201)

    async def start(self) -> str:
        """Listen on a free loopback port; return the base URL for the bot's settings."""
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._messages)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
