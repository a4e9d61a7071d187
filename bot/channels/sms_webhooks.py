"""SMS webhooks: inbound messages (``POST /sms``) and delivery reports (``POST /sms/status``)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

from aiohttp import web
from twilio.request_validator import RequestValidator

from bot.channels.base import DeliveryReports
from bot.channels.sms import OPTED_OUT, STATUS_PATH, UNREACHABLE
from handlers.core.conversation import Outcome
from handlers.core.parsing import ascii_int
from handlers.core.phones import to_e164
from handlers.core.ports import Clock
from handlers.core.values import Address, Inbound

log = logging.getLogger(__name__)

INBOUND_PATH = "/sms"
SIGNATURE_HEADER = "X-Twilio-Signature"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# Twilio's message statuses in the order they happen; a report never moves a message back.
RANKS = {
    "accepted": 1,
    "scheduled": 1,
    "queued": 1,
    "sending": 2,
    "sent": 3,
    "delivered": 4,
    "undelivered": 4,
    "failed": 4,
    "canceled": 4,
    "read": 5,
}
# Delivery failures that mean the number itself cannot take SMS (30005 unknown, 30006 landline).
DEAD_NUMBER = UNREACHABLE | {30005, 30006}


# The longest message id taken (Twilio's are 34 characters; the inbound log holds 128).
MAX_SID = 64


class SmsWebhooks:
    """Checks Twilio's signature on every request, then hands messages and reports on."""

    def __init__(
        self,
        auth_token: str,
        public_url: str,
        receive: Callable[[Inbound], Awaitable[Outcome]],
        outbox: DeliveryReports,
        clock: Clock,
    ) -> None:
        self._validator = RequestValidator(auth_token)
        self._public_url = public_url.rstrip("/")
        self._receive = receive
        self._outbox = outbox
        self._clock = clock

    async def _signed_form(self, request: web.Request) -> dict[str, str] | web.Response:
        """Return the form if Twilio signed it, else the response refusing the request.

        The signature covers the URL Twilio called, which behind a proxy is the configured public
        URL, not the one this app sees; and every form field, including fields Twilio adds later.
        The body is decoded here, strictly, rather than by aiohttp's ``post()``: Twilio always
        sends UTF-8, and anything else must be refused (400), not raise while being parsed.
        """
        form = _form(await request.read())
        if form is None:
            log.warning("sms: refused a request whose body is not a UTF-8 form")
            return web.Response(status=400)
        signature = request.headers.get(SIGNATURE_HEADER)
        url = self._public_url + request.path_qs
        if not signature or not self._validator.validate(url, form, signature):
            return web.Response(status=403)
        return form

    async def inbound(self, request: web.Request) -> web.Response:
        """Take one inbound SMS; replies go out later through the outbox and the REST API."""
        form = await self._signed_form(request)
        if isinstance(form, web.Response):
            return form
        sid = form.get("MessageSid") or form.get("SmsSid")
        phone = to_e164(form.get("From", ""))
        # Twilio's ids are 34 characters ("SM" and 32 hex digits); the log of inbound ids
        # holds 128. A longer one is no Twilio message, and PostgreSQL would refuse to store it.
        if not sid or len(sid) > MAX_SID or phone is None:
            log.warning("sms: refused a message without a usable sender or id")
            return web.Response(status=400)
        body = form.get("Body", "")
        media = form.get("NumMedia", "0")
        inbound = Inbound(
            address=Address(channel="sms", value=phone),
            external_id=sid,
            received_at=self._clock.now(),
            text=body,
            unsupported=not body.strip() and (ascii_int(media) or 0) > 0,
            carrier_keywords=True,
        )
        await self._receive(inbound)
        return web.Response(text=EMPTY_TWIML, content_type="text/xml")

    async def status(self, request: web.Request) -> web.Response:
        """Record a delivery report for the outbox row named in the callback URL."""
        form = await self._signed_form(request)
        if isinstance(form, web.Response):
            return form
        reference = request.query.get("outbox", "")
        status = form.get("MessageStatus", "")
        if len(form.get("MessageSid", "")) > MAX_SID:
            return web.Response(status=400)
        outbox_id = ascii_int(reference)
        if outbox_id is None or status not in RANKS:
            return web.Response(status=204)
        await self._outbox.record_delivery(
            outbox_id, form.get("MessageSid", ""), status, RANKS[status]
        )
        code = form.get("ErrorCode", "")
        error = ascii_int(code)
        if status in ("failed", "undelivered") and error is not None:
            if error in OPTED_OUT:
                await self._outbox.mark_address(outbox_id, "opted_out")
            elif error in DEAD_NUMBER:
                await self._outbox.mark_address(outbox_id, "unreachable")
        return web.Response(status=204)


def _form(body: bytes) -> dict[str, str] | None:
    """Parse a URL-encoded form strictly as UTF-8 (raw or percent-encoded); None if it is not."""
    try:
        fields = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    # The last value of a repeated field wins, as it did with aiohttp's form.
    return dict(fields)


def routes(
    webhooks: SmsWebhooks,
) -> list[tuple[str, Callable[[web.Request], Awaitable[web.Response]]]]:
    """The paths the SMS channel serves."""
    return [(INBOUND_PATH, webhooks.inbound), (STATUS_PATH, webhooks.status)]
