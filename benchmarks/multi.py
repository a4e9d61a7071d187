"""Several processes: real ``connector-bot run --processes K`` on PostgreSQL beside SQLite.

For each engine and number of processes, the bot runs as its own processes (the launcher of
bot/processes.py for K > 1), with Telegram and SMS pointed at the loopback provider stubs, which
refuse (429) any send beyond their rate. Then:

- **wave**: reminders for ``pairs`` Telegram meetings fall due at once (both sides are written
  to); the drain rate is counted at the stub, first send to last. The stub's rate is set high
  (``TELEGRAM_RATE``) so the processes and the database are the limit; each process paces at
  1/K of it (Settings.processes), which is why adding processes must cause no 429s.
- **inbound**: ``senders`` people each send ``messages`` signed SMS in turn, many at once, each
  request on a new connection so the kernel spreads them over the processes sharing the port.
  The rate is messages answered (each fully handled, its replies queued) over the elapsed time;
  afterwards every message must be recorded exactly once.

Each phase also reports the CPU time the bot's processes spent on it (from /proc), per message:
on a machine where everything shares two cores, that says more than the rates do.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from benchmarks.floors import TOKEN
from benchmarks.providers import ACCOUNT_SID, AUTH_TOKEN, FROM, TelegramStub, TwilioStub, free_port
from benchmarks.stats import clock
from bot.clock import SystemClock
from storage.db import create_engine
from storage.seeding import seed_reminder_wave
from storage.tables import inbound_messages

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_URL = "https://bot.example.org"
TELEGRAM_RATE = 200.0
SMS_RATE = 100.0  # the most Settings allows; replies to the inbound messages go out by SMS


@dataclass(frozen=True)
class Load:
    """How much each run sends."""

    pairs: int  # wave: meetings whose reminders fall due at once (two messages each)
    senders: int
    messages: int  # each sender's messages, one after the other
    concurrency: int  # requests in flight at once


@dataclass(frozen=True)
class MultiRun:
    """One engine with K processes."""

    engine: str
    processes: int
    inbound_rate: float
    answered: int  # requests answered 200
    recorded: int  # inbound rows: each message exactly once
    inbound_cpu: float  # seconds of the bot's CPU per inbound message (NaN without /proc)
    drain_rate: float
    delivered: int
    queued: int
    wave_cpu: float  # seconds of the bot's CPU per reminder sent
    duplicates: int  # wave reminders delivered twice
    refused: int  # 429s from either stub


class Bot:
    """``connector-bot run`` (``--processes K``) as a child process, its log in a file."""

    def __init__(self, url: str, processes: int, folder: Path, stubs: tuple[str, str]) -> None:
        self.port = free_port()
        self.log = folder / f"bot-{processes}-{self.port}.log"
        self.processes = processes
        telegram, twilio = stubs
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("CONNECTOR_")},
            "CONNECTOR_DATABASE_URL": url,
            "CONNECTOR_TIMEZONE": "America/Toronto",
            "CONNECTOR_HTTP_PORT": str(self.port),
            "CONNECTOR_PUBLIC_URL": PUBLIC_URL,
            "CONNECTOR_TELEGRAM_TOKEN": TOKEN,
            "CONNECTOR_TELEGRAM_BASE_URL": telegram,
            "CONNECTOR_TELEGRAM_RATE_PER_SECOND": str(TELEGRAM_RATE),
            "CONNECTOR_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "CONNECTOR_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "CONNECTOR_TWILIO_FROM": FROM,
            "CONNECTOR_TWILIO_API_BASE": twilio,
            "CONNECTOR_SMS_SEGMENTS_PER_SECOND": str(SMS_RATE),
            # Find the wave within a second of it falling due (the default scan is every 30 s);
            # the scan wakes the sender itself.
            "CONNECTOR_FOLLOW_UP_SCAN_SECONDS": "1",
        }
        self._child: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        """Start it and wait until every process listens."""
        extra = ["--processes", str(self.processes)] if self.processes > 1 else []
        with self.log.open("w") as log:
            self._child = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", *extra,
                cwd=ROOT, env=self.env, stdout=log, stderr=log,
            )  # fmt: skip
        async with asyncio.timeout(120):
            while self.log.read_text().count("HTTP server listening") < self.processes:
                if self._child.returncode is not None:
                    raise RuntimeError(f"the bot stopped at start-up; see {self.log}")
                await asyncio.sleep(0.2)

    def pids(self) -> list[int]:
        """The processes serving: the launcher's children, or the one process."""
        started = re.findall(r"started process \d+ pid (\d+)", self.log.read_text())
        if started:
            return [int(pid) for pid in started]
        return [self._child.pid] if self._child is not None else []

    def cpu_seconds(self) -> float:
        """User and system CPU time of the serving processes so far (NaN without /proc)."""
        total = 0.0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                return math.nan
            # Fields 14 and 15 of stat (utime, stime), counted after the command's ")".
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    async def stop(self) -> None:
        """SIGTERM, as a service manager stops it."""
        if self._child is not None and self._child.returncode is None:
            self._child.send_signal(signal.SIGTERM)
            try:
                async with asyncio.timeout(40):
                    await self._child.wait()
            except TimeoutError:
                self._child.kill()
                await self._child.wait()


