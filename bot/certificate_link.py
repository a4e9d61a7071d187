"""The private link to a certificate of completion (or letter of participation), for mentees
who read by SMS.

``GET /certificate/<token>`` answers the PDF for a token the bot made
(storage/mentorship/weeks.py); any other path answers 404 with no detail. Tokens are 256
random bits, so they cannot be guessed; nothing here logs a token or a name.
"""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.certificate import CertificateText, render_certificate
from bot.i18n import Catalogue
from handlers.core.config import HandlerConfig
from handlers.mentorship.weeks.certificate import earned, weeks_between
from handlers.mentorship.weeks.common import programme_names
from storage.mentorship.weeks import certificate_by_token

PATH = "/certificate/{token}"


class CertificateLinks:
    """Serves the certificates that private links name."""

    def __init__(self, engine: AsyncEngine, catalogue: Catalogue, config: HandlerConfig) -> None:
        self._engine = engine
        self._catalogue = catalogue
        self._config = config

    async def handle(self, request: web.Request) -> web.Response:
        """The PDF for the token in the path, or 404."""
        found = await certificate_by_token(self._engine, request.match_info.get("token", ""))
        if found is None:
            raise web.HTTPNotFound()
        names = programme_names(self._config, found.programme)
        zone = ZoneInfo(self._config.default_timezone)
        kind = earned(found.reason, found.minutes, found.target_minutes)
        if kind == "none":
            raise web.HTTPNotFound()
        text = CertificateText(
            language=found.language,
            programme_en=names["en"],
            programme_fr=names["fr"],
            person=found.name,
            start=found.start.astimezone(zone).date(),
            end=found.end.astimezone(zone).date(),
            hours=round(found.minutes / 60, 1),
            signatory=found.coordinator,
            organisation="",
            completed=kind == "completion",
            weeks=weeks_between(found.start, found.end),
        )
        # Drawing takes a few tens of milliseconds: off the event loop.
        data = await asyncio.to_thread(render_certificate, text, self._catalogue)
        return web.Response(
            body=data,
            content_type="application/pdf",
            headers={
                "Content-Disposition": 'inline; filename="certificate.pdf"',
                "Cache-Control": "private, no-store",
                "Referrer-Policy": "no-referrer",
            },
        )
