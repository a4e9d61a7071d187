"""Refusing consent erases what the person typed, from every table."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.clock import ManualClock
from handlers.core.values import Address, Reply
from storage.db import create_engine, migrate
from storage.outbox import OutboxStore
from storage.participants import SqlStore
from storage.tables import metadata, outbox
from tests.conftest import Transcript, texts

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

TYPED = ("Zoltan Quibblesworth", "Glassblower of oddities", "Puddingham")


async def every_stored_value(chat: Transcript) -> str:
    """Every value of every row of every table, as one text."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = [
            repr(tuple(row))
            for table in metadata.sorted_tables
            for row in (await conn.execute(sa.select(table))).all()
        ]
    return "\n".join(rows)


async def test_refusing_consent_after_typing_a_profile_leaves_no_trace_of_it(
    chat: Transcript,
) -> None:
    chat.persona("zed", "sms")
    await chat.say("zed", "hello")
    await chat.say("zed", "1")  # English
    await chat.say("zed", "yes")  # consent, for now
    await chat.say("zed", "1")  # newcomer
    for text in TYPED[:2]:
        await chat.say("zed", text)
    await chat.say("zed", "3")  # sector
    await chat.say("zed", TYPED[2])
    await chat.say("zed", "1")  # English
    summary = await chat.say("zed", "1")  # the programme's time zone
    assert all(text in summary[0].text for text in TYPED)
    stored = await every_stored_value(chat)
    assert all(text in stored for text in TYPED)

    # Back to the consent question, keeping the answers on the way, then no after all.
    question = summary
    for _ in range(12):
        if "OK to store this and contact you?" in texts(question):
            break
        question = await chat.say("zed", "back")
    assert "OK to store this and contact you?" in texts(question)
    refused = await chat.say("zed", "no")
    assert refused[0].text.startswith("Understood. We have not kept any of your information.")

    stored = await every_stored_value(chat)
    for text in TYPED:
        assert text not in stored
    async with chat.simulator.app.engine.connect() as conn:
        statuses = (await conn.execute(sa.select(outbox.c.status))).scalars().all()
    assert len(statuses) > 10  # the messages are still counted, only their words are gone
    assert set(statuses) == {"sent"}
    again = await chat.say("zed", "hi again")
    assert "Bienvenue" in again[0].text  # and the person can still start over


async def test_messages_still_queued_to_someone_who_refuses_are_cancelled(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'queued.db'}")
    await migrate(engine)
    address = Address(channel="sms", value="+16135550177")
    store = SqlStore(engine, clock, {})
    async with store.transaction() as tx:
        person = await tx.create_participant(address, language="en", timezone="UTC", role=None)
        await tx.enqueue(
            person, address, [Reply(key="registration-summary", args={"name": "Zed"})]
        )
    async with store.transaction() as tx:
        await tx.erase_profile(person.id)
    async with engine.connect() as conn:
        row = (await conn.execute(sa.select(outbox))).one()
    assert (row.status, row.payload, row.last_error) == ("failed", "", "erased")
    sender_view = OutboxStore(engine, clock, timedelta(minutes=2))
    assert await sender_view.claim_due(10, ["sms"]) == []  # nothing to send, and no crash
    await engine.dispose()
