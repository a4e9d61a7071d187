"""A throwaway PostgreSQL server started from the machine's ``initdb``/``pg_ctl``.

Used by the tests (tests/postgres.py; the suite runs on SQLite by default and again on
PostgreSQL when ``CONNECTOR_TEST_DB=postgresql``) and by the bench's several-processes figures.
The server lives in a temporary folder, listens only on a Unix socket, runs with ``fsync=off``
(nothing here must survive a power cut), and is stopped at the end. In the tests each test gets
a database of its own, copied from a template database that was migrated once, so a test costs
one ``CREATE DATABASE``.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

TEMPLATE = "connector_template"


class PostgresUnavailable(RuntimeError):
    """The machine cannot start a PostgreSQL server (said loudly, never skipped silently)."""


def _run_as() -> dict[str, str]:
    """PostgreSQL refuses to run as root: run its tools as ``nobody`` then."""
    return {"user": "nobody"} if hasattr(os, "geteuid") and os.geteuid() == 0 else {}


@dataclass
class Server:
    """One running throwaway server."""

    folder: Path
    port: int
    counter: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` on this server."""
        return f"postgresql+asyncpg://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    async def _admin(self) -> asyncpg.Connection:
        return await asyncpg.connect(
            user="postgres", database="postgres", host=self.socket_dir, port=self.port
        )

    async def create(self, name: str, template: str | None = None) -> str:
        """Create an empty database (or a copy of ``template``); return its URL."""
        conn = await self._admin()
        try:
            clause = f' TEMPLATE "{template}"' if template else ""
            await conn.execute(f'CREATE DATABASE "{name}"{clause}')
        finally:
            await conn.close()
        return self.url(name)

    async def fresh(self) -> str:
        """A new database for one test, copied from the migrated template."""
        return await self.create(f"t{next(self.counter)}", TEMPLATE)

    def stop(self) -> None:
        subprocess.run(
            ["pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
            capture_output=True, check=False, **_run_as(),  # type: ignore[call-overload]
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start(port: int = 54329) -> Server:
    """Start a server in a temporary folder; raise ``PostgresUnavailable`` saying why not."""
    for tool in ("initdb", "pg_ctl"):
        if shutil.which(tool) is None:
            raise PostgresUnavailable(f"{tool} is not on PATH: install PostgreSQL 15's server")
    folder = Path(tempfile.mkdtemp(prefix="connector-pg-"))
    as_user = _run_as()
    if as_user:
        shutil.chown(folder, user=as_user["user"])
    data = folder / "data"
    steps = (
        ["initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8",
         "--locale=C"],
        ["pg_ctl", "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
         f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off "
         "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"],
    )  # fmt: skip
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False, **as_user)  # type: ignore[call-overload]
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise PostgresUnavailable(f"{step[0]} failed: {done.stderr.strip()[-400:]}")
    return Server(folder=folder, port=port)
