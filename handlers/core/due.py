"""The due-scan: runs every scheduled job that has come due, with its kind's late policy.

APScheduler (or the simulator's clock) wakes it; nothing lives in scheduler memory. Each job is
claimed and its messages queued in the same transaction, so a crash either loses nothing (the
claim rolls back) or has already queued them for the sender. A job that is too late for its
kind's policy, or that its feature declines to run, is recorded as dropped with the reason,
never skipped silently.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from handlers.core.config import HandlerConfig
from handlers.core.context import Scope
from handlers.core.jobs import Job
from handlers.core.ports import Clock, Store
from handlers.core.registry import Registry
from handlers.core.values import Reply

log = logging.getLogger(__name__)

# Jobs per transaction. Small: writers take turns (storage/db.py), so a long batch would hold
# back the sender's sends; each committed batch wakes the sender (the first reminder of a
# wave of 600 left 0.6 s after its due time with 10, 3.3 s with 50).
BATCH = 10
# At most this many coordinators are told that a job was set aside.
MAX_COORDINATORS = 20


class DueScan:
    """Runs due jobs a batch per transaction, each by the feature that declared its kind."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        config: HandlerConfig,
        features: Registry,
        queued: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._config = config
        self._features = features
        # Told after each committed batch, so its messages leave while the next is prepared.
        self._queued = queued or (lambda: None)
        self._stopping = False
        # The job being run, so that one that fails can be set aside by its id.
        self._running: Job | None = None

    def stop(self) -> None:
        """Shutting down: a scan under way returns after its current batch (the rest stays
        due for the next start), and none begins."""
        self._stopping = True

    async def run_due(self) -> int:
        """Run the features' periodic scans, then every due job; return how many jobs ran."""
        done = 0
        if self._stopping:
            return done
        # Each scan in a short transaction of its own (they read through indexes and act on a
        # bounded number of rows), so none holds the writers back for the others' time.
        # With several processes, the one doing a scan has it to itself and the others skip it:
        # a scan acts on what it finds (a nudge to send), so two at once would both act.
        for index, scan in enumerate(self._features.scans):
            async with self._store.transaction() as tx:
                if await tx.alone(f"scan:{index}:{scan.__qualname__}"):
                    await scan(Scope(tx, self._clock, self._config, self._features))
        while True:
            try:
                ran = await self._batch(BATCH)
            except Exception:
                # One job that fails (a row its feature cannot read, a bug) must not stop every
                # reminder behind it: the batch is run again a job at a time, and a job that
                # fails alone is set aside. (A batch PostgreSQL stopped for another process's
                # sake runs fine alone.)
                log.warning("due-scan: a batch failed; running its jobs one at a time")
                ran = 0
                for _ in range(BATCH):
                    one = await self._alone()
                    if one == 0:
                        break
                    ran += one
            if ran == 0:
                return done
            self._queued()
            done += ran
            if self._stopping:
                return done

    async def _batch(self, limit: int) -> int:
        """Claim and run up to ``limit`` due jobs in one transaction; how many were claimed."""
        async with self._store.transaction() as tx:
            scope = Scope(tx, self._clock, self._config, self._features)
            jobs = await tx.jobs.claim_due(self._clock.now(), limit)
            for job in jobs:
                self._running = job
                dropped = await self._perform(scope, job)
                await tx.jobs.finish(job.id, dropped is not None, dropped or "")
                if dropped is not None:
                    log.warning("job %s (%s) dropped: %s", job.id, job.kind, dropped)
            self._running = None
        return len(jobs)

    async def _alone(self) -> int:
        """Run the next due job in its own transaction; set it aside if it fails; 0 if none."""
        self._running = None
        try:
            return await self._batch(1)
        except Exception as error:
            job = self._running
            if job is None:  # the claim itself failed: nothing to set aside, try next scan
                raise
            reason = f"failed: {type(error).__name__}"
            log.exception("job %s (%s) set aside, %s", job.id, job.kind, reason)
            async with self._store.transaction() as tx:
                await tx.jobs.finish(job.id, True, reason)
                notice = Reply(key="jobs-set-aside", args={"kind": job.kind, "id": job.id})
                for coordinator in await tx.holders("coordinator", MAX_COORDINATORS):
                    await tx.enqueue_to(coordinator.id, [notice])
            return 1

    async def next_due(self) -> datetime | None:
        """When the soonest pending job falls due (None when none is pending)."""
        async with self._store.transaction() as tx:
            return await tx.jobs.next_due()

    async def _perform(self, scope: Scope, job: Job) -> str | None:
        """Do one job; return why it was dropped, or None when it ran."""
        kind = self._features.jobs.get(job.kind)
        if kind is None:
            return "no feature runs this kind"
        if kind.late is not None and kind.late.too_late(job, self._clock.now()):
            return kind.late.reason
        return await kind.run(scope, job)
