"""``connector-bot backup FILE``: a consistent copy of the live database, restorable as is."""

from __future__ import annotations

import re
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest

from bot.cli import main

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

STAMP = "2026-12-01 14:00:00.000000"


class Writer(threading.Thread):
    """Writes a participant and its audit row in one transaction, again and again."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.written = 0
        self.stop = threading.Event()

    def run(self) -> None:
        """Write until told to stop."""
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            while not self.stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                cursor = conn.execute(
                    "INSERT INTO participants (language, timezone, status, name, created_at,"
                    " updated_at) VALUES ('en', 'UTC', 'active', ?, ?, ?)",
                    (f"writer {self.written + 1}", STAMP, STAMP),
                )
                conn.execute(
                    "INSERT INTO audit_log (participant_id, action, detail, at)"
                    " VALUES (?, 'registered', '', ?)",
                    (cursor.lastrowid, STAMP),
                )
                conn.execute("COMMIT")
                self.written += 1
        finally:
            conn.close()

    def wait_for(self, count: int) -> None:
        """Wait until at least ``count`` transactions have committed."""
        deadline = time.monotonic() + 30
        while self.written < count:
            assert time.monotonic() < deadline, "the writer is stuck"
            time.sleep(0.01)


def test_a_backup_taken_while_the_bot_writes_is_whole_and_restorable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.db"
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{live}")
    assert main(["migrate"]) == 0
    writer = Writer(live)
    writer.start()
    try:
        writer.wait_for(50)
        copy = tmp_path / "backups" / "connector.db"
        copy.parent.mkdir()
        assert main(["backup", str(copy)]) == 0
        writer.wait_for(writer.written + 50)  # still writing afterwards: it was never blocked
    finally:
        writer.stop.set()
        writer.join()
    assert f"backed up {live} to {copy}" in capsys.readouterr().out

    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert sorted(p.name for p in copy.parent.iterdir()) == ["connector.db"]  # one file
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = [row[0] for row in conn.execute("SELECT name FROM participants ORDER BY id")]
        audited = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    # One moment of the database: every transaction it holds is complete, none is torn.
    assert 50 <= len(names) < writer.written
    assert names == [f"writer {n}" for n in range(1, len(names) + 1)]
    assert audited == len(names)

    # Restoring is copying the file back in place: the bot opens it as it is.
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{copy}")
    assert main(["migrate"]) == 0
    assert "database is up to date" in capsys.readouterr().out


def test_backing_up_postgresql_explains_pg_dump_without_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+asyncpg://bot:s3cret@db.example.org/connector"
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", url)
    target = tmp_path / "connector.dump"
    assert main(["backup", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"pg_dump --format=custom --file={target} " in err
    assert "'postgresql://bot:***@db.example.org/connector'" in err
    assert "pg_restore --clean" in err
    assert "s3cret" not in err
    assert not target.exists()


def test_a_missing_database_is_reported_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'none.db'}")
    assert main(["backup", str(tmp_path / "copy.db")]) == 1
    assert capsys.readouterr().err == f"connector-bot: no database at {tmp_path / 'none.db'}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A migrated SQLite database at tmp_path/data/connector.db, named by the setting."""
    path = tmp_path / "data" / "connector.db"
    monkeypatch.setenv("CONNECTOR_DATABASE_URL", f"sqlite+aiosqlite:///{path}")
    assert main(["migrate"]) == 0
    return path


def test_the_readme_example_works_on_a_fresh_clone_where_backups_does_not_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert main(["backup", "backups/connector-2026-12-06.db"]) == 0
    copy = tmp_path / "backups" / "connector-2026-12-06.db"
    assert "integrity checked" in capsys.readouterr().out
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    # Made by a command that holds personal data: the folder and the copy are the owner's only.
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_a_folder_gets_dated_copies_and_keep_removes_only_the_oldest_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(tmp_path, monkeypatch)
    folder = tmp_path / "backups"
    folder.mkdir()
    older = [folder / f"connector-2026-11-{day:02d}T020000Z.db" for day in (1, 2, 3)]
    for path in older:
        path.write_bytes(b"old")
    by_hand = folder / "connector-before-the-upgrade.db"
    by_hand.write_bytes(b"mine")
    assert main(["backup", str(folder), "--keep", "2"]) == 0
    out = capsys.readouterr().out
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 3  # the new copy, the newest old one, and the one named by hand
    assert {older[2].name, by_hand.name} < set(kept)
    assert [line for line in out.splitlines() if line.startswith("removed")] == [
        f"removed {older[0]} (keeping the 2 newest)",
        f"removed {older[1]} (keeping the 2 newest)",
    ]
    new = [name for name in kept if name not in (older[2].name, by_hand.name)]
    assert re.fullmatch(r"connector-\d{4}-\d\d-\d\dT\d{6}Z\.db", new[0])
    with sqlite3.connect(folder / new[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_keep_without_a_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _database(tmp_path, monkeypatch)
    capsys.readouterr()
    assert main(["backup", str(tmp_path / "one.db"), "--keep", "3"]) == 1
    assert capsys.readouterr().err == (
        f"connector-bot: --keep needs a folder to keep copies in (end {tmp_path / 'one.db'} "
        "with /)\n"
    )
    assert not (tmp_path / "one.db").exists()
