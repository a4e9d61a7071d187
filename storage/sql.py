"""Small SQL helpers shared by the stores."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection


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
