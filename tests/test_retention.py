"""Retention: after CONNECTOR_RETENTION_DAYS, message bodies and typed text are cleared."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from bot.clock import ManualClock
from bot.config import ConfigError, load_settings
from handlers.core.values import Address, Reply
from storage import retention
from storage.db import create_engine, migrate
from storage.outbox import OutboxStore
from storage.participants import SqlStore
from storage.retention import Retention
from storage.tables import (
    audit_log,
    checkin_answers,
    meeting_feedback,
    meetings,
    mentorship_evaluations,
    mentorships,
    outbox,
    programme_members,
)
from tests.conftest import START, Transcript, choice_number, register
from tests.test_erasure import every_stored_value
from tests.test_meetings import book, offer

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

PLACE = "Cafe Zephyrine, 12 Quux Street"
NOTE = "Hoping to talk about bridges"
COMMENT = "Generous with contacts"
REASON = "My bicycle broke down"
ABANDONED = "Cleopatra Abandonna"


async def outbox_rows(chat: Transcript) -> dict[int, tuple[str, str]]:
    """Every outbox row's status and payload, by id."""
    async with chat.simulator.app.engine.connect() as conn:
        rows = await conn.execute(sa.select(outbox.c.id, outbox.c.status, outbox.c.payload))
        return {row.id: (row.status, row.payload) for row in rows}


