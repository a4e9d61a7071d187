"""Scheduled jobs in SQL (implements ``handlers.core.jobs.JobStore``)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.jobs import Job, Subject
from handlers.core.ports import Clock
from storage.sql import insert_ignoring_conflict
from storage.tables import scheduled


class SqlJobs:
    """Scheduled jobs on one open connection."""

    def __init__(self, conn: AsyncConnection, clock: Clock) -> None:
        self._conn = conn
        self._clock = clock

    async def add(self, kind: str, key: str, due_at: datetime, subject: Subject | None) -> bool:
        """Schedule a job once (again if it had been cancelled); True if this call did."""
        values = {
            "kind": kind,
            "key": key,
            "due_at": due_at,
            "subject_kind": subject.kind if subject else None,
            "subject_id": subject.id if subject else None,
            "status": "pending",
        }
        if await insert_ignoring_conflict(self._conn, scheduled, values, ["kind", "key"]):
            return True
        again = await self._conn.execute(
            sa.update(scheduled)
            .where(scheduled.c.kind == kind, scheduled.c.key == key)
            .where(scheduled.c.status == "cancelled")
            .values(status="pending")
        )
        return again.rowcount == 1

    async def cancel_for(self, subject: Subject) -> None:
        """Cancel every pending job about ``subject``."""
        await self._conn.execute(
            sa.update(scheduled)
            .where(
                scheduled.c.subject_kind == subject.kind,
                scheduled.c.subject_id == subject.id,
                scheduled.c.status == "pending",
            )
            .values(status="cancelled")
        )

    async def claim_due(self, now: datetime, limit: int) -> list[Job]:
        """Claim up to ``limit`` due jobs, oldest first, until this transaction ends.

        The rows are read and claimed in one conditional update. On PostgreSQL they are read
        ``FOR UPDATE SKIP LOCKED``: a job another process has claimed in its open transaction
        is passed over rather than waited for, so processes never wait on each other's jobs.
        A process that dies mid-job loses its transaction, and the job is pending again.
        """
        rows = (
            await self._conn.execute(
                sa.select(scheduled)
                .where(scheduled.c.status == "pending", scheduled.c.due_at <= now)
                .order_by(scheduled.c.due_at, scheduled.c.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        ).all()
        if not rows:
            return []
        result = await self._conn.execute(
            sa.update(scheduled)
            .where(scheduled.c.id.in_([row.id for row in rows]), scheduled.c.status == "pending")
            .values(status="claimed")
            .returning(scheduled.c.id)
        )
        taken = set(result.scalars())
        return [
            Job(
                id=row.id,
                kind=row.kind,
                key=row.key,
                subject=(
                    Subject(kind=row.subject_kind, id=row.subject_id)
                    if row.subject_kind is not None
                    else None
                ),
                due_at=row.due_at,
            )
            for row in rows
            if row.id in taken
        ]

    async def next_due(self) -> datetime | None:
        """When the soonest pending job falls due (an index seek on status and due time)."""
        query = (
            sa.select(scheduled.c.due_at)
            .where(scheduled.c.status == "pending")
            .order_by(scheduled.c.due_at)
            .limit(1)
        )
        found: datetime | None = (await self._conn.execute(query)).scalar_one_or_none()
        return found

    async def finish(self, job_id: int, dropped: bool, detail: str = "") -> None:
        """Mark a claimed job done (or dropped by its late policy)."""
        await self._conn.execute(
            sa.update(scheduled)
            .where(scheduled.c.id == job_id)
            .values(
                status="dropped" if dropped else "done",
                done_at=self._clock.now(),
                detail=detail[:200],
            )
        )

    async def take_pending(self, subject: Subject, kind: str, limit: int) -> list[Job]:
        """See the port: an index seek on subject and status, then a conditional update."""
        rows = (
            await self._conn.execute(
                sa.select(scheduled)
                .where(
                    scheduled.c.subject_kind == subject.kind,
                    scheduled.c.subject_id == subject.id,
                    scheduled.c.status == "pending",
                    scheduled.c.kind == kind,
                )
                .order_by(scheduled.c.id)
                .limit(limit)
            )
        ).all()
        if not rows:
            return []
        taken = set(
            (
                await self._conn.execute(
                    sa.update(scheduled)
                    .where(
                        scheduled.c.id.in_([row.id for row in rows]),
                        scheduled.c.status == "pending",
                    )
                    .values(status="done", done_at=self._clock.now(), detail="happened")
                    .returning(scheduled.c.id)
                )
            ).scalars()
        )
        return [
            Job(id=row.id, kind=row.kind, key=row.key, subject=subject, due_at=row.due_at)
            for row in rows
            if row.id in taken
        ]
