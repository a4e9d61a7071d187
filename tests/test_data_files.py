"""The database file itself: no personal data in error logs, private file modes."""

from __future__ import annotations

import logging
import os
import random
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.clock import ManualClock
from handlers.core.values import Address
from storage.db import DatabaseDamaged, check_integrity, create_engine, migrate
from storage.participants import SqlStore

PHONE = "+16135550123"

# A line of the log (timestamped), as opposed to what a command says.
LOG_LINE = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+Z (DEBUG|INFO|WARNING|ERROR) ")


async def test_a_database_error_logs_no_phone_number(
    tmp_path: Path, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'errors.db'}")
    await migrate(engine)
    store = SqlStore(engine, clock, {})
    address = Address(channel="sms", value=PHONE)
    async with store.transaction() as tx:
        await tx.create_participant(address, language="en", timezone="UTC", role=None)
    # The same number twice breaks the unique constraint, with the number bound to the INSERT.
    with pytest.raises(sa.exc.IntegrityError) as raised:
        async with store.transaction() as tx:
            await tx.create_participant(address, language="en", timezone="UTC", role=None)
    logging.getLogger("connector-test").error("store failed", exc_info=raised.value)
    await engine.dispose()
    assert "UNIQUE constraint failed" in caplog.text  # the error itself is still explained
    for text in (caplog.text, str(raised.value), repr(raised.value)):
        assert "5550123" not in text


async def test_the_database_and_its_wal_files_are_private_whatever_the_umask(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = tmp_path / "data" / "private.db"
    previous = os.umask(0o022)  # a common default, which makes new files world-readable
    try:
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        await migrate(engine)
        async with SqlStore(engine, clock, {}).transaction() as tx:
            address = Address(channel="sms", value=PHONE)
            await tx.create_participant(address, language="en", timezone="UTC", role=None)
        async with engine.connect():  # keep the WAL and shared-memory files open
            modes = {
                name: stat.S_IMODE((path.parent / name).stat().st_mode)
                for name in ("private.db", "private.db-wal", "private.db-shm")
            }
        await engine.dispose()
    finally:
        os.umask(previous)
    assert modes == dict.fromkeys(modes, 0o600)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


async def test_an_existing_database_readable_by_others_is_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "shared.db"
    path.touch()
    path.chmod(0o644)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await migrate(engine)
    await engine.dispose()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(f"{path} can be read by group or others (mode 0644)" in w for w in warnings)
    assert any("chmod 600" in w for w in warnings)


async def damaged_database(path: Path, clock: ManualClock) -> None:
    """Build a real database with people in it, then write garbage over some of its pages."""
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await migrate(engine)
    async with SqlStore(engine, clock, {}).transaction() as tx:
        for n in range(300):
            address = Address(channel="sms", value=f"+1613555{n:04d}")
            await tx.create_participant(address, language="en", timezone="UTC", role=None)
    await engine.dispose()  # the last connection folds the WAL back into the file
    garbage = random.Random(12)
    with path.open("r+b") as file:
        for page in (2, 3, 5, 8, 13):
            file.seek(page * 4096)
            file.write(garbage.randbytes(4096))


async def test_a_damaged_database_stops_start_up_with_one_line_saying_what_to_do(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = tmp_path / "damaged.db"
    await damaged_database(path, clock)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CONNECTOR_")}
    environment.update(  # configured as in production; nothing is reached before the check
        CONNECTOR_DATABASE_URL=f"sqlite+aiosqlite:///{path}",
        CONNECTOR_TELEGRAM_TOKEN="123456789:AAE" + "x" * 32,
        CONNECTOR_TWILIO_ACCOUNT_SID="AC" + "0" * 32,
        CONNECTOR_TWILIO_AUTH_TOKEN="twilio-auth-token",
        CONNECTOR_TWILIO_FROM="+16135550000",
        CONNECTOR_PUBLIC_URL="https://bot.example.org",
    )
    done = subprocess.run(  # noqa: ASYNC221 - the real command line, as an operator runs it
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.strip().splitlines() if not LOG_LINE.match(line)]
    assert len(lines) == 1
    assert lines[0].startswith(f"connector-bot: the database {path} is damaged (quick_check: ")
    assert "copy your latest backup (made with 'connector-bot backup FILE')" in lines[0]


async def test_a_database_whose_schema_cannot_be_read_is_refused_the_same_way(
    tmp_path: Path, clock: ManualClock
) -> None:
    path = tmp_path / "unreadable.db"
    await damaged_database(path, clock)
    with path.open("r+b") as file:
        file.seek(100)  # keep SQLite's header, break the table of tables behind it
        file.write(random.Random(7).randbytes(3996))
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    with pytest.raises(DatabaseDamaged) as raised:
        await check_integrity(engine)
    await engine.dispose()
    assert f"the database {path} is damaged (quick_check: " in str(raised.value)
    assert "\n" not in str(raised.value)


def _migrate(
    folder: Path, database: Path, wrap: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``connector-bot migrate`` on ``database``, as an operator runs it; its one line."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CONNECTOR_")}
    environment["CONNECTOR_DATABASE_URL"] = f"sqlite:///{database}"
    return subprocess.run(
        [*(wrap or []), sys.executable, "-m", "bot", "migrate"],
        cwd=folder, env=environment, stdin=subprocess.DEVNULL, capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip


def _said(done: subprocess.CompletedProcess[str]) -> str:
    """The one line the command wrote (beside its timestamped log), after checking it stopped
    without a traceback."""
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.strip().splitlines() if not LOG_LINE.match(line)]
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_an_empty_database_file_is_said_before_it_is_used(tmp_path: Path) -> None:
    database = tmp_path / "connector.db"
    database.touch(mode=0o600)  # a deploy tool's, or a copy that went wrong
    done = _migrate(tmp_path, database)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if " WARNING " in line]
    assert len(warnings) == 1
    assert warnings[0].endswith(
        f"the SQLite file {database} was empty (0 bytes): starting a new database in it. If "
        f"you expected data, stop the bot and put your latest backup in its place"
    )


