"""``connector-bot run --processes N``: N bot processes on one PostgreSQL database and one port.

The parent migrates the database once, then starts N children, each the ordinary
``connector-bot run`` with ``CONNECTOR_PROCESSES=N`` in its environment: each sends at 1/N of
every provider's rate, and each listens on the same ``CONNECTOR_HTTP_PORT`` with SO_REUSEPORT,
so the kernel spreads webhook connections between them. The database coordinates the rest
(row claims, locks); the parent only starts, restarts and stops processes.

SIGTERM or SIGINT to the parent is passed on to every child as SIGTERM (each stops gracefully),
and the parent exits once they have, non-zero if one did not stop cleanly. A child that dies
unexpectedly is restarted after a pause that grows with each quick failure; after
``QUICK_FAILURES`` quick failures in a row (a child that cannot start), everything stops and
the parent exits non-zero instead of spinning.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from dataclasses import dataclass, field

from bot.config import ConfigError, Settings
from storage.db import check_and_migrate

log = logging.getLogger(__name__)

# A child that exits sooner than this after it started has failed "quickly".
QUICK_SECONDS = 30.0
# That many quick failures in a row of one child: stop everything, exit non-zero.
QUICK_FAILURES = 5
# The longest pause before a restart (1 s, 2 s, 4 s... up to this).
MAX_PAUSE_SECONDS = 30.0
# The launcher's pid, in its children's environment: a child whose launcher is gone stops.
PARENT_VARIABLE = "CONNECTOR_LAUNCHER_PID"
# How often a child looks whether its launcher is still there.
ORPHAN_CHECK_SECONDS = 2.0
# After SIGTERM, how long children may take to stop before they are killed. Each has its own
# graceful shutdown (about 10 s, see Settings.shutdown_grace_seconds); this is a last resort.
STOP_SECONDS = 30.0


def check_can_share(settings: Settings, count: int) -> None:
    """Refuse, in one line, a configuration that cannot run as ``count`` processes."""
    if count <= 1:
        return
    if not settings.database_url.startswith("postgresql"):
        raise ConfigError(
            f"--processes {count}: several processes need PostgreSQL "
            "(CONNECTOR_DATABASE_URL=postgresql+asyncpg://...); SQLite serves one process"
        )
    if settings.telegram_token is None and not settings.sms_enabled:
        raise ConfigError(
            f"--processes {count}: configure Telegram or SMS (the simulator is one process)"
        )
    if settings.telegram_token is not None and settings.public_url is None:
        raise ConfigError(
            f"--processes {count}: Telegram must use its webhook (set CONNECTOR_PUBLIC_URL); "
            "only one process at a time may poll"
        )


def _stopped_cleanly(code: int) -> bool:
    # -SIGTERM: the signal reached a child still starting, before it handled signals itself.
    return code in (0, -signal.SIGTERM)


@dataclass
class Launcher:
    """Keeps ``count`` children running until told to stop."""

    count: int
    command: list[str]
    env: dict[str, str]
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    children: dict[int, asyncio.subprocess.Process] = field(default_factory=dict)
    gave_up: bool = False
    unclean: list[int] = field(default_factory=list)

    def stop(self) -> None:
        """Ask every child to stop (SIGTERM); restarts end."""
        if self.stopping.is_set():
            return
        self.stopping.set()
        for child in self.children.values():
            if child.returncode is None:
                child.send_signal(signal.SIGTERM)

    async def _start(self, number: int) -> asyncio.subprocess.Process:
        # A session of its own: Ctrl-C in a terminal reaches the parent only, which passes it on
        # once, rather than every child receiving it twice.
        child = await asyncio.create_subprocess_exec(
            *self.command, env=self.env, start_new_session=True
        )
        self.children[number] = child
        log.info("started process %d pid %d", number, child.pid)
        if self.stopping.is_set():
            child.send_signal(signal.SIGTERM)
        return child

    async def keep(self, number: int) -> None:
        """Run child ``number``, restarting it when it dies, until stopping."""
        quick = 0
        while not self.stopping.is_set():
            started = asyncio.get_running_loop().time()
            child = await self._start(number)
            code = await child.wait()
            if self.stopping.is_set():
                if not _stopped_cleanly(code):
                    self.unclean.append(number)
                return
            quick = quick + 1 if asyncio.get_running_loop().time() - started < QUICK_SECONDS else 1
            if quick >= QUICK_FAILURES:
                log.warning(
                    "process %d exited with code %d, %d times in a row soon after starting; "
                    "stopping",
                    number,
                    code,
                    quick,
                )
                self.gave_up = True
                self.stop()
                return
            pause = min(MAX_PAUSE_SECONDS, 2.0 ** (quick - 1))
            log.warning(
                "process %d pid %d exited with code %d; restarting in %.0f s",
                number,
                child.pid,
                code,
                pause,
            )
            try:
                async with asyncio.timeout(pause):
                    await self.stopping.wait()
            except TimeoutError:
                pass

    async def run(self) -> int:
        """Start the children, wait for a signal (or giving up), stop them; the exit code."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stop)
        keepers = [asyncio.create_task(self.keep(n)) for n in range(1, self.count + 1)]
        try:
            await self.stopping.wait()
            try:
                async with asyncio.timeout(STOP_SECONDS):
                    await asyncio.gather(*keepers)
            except TimeoutError:
                for number, child in self.children.items():
                    if child.returncode is None:
                        log.warning(
                            "process %d pid %d did not stop; killing it", number, child.pid
                        )
                        child.kill()
                        self.unclean.append(number)
                await asyncio.gather(*keepers)
        finally:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
        if self.gave_up or self.unclean:
            return 1
        log.info("all %d processes stopped", self.count)
        return 0


async def launcher_gone() -> None:
    """Return once the launcher that started this process has died (never, when none did).

    A launcher killed with SIGKILL cannot pass anything on; its children see their parent
    change and stop as on SIGTERM, rather than serving on unsupervised.
    """
    launcher = os.environ.get(PARENT_VARIABLE)
    if launcher is None or not launcher.isdigit():
        await asyncio.Event().wait()
        return
    while os.getppid() == int(launcher):  # noqa: ASYNC110 - a parent's death sends no event
        await asyncio.sleep(ORPHAN_CHECK_SECONDS)
    log.warning("the launcher (pid %s) is gone; stopping", launcher)


async def launch(settings: Settings, count: int) -> int:
    """Migrate, then run ``count`` copies of ``connector-bot run`` until a signal; exit code."""
    check_can_share(settings, count)
    await check_and_migrate(settings.database_url)
    env = {**os.environ, "CONNECTOR_PROCESSES": str(count), PARENT_VARIABLE: str(os.getpid())}
    launcher = Launcher(count, [sys.executable, "-m", "bot", "run"], env)
    return await launcher.run()
