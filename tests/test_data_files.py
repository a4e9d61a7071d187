"""The database file itself: no personal data in error logs, private file modes."""

from __future__ import annotations

import logging
import os
import random
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
    lines = done.stderr.strip().splitlines()
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
