"""Small SQL helpers shared by the stores."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from handlers.core.jobs import PERSON_GONE, person_gone_key
from storage.tables import channel_addresses, outbox, scheduled


async def insert_ignoring_conflict(
    conn: AsyncConnection, table: sa.Table, values: dict[str, Any], keys: list[str]
) -> bool:
    """Insert a row unless one with the same ``keys`` exists; return True if inserted.

    Uses ON CONFLICT DO NOTHING rather than catching IntegrityError, because on PostgreSQL a
    failed statement aborts the whole transaction.
    """
    dialect = conn.dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    result = await conn.execute(statement)
    return result.rowcount == 1


# Advisory lock spaces (PostgreSQL's two-key form, apart from the one-key migration lock).
PERSON_LOCKS = 0x636F6E31  # one key per address: a person's messages, one process at a time
TASK_LOCKS = 0x636F6E32  # one key per named task: periodic scans, Telegram's set-up


def is_postgresql(conn: AsyncConnection) -> bool:
    """Whether ``conn`` is on PostgreSQL (several processes may share the database)."""
    return conn.dialect.name == "postgresql"


async def hold_until_commit(conn: AsyncConnection, space: int, key: str) -> None:
    """Wait until no other transaction holds ``key`` in ``space``, then hold it until commit.

    PostgreSQL only (an advisory lock): on SQLite a write transaction already has the database
    to itself.
    """
    if is_postgresql(conn):
        await conn.execute(
            sa.text("SELECT pg_advisory_xact_lock(:space, hashtext(:key))"),
            {"space": space, "key": key},
        )


async def try_hold_until_commit(conn: AsyncConnection, space: int, key: str) -> bool:
    """Hold ``key`` in ``space`` until commit if no other transaction does; False if one does."""
    if not is_postgresql(conn):
        return True
    held = await conn.execute(
        sa.text("SELECT pg_try_advisory_xact_lock(:space, hashtext(:key))"),
        {"space": space, "key": key},
    )
    return bool(held.scalar_one())


async def set_address_status(
    conn: AsyncConnection, address_id: int | sa.ScalarSelect[int], status: str, now: datetime
) -> None:
    """Mark an address; unless it is "ok", fail whatever is still queued for it.

    Nothing queued for an opted-out or unreachable address could be delivered, and leaving it
    pending would block the queue behind it. When it was the person's last address that could
    be reached, the ``person_gone`` job is scheduled, due now, for the features to react
    (their coming meetings are cancelled and the other side told), wherever this was found:
    a STOP, a provider's refusal, a late delivery report.
    """
    await conn.execute(
        sa.update(channel_addresses)
        .where(channel_addresses.c.id == address_id)
        .values(status=status)
    )
    if status == "ok":
        return
    await conn.execute(
        sa.update(outbox)
        .where(outbox.c.address_id == address_id, outbox.c.status == "pending")
        .values(status="failed", last_error=f"address {status}")
    )
    owner = (
        await conn.execute(
            sa.select(channel_addresses.c.participant_id).where(
                channel_addresses.c.id == address_id
            )
        )
    ).scalar_one_or_none()
    if owner is None:
        return
    still = sa.select(channel_addresses.c.id).where(
        channel_addresses.c.participant_id == owner, channel_addresses.c.status == "ok"
    )
    if (await conn.execute(still.limit(1))).first() is not None:
        return
    gone = {
        "kind": PERSON_GONE, "key": person_gone_key(owner, now), "due_at": now,
        "subject_kind": "participant", "subject_id": owner, "status": "pending",
    }  # fmt: skip
    await insert_ignoring_conflict(conn, scheduled, gone, ["kind", "key"])
