"""The schema the migrations build, and the SQLite settings every connection gets."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from storage.db import alembic_config, create_engine, migrate
from storage.tables import metadata, participants

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


def differences(connection: Connection) -> list[object]:
    """What the database lacks or has beyond the declared tables (empty when they agree)."""
    context = MigrationContext.configure(connection, opts={"compare_type": False})
    return list(compare_metadata(context, metadata))


async def test_migrations_build_exactly_the_declared_tables(empty_database_url: str) -> None:
    engine = create_engine(empty_database_url)
    await migrate(engine)
    await migrate(engine)  # applying twice is a no-op
    async with engine.connect() as conn:
        assert await conn.run_sync(differences) == []
    await engine.dispose()


def revisions() -> list[str]:
    """Every released revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


@pytest.mark.parametrize("revision", revisions())
async def test_an_upgrade_from_each_released_revision_reaches_the_declared_tables(
    empty_database_url: str, revision: str
) -> None:
    """A database left at any released revision upgrades to head, on this run's engine."""
    engine = create_engine(empty_database_url)
    url = engine.url.render_as_string(hide_password=False)

    def to(target: str) -> Callable[[Connection], None]:
        def upgrade(connection: Connection) -> None:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, target)

        return upgrade

    async with engine.begin() as conn:
        await conn.run_sync(to(revision))
    await migrate(engine)
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


async def test_processes_starting_together_migrate_once(empty_database_url: str) -> None:
    """Three engines (as three processes would) migrate one empty database at the same time."""
    engines = [create_engine(empty_database_url) for _ in range(3)]
    await asyncio.gather(*(migrate(engine) for engine in engines))
    async with engines[0].connect() as conn:
        assert await conn.run_sync(differences) == []
        versions = await conn.execute(sa.text("SELECT count(*) FROM alembic_version"))
        assert versions.scalar_one() == 1
    for engine in engines:
        await engine.dispose()
