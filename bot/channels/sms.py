"""SMS through Twilio's REST API (or a Twilio-compatible one), with its async HTTP client."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from datetime import datetime, timedelta
from typing import Any, Literal

import aiohttp
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http import AsyncHttpClient
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.channels.base import (
    PermanentSendError,
    Ready,
    RenderedMessage,
    SendResult,
    TransientSendError,
    last_check,
    numbered_text,
)
from bot.channels.pacing import PACE_MARGIN, Pacer
from bot.channels.segments import count_segments
from bot.config import Settings
from handlers.core.values import Address

log = logging.getLogger(__name__)

STATUS_PATH = "/sms/status"
# Twilio error codes (https://www.twilio.com/docs/api/errors).
OPTED_OUT = {21610}
UNREACHABLE = {21211, 21612, 21614}
TOO_MANY_REQUESTS = 20429
BAD_CREDENTIALS = 20003
# Refused credentials are logged at most this often, however many messages are refused.
CREDENTIALS_LOG_SECONDS = 60.0
# Too many messages queued for the sender (21611) or at the carrier (30001): retry later.
QUEUE_FULL = {21611, 30001}
# How many of a number's latest messages a lookup reads, and how much clock difference
# between this machine and Twilio it allows for.
LOOKUP_LIMIT = 20
CLOCK_SLACK = timedelta(minutes=5)


class HeaderAuthHttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
    """twilio's async HTTP client, sending the credentials as an Authorization header, and
    with its timeout really applied.

    twilio hands the credentials to aiohttp as ``auth=BasicAuth(...)``, which aiohttp 3.14
    deprecates and 4.0 removes; the header is what both would send.

    The timeout given to the constructor is never used by twilio's async client: every call
    passes its own ``timeout=None`` down to aiohttp, and aiohttp reads ``None`` as "no timeout
    at all", so a Twilio API that accepts the connection and never answers held the send
    forever. Here a call without its own timeout gets the client's, and the whole call
    (connecting, sending, and reading the answer) is bounded by it.
    """

    async def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 - twilio's interface
        allow_redirects: bool = False,
    ) -> Any:
        """Make the request with the credentials in a header."""
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            headers = {**(headers or {}), "Authorization": f"Basic {token}"}
        seconds = timeout if timeout is not None else self.timeout
        async with asyncio.timeout(seconds):
            return await super().request(
                method, url, params, data, headers, None, seconds, allow_redirects
            )


def build_twilio_client(settings: Settings, http_client: AsyncHttpClient | None = None) -> Client:
    """Build the REST client on twilio's async HTTP client (tests pass their own)."""
    assert settings.twilio_account_sid is not None
    assert settings.twilio_auth_token is not None
    client = Client(
        settings.twilio_account_sid,
        settings.twilio_auth_token.get_secret_value(),
        http_client=http_client
        or HeaderAuthHttpClient(timeout=settings.sms_request_timeout_seconds),
    )
    if settings.twilio_api_base is not None:
        client.api.base_url = str(settings.twilio_api_base).rstrip("/")
    return client


def classify(error: TwilioRestException) -> PermanentSendError | TransientSendError:
    """Map a Twilio error to what the outbox should do about it."""
    if error.code in OPTED_OUT:
        return PermanentSendError("sms: recipient opted out", "opted_out")
    if error.code in UNREACHABLE:
        return PermanentSendError(f"sms: number cannot receive SMS ({error.code})", "unreachable")
    if bad_credentials(error):
        # The operator's mistake (a rotated auth token), not the person's: every message
        # would be refused, so none is given up; they wait and go out once it is put right.
        return TransientSendError(f"sms: twilio refused the credentials ({error.status})")
    if (
        error.code == TOO_MANY_REQUESTS
        or error.code in QUEUE_FULL
        or error.status == 429
        or error.status >= 500
    ):
        return TransientSendError(f"sms: twilio {error.status} ({error.code})")
    return PermanentSendError(f"sms: twilio {error.status} ({error.code})")


def bad_credentials(error: TwilioRestException) -> bool:
    """Whether Twilio refused the account's SID and auth token (HTTP 401, code 20003)."""
    return bool(error.status == 401 or error.code == BAD_CREDENTIALS)


