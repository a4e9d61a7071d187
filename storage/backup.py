"""Online backups: a consistent copy of a live SQLite database through SQLite's backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(Exception):
    """A backup that could not be made, described in one line."""


def sqlite_path(url: str) -> Path | None:
    """Return the file behind a SQLite URL, or None for any other database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return None if parsed.database == ":memory:" else Path(parsed.database)


def pg_dump_advice(url: str, target: str) -> str:
    """Say how to back up and restore a PostgreSQL database (its password left out)."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)
    return (
        f"the database is PostgreSQL: back it up with "
        f"pg_dump --format=custom --file={target} '{plain}' "
        f"and restore it with pg_restore --clean --if-exists --dbname='{plain}' {target} "
        "(give the password through PGPASSWORD or ~/.pgpass)"
    )


def backup_sqlite(source: Path, target: Path) -> int:
    """Copy the live database ``source`` to ``target`` and check the copy; return its size.

    SQLite's backup API copies every page inside one read transaction, so the copy is the
    database at one moment even while the bot writes (in WAL mode writers do not wait for it).
    The copy is written next to ``target``, checked with ``PRAGMA integrity_check`` and only
    then renamed over it, so a failed backup never replaces a good one. The copy is a single
    file (no ``-wal``), readable by its owner only.
    """
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError("the backup must go to another file than the database")
    try:  # a fresh clone has no backups/ yet: make it (owner only, as the command's umask says)
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(f"could not create {target.parent}: {error}") from None
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        with (
            contextlib.closing(sqlite3.connect(source, timeout=10)) as live,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            live.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            problems = [str(row[0]) for row in copy.execute("PRAGMA integrity_check(3)")]
        if problems != ["ok"]:
            raise BackupError(
                f"the copy of {source} failed its integrity check ({problems[0]}): the "
                "database itself may be damaged; keep your earlier backups"
            )
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(f"could not back up {source} to {target}: {error}") from None
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size


# Backups the command names itself in a folder: sortable by name, oldest first.
DATED_PREFIX = "connector-"


def dated_target(folder: Path, now: datetime, suffix: str = ".db") -> Path:
    """The file a backup into ``folder`` goes to: named for ``now`` in UTC, to the second."""
    return folder / f"{DATED_PREFIX}{now.astimezone(UTC):%Y-%m-%dT%H%M%SZ}{suffix}"


def prune(folder: Path, keep: int, suffix: str = ".db") -> list[Path]:
    """Remove all but the ``keep`` newest dated backups in ``folder``; the files removed.

    Only files this command named (``connector-<UTC moment>.db``) are touched, so a copy made
    by hand with another name, or any other file in the folder, stays.
    """
    dated = sorted(
        path
        for path in folder.glob(f"{DATED_PREFIX}*{suffix}")
        if _is_dated(path.name.removeprefix(DATED_PREFIX).removesuffix(suffix))
    )
    removed = dated[: max(len(dated) - keep, 0)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _is_dated(stamp: str) -> bool:
    try:
        datetime.strptime(stamp + "+0000", "%Y-%m-%dT%H%M%SZ%z")
    except ValueError:
        return False
    return True
