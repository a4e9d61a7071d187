"""The database file itself: no personal data in error logs, private file modes."""

from __future__ import annotations

import logging
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
