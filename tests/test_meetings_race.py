"""Many people at once: exactly one newcomer gets a slot, and the rows stay consistent."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.app import App, open_app
from bot.channels.simulator import SimulatorChannel
from bot.clock import ManualClock
from bot.config import Settings
from handlers.core.ports import ProfileUpdate
from handlers.core.values import Address, Inbound, Role
from handlers.meetings.ports import meeting_store
from handlers.meetings.values import ConnectorPrefs, NewSlot, Slot
from storage.tables import meetings, slots
from tests.conftest import Recorder

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

RACERS = 50


async def person(app: App, name: str, role: Role) -> int:
    """A registered participant reachable in the simulator."""
    async with app.store.transaction() as tx:
        created = await tx.create_participant(
            Address(channel="sim", value=name),
            language="en",
            timezone="America/Toronto",
            role=role,
        )
        update = ProfileUpdate(status="active", name=name.capitalize(), sector="2", city="Ottawa",
                               languages_spoken=("English",), profession="Engineer")  # fmt: skip
        await tx.update_participant(created.id, update)
        return created.id


async def offered(app: App, clock: ManualClock, connector: int, hours: int) -> Slot:
    """A slot ``hours`` from now."""
    starts = clock.now() + timedelta(hours=hours)
    async with app.store.transaction() as tx:
        new = NewSlot(starts_at=starts, ends_at=starts + timedelta(minutes=30), format="phone")
        return (await meeting_store(tx).add_slots(connector, [new]))[0]


def said(clock: ManualClock, name: str, choice: str) -> Inbound:
    """``name`` picks ``choice``."""
    return Inbound(
        address=Address(channel="sim", value=name),
        external_id=uuid.uuid4().hex,
        received_at=clock.now(),
        choice=choice,
    )


async def consistent(app: App, slot_id: int) -> tuple[int, str]:
    """The slot's live meetings and its status; a live meeting means the slot is taken."""
    async with app.engine.connect() as conn:
        live = (
            await conn.execute(
                sa.select(sa.func.count()).where(
                    meetings.c.slot_id == slot_id,
                    meetings.c.status.in_(("requested", "confirmed")),
                )
            )
        ).scalar_one()
        status = (
            await conn.execute(sa.select(slots.c.status).where(slots.c.id == slot_id))
        ).scalar_one()
    assert (live, status) in ((0, "open"), (1, "taken"))
    return int(live), str(status)


async def test_fifty_newcomers_racing_for_one_slot_make_one_request(
    settings: Settings, clock: ManualClock
) -> None:
    recorder = Recorder()
    channel = SimulatorChannel(clock, recorder.delivered)
    async with open_app(settings, clock, {"sim": channel}) as app:
        connector = await person(app, "ben", "connector")
        slot = await offered(app, clock, connector, 24)
        names = [f"m{n}" for n in range(RACERS)]
        for name in names:
            await person(app, name, "mentee")
            await app.receive(said(clock, name, f"book:{slot.id}"))  # now at the note question
        await app.sender.drain()
        recorder.messages.clear()
        outcomes = await asyncio.gather(*(app.receive(said(clock, n, "note:none")) for n in names))
        await app.sender.drain()
        assert len(outcomes) == RACERS
        assert await consistent(app, slot.id) == (1, "taken")
    to_racers = [m for m in recorder.messages if m.to != "ben"]
    won = [m for m in to_racers if m.text.startswith("Your request (")]
    lost = [m for m in to_racers if m.text.startswith("Sorry, someone just took that time.")]
    assert (len(won), len(lost)) == (1, RACERS - 1)
    requests = [m for m in recorder.messages if m.to == "ben"]
    assert len(requests) == 1
    assert requests[0].text.startswith(f"{won[0].to.capitalize()} (Engineer) asks to meet you")


async def test_a_cancel_racing_a_request_leaves_consistent_rows(
    settings: Settings, clock: ManualClock
) -> None:
    recorder = Recorder()
    channel = SimulatorChannel(clock, recorder.delivered)
    async with open_app(settings, clock, {"sim": channel}) as app:
        connector = await person(app, "ben", "connector")
        await person(app, "ana", "mentee")
        await person(app, "bo", "mentee")
        for round_ in range(6):
            slot = await offered(app, clock, connector, 24 + round_)
            async with app.store.transaction() as tx:
                ana = await tx.participant_by_address(Address(channel="sim", value="ana"))
                assert ana is not None
                assert await meeting_store(tx).claim_slot(slot.id)
                held = await meeting_store(tx).create_meeting(slot, ana.id, None, "confirmed")
            await app.receive(said(clock, "ana", f"cancel:{held.id}"))
            await app.receive(said(clock, "bo", f"book:{slot.id}"))
            # The cancellation and the request reach the bot at the same moment.
            await asyncio.gather(
                app.receive(said(clock, "ana", "reason:none")),
                app.receive(said(clock, "bo", "note:none")),
            )
            await app.sender.drain()
            live, _ = await consistent(app, slot.id)
            async with app.engine.connect() as conn:
                statuses = set(
                    (
                        await conn.execute(
                            sa.select(meetings.c.status).where(meetings.c.slot_id == slot.id)
                        )
                    ).scalars()
                )
            assert "confirmed" not in statuses  # ana's meeting is cancelled either way
            assert live == (1 if "requested" in statuses else 0)
            # Decline bo's request, if bo won, so every round starts the same way.
            async with app.engine.begin() as conn:
                await conn.execute(
                    sa.update(meetings)
                    .where(meetings.c.slot_id == slot.id, meetings.c.status == "requested")
                    .values(status="declined")
                )


async def test_two_moves_racing_to_one_time_leave_one_meeting_there(
    settings: Settings, clock: ManualClock
) -> None:
    recorder = Recorder()
    channel = SimulatorChannel(clock, recorder.delivered)
    async with open_app(settings, clock, {"sim": channel}) as app:
        ana = await person(app, "ana", "mentee")
        held = []
        for name, hours in (("ben", 24), ("cy", 26)):
            connector = await person(app, name, "connector")
            first = await offered(app, clock, connector, hours)
            later = await offered(app, clock, connector, 48)  # both at the same time
            async with app.store.transaction() as tx:
                store = meeting_store(tx)
                await store.set_prefs(connector, ConnectorPrefs(auto_accept=True))
                assert await store.claim_slot(first.id)
                meeting = await store.create_meeting(first, ana, None, "confirmed")
            held.append((meeting.id, later.id))
        await asyncio.gather(
            *(app.receive(said(clock, "ana", f"moveto:{m}:{s}")) for m, s in held)
        )
        await app.sender.drain()
        at = clock.now() + timedelta(hours=48)
        async with app.engine.connect() as conn:
            there = (
                await conn.execute(
                    sa.select(sa.func.count()).where(
                        meetings.c.mentee_id == ana,
                        meetings.c.starts_at == at,
                        meetings.c.status.in_(("requested", "confirmed")),
                    )
                )
            ).scalar_one()
    assert there == 1
    told = [m.text for m in recorder.messages if m.to == "ana"]
    assert any(text.startswith("You already have a meeting on") for text in told)
