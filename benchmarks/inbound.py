"""Inbound cost per message kind, fifty writers at once, and search, on a seeded store."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks.stats import Spread, clock
from bot.channels.simulator import SimMessage, TranscriptPrinter
from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from handlers.core.values import Address, Inbound
from handlers.meetings.ports import meeting_store
from handlers.meetings.search import PAGE, SearchFilters, query_for
from storage.db import optimize
from storage.seeding import seed_people

NOTE = "I am a civil engineer looking for advice"
KINDS = ("menu press", "find a connector", "typed answer", "booking request")


class Quiet(TranscriptPrinter):
    """Delivers nowhere: the bench keeps only the choices (the simulator channel does)."""

    def __init__(self) -> None:
        super().__init__(jsonl=True)

    def delivered(self, message: SimMessage) -> None:
        """Drop the message."""


class Statements:
    """Counts the SQL statements an engine runs."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *args: Any) -> None:
        self.count += 1


@dataclass
class Timed:
    """One message: handling it (the write transaction) and delivering its replies."""

    handle: float
    total: float
    statements: int


class Bench:
    """A running bot on a seeded store, driven message by message."""

    def __init__(self, simulator: Simulator, newcomers: list[int]) -> None:
        self.simulator = simulator
        self.newcomers = newcomers
        self.statements = Statements()
        event.listen(simulator.app.engine.sync_engine, "before_cursor_execute", self.statements)

    @property
    def app(self) -> Any:
        """The running app."""
        return self.simulator.app

    def persona(self, participant_id: int) -> str:
        """The simulator persona of a seeded newcomer (Telegram-style: choices are taps)."""
        name = f"p{participant_id}"
        self.simulator.channel.persona(name, "telegram")
        return name

    def choice(self, persona: str, prefix: str) -> str | None:
        """The first choice of the persona's last menu whose id starts with ``prefix``."""
        for entry in self.simulator.channel.last_choices(persona):
            if entry.id.startswith(prefix):
                return entry.id
        return None

    async def send(
        self,
        persona: str,
        *,
        text: str | None = None,
        choice: str | None = None,
        drain: bool = True,
    ) -> Timed:
        """Send one message as ``persona``; time handling it and delivering the replies."""
        inbound = Inbound(
            address=Address(channel="sim", value=persona),
            external_id=uuid.uuid4().hex,
            received_at=self.app.clock.now(),
            text=text,
            choice=choice,
        )
        before = self.statements.count
        began = clock()
        await self.app.receive(inbound)
        handled = clock()
        statements = self.statements.count - before
        if drain:
            await self.app.sender.drain()
        return Timed(handled - began, clock() - began, statements)


@asynccontextmanager
async def seeded(folder: Path, size: int, start: Any) -> AsyncIterator[Bench]:
    """A running bot on a fresh store of ``size`` participants (half of them connectors)."""
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / f'bench-{size}.db'}",
        timezone="America/Toronto",
        connector_approval="none",
        inbound_per_minute=0,
        unread_per_hour=0,
    )
    async with Simulator(settings, ManualClock(start), Quiet()) as simulator:
        newcomers = await seed_people(simulator.app.engine, start, size)
        # What the running bot does every few hours: refresh the planner's statistics.
        await optimize(simulator.app.engine)
        yield Bench(simulator, newcomers)


async def kinds(bench: Bench, rounds: int) -> dict[str, list[Timed]]:
    """Each message kind ``rounds`` times, each round by a newcomer of its own."""
    found: dict[str, list[Timed]] = {kind: [] for kind in KINDS}
    for participant_id in bench.newcomers[:rounds]:
        persona = bench.persona(participant_id)
        found["menu press"].append(await bench.send(persona, choice="menu:profile"))
        found["find a connector"].append(await bench.send(persona, choice="menu:find"))
        found["typed answer"].append(await bench.send(persona, text=NOTE))
        slot = bench.choice(persona, "slot:")
        if slot is not None:
            found["booking request"].append(await bench.send(persona, choice=slot))
    return found


async def writers(bench: Bench, count: int, each: int) -> tuple[float, Spread]:
    """``count`` newcomers pressing menu entries at once, ``each`` times: (messages/s, spread)."""
    people = [bench.persona(pid) for pid in bench.newcomers[-count:]]
    latencies: list[float] = []

    async def writer(persona: str) -> None:
        for _ in range(each):
            timed = await bench.send(persona, choice="menu:profile", drain=False)
            latencies.append(timed.handle)

    began = clock()
    await asyncio.gather(*(writer(persona) for persona in people))
    elapsed = clock() - began
    await bench.app.sender.drain()
    return len(latencies) / elapsed, Spread.of(latencies)


async def one_at_a_time(bench: Bench, messages: int) -> float:
    """Messages per second when one person writes (replies delivered later)."""
    persona = bench.persona(bench.newcomers[-1])
    began = clock()
    for _ in range(messages):
        await bench.send(persona, choice="menu:profile", drain=False)
    rate = messages / (clock() - began)
    await bench.app.sender.drain()
    return rate


async def search(bench: Bench, rounds: int) -> tuple[Spread, int]:
    """The store's first page of connectors for several newcomers: (spread, statements)."""
    samples: list[float] = []
    statements = 0
    for participant_id in bench.newcomers[:rounds]:
        async with bench.app.store.transaction() as tx:
            me = await tx.participant(participant_id)
            query = query_for(me, SearchFilters())
            before = bench.statements.count
            began = clock()
            await meeting_store(tx).search(query, bench.app.clock.now(), PAGE + 1, 0)
            samples.append(clock() - began)
            statements = bench.statements.count - before
    return Spread.of(samples), statements