def test_a_database_on_a_read_only_file_system_is_named_not_called_damaged(
    tmp_path: Path,
) -> None:
    # A private mount namespace (as root, or mapped to root with -r): a tmpfs, then remounted
    # read-only with a database in it, as after a disk error.
    database = tmp_path / "ro" / "connector.db"
    database.parent.mkdir()
    done = _migrate(tmp_path, tmp_path / "seed.db")
    assert done.returncode == 0, done.stderr
    script = (
        f"mount -t tmpfs none {database.parent} && cp {tmp_path / 'seed.db'} {database} && "
        f'mount -o remount,ro {database.parent} && exec "$@"'
    )
    unshare = ["unshare", "-rm", "sh", "-c", script, "sh"]
    line = _said(_migrate(tmp_path, database, wrap=unshare))
    assert line == (
        f"connector-bot: CONNECTOR_DATABASE_URL: the SQLite file {database} is on a read-only "
        f"file system: the bot writes to it (and beside it, connector.db-wal); mount it "
        f"read-write, or copy it somewhere writable"
    )


def test_a_database_the_user_cannot_write_is_named_not_called_damaged(tmp_path: Path) -> None:
    database = tmp_path / "data" / "connector.db"
    done = _migrate(tmp_path, database)
    assert done.returncode == 0, done.stderr
    if os.geteuid() == 0:
        # Root writes whatever the mode; an immutable file stops even root (ext4's chattr).
        subprocess.run(["chattr", "+i", str(database)], check=True)
        try:
            line = _said(_migrate(tmp_path, database))
        finally:
            subprocess.run(["chattr", "-i", str(database)], check=True)
    else:
        database.chmod(0o400)
        line = _said(_migrate(tmp_path, database))
    assert line == (
        f"connector-bot: CONNECTOR_DATABASE_URL: the SQLite file {database} cannot be read and "
        f"written by this user (permissions): give the bot's user both (chown, or chmod 600 "
        f"as its owner)"
    )
