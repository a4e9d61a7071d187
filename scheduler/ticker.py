"""Periodic wake-ups driven by APScheduler, or ticked by hand in the simulator and tests.

Jobs here hold no state: each one asks the database what is due by the injected clock. That is
why a restart loses nothing, and why the simulator can move its clock and call ``tick``.
"""

from __future__ import annotations

import asyncio
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
        # The jobs running right now (APScheduler's tasks), so shutdown can let them finish.
        self._running: set[asyncio.Task[object]] = set()

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
                self._tracked(job.run),
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

    def _tracked(self, run: Job) -> Job:
        """``run``, remembered while it runs."""

        async def tracked() -> object:
            task = asyncio.current_task()
            assert task is not None
            self._running.add(task)
            try:
                return await run()
            finally:
                self._running.discard(task)

        return tracked

    async def shutdown(self, grace: float = 10.0) -> None:
        """Stop waking jobs; let running ones finish (within ``grace`` seconds).

        APScheduler's own shutdown cancels the jobs still running, and logs each as failed
        with a traceback: a due-scan stopped halfway by a SIGTERM is not an error (its
        transaction rolls back, and the next start runs the job), so it is given time to end.
        """
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is None:
            return
        scheduler.pause()
        if self._running:
            _, late = await asyncio.wait(set(self._running), timeout=grace)
            if late:
                log.warning("%d periodic job(s) still running at shutdown: cancelled", len(late))
        scheduler.shutdown(wait=False)