async def test_typed_text_and_message_bodies_go_after_the_retention_period(
    chat: Transcript, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert chat.simulator.settings.retention_days == 90
    monkeypatch.setattr(retention, "BATCH", 3)  # many small transactions, as on a big database
    await register(chat, "ben", connector=True)
    await offer(chat, "ben", 3, "14:00", how="in person", extra=PLACE)  # Thursday Dec 3
    await offer(chat, "ben", 5, "10:00")  # Saturday Dec 5, by phone
    await register(chat, "amina")
    await book(chat, "amina", note=NOTE)
    await chat.press("ben", 1)  # accept
    await book(chat, "amina")
    await chat.press("ben", 1)
    chat.persona("cleo", "sms")  # starts registering, gives her name, and never comes back
    for text in ("hi", "1", "yes", "1", ABANDONED):
        await chat.say("cleo", text)

    await chat.line(":clock 2026-12-03T15:00")
    await chat.press("amina", 1)  # yes, we met
    await chat.say("amina", f"5 {COMMENT}")  # by SMS the comment comes with the rating
    menu = (await chat.say("amina", "menu"))[-1]
    await chat.press("amina", choice_number(menu, "My meetings"))
    details = await chat.press("amina", 1)  # Saturday's
    await chat.press("amina", choice_number(details[0], "Cancel"))
    await chat.say("amina", REASON)
    before = await outbox_rows(chat)
    typed = (PLACE, NOTE, COMMENT, REASON, ABANDONED)
    stored = await every_stored_value(chat)
    assert [text for text in typed if text not in stored] == []

    await chat.line(":clock 2027-02-28T09:00")  # 89 days after it all began: still kept
    stored = await every_stored_value(chat)
    assert [text for text in typed if text not in stored] == []

    await chat.line(":clock 2027-03-20T09:00")  # over 90 days after the last of it
    stored = await every_stored_value(chat)
    assert [text for text in typed if text in stored] == []
    after = await outbox_rows(chat)
    # The rows stay, with their statuses, for the programme's numbers; only the words go.
    assert {i: status for i, (status, _) in before.items()} == {i: after[i][0] for i in before}
    assert {after[i][1] for i in before} == {""}
    async with chat.simulator.app.engine.connect() as conn:
        statuses = (await conn.execute(sa.select(meetings.c.status))).scalars().all()
        rating = (await conn.execute(sa.select(meeting_feedback.c.rating))).scalar_one()
        early = sa.select(audit_log.c.detail).where(audit_log.c.at < START + timedelta(days=5))
        audited = set((await conn.execute(early)).scalars())
    assert sorted(statuses) == ["cancelled", "held"]
    assert rating == 5
    assert audited == {""}  # "first-contact sim", "registered mentee"... went too
    # The profile of a registered person is the service itself and is kept.
    assert "Civil engineer" in stored
    # Cleo's unfinished registration is gone; writing again starts it over.
    again = await chat.say("cleo", "hello")
    assert again[0].text.startswith("Welcome to Connector!")


def test_the_retention_period_is_configured_in_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONNECTOR_RETENTION_DAYS", "30")
    assert load_settings().retention_days == 30
    monkeypatch.setenv("CONNECTOR_RETENTION_DAYS", "0")
    with pytest.raises(ConfigError, match=r"^CONNECTOR_RETENTION_DAYS: "):
        load_settings()


async def test_a_message_still_unsent_after_the_period_is_given_up_without_its_words(
    tmp_path: Path, clock: ManualClock
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    await migrate(engine)
    address = Address(channel="sms", value="+16135550188")
    async with SqlStore(engine, clock, {}).transaction() as tx:
        person = await tx.create_participant(address, language="en", timezone="UTC", role=None)
        reply = Reply(key="registration-complete", args={"name": ABANDONED})
        await tx.enqueue(person, address, [reply])
    keep = Retention(engine, clock, timedelta(days=90))
    clock.advance(timedelta(days=90))
    assert await keep.run() == 0  # exactly the period: not older than it yet
    clock.advance(timedelta(minutes=1))
    assert await keep.run() == 1
    async with engine.connect() as conn:
        row = (await conn.execute(sa.select(outbox))).one()
    assert (row.status, row.payload, row.last_error) == ("failed", "", "expired")
    outbox_store = OutboxStore(engine, clock, timedelta(minutes=2))
    assert await outbox_store.claim_due(10, ["sms"]) == []  # nothing left to send, no crash
    await engine.dispose()


async def test_the_mentorship_programmes_typed_text_goes_too(
    database_url: str, clock: ManualClock
) -> None:
    """Evaluation comments, check-in concerns, decline reasons and referral-back reasons."""
    engine = create_engine(database_url)
    await migrate(engine)
    store = SqlStore(engine, clock, {})
    people = []
    async with store.transaction() as tx:
        for n in range(2):
            address = Address(channel="sms", value=f"+1613555019{n}")
            created = await tx.create_participant(
                address, language="fr", timezone="UTC", role=None
            )
            people.append(created.id)
    mentee, mentor = people
    now = clock.now()
    async with engine.begin() as conn:
        pair = (await conn.execute(sa.insert(mentorships).values(
            programme="career", mentee_id=mentee, mentor_id=mentor, status="closed",
            target_minutes=1440, proposed_at=now, updated_at=now,
            decline_reason="Je préfère une mentore",
        ).returning(mentorships.c.id))).scalar_one()  # fmt: skip
        await conn.execute(sa.insert(mentorship_evaluations).values(
            mentorship_id=pair, participant_id=mentee, side="mentee", rating=5,
            recommend=True, comment="Marie-Hélène m'a ouvert son carnet d'adresses",
            created_at=now,
        ))  # fmt: skip
        await conn.execute(sa.insert(checkin_answers).values(
            mentorship_id=pair, participant_id=mentee, month=1, satisfaction=2,
            concern="Mon mentor annule souvent", answered_at=now,
        ))  # fmt: skip
        await conn.execute(sa.insert(programme_members).values(
            participant_id=mentee, programme="career", role="mentee", status="ineligible",
            reason="CLB 4 : revenez après le cours", created_at=now, updated_at=now,
        ))  # fmt: skip
    keep = Retention(engine, clock, timedelta(days=90))
    clock.advance(timedelta(days=90))
    assert await keep.run() == 0  # exactly the period: not older than it yet
    clock.advance(timedelta(minutes=1))
    assert await keep.run() == 4
    async with engine.connect() as conn:
        assert (await conn.execute(
            sa.select(mentorships.c.decline_reason, mentorships.c.status)
        )).one() == (None, "closed")  # fmt: skip
        assert (await conn.execute(
            sa.select(mentorship_evaluations.c.comment, mentorship_evaluations.c.rating)
        )).one() == (None, 5)  # fmt: skip
        assert (await conn.execute(
            sa.select(checkin_answers.c.concern, checkin_answers.c.satisfaction)
        )).one() == ("", 2)  # fmt: skip
        assert (await conn.execute(
            sa.select(programme_members.c.reason, programme_members.c.status)
        )).one() == ("", "ineligible")  # fmt: skip
    assert await keep.run() == 0  # nothing left to clear
    await engine.dispose()


async def test_every_purge_finds_its_rows_through_an_index(tmp_path: Path) -> None:
    """A purge costs what it clears: each kind of text is found through its (partial) index."""
    path = tmp_path / "plans.db"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await migrate(engine)
    await engine.dispose()
    db = sqlite3.connect(path)
    try:
        # Indexes of just the rows holding text; abandoned dialogues go whole, by age.
        holding = {name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE%'"
        )} | {"ix_dialogue_states_updated_at"}  # fmt: skip
        for purge in retention.purges(START):
            (key,) = purge.table.primary_key.columns
            batch = sa.select(key).where(purge.old).limit(retention.BATCH)
            sql = str(
                batch.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            plan = " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}"))
            used = re.search(r"USING (?:COVERING )?INDEX (\w+)", plan)
            assert used is not None, f"{purge.table.name}: {plan}"
            assert used.group(1) in holding, f"{purge.table.name}: {plan}"
    finally:
        db.close()
