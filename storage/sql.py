"""Small SQL helpers shared by the stores."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.tables import channel_addresses, outbox


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


async def set_address_status(
    conn: AsyncConnection, address_id: int | sa.ScalarSelect[int], status: str
) -> None:
    """Mark an address; unless it is "ok", fail whatever is still queued for it.

    Nothing queued for an opted-out or unreachable address could be delivered, and leaving it
    pending would block the queue behind it.
    """
    await conn.execute(
        sa.update(channel_addresses)
        .where(channel_addresses.c.id == address_id)
        .values(status=status)
    )
    if status != "ok":
        await conn.execute(
            sa.update(outbox)
            .where(outbox.c.address_id == address_id, outbox.c.status == "pending")
            .values(status="failed", last_error=f"address {status}")
        )
