"""Three bot processes on one PostgreSQL database, one of them killed halfway.

1,000 SMS from 200 people are posted to random processes (one in ten twice at once, as a
provider's retry racing the original) while 500 reminders fall due together; then one process
gets SIGKILL. Afterwards every message was handled once, in each person's order, every reply
and reminder reached the provider exactly once, no send went over the provider's rate, no row
is left claimed, and Telegram's menus and webhook were set up by one process only.

The processes are real ``connector-bot run`` processes; the providers are loopback servers
(Twilio's Messages API keeps the pace strictly, answering 429 beyond it, and lists what it
accepted, which is how a process that takes over a dead one's claims finds what was sent).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import aiohttp
import pytest
import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from benchmarks.providers import StubProvider
from bot.app import open_app
from bot.channels.segments import count_segments
from bot.clock import ManualClock
from bot.config import Settings
from bot.i18n import Catalogue, Rendering
from handlers.core.conversation import Outcome
from handlers.core.values import Address, Inbound, Language
from storage.db import create_engine, is_conflict
from storage.secrets import SecretStore
from storage.seeding import seed_reminder_wave
from storage.sql import PERSON_LOCKS, hold_until_commit
from storage.tables import channel_addresses, inbound_messages, outbox, participants, scheduled
from tests.conftest import POSTGRES
from tests.telegram_fakes import TOKEN
from tests.telegram_server import READY, FakeBotApiServer, free_port
from tests.twilio_fakes import ACCOUNT_SID, AUTH_TOKEN, FROM, PUBLIC_URL, signed, sms_form

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

# Several processes need PostgreSQL: these run in the suite's PostgreSQL pass.
ON_POSTGRESQL = pytest.mark.skipif(not POSTGRES, reason="runs in the PostgreSQL pass")

PROCESSES = 3
PEOPLE = 200
REMINDER_PAIRS = 250  # both sides of each meeting: 500 reminders
# Twilio's limit, and the rate the bot is told: a fifth under it, for a loaded machine's
# scheduling (a process that stalls sends its due messages together). Without the split
# between processes, three would send at 2.4 times the limit.
SEGMENTS_PER_SECOND = 100.0
CONFIGURED_RATE = 80.0
FIRST = ["Marie-Hélène", "José", "Zoë", "Amir", "Chloé", "Nguyễn", "Ana", "Björn", "Léa",
         "Oluwaseun", "Ren", "François", "Aïcha", "Darius", "Inès", "Kwame", "Siobhán", "Yara",
         "Mateus", "Élodie"]  # fmt: skip
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Okafor", "Haddad", "Silva", "Kaur",
        "Leblanc"]  # fmt: skip


class TwilioServer(StubProvider):
    """Twilio's Messages API on loopback: create (paced strictly, as the bench's stub) and
    list (newest first, as a process taking over a dead one's claims asks)."""

    def __init__(self, rate: float) -> None:
        super().__init__(rate)
        self.messages: list[dict[str, str | None]] = []
        self._arrived = asyncio.Condition()
        route = "/2010-04-01/Accounts/{account}/Messages.json"
        self.app.router.add_post(route, self._create)
        self.app.router.add_get(route, self._list)

    async def wait_for(self, to: str, count: int) -> None:
        """Until ``count`` messages were accepted for ``to``."""
        async with self._arrived:
            await self._arrived.wait_for(lambda: len(self.bodies(to)) >= count)

    async def wait_until(self, accepted: Callable[[list[dict[str, str | None]]], bool]) -> None:
        """Until the messages accepted so far satisfy ``accepted``."""
        async with self._arrived:
            await self._arrived.wait_for(lambda: accepted(self.messages))

    def bodies(self, to: str) -> list[str]:
        return [str(m["body"]) for m in self.messages if m["to"] == to]

    async def _create(self, request: web.Request) -> web.Response:
        form = await request.post()
        body = str(form.get("Body", ""))
        segments = count_segments(body)  # as Twilio counts them (GSM-7 or UCS-2, headers)
        if not self.schedule.take(segments):
            self.refused += 1
            error = {"code": 20429, "message": "Too Many Requests", "status": 429}
            return web.json_response(error, status=429)
        message: dict[str, str | None] = {
            "sid": f"SM{len(self.messages) + 1:032d}",
            "status": "queued",
            "to": str(form["To"]),
            "from": FROM,
            "body": body,
            "direction": "outbound-api",
            "date_created": format_datetime(datetime.now(UTC), usegmt=True),
            "date_sent": None,
        }
        self.messages.append(message)
        self.accept(message["to"] or "")
        async with self._arrived:
            self._arrived.notify_all()
        return web.json_response(message, status=201)

    async def _list(self, request: web.Request) -> web.Response:
        to = request.query.get("To")
        found = [m for m in reversed(self.messages) if to is None or m["to"] == to]
        return web.json_response({"messages": found[:50], "next_page_uri": None})


def script(index: int) -> tuple[str, str, list[str]]:
    """One person's number, name and five messages: the first steps of registering."""
    name = f"{FIRST[index % len(FIRST)]} {LAST[index // len(FIRST)]}"
    language = "2" if index % 2 else "1"  # every other person in French
    return (
        f"+1902555{index:04d}",
        name,
        ["Bonjour" if index % 2 else "Hi", language, "1", "1", name],
    )


def differ(expected: list[str], got: list[str]) -> str:
    """Where two reply sequences part (for a failure message)."""
    for at, (one, other) in enumerate(zip(expected, got, strict=False)):
        if one != other:
            return f"reply {at}: expected {one[:200]!r}\ngot {other[:200]!r}"
    return f"{len(expected)} replies expected, {len(got)} got; last: {got[-1][:200]!r}"


class Poster:
    """Posts signed SMS webhooks to the processes, retrying elsewhere as Twilio would."""

    def __init__(
        self,
        http: aiohttp.ClientSession,
        ports: list[int],
        seed: int,
        replies: TwilioServer,
    ) -> None:
        self._http = http
        self._replies = replies
        self._ports = ports
        self._random = random.Random(seed)
        self.posted = 0
        self.progress = asyncio.Condition()
        self.retried_after_error = 0

    async def post(self, form: dict[str, str]) -> None:
        """Post until a process answers 200 (a dead or failing one means another try)."""
        headers = signed("/sms", form)
        for attempt in range(60):
            port = self._random.choice(self._ports)
            try:
                async with self._http.post(
                    f"http://127.0.0.1:{port}/sms", data=form, headers=headers
                ) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            self.retried_after_error += 1
            await asyncio.sleep(0.05 * min(attempt + 1, 10))
        raise AssertionError("no process took the message")

    async def person(self, index: int, retried: set[tuple[int, int]]) -> None:
        """One person's messages, each once the answer to the one before has arrived (as
        someone answers what they read); a provider's retry races the original when picked."""
        number, _, messages = script(index)
        for step, text in enumerate(messages):
            before = len(self._replies.bodies(number))
            form = sms_form(f"SM{index:04d}{step:028d}", number, text)
            copies = 2 if (index, step) in retried else 1
            await asyncio.gather(*(self.post(form) for _ in range(copies)))
            self.posted += 1
            async with self.progress:
                self.progress.notify_all()
            await self._replies.wait_for(number, before + 1)


def start_process(
    index: int, port: int, env: dict[str, str], folder: Path
) -> subprocess.Popen[bytes]:
    with (folder / f"process-{index}.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env={**env, "CONNECTOR_HTTP_PORT": str(port)},
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


async def until_up(
    http: aiohttp.ClientSession, ports: list[int], processes: list[subprocess.Popen[bytes]]
) -> None:
    deadline = asyncio.get_running_loop().time() + READY
    for port in ports:
        while True:
            assert all(p.poll() is None for p in processes), "a process stopped at start"
            assert asyncio.get_running_loop().time() < deadline, "the processes never came up"
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    await response.read()
                    break
            except aiohttp.ClientError:
                await asyncio.sleep(0.2)


async def settled(engine: AsyncEngine, reminders_due: datetime) -> dict[str, int]:
    """Wait until nothing is queued or claimed and every reminder ran; return the counts."""
    deadline = asyncio.get_running_loop().time() + 240
    while True:
        async with engine.connect() as conn:
            counts = {
                "inbound": (await conn.scalar(
                    sa.select(sa.func.count()).select_from(inbound_messages)
                )) or 0,
                "queued": (await conn.scalar(
                    sa.select(sa.func.count()).select_from(outbox)
                    .where(outbox.c.status.in_(("pending", "sending")))
                )) or 0,
                "jobs": (await conn.scalar(
                    sa.select(sa.func.count()).select_from(scheduled)
                    .where(scheduled.c.due_at <= reminders_due,
                           scheduled.c.status.in_(("pending", "claimed")))
                )) or 0,
            }  # fmt: skip
        if counts["inbound"] == PEOPLE * 5 and counts["queued"] == 0 and counts["jobs"] == 0:
            return counts
        assert asyncio.get_running_loop().time() < deadline, f"never settled: {counts}"
        await asyncio.sleep(0.5)


@ON_POSTGRESQL
async def test_a_persons_message_waits_while_another_process_handles_one_of_theirs(
    settings: Settings, clock: ManualClock
) -> None:
    number = "+19025550001"

    def inbound(sid: str, text: str) -> Inbound:
        address = Address(channel="sms", value=number)
        return Inbound(address=address, external_id=sid, received_at=clock.now(), text=text)

    async with open_app(settings, clock, {}) as app:
        other = create_engine(settings.database_url)  # another process, mid-way through a message
        try:
            async with other.begin() as conn:
                await hold_until_commit(conn, PERSON_LOCKS, f"sms:{number}")
                waiting = asyncio.create_task(app.conversation.handle(inbound("SM1", "Hi")))
                done, _ = await asyncio.wait({waiting}, timeout=0.5)
                assert not done
            assert await waiting == Outcome.PROCESSED
            # A provider's retry reaching two processes at once: handled by one of them.
            again = inbound("SM2", "1")
            outcomes = await asyncio.gather(
                app.conversation.handle(again), app.conversation.handle(again)
            )
            assert sorted(outcomes) == sorted([Outcome.PROCESSED, Outcome.DUPLICATE])
        finally:
            await other.dispose()


async def deadlock(url: str) -> DBAPIError:
    """A real deadlock: two transactions lock two rows in opposite orders."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(sa.text("CREATE TABLE pair (id int PRIMARY KEY)"))
            await conn.execute(sa.text("INSERT INTO pair VALUES (1), (2)"))
        first_locked, second_locked = asyncio.Event(), asyncio.Event()

        async def lock(first: int, mine: asyncio.Event, theirs: asyncio.Event) -> None:
            async with engine.begin() as conn:
                await conn.execute(sa.text(f"SELECT * FROM pair WHERE id = {first} FOR UPDATE"))
                mine.set()
                await theirs.wait()
                other = 3 - first
                await conn.execute(sa.text(f"SELECT * FROM pair WHERE id = {other} FOR UPDATE"))

        results = await asyncio.gather(
            lock(1, first_locked, second_locked),
            lock(2, second_locked, first_locked),
            return_exceptions=True,
        )
        errors = [r for r in results if isinstance(r, DBAPIError)]
        assert len(errors) == 1, results
        return errors[0]
    finally:
        await engine.dispose()


@ON_POSTGRESQL
async def test_a_message_stopped_by_a_deadlock_is_handled_again(
    settings: Settings, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    stopped = await deadlock(settings.database_url)
    assert is_conflict(stopped)
    assert not is_conflict(DBAPIError("SELECT 1", {}, ValueError("another error")))
    async with open_app(settings, clock, {}) as app:
        handle = app.conversation.handle
        tries: list[Inbound] = []

        async def first_in_a_deadlock(inbound: Inbound) -> Outcome:
            tries.append(inbound)
            if len(tries) == 1:
                raise stopped
            return await handle(inbound)

        monkeypatch.setattr(app.conversation, "handle", first_in_a_deadlock)
        address = Address(channel="sms", value="+19025550002")
        hello = Inbound(address=address, external_id="SM9", received_at=clock.now(), text="Hi")
        assert await app.receive(hello) == Outcome.PROCESSED
        assert len(tries) == 2
        async with app.engine.connect() as conn:
            logged = await conn.scalar(sa.select(sa.func.count()).select_from(inbound_messages))
        assert logged == 1


async def test_a_shared_set_up_is_done_by_the_first_process_only(
    settings: Settings, clock: ManualClock
) -> None:
    async with open_app(settings, clock, {}) as app:
        first, second = SecretStore(app.engine, clock), SecretStore(app.engine, clock)
        fresh = timedelta(minutes=10)
        assert await first.first_to("setup:telegram", "menus-v1", fresh)
        assert not await second.first_to("setup:telegram", "menus-v1", fresh)
        # Something else to publish (new menus, another webhook): it is done again.
        assert await second.first_to("setup:telegram", "menus-v2", fresh)
        # A process started much later (a restart) does it again too.
        clock.advance(fresh)
        assert await first.first_to("setup:telegram", "menus-v2", fresh)
        # A set-up that failed is forgotten, so the next process to start does it.
        await first.forget("setup:telegram")
        assert await second.first_to("setup:telegram", "menus-v2", fresh)


@ON_POSTGRESQL
async def test_three_processes_one_killed_handle_everything_once_and_in_order(
    database_url: str, tmp_path: Path
) -> None:
    twilio, telegram = TwilioServer(SEGMENTS_PER_SECOND), FakeBotApiServer()
    twilio_url, telegram_url = await twilio.start(), await telegram.start()
    engine = create_engine(database_url)
    now = datetime.now(UTC)
    reminders_due = now + timedelta(seconds=20)
    await seed_reminder_wave(engine, now, "sms", REMINDER_PAIRS, reminders_due)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CONNECTOR_")},
        "CONNECTOR_DATABASE_URL": database_url,
        "CONNECTOR_PROCESSES": str(PROCESSES),
        "CONNECTOR_PUBLIC_URL": PUBLIC_URL,
        "CONNECTOR_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "CONNECTOR_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "CONNECTOR_TWILIO_FROM": FROM,
        "CONNECTOR_TWILIO_API_BASE": twilio_url,
        "CONNECTOR_SMS_SEGMENTS_PER_SECOND": str(CONFIGURED_RATE),
        "CONNECTOR_SMS_UNCERTAIN_RETRY_SECONDS": "0",
        "CONNECTOR_TELEGRAM_TOKEN": TOKEN,
        "CONNECTOR_TELEGRAM_BASE_URL": telegram_url,
        "CONNECTOR_OUTBOX_LEASE_SECONDS": "5",
        "CONNECTOR_OUTBOX_BATCH": "10",
        "CONNECTOR_OUTBOX_POLL_SECONDS": "1",
        "CONNECTOR_FOLLOW_UP_SCAN_SECONDS": "2",
    }
    ports = [free_port() for _ in range(PROCESSES)]
    processes = [start_process(i, port, env, tmp_path) for i, port in enumerate(ports)]
    picker = random.Random(17)
    retried = {(i, step) for i in range(PEOPLE) for step in range(5) if picker.random() < 0.1}
    try:
        async with aiohttp.ClientSession() as http:
            await until_up(http, ports, processes)
            poster = Poster(http, ports, seed=5, replies=twilio)
            everyone = asyncio.gather(*(poster.person(i, retried) for i in range(PEOPLE)))
            async with poster.progress:  # one process is killed 40% of the way in
                await poster.progress.wait_for(lambda: poster.posted >= PEOPLE * 5 * 2 // 5)
            processes[0].send_signal(signal.SIGKILL)
            killed_at = poster.posted
            await everyone
            counts = await settled(engine, reminders_due)
        for process in processes[1:]:
            assert process.poll() is None, "a surviving process stopped"
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        await twilio.stop()
        await telegram.stop()
        if sys.exc_info()[0] is not None:
            await engine.dispose()
    assert 0 < killed_at < PEOPLE * 5
    assert counts["inbound"] == PEOPLE * 5

    # Each person's replies: the same for everyone who wrote in the same language (with their
    # own name), so none was handled twice, skipped, or out of order (a name read as the
    # answer to the role question, or "1" before "Bonjour", would change what came back).
    replies: dict[Language, list[list[str]]] = defaultdict(list)
    for index in range(PEOPLE):
        number, name, _ = script(index)
        got = [body.replace(name, "<name>").replace(name.split()[0], "<first>")
               for body in twilio.bodies(number)]  # fmt: skip
        replies["fr" if index % 2 else "en"].append(got)
    for language, sequences in replies.items():
        assert len(sequences[0]) == 5, (language, sequences[0])
        # The name was read as one: the profession is asked next.
        asked = Catalogue().render("registration-ask-profession", {}, Rendering(
            language=language, timezone="America/Toronto", channel="sms"))  # fmt: skip
        assert sequences[0][-1] == asked
        odd = [i for i, got in enumerate(sequences) if got != sequences[0]]
        assert odd == [], f"{language}, {len(odd)} people differ:\n" + differ(
            sequences[0], sequences[odd[0]]
        )

    async with engine.connect() as conn:
        # Every reminder went out once: each seeded person got one message, and only one.
        seeded = (await conn.execute(
            sa.select(channel_addresses.c.value).where(channel_addresses.c.value.like("+1613%"))
        )).scalars().all()  # fmt: skip
        assert len(seeded) == 2 * REMINDER_PAIRS
        assert Counter(len(twilio.bodies(number)) for number in seeded) == {1: len(seeded)}
        # The people are registering in the language they picked.
        rows = (await conn.execute(
            sa.select(channel_addresses.c.value, participants.c.language)
            .join(participants, participants.c.id == channel_addresses.c.participant_id)
            .where(channel_addresses.c.value.like("+1902555%"))
        )).all()  # fmt: skip
        assert {r.value: r.language for r in rows} == {
            script(i)[0]: "fr" if i % 2 else "en" for i in range(PEOPLE)
        }
        # Nothing left claimed, nothing sent twice at the provider.
        claimed = await conn.scalar(
            sa.select(sa.func.count())
            .select_from(outbox)
            .where(sa.or_(outbox.c.status == "sending", outbox.c.claimed_until.is_not(None)))
        )
        assert claimed == 0
        assert (
            await conn.scalar(
                sa.select(sa.func.count())
                .select_from(scheduled)
                .where(scheduled.c.status == "claimed")
            )
            == 0
        )
        sent = await conn.scalar(
            sa.select(sa.func.count())
            .select_from(outbox)
            .where(outbox.c.status == "sent", outbox.c.created_at >= now)
        )
    await engine.dispose()
    assert len(twilio.messages) == sent
    assert twilio.refused == 0
    # Telegram's menus and webhook: published by one process, not three.
    methods = Counter(method for method, _ in telegram.calls)
    assert methods["setWebhook"] == 1
    assert methods["setMyCommands"] == 2  # the default menu in English and in French
