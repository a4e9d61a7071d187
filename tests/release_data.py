"""A database as a released version left it, kept as data so every later release is tested
against it: ``tests/data/release-<version>.json`` holds every row of every table, at that
release's last migration.

Made at each release from the demo, which goes through every feature (registration, meetings,
reminders, referrals, the mentorship programme to its follow-ups, coordinators' commands)::

    .venv/bin/python -m tests.release_data 0.1.0

The rows are written through SQLAlchemy's reflection, so loading them works on SQLite and on
PostgreSQL alike: a database is migrated to the release's revision, the rows are inserted, and
then the current code upgrades it (tests/test_upgrade.py).
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
import tempfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

# After the demo: a person in the middle of a dialogue, whose answers so far must survive.
MIDWAY = """
:persona lukasz sms
lukasz: Hello
lukasz: 1
lukasz: yes
lukasz: 1
lukasz: Łukasz Żółć
"""
DATA = Path(__file__).resolve().parent / "data"
# Alembic's own bookkeeping: the revision is recorded beside the rows instead.
SKIPPED = {"alembic_version"}


def plain(value: Any) -> Any:
    """``value`` as JSON can hold it, the same whichever database it was read from."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, Decimal):
        return str(value)
    return value


def typed(value: Any, column: sa.Column[Any]) -> Any:
    """A value from the JSON as ``column`` (reflected from the database at hand) takes it."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.DateTime):
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=UTC) if kind.timezone else moment
    if isinstance(kind, sa.Date):
        return date.fromisoformat(value)
    if isinstance(kind, sa.Boolean):
        return bool(value)
    if isinstance(kind, sa.LargeBinary):
        return base64.b64decode(value["base64"])
    return value


def dump_rows(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, each table's rows in primary-key order."""
    metadata = sa.MetaData()
    metadata.reflect(conn)
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in metadata.sorted_tables:
        if table.name in SKIPPED:
            continue
        order = list(table.primary_key.columns) or list(table.columns)
        rows = conn.execute(sa.select(table).order_by(*order)).mappings()
        tables[table.name] = [{key: plain(value) for key, value in row.items()} for row in rows]
    return tables


def load_rows(conn: Connection, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Insert ``tables`` into the (empty, migrated) database behind ``conn``."""
    metadata = sa.MetaData()
    metadata.reflect(conn)
    for table in metadata.sorted_tables:
        rows = tables.get(table.name, [])
        if rows:
            conn.execute(
                table.insert(),
                [{key: typed(value, table.c[key]) for key, value in row.items()} for row in rows],
            )
        if conn.dialect.name == "postgresql" and "id" in table.c and rows:
            # Explicit ids leave the sequence behind: the next insert would collide.
            conn.execute(
                sa.text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :top)"),
                {"top": max(row["id"] for row in rows)},
            )


async def _make(version: str) -> None:
    from bot.clock import ManualClock
    from bot.config import Settings
    from bot.demo import SCRIPT, START
    from bot.simulate import Simulator
    from storage.db import _head, create_engine
    from tests.conftest import Recorder

    with tempfile.TemporaryDirectory(prefix="connector-release-") as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'release.db'}"
        settings = Settings(
            database_url=url,
            timezone="America/Toronto",
            coordinators="sim:coord",
            programme_contact="613-555-0100",
            public_url="https://connector.example.org",
        )
        async with Simulator(settings, ManualClock(START), Recorder()) as simulator:
            await simulator.run_lines(SCRIPT.splitlines())
            # Someone halfway through registering when the release is replaced.
            await simulator.run_lines(MIDWAY.splitlines())
        engine = create_engine(url)
        async with engine.connect() as conn:
            tables = await conn.run_sync(dump_rows)
        await engine.dispose()
    made = {"version": version, "revision": _head(), "tables": tables}
    DATA.mkdir(exist_ok=True)
    target = DATA / f"release-{version}.json"
    target.write_text(json.dumps(made, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"{target}: {sum(len(rows) for rows in tables.values())} rows in {len(tables)} tables")


if __name__ == "__main__":
    asyncio.run(_make(sys.argv[1]))
