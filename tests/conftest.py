"""Shared fixtures: a settings object on a fresh SQLite file, a movable clock, a transcript."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
from collections.abc import AsyncIterator, Awaitable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.channels.simulator import SimMessage, TranscriptPrinter
from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from handlers.core.values import Address

START = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


class Recorder(TranscriptPrinter):
    """Keeps every delivered message instead of printing it."""

    def __init__(self) -> None:
        super().__init__(jsonl=True)
        self.messages: list[SimMessage] = []

    def delivered(self, message: SimMessage) -> None:
        """Keep the message."""
        self.messages.append(message)


class Transcript:
    """A conversation with the bot through the simulator, read like a chat."""

    def __init__(self, simulator: Simulator, recorder: Recorder) -> None:
        self.simulator = simulator
        self.recorder = recorder

    def persona(self, name: str, style: str = "sms") -> None:
        """Declare a persona and its rendering."""
        self.simulator.channel.persona(name, style)  # type: ignore[arg-type]

    async def _new(self, action: Awaitable[object]) -> list[SimMessage]:
        before = len(self.recorder.messages)
        await action
        return self.recorder.messages[before:]

    async def say(self, name: str, text: str, external_id: str | None = None) -> list[SimMessage]:
        """``name`` sends ``text``; return what the bot sent back."""
        return await self._new(self.simulator.say(name, text, external_id=external_id))

    async def press(self, name: str, number: int) -> list[SimMessage]:
        """``name`` presses choice ``number`` of its last menu; return the replies."""
        return await self._new(self.simulator.press(name, number))

    async def pick(self, name: str, choice_id: str) -> list[SimMessage]:
        """``name`` picks a choice of its last menu by its stable id; return the replies.

        The persona does what its channel allows: an SMS persona types the choice's number, a
        Telegram persona taps its button. So one transcript reads the same in both renderings.
        A ``choice_id`` ending in ``:`` (``"accept:"``) picks the first choice of that kind,
        for ids that carry a database key.
        """
        ids = [choice.id for choice in self.simulator.channel.last_choices(name)]
        for number, candidate in enumerate(ids, start=1):
            if candidate == choice_id or (
                choice_id.endswith(":") and candidate.startswith(choice_id)
            ):
                return await self.press(name, number)
        if "menu:more" in ids and choice_id.startswith(("menu:", "global:", "coord:")):
            # By SMS the main menu keeps its last entries under More, as a person finds them.
            await self.press(name, ids.index("menu:more") + 1)
            return await self.pick(name, choice_id)
        raise AssertionError(f"{name} has no choice {choice_id!r} in {ids}")

    async def to_name_question(self, name: str) -> list[SimMessage]:
        """As ``name`` (an SMS persona), answer English, consent and newcomer; return the replies.

        The last reply is the question that asks for the person's name.
        """
        self.persona(name, "sms")
        for text in ("hi", "1", "yes"):
            await self.say(name, text)
        return await self.say(name, "1")

    async def line(self, line: str) -> list[SimMessage]:
        """Run one simulator script line; return the replies."""
        return await self._new(self.simulator.execute(line, declared_only=False))


@pytest.fixture(autouse=True)
def _log_handlers_restored() -> Iterator[None]:
    """A test that runs the command line (which sets up the log) leaves no handler behind
    writing to its captured, soon closed, standard error."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture(params=["sms", "telegram"])
def style(request: pytest.FixtureRequest) -> str:
    """How the personas of a transcript see the bot: a test taking it runs once per rendering."""
    return str(request.param)


@pytest.fixture
def clock() -> ManualClock:
    """A clock at a fixed moment that tests move by hand."""
    return ManualClock(START)


