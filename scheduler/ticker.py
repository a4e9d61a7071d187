"""Periodic wake-ups driven by APScheduler, or ticked by hand in the simulator and tests.

Jobs here hold no state: each one asks the database what is due by the injected clock. That is
why a restart loses nothing, and why the simulator can move its clock and call ``tick``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class Periodic:
    """One periodic job."""

    id: str
    seconds: float
    run: Job


class Ticker:
    """A list of periodic jobs and the APScheduler that wakes them."""

    def __init__(self) -> None:
        self._jobs: list[Periodic] = []
        self._scheduler: AsyncIOScheduler | None = None

    def every(self, job_id: str, seconds: float, run: Job) -> None:
        """Run ``run`` every ``seconds`` once started."""
        self._jobs.append(Periodic(job_id, seconds, run))

    async def tick(self) -> None:
        """Run every job once now (the simulator does this after moving its clock)."""
        for job in self._jobs:
            await job.run()

    def start(self) -> None:
        """Start APScheduler in the running event loop."""
        scheduler = AsyncIOScheduler(timezone=UTC)
        for job in self._jobs:
            # Wake-ups carry no payload, so a late one runs once (coalesce) however late it is
            # (no grace limit): the default one-second grace would silently drop it.
            scheduler.add_job(
                job.run,
                "interval",
                seconds=job.seconds,
                id=job.id,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,
            )
        scheduler.start()
        self._scheduler = scheduler

    def shutdown(self) -> None:
        """Stop waking jobs (running ones finish)."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
