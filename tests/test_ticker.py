"""The periodic wake-ups: a job running at shutdown is let finish, not cancelled."""

from __future__ import annotations

import asyncio
import logging

import pytest

from scheduler.ticker import Ticker

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


async def test_a_job_running_at_shutdown_finishes_and_nothing_is_logged_as_failed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    started, finished = asyncio.Event(), asyncio.Event()

    async def scan() -> None:  # a due-scan on its last batch when SIGTERM comes
        started.set()
        await asyncio.sleep(0.3)
        finished.set()

    ticker = Ticker()
    ticker.every("scan", 0.05, scan)
    with caplog.at_level(logging.INFO):
        ticker.start()
        await asyncio.wait_for(started.wait(), 5)
        await ticker.shutdown()
        assert finished.is_set()
        await asyncio.sleep(0.1)
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


async def test_a_job_that_overruns_the_grace_is_cancelled_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    started = asyncio.Event()

    async def stuck() -> None:
        started.set()
        await asyncio.sleep(60)

    ticker = Ticker()
    ticker.every("stuck", 0.05, stuck)
    ticker.start()
    await asyncio.wait_for(started.wait(), 5)
    await ticker.shutdown(grace=0.1)
    assert "still running at shutdown" in caplog.text
