"""``GET /healthz``: is the bot alive and sending? Also a periodic warning when it is not.

Checks: the database answers; the outbox sender and the due-scan (reminders and follow-up)
each ran recently, and successfully (three failed runs in a row fail the check); and the
oldest message still waiting in the outbox is not too old. Any failing check answers 503, so
monitoring notices; a provider outage shows as an old waiting message, which a restart does
not fix.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from aiohttp import web

from handlers.core.ports import Clock
from storage.outbox import OutboxStore

log = logging.getLogger(__name__)

PATH = "/healthz"
# A periodic job is late after three of its intervals, and never before a minute.
LATE_AFTER_INTERVALS = 3
LATE_AT_LEAST = timedelta(minutes=1)
DATABASE_TIMEOUT = 5.0
# A periodic job failing this many runs in a row fails its check, however recent its last try.
FAILING_AFTER = 3


class Heartbeats:
    """When each periodic part of the bot last showed progress, by the injected clock."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._started = clock.now()
        self._last: dict[str, datetime] = {}
        self._failures: dict[str, int] = {}

    def beat(self, name: str) -> None:
        """Record progress of ``name`` now."""
        self._last[name] = self._clock.now()

    def last(self, name: str) -> datetime:
        """When ``name`` last showed progress (the start, if never)."""
        return self._last.get(name, self._started)

    def failures(self, name: str) -> int:
        """How many runs of ``name`` in a row have failed (0 after a run that worked)."""
        return self._failures.get(name, 0)

    def around(
        self, name: str, job: Callable[[], Awaitable[object]]
    ) -> Callable[[], Awaitable[None]]:
        """Wrap a periodic job so that each run that works beats, and each that fails counts.

        A beat at the start of every run, as before, told /healthz "due-scan ok" while every
        scan raised on one bad row and no reminder went out.
        """

        async def run() -> None:
            try:
                await job()
            except Exception:
                self._failures[name] = self.failures(name) + 1
                raise
            self._failures[name] = 0
            self.beat(name)

        return run


@dataclass(frozen=True)
class Periodic:
    """A part of the bot that must show progress at least every ``interval``."""

    name: str
    interval: timedelta


class Health:
    """Runs the checks for the endpoint and for the periodic warning."""

    def __init__(
        self,
        clock: Clock,
        outbox: OutboxStore,
        heartbeats: Heartbeats,
        periodic: Sequence[Periodic],
        channels: Sequence[str],
        pending_warning: timedelta,
    ) -> None:
        self._clock = clock
        self._outbox = outbox
        self._heartbeats = heartbeats
        self._periodic = list(periodic)
        self._channels = list(channels)
        self._pending_warning = pending_warning

    async def report(self) -> dict[str, object]:
        """Every check, with an overall ``ok``."""
        now = self._clock.now()
        checks: dict[str, dict[str, object]] = {}
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT):
                oldest = await self._outbox.oldest_waiting(self._channels)
            checks["database"] = {"ok": True}
        except Exception as error:  # any failure to answer is what this reports
            checks["database"] = {"ok": False, "error": type(error).__name__}
            oldest = None
        for job in self._periodic:
            ago = now - self._heartbeats.last(job.name)
            late = max(job.interval * LATE_AFTER_INTERVALS, LATE_AT_LEAST)
            failing = self._heartbeats.failures(job.name)
            checks[job.name] = {
                "ok": ago <= late and failing < FAILING_AFTER,
                "seconds_since_last_run": round(ago.total_seconds()),
                "failures_in_a_row": failing,
            }
        age = (now - oldest).total_seconds() if oldest is not None else None
        checks["outbox"] = {
            "ok": age is None or age <= self._pending_warning.total_seconds(),
            "oldest_waiting_seconds": round(age) if age is not None else None,
        }
        return {"ok": all(check["ok"] for check in checks.values()), "checks": checks}

    async def handle(self, request: web.Request) -> web.Response:
        """Answer ``GET /healthz``: 200 when every check passes, else 503, with a JSON body."""
        report = await self.report()
        return web.json_response(report, status=200 if report["ok"] else 503)

    async def watch(self) -> None:
        """Log a warning for each failing check (the scheduler runs this every minute)."""
        report = await self.report()
        checks = report["checks"]
        assert isinstance(checks, dict)
        for name, check in checks.items():
            if not check["ok"]:
                log.warning("health: %s is failing: %s", name, check)
