"""Bulk seeding for benchmarks: many registered people, open times and reminders, fast.

Rows go in with a handful of multi-row inserts per table (10,000 rows a statement), never
through the dialogue, so 100,000 participants take seconds. The people look like people who
registered: active, consented, with a role, an address, a profession and languages, so search
and the menus treat them as they would anyone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.core.parsing import search_key
from storage.tables import (
    audit_log,
    channel_addresses,
    connector_prefs,
    meetings,
    outbox,
    participant_roles,
    participants,
    scheduled,
    slots,
)

CHUNK = 10_000
PROFESSIONS = (
    "Civil engineer",
    "Nurse",
    "Accountant",
    "Software developer",
    "Teacher",
    "Electrician",
    "Pharmacist",
    "Graphic designer",
)
CITIES = ("Ottawa", "Toronto", "Montreal", "Gatineau", "Kingston")
LANGUAGES = (["en"], ["en", "fr"], ["fr"], ["en", "es"])
SLOTS_EACH = 3


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


async def seed_people(
    engine: AsyncEngine,
    now: datetime,
    count: int,
    *,
    connector_every: int = 2,
    channel: str = "sim",
    prefix: str = "p",
    quiet_days: int = 30,
) -> list[int]:
    """Add ``count`` active participants (every ``connector_every``-th a connector with three
    open times in the next four weeks, none when 0); return the newcomers' ids.

    Addresses are ``{prefix}{id}`` on the simulator, Telegram chats from 10,000,000 and SMS
    numbers +1 613 7xx xxxx.
    """
    async with engine.begin() as conn:
        first = int((await conn.execute(sa.select(sa.func.max(participants.c.id)))).scalar() or 0)
        first_address = int(
            (await conn.execute(sa.select(sa.func.max(channel_addresses.c.id)))).scalar() or 0
        )
        people: list[dict[str, Any]] = []
        roles: list[dict[str, Any]] = []
        addresses: list[dict[str, Any]] = []
        prefs: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        times: list[dict[str, Any]] = []
        for i in range(count):
            pid = first + 1 + i
            role = "connector" if connector_every and i % connector_every == 0 else "mentee"
            # Spread by pair, so connectors and newcomers alike cover every field and city.
            j = i // connector_every if connector_every else i
            profession = PROFESSIONS[j % len(PROFESSIONS)]
            city = CITIES[j % len(CITIES)]
            people.append(
                {
                    "id": pid,
                    "role": role,
                    "language": "fr" if i % 3 == 0 else "en",
                    "timezone": "America/Toronto",
                    "status": "active",
                    "name": f"Person{pid}",
                    "profession": profession,
                    "sector": str(j % 10),
                    "city": city,
                    "languages_spoken": LANGUAGES[j % len(LANGUAGES)],
                    "consent_at": now,
                    "created_at": now - timedelta(days=30),
                    "updated_at": now,
                    # Spread over the last ``quiet_days`` days (the stalled scan finds some).
                    "last_active_at": now - timedelta(days=i % quiet_days),
                    "requests_paused": False,
                    "profession_key": search_key(profession),
                    "city_key": search_key(city),
                }
            )
            roles.append({"participant_id": pid, "role": role, "granted_at": now})
            addresses.append(
                {
                    "id": first_address + 1 + i,
                    "participant_id": pid,
                    "channel": channel,
                    "value": _address(channel, prefix, pid),
                    "status": "ok",
                    "created_at": now,
                }
            )
            # What registering left behind: the welcome sent, the registration audited.
            history.append(
                {
                    "participant_id": pid,
                    "address_id": first_address + 1 + i,
                    "channel": channel,
                    "payload": '{"key": "booking-paused"}',
                    "language": "en",
                    "timezone": "America/Toronto",
                    "status": "sent",
                    "attempts": 1,
                    "next_attempt_at": now - timedelta(days=30),
                    "created_at": now - timedelta(days=30),
                    "sent_at": now - timedelta(days=30),
                }
            )
            audits.append({"participant_id": pid, "action": "registered", "at": now})
            if role == "connector":
                prefs.append({"participant_id": pid, "paused": False, "auto_accept": False})
                for n in range(SLOTS_EACH):
                    starts = now + timedelta(days=1 + (i + 9 * n) % 28, hours=n)
                    times.append(
                        {
                            "connector_id": pid,
                            "starts_at": starts,
                            "ends_at": starts + timedelta(minutes=30),
                            "format": "video" if n % 2 == 0 else "in_person",
                            "status": "open",
                            "created_at": now,
                        }
                    )
        for table, rows in (
            (participants, people),
            (participant_roles, roles),
            (channel_addresses, addresses),
            (connector_prefs, prefs),
            (slots, times),
            (outbox, history),
            (audit_log, audits),
        ):
            for chunk in _chunks(rows):
                await conn.execute(sa.insert(table), list(chunk))
        if conn.dialect.name == "postgresql":
            # The ids above were given, not drawn: move the sequences past them, or the bot's
            # own next registration (a bench with the bot running) would collide.
            for table in (participants, channel_addresses):
                await conn.execute(
                    sa.select(
                        sa.func.setval(
                            sa.func.pg_get_serial_sequence(table.name, "id"),
                            sa.select(sa.func.max(table.c.id)).scalar_subquery(),
                        )
                    )
                )
    return [row["id"] for row in people if row["role"] == "mentee"]


async def seed_reminders(engine: AsyncEngine, due_from: datetime, count: int) -> None:
    """Add ``count`` pending reminders due one a second from ``due_from`` (none about anyone)."""
    async with engine.begin() as conn:
        first = int((await conn.execute(sa.select(sa.func.max(scheduled.c.id)))).scalar() or 0)
        for start in range(0, count, CHUNK):
            rows = [
                {
                    "kind": "reminder_24h",
                    "key": f"bench:{first + n}",
                    "due_at": due_from + timedelta(seconds=n),
                    "status": "pending",
                }
                for n in range(start, min(count, start + CHUNK))
            ]
            await conn.execute(sa.insert(scheduled), rows)


async def seed_wave(engine: AsyncEngine, now: datetime, channel: str, count: int) -> None:
    """Queue one message, due ``now``, to each of ``count`` new people reached on ``channel``."""
    first = await seed_people(engine, now, count, connector_every=0, channel=channel, quiet_days=1)
    async with engine.begin() as conn:
        rows = (
            await conn.execute(
                sa.select(channel_addresses.c.id, channel_addresses.c.participant_id).where(
                    channel_addresses.c.participant_id.between(first[0], first[-1])
                )
            )
        ).all()
        queued = [
            {
                "participant_id": participant_id,
                "address_id": address_id,
                "channel": channel,
                "payload": '{"key": "booking-paused"}',
                "language": "en",
                "timezone": "America/Toronto",
                "status": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            }
            for address_id, participant_id in rows
        ]
        for chunk in _chunks(queued):
            await conn.execute(sa.insert(outbox), list(chunk))


async def seed_reminder_wave(
    engine: AsyncEngine, now: datetime, channel: str, pairs: int, due_at: datetime
) -> None:
    """Add ``pairs`` confirmed meetings on ``channel``, each with its day-before reminder
    falling due at ``due_at`` (a reminder wave: both sides of every meeting are written to).
    """
    first = await seed_people(
        engine, now, 2 * pairs, connector_every=2, channel=channel, quiet_days=1
    )
    starts = due_at + timedelta(hours=24)
    async with engine.begin() as conn:
        taken = (
            await conn.execute(
                sa.select(slots.c.id, slots.c.connector_id)
                .where(slots.c.connector_id.between(first[0] - 1, first[-1]))
                .order_by(slots.c.id)
            )
        ).all()
        one_each = {connector: slot for slot, connector in reversed(taken)}
        await conn.execute(
            sa.update(slots)
            .where(slots.c.id.in_(list(one_each.values())))
            .values(status="taken", starts_at=starts, ends_at=starts + timedelta(minutes=30))
        )
        await conn.execute(
            sa.insert(meetings),
            [
                {
                    "slot_id": slot,
                    "connector_id": connector,
                    "mentee_id": connector + 1,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=30),
                    "status": "confirmed",
                    "created_at": now,
                    "updated_at": now,
                }
                for connector, slot in one_each.items()
            ],
        )
        booked = (
            await conn.execute(
                sa.select(meetings.c.id).where(meetings.c.slot_id.in_(list(one_each.values())))
            )
        ).scalars()
        await conn.execute(
            sa.insert(scheduled),
            [
                {
                    "kind": "reminder_24h",
                    "key": f"wave:{meeting_id}",
                    "subject_kind": "meeting",
                    "subject_id": meeting_id,
                    "due_at": due_at,
                    "status": "pending",
                }
                for meeting_id in booked
            ],
        )


def _address(channel: str, prefix: str, participant_id: int) -> str:
    if channel == "telegram":
        return str(10_000_000 + participant_id)
    if channel == "sms":
        return f"+16137{participant_id % 1_000_000:06d}"
    return f"{prefix}{participant_id}"


async def seed_roles(
    engine: AsyncEngine, now: datetime, participant_ids: Sequence[int], role: str
) -> None:
    """Grant ``role`` (a coordinator, a pool of mentors) to seeded people."""
    async with engine.begin() as conn:
        rows = [
            {"participant_id": pid, "role": role, "granted_at": now} for pid in participant_ids
        ]
        for chunk in _chunks(rows):
            await conn.execute(sa.insert(participant_roles), list(chunk))


async def seed_held_meetings(
    engine: AsyncEngine, now: datetime, pairs: Sequence[tuple[int, int]]
) -> list[int]:
    """A meeting held yesterday for each (connector, newcomer) pair, on one of the connector's
    seeded times; return the meetings' ids (in the order of ``pairs``)."""
    held: list[int] = []
    starts = now - timedelta(days=1)
    async with engine.begin() as conn:
        for connector, newcomer in pairs:
            slot = (
                await conn.execute(
                    sa.select(slots.c.id)
                    .where(slots.c.connector_id == connector, slots.c.status == "open")
                    .order_by(slots.c.id.desc())
                    .limit(1)
                )
            ).scalar_one()
            await conn.execute(
                sa.update(slots)
                .where(slots.c.id == slot)
                .values(status="taken", starts_at=starts, ends_at=starts + timedelta(minutes=30))
            )
            result = await conn.execute(
                sa.insert(meetings).values(
                    slot_id=slot,
                    connector_id=connector,
                    mentee_id=newcomer,
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=30),
                    status="held",
                    created_at=now - timedelta(days=3),
                    updated_at=now,
                )
            )
            assert result.inserted_primary_key is not None
            held.append(int(result.inserted_primary_key[0]))
    return held
