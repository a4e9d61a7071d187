"""Start-up time and memory of the bot with many pending reminders, in a process of its own.

``python -m benchmarks.startup URL`` opens the app on URL (checks and migrates the database,
starts the scheduler and the sender), prints ``ready``, stops, and prints its peak memory.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.stats import clock


@dataclass(frozen=True)
class Startup:
    """Seconds from launch to ready, and peak resident memory in MB."""

    seconds: float
    megabytes: float


async def _child(url: str) -> None:
    from bot.app import open_app, running
    from bot.channels.simulator import SimulatorChannel
    from bot.clock import SystemClock
    from bot.config import Settings

    settings = Settings(database_url=url, timezone="America/Toronto")
    clock = SystemClock()
    channel = SimulatorChannel(clock, lambda message: None)
    async with open_app(settings, clock, {"sim": channel}) as app, running(app):
        print("ready", flush=True)


def measure(url: str) -> Startup:
    """Launch the bot on ``url`` in a new interpreter; time it to ready and read its memory."""
    began = clock()
    ready = began
    megabytes = 0.0
    with subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup", url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "ready":
                ready = clock()
            elif line.startswith("maxrss "):
                megabytes = int(line.split()[1]) / 1024
    if child.returncode != 0:
        raise RuntimeError(f"the bot did not start on {url}")
    return Startup(ready - began, megabytes)


def _peak_kib() -> int:
    """This process's peak resident memory in KiB.

    Linux's ``ru_maxrss`` keeps the high-water mark of the process that forked us (the bench,
    with its stores in memory) across exec; ``VmHWM`` belongs to this program alone.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    asyncio.run(_child(sys.argv[1]))
    print(f"maxrss {_peak_kib()}", flush=True)