async def _wave(url: str, stub: TelegramStub, pairs: int) -> None:
    """Seed the wave, due now, and wait until the stub has every message."""
    system = SystemClock()
    engine = create_engine(url)
    try:
        await seed_reminder_wave(engine, system.now(), "telegram", pairs, system.now())
    finally:
        await engine.dispose()
    async with asyncio.timeout(60 + 4 * pairs / TELEGRAM_RATE):
        while len(stub.accepted) < 2 * pairs:
            stub.changed.clear()
            await stub.changed.wait()
    await asyncio.sleep(0.5)  # a duplicate would arrive now


async def _inbound(port: int, load: Load, first_sid: int) -> tuple[float, int]:
    """Post every sender's messages; return (messages a second, messages answered 200)."""
    validator = RequestValidator(AUTH_TOKEN)
    answered = 0
    gate = asyncio.Semaphore(load.concurrency)
    connector = aiohttp.TCPConnector(limit=load.concurrency, force_close=True)

    async def sender(session: aiohttp.ClientSession, n: int) -> None:
        nonlocal answered
        phone = f"+1613555{n:04d}"
        for m, body in enumerate(["Hello", "1", "2", "menu"][: load.messages]):
            sid = f"SM{first_sid + n * 10 + m:032d}"
            form = {"MessageSid": sid, "SmsSid": sid, "AccountSid": ACCOUNT_SID,
                    "From": phone, "To": FROM, "Body": body, "NumMedia": "0"}  # fmt: skip
            signature = validator.compute_signature(PUBLIC_URL + "/sms", form)
            async with gate:
                response = await session.post(
                    f"http://127.0.0.1:{port}/sms",
                    data=urlencode(form),
                    headers={
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Twilio-Signature": signature,
                    },
                )
                async with response:
                    await response.read()
                    answered += response.status == 200

    async with aiohttp.ClientSession(connector=connector) as session:
        began = clock()
        await asyncio.gather(*(sender(session, n) for n in range(load.senders)))
        elapsed = clock() - began
    return answered / elapsed, answered


async def recorded(url: str) -> int:
    """How many inbound messages the database at ``url`` has recorded."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = sa.select(sa.func.count()).select_from(inbound_messages)
            return int((await conn.execute(query)).scalar_one())
    finally:
        await engine.dispose()


async def measure(engine: str, url: str, processes: int, folder: Path, load: Load) -> MultiRun:
    """Start the bot as ``processes`` processes on ``url``; run the wave, then the inbound."""
    telegram, twilio = TelegramStub(TELEGRAM_RATE), TwilioStub(SMS_RATE)
    stubs = (await telegram.start(), await twilio.start())
    bot = Bot(url, processes, folder, stubs)
    try:
        await bot.start()
        before = bot.cpu_seconds()
        await _wave(url, telegram, load.pairs)
        wave_cpu = bot.cpu_seconds() - before
        delivered = len(telegram.accepted)
        span = (telegram.last_at or 0.0) - (telegram.first_at or 0.0)
        duplicates = sum(telegram.accepted.values()) - delivered
        before = bot.cpu_seconds()
        rate, answered = await _inbound(bot.port, load, 0)
        inbound_cpu = bot.cpu_seconds() - before
        await asyncio.sleep(0.5)
        return MultiRun(
            engine=engine,
            processes=processes,
            inbound_rate=rate,
            answered=answered,
            recorded=await recorded(url),
            inbound_cpu=inbound_cpu / max(1, answered),
            drain_rate=(delivered - 1) / span if delivered > 1 and span > 0 else 0.0,
            delivered=delivered,
            queued=2 * load.pairs,
            wave_cpu=wave_cpu / max(1, delivered),
            duplicates=duplicates,
            refused=telegram.refused + twilio.refused,
        )
    finally:
        await bot.stop()
        await telegram.stop()
        await twilio.stop()


def describe(run: MultiRun, load: Load) -> tuple[str, str]:
    """The line's label and figure."""
    plural = "process" if run.processes == 1 else "processes"
    total = load.senders * load.messages
    return (
        f"{run.engine}, {run.processes} {plural}",
        f"inbound {run.inbound_rate:.0f}/s (answered {run.answered}/{total}, "
        f"recorded {run.recorded}, bot CPU {_cpu(run.inbound_cpu)})  "
        f"wave drain {run.drain_rate:.0f}/s ({run.drain_rate / TELEGRAM_RATE:.0%} of "
        f"{TELEGRAM_RATE:g}/s, delivered {run.delivered}/{run.queued}, "
        f"bot CPU {_cpu(run.wave_cpu)})  "
        f"duplicates {run.duplicates}  429s {run.refused}",
    )


def _cpu(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.1f} ms each"
