"""The hot queries use indexes: no full scan of a table that grows with the programme.

A store with a few thousand people is seeded, ANALYZE'd as the bot does, then driven through
the hot paths (menu, search, a typed answer, a booking, giving a referral, the mentorship intake,
the coordinators' /pending, /stats, /find, /profile and /suggest, the due-scan with its
stalled-newcomer scan, the sender's claims). Every statement they ran is explained with
SQLite's EXPLAIN QUERY PLAN; a full scan (``SCAN <table>``) of a growing table fails the test.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from benchmarks.inbound import kinds, seeded
from benchmarks.paths import paths
from tests.conftest import START

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

# Tables whose size follows the number of people, meetings or messages.
GROWING = {
    "participants", "participant_roles", "channel_addresses", "dialogue_states",
    "inbound_messages", "outbox", "slots", "meetings", "meeting_events", "scheduled",
    "meeting_feedback", "audit_log", "referrals", "referral_events", "job_reports",
    "rate_windows", "connector_prefs", "programme_members", "mentorships",
}  # fmt: skip
SCAN = re.compile(r"\bSCAN (\w+)")
# Coordinator commands that read the whole programme on purpose, once per command, never per
# message (their cost at 100k is in docs/developers.md, Performance): /find matches part of a
# name, profession or city (LIKE '%…%' cannot use an index; it stops at the first page of
# matches), and /stats counts people per role, status and approval (leaving out numbers invited
# that never wrote) and the addresses that cannot be reached, since the start.
WHOLE_PROGRAMME = (
    "lower(participants.name) LIKE lower(?) ESCAPE",
    "count(*) AS n FROM participants WHERE NOT (participants.status = ? AND NOT (EXISTS "
    "(SELECT * FROM dialogue_states WHERE dialogue_states.participant_id = participants.id))) "
    "GROUP BY participants.role, participants.status",
    "FROM channel_addresses WHERE channel_addresses.status != ?",
)
# Rows from which a table counts as big in the seeded store.
BIG = 1000


async def hot_statements(folder: Path) -> tuple[Path, dict[str, Any]]:
    """Drive the hot paths on a seeded store; return its file and each statement run."""
    seen: dict[str, Any] = {}

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *rest: Any) -> None:
        many = rest[-1]
        verb = statement.lstrip()[:6].upper()
        if not many and verb in ("SELECT", "UPDATE", "DELETE", "INSERT"):
            seen.setdefault(statement, parameters)

    async with seeded(folder, 4000, START) as bench:
        event.listen(bench.app.engine.sync_engine, "before_cursor_execute", record)
        await kinds(bench, 4)
        # Referrals, the mentorship intake, and the coordinators' commands.
        await paths(bench, 2)
        # A day on: reminders fall due, newcomers have gone quiet, the sender drains.
        bench.app.clock.advance(timedelta(days=2))
        await bench.app.ticker.tick()
        await bench.app.sender.drain()
        path = Path(str(bench.app.engine.url.database))
    return path, seen


async def test_hot_queries_scan_no_growing_table(tmp_path: Path) -> None:
    path, statements = await hot_statements(tmp_path)
    assert len(statements) > 20
    db = sqlite3.connect(path)
    # A small table is best scanned; the seeded store fills every table the hot path reads.
    big = {t for t in GROWING if db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] >= BIG}
    assert {"participants", "slots", "outbox", "channel_addresses"} <= big
    scans: list[str] = []
    for statement, parameters in statements.items():
        plan = db.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
        for *_, detail in plan:
            found = SCAN.search(detail)
            if (
                found
                and found.group(1) in big
                and not any(s in " ".join(statement.split()) for s in WHOLE_PROGRAMME)
            ):
                scans.append(f"{detail}  in: {' '.join(statement.split())[:1500]}")
    stalled = next(s for s in statements if "nudged_at IS NULL OR nudged_at < last_active_at" in s)
    rows = db.execute(f"EXPLAIN QUERY PLAN {stalled}", statements[stalled]).fetchall()
    db.close()
    assert not scans, "full scans on the hot path:\n" + "\n".join(scans)
    # The stalled-newcomer scan reads only newcomers awaiting a nudge, from the oldest silence.
    used = "ix_participants_awaiting_nudge (role=? AND status=? AND last_active_at<?)"
    assert any(used in row[-1] for row in rows), rows