POSTGRES = os.environ.get("CONNECTOR_TEST_DB", "sqlite") == "postgresql"
# Which tests run where. Every test runs on SQLite, the default engine. The PostgreSQL pass
# runs the tests marked ``postgresql``: storage behaviour (the stores, the outbox, jobs and
# their claims, migrations, several processes, purges, searches and numbers) and whole
# journeys through every feature's storage. The other transcripts call the same store methods
# with other words; running them twice cost half the suite's time and found nothing the marked
# tests do not. ``pytest -m postgresql`` lists them.
BOTH_ENGINES = "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, keep the tests marked to run on both engines."""
    if not POSTGRES:
        return
    kept = [item for item in items if item.get_closest_marker(BOTH_ENGINES)]
    dropped = [item for item in items if not item.get_closest_marker(BOTH_ENGINES)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    items[:] = kept


@pytest.fixture(scope="session")
def postgres() -> Iterator[object | None]:
    """The throwaway PostgreSQL server when the run is on PostgreSQL (None on SQLite)."""
    if not POSTGRES:
        yield None
        return
    from storage.db import create_engine, migrate
    from tests.postgres import TEMPLATE, PostgresUnavailable, start

    try:
        server = start()
    except PostgresUnavailable as why:
        # Loud, never a silent skip: the run asked for PostgreSQL and cannot have it.
        pytest.exit(f"CONNECTOR_TEST_DB=postgresql but no server could start: {why}", 3)

    async def template() -> None:
        engine = create_engine(await server.create(TEMPLATE))
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    try:
        asyncio.run(template())
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per test process, copied for each test.

    Migrating from empty costs a third of a second (every migration script loaded and run);
    copying the result costs a millisecond. The migrations themselves are tested from empty
    and from each revision in tests/test_upgrade.py.
    """
    from storage.db import create_engine, migrate

    path = tmp_path_factory.mktemp("template") / "template.db"

    async def build() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        try:
            await migrate(engine)
        finally:
            await engine.dispose()  # the last connection checkpoints the WAL into the file

    asyncio.run(build())
    return path


@pytest.fixture
def database_url(tmp_path: Path, postgres: object | None, request: pytest.FixtureRequest) -> str:
    """A fresh database for one test: a SQLite file at head, or a PostgreSQL database."""
    if postgres is None:
        target = tmp_path / "test.db"
        shutil.copy2(request.getfixturevalue("sqlite_template"), target)
        return f"sqlite+aiosqlite:///{target}"
    from tests.postgres import Server

    assert isinstance(postgres, Server)
    return asyncio.run(postgres.fresh())


@pytest.fixture
def empty_database_url(tmp_path: Path, postgres: object | None) -> str:
    """A database with no tables at all (for migration tests), on the run's engine."""
    if postgres is None:
        return f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    from tests.postgres import Server

    assert isinstance(postgres, Server)
    return asyncio.run(postgres.create(f"empty{next(postgres.counter)}"))


@pytest.fixture
def settings(database_url: str) -> Settings:
    """Settings on a fresh database (SQLite unless the run is on PostgreSQL), one coordinator."""
    return Settings(
        database_url=database_url,
        timezone="America/Toronto",
        coordinators="sim:coord",
        # Connectors take part at once here; intake approval has tests of its own
        # (test_intake.py).
        connector_approval="none",
        # The test clock stands still unless moved, so whole conversations fall in one minute;
        # the flood limits have tests of their own (test_flood.py).
        inbound_per_minute=0,
        unread_per_hour=0,
    )


@pytest.fixture
async def chat(settings: Settings, clock: ManualClock) -> AsyncIterator[Transcript]:
    """A running simulator recording every delivered message."""
    recorder = Recorder()
    async with Simulator(settings, clock, recorder) as simulator:
        yield Transcript(simulator, recorder)


def body(message: SimMessage) -> str:
    """The words of ``message`` without its choices, once their layout is checked.

    An SMS persona reads the choices as a numbered list ending the text; a Telegram persona
    gets them as buttons, so the text does not list them.
    """
    listed = "".join(f"\n{n}. {c.label}" for n, c in enumerate(message.choices, start=1))
    if message.style == "sms":
        assert message.text.endswith(listed), f"choices not listed: {message.text!r}"
        assert message.segments is not None
        assert message.segments <= 2, f"{message.segments} segments: {message.text!r}"
        return message.text.removesuffix(listed) if listed else message.text
    assert not any(f"1. {c.label}" in message.text for c in message.choices[:1]), message.text
    assert message.segments is None
    return message.text


def wording(message: SimMessage, *, sms: str, telegram: str) -> str:
    """The words ``message`` should have in the rendering its persona sees."""
    return sms if message.style == "sms" else telegram


def labels(message: SimMessage) -> list[str]:
    """What the choices of ``message`` say (numbered lines on SMS, buttons on Telegram)."""
    return [choice.label for choice in message.choices]


def calendar(message: SimMessage) -> str:
    """The calendar file that came with ``message`` (on Telegram), or "" when none did."""
    files = [a.data.decode() for a in message.attachments if a.media_type == "text/calendar"]
    assert len(files) <= 1, f"{len(files)} calendar files"
    return files[0] if files else ""


def texts(messages: list[SimMessage]) -> str:
    """All message texts joined, read plainly (see plain()), for substring checks."""
    return "\n".join(plain(m) for m in messages)


async def register(
    chat: Transcript,
    name: str,
    *,
    style: str = "sms",
    french: bool = False,
    connector: bool = False,
    profession: str = "Civil engineer",
    sector: int = 3,
    city: str = "Ottawa",
    zone: str | int = 1,
    languages: int | str = 3,
) -> list[SimMessage]:
    """Register a persona through the real dialogue; return the last replies (the menu).

    ``sector`` and a numeric ``zone`` are positions in their menus (3 is sciences and
    engineering; zone 1 is the programme's own), a text ``zone`` is typed ("Europe/Paris").
    """
    chat.persona(name, style)
    await chat.say(name, "hi")
    await chat.press(name, 2 if french else 1)
    await chat.press(name, 1)
    await chat.press(name, 2 if connector else 1)
    await chat.say(name, name.capitalize())
    await chat.say(name, profession)
    await chat.press(name, sector)
    await chat.say(name, city)
    if isinstance(languages, int):
        await chat.press(name, languages)  # 3 is "English and French"
    else:
        await chat.say(name, languages)
    if isinstance(zone, int):
        await chat.press(name, zone)
    else:
        await chat.say(name, zone)
    return await chat.press(name, 1)


async def rate(chat: Transcript, name: str, rating: int) -> list[SimMessage]:
    """``name`` rates a meeting they said they had (with no comment); return what follows.

    On Telegram the comment is asked next ("Nothing to add" is picked); by SMS it is offered
    in the rating's question itself, so nothing is asked.
    """
    replies = await chat.pick(name, f"rate:{rating}")
    if any(c.id == "comment:none" for c in chat.simulator.channel.last_choices(name)):
        replies = await chat.pick(name, "comment:none")
    return replies


def choice_number(message: SimMessage, label_start: str) -> int:
    """The number of the first choice whose label starts with ``label_start``."""
    for number, choice in enumerate(message.choices, start=1):
        if choice.label.startswith(label_start):
            return number
    raise AssertionError(f"no choice {label_start!r} in {[c.label for c in message.choices]}")


def numbered(message: SimMessage, choice_id: str) -> int:
    """The number of the choice with the stable id ``choice_id``."""
    for number, choice in enumerate(message.choices, start=1):
        if choice.id == choice_id:
            return number
    raise AssertionError(f"no choice {choice_id!r} in {[c.id for c in message.choices]}")


def sent_to(messages: list[SimMessage], name: str) -> list[SimMessage]:
    """The messages among ``messages`` that went to ``name``, in order."""
    return [message for message in messages if message.to == name]


def plain(message: SimMessage) -> str:
    """The text of ``message`` with French screen typography undone (no-break spaces, « »).

    For transcripts that check what happens rather than how it is typeset; typography itself
    is checked in tests/test_i18n.py and in the booking transcript.
    """
    text = re.sub("«\u00a0(.*?)\u00a0»", r'"\1"', message.text)
    return text.replace("\u00a0", " ")


# The PIN test coordinators give by SMS (handlers/safeguards), set for them by ``confirmed``.
TEST_PIN = "2468"
# How the PIN question starts, in English and French.
PIN_ASKED = ("Your coordinator PIN", "Entrez votre NIP de coordination")


async def confirmed(chat: Transcript, name: str, text: str) -> list[SimMessage]:
    """Coordinator ``name`` sends ``text``, a command that asks first (an erasure, a role
    change, a pause, a refusal, an export with contacts, a broadcast by SMS); gives the PIN
    where it is asked (one is set for them if they have none) and goes ahead. Returns what
    the command answered after that."""
    from handlers.safeguards.ports import pin_store

    async with chat.simulator.app.store.transaction() as tx:
        person = await tx.participant_by_address(Address(channel="sim", value=name))
        assert person is not None
        pins = pin_store(tx)
        if not await pins.has_pin(person.id):
            await pins.set_pin(person.id, TEST_PIN)
    replies = await chat.say(name, text)
    for _ in range(3):
        mine = [message for message in replies if message.to == name]
        last = mine[-1] if mine else None
        if last is not None and last.text.startswith(PIN_ASKED):
            replies = await chat.say(name, TEST_PIN)
        elif last is not None and any(choice.id == "safe:go" for choice in last.choices):
            replies = await chat.pick(name, "safe:go")
        else:
            break
    return replies


async def whole_report(chat: Transcript, name: str, text: str) -> list[SimMessage]:
    """Every message ``text`` brings, following "More" where a long answer is paged (stats by
    SMS come four messages at a time)."""
    shown = await chat.say(name, text)
    every = list(shown)
    while shown and any(c.id.startswith("more:") for c in shown[-1].choices):
        more = next(c.id for c in shown[-1].choices if c.id.startswith("more:"))
        shown = await chat.pick(name, more)
        every += shown
    return every
