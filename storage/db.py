"""Engine creation, SQLite settings and migrations."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import stat
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

MIGRATIONS = Path(__file__).parent / "migrations"
WRITE_LOCK = "connector_write_lock"
ANALYSIS_LIMIT = 1000

log = logging.getLogger(__name__)


def prepare_sqlite_file(path: Path) -> None:
    """Create the database file readable by its owner only, or warn if an existing one is not.

    SQLite creates the ``-wal`` and ``-shm`` files with the mode of the database file, so a
    private database file keeps them private too, whatever the umask.
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError as error:  # a read-only disk, a folder the bot may not write in
        raise DatabaseUnavailable(_why_not_writable(path, error)) from None
    else:
        os.close(fd)  # an empty file is an empty SQLite database
        return
    problem = _unusable(path)
    if problem is not None:
        raise DatabaseUnavailable(problem)
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            log.warning(
                "%s can be read by group or others (mode %04o) and holds personal data: "
                "run chmod 600 on it",
                file,
                mode,
            )


def _read_only_filesystem(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _why_not_writable(path: Path, error: OSError) -> str:
    """What keeps the bot from creating ``path``, and what to do, in one line."""
    folder = path.parent
    if _read_only_filesystem(folder if folder.exists() else Path("/")):
        return (
            f"cannot create the SQLite file {path}: the file system is read-only; point "
            f"CONNECTOR_DATABASE_URL at a writable place (or mount it read-write)"
        )
    return (
        f"cannot create the SQLite file {path} ({error.strerror or error}): the bot's user "
        f"needs to write in {folder}"
    )


def _unusable(path: Path) -> str | None:
    """What is wrong with an existing database file before SQLite is asked, or None.

    SQLite's own errors for these ("attempt to write a readonly database", "unable to open
    database file") read like damage, and the advice for damage (restore a backup over it)
    would lose data; each case here names itself and what to do.
    """
    folder = path.parent
    if path.is_file() and path.stat().st_size == 0:
        # A new installation may create the file first (touch, a deploy tool); a copy that
        # went wrong looks the same. Start, but say so where the operator looks.
        log.warning(
            "the SQLite file %s was empty (0 bytes): starting a new database in it. If you "
            "expected data, stop the bot and put your latest backup in its place",
            path,
        )
    if _read_only_filesystem(folder):
        return (
            f"the SQLite file {path} is on a read-only file system: the bot writes to it (and "
            f"beside it, {path.name}-wal); mount it read-write, or copy it somewhere writable"
        )
    if not os.access(path, os.R_OK | os.W_OK):
        return (
            f"the SQLite file {path} cannot be read and written by this user (permissions): "
            f"give the bot's user both (chown, or chmod 600 as its owner)"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return (
            f"the folder {folder} is not writable by this user: SQLite keeps {path.name}-wal "
            f"and {path.name}-shm beside the database, so the bot's user must write there"
        )
    return None


def create_engine(url: str) -> AsyncEngine:
    """Create the async engine; on SQLite, set durable pragmas and take write locks up front."""
    parsed = make_url(url)
    # Errors would otherwise carry their bound values (phone numbers, names) into the logs.
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
    if parsed.database and parsed.database != ":memory:":
        prepare_sqlite_file(Path(parsed.database))
    engine = create_async_engine(url, hide_parameters=True)
    # One write transaction at a time in this process (see ``writing``).
    setattr(engine.sync_engine, WRITE_LOCK, asyncio.Lock())

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (below) instead of the driver's deferred BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            # First: switching a new database to WAL takes a lock too, and another process
            # starting at the same moment (three migrating at once) must wait, not fail.
            "busy_timeout=10000",
            "journal_mode=WAL",
            "foreign_keys=ON",
            # A confirmed booking must survive a power cut.
            "synchronous=FULL",
            # ANALYZE (and PRAGMA optimize) read at most this many index entries per index,
            # so keeping the statistics fresh costs milliseconds even at a million rows.
            f"analysis_limit={ANALYSIS_LIMIT}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "close")
    def _on_close(dbapi_connection: Any, record: Any) -> None:
        # SQLite's advice for long-lived connections: refresh the statistics of the tables
        # this connection queried whose size changed a lot since the last ANALYZE.
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA optimize")
            cursor.close()
        except Exception:  # closing must not fail because the statistics could not be kept
            log.debug("PRAGMA optimize on close failed", exc_info=True)

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A deferred BEGIN that reads and then writes fails with "database is locked" when
        # another writer got there first; IMMEDIATE takes the write lock at the start instead.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@asynccontextmanager
async def writing(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A write transaction: committed on success, rolled back on error.

    On SQLite, writers of this process take turns on an asyncio lock before ``BEGIN
    IMMEDIATE``. SQLite lets one writer in at a time anyway; without the lock, fifty pooled
    connections each opened ``BEGIN IMMEDIATE`` and all but one spun in SQLite's busy handler
    (sleeping and retrying in their threads), which cost two thirds of the throughput and
    pushed the p99 past a second. Another process still waits in the busy handler, as before.
    Never nest two: the lock is not re-entrant.
    """
    lock: asyncio.Lock | None = getattr(engine.sync_engine, WRITE_LOCK, None)
    if lock is None:
        async with engine.begin() as conn:
            yield conn
        return
    async with lock, engine.begin() as conn:
        yield conn


# PostgreSQL's answers to two transactions in each other's way (a deadlock, a serialization
# failure): the one it stopped changed nothing, and runs again as if it had come later.
CONFLICTS = frozenset({"40P01", "40001"})


def is_conflict(error: BaseException) -> bool:
    """Whether ``error`` is a transaction PostgreSQL stopped for another's sake (try again)."""
    return isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", None) in CONFLICTS


class DatabaseUnavailable(Exception):
    """The database cannot be reached or opened; the message says why, in one line."""


def _where(url: str) -> str:
    """What failed, and where ``url`` points, without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"cannot open the SQLite file {parsed.database}"
    port = f":{parsed.port}" if parsed.port else ""
    return f"cannot connect to PostgreSQL at {parsed.host or 'localhost'}{port}/{parsed.database}"


async def reachable(engine: AsyncEngine) -> None:
    """Connect once; a refusal, an unknown host or a bad password is one line, not a traceback."""
    try:
        async with engine.connect() as conn:
            await conn.exec_driver_sql("SELECT 1")
    except (OSError, TimeoutError, sa.exc.SQLAlchemyError) as error:
        cause = error.orig if isinstance(error, DBAPIError) and error.orig else error
        why = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        where = _where(engine.url.render_as_string(hide_password=True))
        raise DatabaseUnavailable(f"{where}: {why}") from None
    if engine.dialect.name == "sqlite":
        # Which SQLite answers matters: its planner has had version-specific wrong answers
        # (see the outbox claim), and Python links whatever the system ships.
        log.info("database: SQLite %s, file %s", sqlite3.sqlite_version, engine.url.database)
    else:
        log.info("database: PostgreSQL at %s", engine.url.render_as_string(hide_password=True))


class DatabaseDamaged(Exception):
    """The database failed SQLite's quick check; the message says what to do, in one line."""


async def check_integrity(engine: AsyncEngine) -> None:
    """Refuse to go on with a damaged SQLite database (``PRAGMA quick_check``).

    A damaged page otherwise surfaces later as an error on every request that touches it.
    The quick check reads every page but skips the index-to-table cross-checks, so it takes
    seconds even on a large database. Other backends check themselves.
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        async with engine.connect() as conn:
            result = await conn.exec_driver_sql("PRAGMA quick_check(3)")
            problems = [str(row[0]) for row in result]
    except DBAPIError as error:  # a page SQLite cannot even read to check
        problems = [str(error.orig)]
    if problems == ["ok"]:
        return
    lines = [line.strip() for problem in problems for line in problem.splitlines()]
    found = "; ".join(line for line in lines if line and not line.startswith("***"))
    found = found if len(found) <= 120 else found[:119] + "…"
    path = engine.url.database
    raise DatabaseDamaged(
        f"the database {path} is damaged (quick_check: {found}). Do not run the bot on it: "
        f"move {path} and its -wal and -shm files aside, copy your latest backup (made with "
        f"'connector-bot backup FILE') to {path}, and start again"
    )


def alembic_config(url: str) -> Config:
    """Build the Alembic configuration without an ini file."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


# The PostgreSQL advisory lock migrations take (the bytes of "connecto"): processes starting
# together queue on it, and each one after the first finds the schema at head.
MIGRATION_LOCK = 0x636F6E6E6563746F


async def migrate(engine: AsyncEngine) -> None:
    """Apply every pending migration on ``engine``, one process at a time.

    The whole upgrade is one transaction. On PostgreSQL (transactional DDL) it first takes an
    advisory lock held until commit; on SQLite the transaction begins IMMEDIATE, which already
    keeps a second writer out. So two bot processes starting at once never both migrate.
    """
    url = engine.url.render_as_string(hide_password=False)

    def upgrade(connection: Connection) -> None:
        # A database already at head (every start but the first after an upgrade) needs no
        # Alembic run, which would load every migration script again: a quarter of a second.
        if MigrationContext.configure(connection).get_current_revision() == _head():
            return
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(
                sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
            )
        await connection.run_sync(upgrade)


@lru_cache(maxsize=1)
def _head() -> str | None:
    """The newest migration's revision (the scripts are read once per process)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


async def check_and_migrate(url: str) -> None:
    """Check the database at ``url`` (SQLite's quick check) and apply pending migrations."""
    engine = create_engine(url)
    try:
        await reachable(engine)
        await check_integrity(engine)
        await migrate(engine)
    finally:
        await engine.dispose()


async def optimize(engine: AsyncEngine) -> None:
    """Give SQLite's query planner fresh statistics (``ANALYZE``, bounded by analysis_limit).

    Without statistics SQLite guesses how selective each index is, and guesses badly once a
    table has grown from empty. Start-up runs this after the migrations and the scheduler
    every few hours; with ``analysis_limit`` (above) it reads a bounded sample of each index,
    so it takes milliseconds at any size. Each connection also runs ``PRAGMA optimize`` as it
    closes. PostgreSQL's autovacuum keeps its own statistics, so this does nothing there.
    """
    if engine.dialect.name != "sqlite":
        return
    async with engine.connect() as conn:
        await conn.exec_driver_sql("ANALYZE")
        await conn.commit()
