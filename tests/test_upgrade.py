"""People in the middle of a conversation keep going when a new version starts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Connection

from bot.clock import ManualClock
from bot.config import Settings
from bot.simulate import Simulator
from storage.db import alembic_config, check_and_migrate, create_engine
from storage.tables import participant_roles, participants, scheduled
from tests.conftest import START, Recorder, Transcript
from tests.release_data import dump_rows, load_rows

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql

OLD = "0005_follow_up"


def _build_old(url: str) -> None:
    """A database as the previous release left it: Amina halfway through registration."""

    def upgrade(connection: Connection) -> None:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, OLD)

    engine = sa.create_engine(url.replace("+aiosqlite", ""))
    with engine.begin() as conn:
        upgrade(conn)
        at = START.isoformat()
        for pid, role, status in ((1, "mentee", "registering"), (2, "connector", "active")):
            conn.execute(
                sa.text(
                    "INSERT INTO participants (id, role, language, timezone, status, created_at,"
                    " updated_at, requests_paused) VALUES (:id, :role, 'fr', 'America/Toronto',"
                    " :status, :at, :at, 0)"
                ),
                {"id": pid, "role": role, "status": status, "at": at},
            )
        conn.execute(
            sa.text(
                "INSERT INTO channel_addresses (participant_id, channel, value, status,"
                " created_at) VALUES (1, 'sim', 'amina', 'ok', :at)"
            ),
            {"at": at},
        )
        # The old version stored this frame: stable dialogue and step ids, answers so far.
        frame = {
            "dialogue": "registration",
            "step": "ask-city",
            "answers": {
                "language": "fr", "consent": True, "consent_at": at, "role": "mentee",
                "name": "Amina", "profession": "Ingénieure civile", "sector": "21",
            },
            "history": ["ask-language", "ask-consent", "ask-role", "ask-name",
                        "ask-profession", "ask-sector"],
            "misses": 0,
        }  # fmt: skip
        conn.execute(
            sa.text(
                "INSERT INTO dialogue_states (participant_id, state, updated_at)"
                " VALUES (1, :state, :at)"
            ),
            {"state": json.dumps({"frames": [frame], "paused": False}), "at": at},
        )
        # A job of the old shape: about a meeting, by its meeting_id column.
        conn.execute(
            sa.text(
                "INSERT INTO slots (id, connector_id, starts_at, ends_at, format, status,"
                " created_at) VALUES (1, 2, :at, :at, 'phone', 'taken', :at)"
            ),
            {"at": at},
        )
        conn.execute(
            sa.text(
                "INSERT INTO meetings (id, slot_id, connector_id, mentee_id, starts_at, ends_at,"
                " status, created_at, updated_at) VALUES (1, 1, 2, 1, :at, :at, 'confirmed',"
                " :at, :at)"
            ),
            {"at": at},
        )
        conn.execute(
            sa.text(
                "INSERT INTO scheduled (kind, key, meeting_id, due_at, status)"
                " VALUES ('reminder_1h', '1@x', 1, :at, 'cancelled')"
            ),
            {"at": at},
        )
    engine.dispose()


async def test_a_dialogue_started_before_the_upgrade_finishes_after_it(
    tmp_path: Path, clock: ManualClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    _build_old(url)
    # A sim coordinator is configured, so the simulator adds no coordinator persona of its own.
    settings = Settings(database_url=url, timezone="America/Toronto", coordinators="sim:coord")
    recorder = Recorder()
    async with Simulator(settings, clock, recorder) as simulator:  # upgrades on start
        chat = Transcript(simulator, recorder)
        chat.persona("amina", "sms")
        asked = await chat.say("amina", "Ottawa")
        assert asked[-1].text.startswith("Quelles langues parlez-vous")
        await chat.press("amina", 3)  # English and French
        await chat.press("amina", 1)  # the programme's zone
        done = await chat.press("amina", 1)  # confirm the summary
        assert "Amina" in done[0].text
        async with simulator.app.engine.connect() as conn:
            person = (
                await conn.execute(sa.select(participants).where(participants.c.id == 1))
            ).one()
            roles = (await conn.execute(sa.select(participant_roles))).all()
            job = (await conn.execute(sa.select(scheduled))).one()
    await create_engine(url).dispose()
    assert (person.status, person.city, person.profession) == (
        "active", "Ottawa", "Ingénieure civile"
    )  # fmt: skip
    # Roles were copied from the old column; jobs now name their subject.
    assert sorted((r.participant_id, r.role) for r in roles) == [(1, "mentee"), (2, "connector")]
    assert (job.subject_kind, job.subject_id, job.kind) == ("meeting", 1, "reminder_1h")


RELEASES = sorted((Path(__file__).parent / "data").glob("release-*.json"))


def test_the_previous_releases_data_is_there() -> None:
    # An empty list would skip the upgrade test below without a word (as a too-wide
    # .gitignore once did in a fresh clone).
    assert [path.name for path in RELEASES][:1] == ["release-0.1.0.json"]


@pytest.mark.parametrize(
    "made",
    [json.loads(path.read_text(encoding="utf-8")) for path in RELEASES],
    ids=[path.stem for path in RELEASES],
)
async def test_a_database_made_by_a_previous_release_upgrades_with_nothing_lost(
    made: dict[str, Any], empty_database_url: str
) -> None:
    """Every row the release left (tests/release_data.py: its demo, a person mid-dialogue) is
    still there after the upgrade, every value as it was; then the bot goes on with them."""
    url = empty_database_url

    def build(connection: Connection) -> None:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, made["revision"])
        load_rows(connection, made["tables"])

    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(build)
    await engine.dispose()

    await check_and_migrate(url)  # what `connector-bot migrate`, and every start, does

    engine = create_engine(url)
    async with engine.connect() as conn:
        now = await conn.run_sync(dump_rows)
    await engine.dispose()
    for table, rows in made["tables"].items():
        assert table in now, f"table {table} is gone"
        keys = [key for key in rows[0] if key in now[table][0]] if rows else []
        kept = {json.dumps([row[key] for key in keys], sort_keys=True) for row in now[table]}
        lost = [
            row for row in rows if json.dumps([row[k] for k in keys], sort_keys=True) not in kept
        ]
        assert lost == [], f"{table}: {len(lost)} of {len(rows)} rows lost or changed"
        assert len(now[table]) == len(rows), table

    # The new release goes on with the old release's people: Łukasz, who stopped at the
    # profession question, answers it; Amina's profile is as she gave it.
    last = max(row["updated_at"] for row in made["tables"]["dialogue_states"])
    clock = ManualClock(datetime.fromisoformat(last).replace(tzinfo=UTC) + timedelta(minutes=5))
    settings = Settings(database_url=url, timezone="America/Toronto", coordinators="sim:coord")
    recorder = Recorder()
    async with Simulator(settings, clock, recorder) as simulator:
        chat = Transcript(simulator, recorder)
        chat.persona("lukasz", "sms")
        asked = await chat.say("lukasz", "Software developer")
        assert asked[-1].text.startswith("Which field is closest to yours?")
        chat.persona("amina", "sms")
        shown = await chat.say("amina", "profil")
        assert "Amina Haddad" in shown[0].text
        assert "Ingénieure civile" in shown[0].text
