"""A twilio HTTP client that records requests, and signed webhook posts."""

from __future__ import annotations

import json
import logging
from typing import Any

from twilio.http import AsyncHttpClient
from twilio.http.response import Response
from twilio.request_validator import RequestValidator

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "f" * 32
FROM = "+16135550000"
PUBLIC_URL = "https://bot.example.org"


class RecordingTwilioHttp(AsyncHttpClient):  # type: ignore[misc]
    """Answers the Messages API locally: 201 unless a response or error is scripted."""

    def __init__(self) -> None:
        super().__init__(logger=logging.getLogger("twilio-test"), is_async=True)
        self.requests: list[dict[str, Any]] = []
        self.script: list[Response | BaseException] = []
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
        self.requests.append({"method": method, "uri": uri, "data": dict(data or {})})
        if self.script:
            scripted = self.script.pop(0)
            if isinstance(scripted, BaseException):
                raise scripted
            return scripted
        self._sid += 1
        sid = f"SM{self._sid:032d}"
        return Response(
            201, json.dumps({"sid": sid, "status": "queued", "to": (data or {})["To"]})
        )

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
