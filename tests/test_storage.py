"""The schema the migrations build, and the SQLite settings every connection gets."""

from __future__ import annotations

import asyncio
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection

from storage.db import create_engine, migrate
from storage.tables import metadata, participants


async def test_migrations_build_exactly_the_declared_tables(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'schema.db'}")
    await migrate(engine)
    await migrate(engine)  # applying twice is a no-op

    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        return list(compare_metadata(context, metadata))

    async with engine.connect() as conn:
        assert await conn.run_sync(differences) == []
    await engine.dispose()


async def test_every_connection_is_durable_and_checks_foreign_keys(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'pragmas.db'}")
    async with engine.connect() as conn:
        values = [
            (await conn.exec_driver_sql(f"PRAGMA {name}")).scalar_one()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        ]
    await engine.dispose()
    assert values == ["wal", 1, 2, 10000]


async def test_concurrent_read_then_write_transactions_do_not_fail(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'locks.db'}")
    await migrate(engine)
    now = sa.func.current_timestamp()

    async def read_then_write(n: int) -> None:
        async with engine.begin() as conn:
            count = await conn.execute(sa.select(sa.func.count()).select_from(participants))
            await conn.execute(
                sa.insert(participants).values(
                    language="en",
                    timezone="UTC",
                    status="registering",
                    name=f"p{n}-{count.scalar_one()}",
                    created_at=now,
                    updated_at=now,
                )
            )

    await asyncio.gather(*(read_then_write(n) for n in range(30)))
    async with engine.connect() as conn:
        total = await conn.execute(sa.select(sa.func.count()).select_from(participants))
        assert total.scalar_one() == 30
    await engine.dispose()
