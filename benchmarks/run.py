"""``connector-bot bench``: every figure against the floors measured in the same run."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import platform
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from benchmarks import floors, inbound, multi, paths, pgserver, startup, waves
from benchmarks.stats import Report, Spread, ms
from storage.db import create_engine, migrate
from storage.seeding import seed_reminders

START = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Plan:
    """How much of everything to run."""

    sizes: tuple[int, ...]
    floor_rounds: int
    kind_rounds: int
    path_rounds: int  # the referral, coordinator and mentorship paths (about 20 messages each)
    writers: int
    writes_each: int
    search_rounds: int
    telegram_wave: int  # meetings: both sides get the reminder
    sms_wave: int
    sms_rate: float
    reminders: int
    multi: multi.Load  # several processes: each run's wave and inbound messages
    processes: tuple[int, ...]  # on PostgreSQL (SQLite runs one)

    @classmethod
    def quick(cls) -> Plan:
        """Small counts on 1,000 participants: keeps the bench working, in seconds."""
        load = multi.Load(pairs=50, senders=50, messages=2, concurrency=10)
        return cls((1000,), 200, 5, 3, 10, 2, 5, 15, 2, 4.0, 1000, load, (1, 2))

    @classmethod
    def full(cls) -> Plan:
        """The figures docs/developers.md shows."""
        load = multi.Load(pairs=1000, senders=500, messages=2, concurrency=50)
        return cls(
            (1000, 10_000, 100_000), 2000, 200, 40, 50, 10, 100, 300, 15, 1.0, 1_000_000,
            load, (1, 2, 4),
        )  # fmt: skip


def _size(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 else str(size)


async def bench(out: TextIO, plan: Plan) -> None:
    """Run the plan and print each figure with its ratio to the floor."""
    cores = os.cpu_count()
    print(f"connector-bot bench on {platform.machine()}, {cores} cores, "
          f"Python {platform.python_version()}", file=out, flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="connector-bench-") as name:
        folder = Path(name)
        ptb = await floors.ptb_echo(plan.floor_rounds)
        sqlite = floors.sqlite_transaction(folder, plan.floor_rounds)
        floor = ptb.median + sqlite.median
        report = Report(out, lambda: floor)
        report.line("floor", "ptb echo update", f"median {ms(ptb.median)}  p99 {ms(ptb.p99)}")
        report.line("floor", "sqlite 4-statement transaction",
                    f"median {ms(sqlite.median)}  p99 {ms(sqlite.p99)}")  # fmt: skip
        report.line("floor", "F (sum of medians)", ms(floor))
        for size in plan.sizes:
            await _store(report, folder, size, plan)
        results, shutdown = await waves.wave(
            folder, plan.telegram_wave, plan.sms_wave, 30.0, plan.sms_rate
        )
        for result in results:
            report.line(
                "wave",
                f"{result.channel} reminders",
                f"{result.drain_rate:.1f}/s ({result.drain_rate / result.rate:.0%} of "
                f"{result.rate:g}/s)  first {ms(result.first_after)} after due  "
                f"delivered {result.delivered}/{result.queued}  "
                f"duplicates {result.duplicates}  429s {result.refused}",
            )
        report.line(
            "stop",
            f"SIGTERM with {shutdown.backlog} SMS queued",
            f"{shutdown.seconds:.2f} s  still queued {shutdown.still_queued}",
        )
        await _startup(report, folder, plan.reminders)
        await _multi(report, folder, plan)


async def _store(report: Report, folder: Path, size: int, plan: Plan) -> None:
    scope = _size(size)
    async with inbound.seeded(folder, size, START) as bench:
        found = await inbound.kinds(bench, plan.kind_rounds)
        found.update(await paths.paths(bench, plan.path_rounds))
        for kind in (*inbound.KINDS, *paths.KINDS):
            timed = found[kind]
            statements = max(t.statements for t in timed) if timed else 0
            report.times(
                scope,
                f"inbound {kind}",
                Spread.of([t.handle for t in timed]),
                f"statements {statements}  with delivery "
                f"{ms(Spread.of([t.total for t in timed]).median)}",
            )
        spread, statements = await inbound.search(bench, plan.search_rounds)
        report.times(scope, "search (one page)", spread, f"statements {statements}")
        alone = await inbound.one_at_a_time(bench, plan.writers * plan.writes_each)
        rate, latency = await inbound.writers(bench, plan.writers, plan.writes_each)
        report.line(scope, "one writer throughput", f"{alone:.0f} msg/s")
        report.line(
            scope,
            f"{plan.writers} writers throughput",
            f"{rate:.0f} msg/s ({rate / alone:.2f}x one writer)  p99 {ms(latency.p99)}  "
            f"median {ms(latency.median)}",
        )
    await asyncio.to_thread(_remove, folder / f"bench-{size}.db")


def _remove(database: Path) -> None:
    """Delete a bench store (and its WAL files) once its figures are printed."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


async def _startup(report: Report, folder: Path, reminders: int) -> None:
    for count in (0, reminders):
        path = folder / f"startup-{count}.db"
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await migrate(engine)
            await seed_reminders(engine, START.replace(year=2030), count)
        finally:
            await engine.dispose()
        result = await asyncio.to_thread(startup.measure, f"sqlite+aiosqlite:///{path}")
        report.line(
            "start",
            f"start-up, {count:,} pending reminders",
            f"{result.seconds:.2f} s  peak memory {result.megabytes:.0f} MB",
        )


async def _multi(report: Report, folder: Path, plan: Plan) -> None:
    """The same load on SQLite (one process) and on PostgreSQL with each number of processes."""
    url = f"sqlite+aiosqlite:///{folder / 'multi.db'}"
    result = await multi.measure("sqlite", url, 1, folder, plan.multi)
    report.line("multi", *multi.describe(result, plan.multi))
    try:
        server = await asyncio.to_thread(pgserver.start)
    except pgserver.PostgresUnavailable as why:
        report.line("multi", "postgresql skipped", str(why))
        return
    try:
        for count in plan.processes:
            url = await server.create(f"bench{count}")
            result = await multi.measure("postgresql", url, count, folder, plan.multi)
            report.line("multi", *multi.describe(result, plan.multi))
    finally:
        await asyncio.to_thread(server.stop)


def main(out: TextIO, *, quick: bool, sizes: tuple[int, ...] | None = None) -> None:
    """Run the bench (``quick``: small counts on 1,000 participants only)."""
    plan = Plan.quick() if quick else Plan.full()
    if sizes:
        plan = dataclasses.replace(plan, sizes=sizes)
    asyncio.run(bench(out, plan))
