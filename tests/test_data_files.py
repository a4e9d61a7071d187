"""The database file itself: no personal data in error logs, private file modes."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.clock import ManualClock
from handlers.values import Address
from storage.db import create_engine, migrate
from storage.participants import SqlStore

PHONE = "+16135550123"


async def test_a_database_error_logs_no_phone_number(
    tmp_path: Path, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'errors.db'}")
    await migrate(engine)
    store = SqlStore(engine, clock)
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
        async with SqlStore(engine, clock).transaction() as tx:
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