class SmsChannel:
    """Sends numbered-menu text messages, paced per segment."""

    name: Literal["sms"] = "sms"
    # Paced here per segment, not per message by the outbox sender.
    rate_per_second = 0.0

    def __init__(
        self,
        client: Client,
        sender: str,
        public_url: str,
        segments_per_second: float,
        uncertain_retry_seconds: float,
    ) -> None:
        self._client = client
        self._sender = sender
        self._status_url = public_url.rstrip("/") + STATUS_PATH
        self._pacer = Pacer(segments_per_second * PACE_MARGIN)
        # The pace again after the last check: that check is a database transaction, which can
        # wait behind a long write (a batch of reminders), so sends paced before it could
        # arrive at Twilio bunched together. This one counts from when sends really go.
        self._spacing = Pacer(segments_per_second * PACE_MARGIN)
        self._uncertain_retry = uncertain_retry_seconds
        # When refused credentials were last logged (monotonic seconds).
        self._credentials_logged = float("-inf")

    def rendering(self, address: Address) -> str:
        """Short wording and numbered choices."""
        return "sms"

    async def send(
        self, address: Address, message: RenderedMessage, ready: Ready | None = None
    ) -> SendResult:
        """Send one text message; files cannot travel by SMS and are left out."""
        body = numbered_text(message)
        segments = count_segments(body)
        await self._pacer.wait(segments)
        await last_check(ready)
        await self._spacing.wait(segments)
        request: dict[str, Any] = {"to": address.value, "body": body}
        if message.reference is not None:
            # Twilio reports delivery here, naming our outbox row.
            request["status_callback"] = f"{self._status_url}?outbox={message.reference}"
        if self._sender.startswith("MG"):
            request["messaging_service_sid"] = self._sender
        else:
            request["from_"] = self._sender
        try:
            created = await self._client.messages.create_async(**request)
        except TwilioRestException as error:
            if bad_credentials(error):
                self._credentials_refused(error.status)
            raise classify(error) from error
        except TimeoutError as error:
            # Twilio may have accepted it. Its status report settles the row if so; only
            # without one is the message sent again, once the wait is over.
            raise TransientSendError(
                "sms: timeout, waiting for a status report",
                retry_after=self._uncertain_retry,
                uncertain=True,
            ) from error
        except aiohttp.ClientError as error:
            raise TransientSendError(f"sms: {type(error).__name__}") from error
        return SendResult(provider_id=created.sid)

    def _credentials_refused(self, status: int) -> None:
        """Log, at most once a minute, that Twilio refuses the account's credentials."""
        now = time.monotonic()
        if now - self._credentials_logged < CREDENTIALS_LOG_SECONDS:
            return
        self._credentials_logged = now
        log.error(
            "sms: Twilio refused CONNECTOR_TWILIO_ACCOUNT_SID with CONNECTOR_TWILIO_AUTH_TOKEN "
            "(HTTP %s): messages wait and are retried; check them with 'connector-bot check'",
            status,
        )

    async def find_sent(
        self, address: Address, message: RenderedMessage, since: datetime
    ) -> list[str]:
        """Look for this message among the number's latest messages at Twilio.

        A Message resource does not show its status callback (where our outbox id is), so the
        match is on recipient, body and creation time. The list is filtered by recipient only,
        not by DateSent: a message Twilio accepted but has not sent yet has no DateSent, and
        that is exactly the one an interrupted send leaves behind.
        """
        body = numbered_text(message)
        try:
            found = await self._client.messages.list_async(to=address.value, limit=LOOKUP_LIMIT)
        except TwilioException as error:  # an error status, or a page it cannot read
            raise TransientSendError("sms: lookup failed at twilio") from error
        except (TimeoutError, aiohttp.ClientError) as error:
            raise TransientSendError(f"sms: lookup failed, {type(error).__name__}") from error
        earliest = since - CLOCK_SLACK
        return [
            str(sent.sid)
            for sent in found
            if sent.body == body
            and str(sent.direction or "").startswith("outbound")
            and (sent.date_created is None or sent.date_created >= earliest)
        ]

    async def close(self) -> None:
        """Close the HTTP session."""
        http = self._client.http_client
        if isinstance(http, AsyncTwilioHttpClient):
            await http.close()
