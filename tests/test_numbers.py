"""/stats and /export against a seeded programme, with the figures worked out by hand."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.channels.simulator import SimMessage
from handlers.core.keywords import carrier_keyword
from handlers.core.values import Reply
from handlers.core.words import WORD_COMMANDS
from handlers.features import default_registry
from storage.tables import (
    audit_log,
    job_reports,
    meeting_events,
    meeting_feedback,
    meetings,
    mentorships,
    outbox,
    participants,
    referrals,
    slots,
)
from tests.conftest import Transcript, body, confirmed, plain, texts, whole_report
from tests.test_coordination import command, coordinator

# Storage behaviour: runs on SQLite and again on PostgreSQL (see tests/conftest.py).
pytestmark = pytest.mark.postgresql


def day(d: int, month: int = 11) -> datetime:
    """Noon UTC on a day of 2026 (the test clock stands at December 1, 14:00 UTC)."""
    return datetime(2026, month, d, 12, 0, tzinfo=UTC)


PEOPLE = {  # name: (role, registered)
    "Mina One": ("mentee", day(26)),  # new this week
    "Mina Two": ("mentee", day(20)),  # new the week before
    "Mina Three": ("mentee", day(1, 10)),
    "Conn One": ("connector", day(25)),  # new this week
    "Conn Two": ("connector", day(1, 10)),
    "Conn Waiting": ("connector", day(27)),  # waiting for approval: not counted as new
}
# (meeting letter, kind, status, made on): three this week from A, one the week before from E.
REFERRALS = [
    ("A", "member", "met", day(28)),
    ("A", "outside", "contacted", day(28)),
    ("A", "invite", "invited", day(29)),
    ("E", "outside", "given", day(21)),
]
# (newcomer, in field, reported on)
JOBS = [("Mina One", "yes", day(29)), ("Mina Two", "related", day(22))]
# (connector, newcomer, requested on, starts on, status, accepted before it ended)
MEETINGS = [
    ("Conn One", "Mina One", day(26), day(28), "held", False),  # A
    ("Conn Two", "Mina Two", day(25), day(27), "no_show", False),  # B
    ("Conn Two", "Mina Three", day(27), day(3, 12), "confirmed", False),  # C
    ("Conn One", "Mina Two", day(28), day(4, 12), "declined", False),  # D
    ("Conn Two", "Mina One", day(18), day(20), "held", False),  # E, the week before
    ("Conn Two", "Mina Three", day(19), day(21), "cancelled", False),  # F, the week before
    ("Conn One", "Mina Three", day(29), day(5, 12), "cancelled", True),  # G, accepted first
]


async def insert(conn: AsyncConnection, statement: sa.Insert) -> int:
    """Run an insert; return the new row's id."""
    key = (await conn.execute(statement)).inserted_primary_key
    assert key is not None
    return int(key[0])


async def seed(chat: Transcript) -> dict[str, int]:
    """Write the people and meetings above; return each person's id."""
    ids: dict[str, int] = {}
    async with chat.simulator.app.engine.begin() as conn:
        for name, (role, registered) in PEOPLE.items():
            ids[name] = (await insert(conn, sa.insert(participants).values(
                role=role, language="en", timezone="America/Toronto", status="active",
                name=name, city="Moncton", consent_at=registered, created_at=registered,
                updated_at=registered, approval="pending" if "Waiting" in name else None,
            )))  # fmt: skip
        by_letter: dict[str, tuple[int, int, int]] = {}
        for letter, (connector, mentee, requested, starts, status, accepted) in zip(
            "ABCDEFG", MEETINGS, strict=True
        ):
            ends = starts + timedelta(minutes=30)
            slot = (await insert(conn, sa.insert(slots).values(
                connector_id=ids[connector], starts_at=starts, ends_at=ends, format="phone",
                status="taken", created_at=requested,
            )))  # fmt: skip
            meeting = (await insert(conn, sa.insert(meetings).values(
                slot_id=slot, connector_id=ids[connector], mentee_id=ids[mentee],
                starts_at=starts, ends_at=ends, status=status, created_at=requested,
                updated_at=requested,
            )))  # fmt: skip
            by_letter[letter] = (meeting, ids[connector], ids[mentee])
            if status == "no_show":  # the connector said the newcomer did not come
                await conn.execute(sa.update(meetings).where(meetings.c.id == meeting).values(
                    absent_id=ids[mentee]))  # fmt: skip
                await conn.execute(sa.insert(meeting_feedback).values(
                    meeting_id=meeting, participant_id=ids[connector], met=False,
                    reason="other_absent", at=starts + timedelta(hours=1),
                ))  # fmt: skip
            if accepted:
                await conn.execute(sa.insert(meeting_events).values(
                    meeting_id=meeting, actor_id=ids[connector], action="accepted", at=requested
                ))  # fmt: skip
        for n, (letter, kind, status, made) in enumerate(REFERRALS):
            from_meeting, by, to = by_letter[letter]
            await conn.execute(sa.insert(referrals).values(
                meeting_id=from_meeting, mentee_id=to, connector_id=by, kind=kind,
                status=status, person_key=f"person-{n}", name=f"Person {n}", created_at=made,
                updated_at=made,
            ))  # fmt: skip
        for mentee, in_field, reported in JOBS:
            await conn.execute(sa.insert(job_reports).values(
                mentee_id=ids[mentee], role="Technician", in_field=in_field,
                start_month="2026-12", created_at=reported,
            ))  # fmt: skip
    return ids


async def last_payload(chat: Transcript, key: str) -> Reply:
    """The newest outbox reply with catalogue id ``key``."""
    async with chat.simulator.app.engine.connect() as conn:
        payloads = (await conn.execute(sa.select(outbox.c.payload).order_by(
            outbox.c.id.desc()))).scalars().all()  # fmt: skip
    for payload in payloads:
        reply = Reply.model_validate_json(payload)
        if reply.key == key:
            return reply
    raise AssertionError(f"no {key} sent")


@pytest.mark.parametrize("style", ["sms", "telegram"])
async def test_stats_for_a_week_against_the_week_before(chat: Transcript, style: str) -> None:
    await coordinator(chat, style)
    await seed(chat)
    report = await whole_report(chat, "coord", command(style, "stats week"))
    assert report[1].text.startswith(
        "From Tuesday, November 24, 2026 to Tuesday, December 1, 2026 (in brackets"
    )
    # This week (Nov 24 14:00 to Dec 1 14:00) against the week before, by hand:
    # newcomers in a meeting requested or taking place (not declined): One, Two, Three (A B C G)
    # against One, Three (E F); connectors One, Two against Two; new: Mina One and Conn One
    # against Mina Two and nobody.
    # requested A B C D G = 5 against E F = 2; held A = 1 against E = 1; no-show B against none.
    if style == "sms":
        assert report[2].text == (
            "Newcomers: active 3 (2), new 1 (1). Connectors: active 2 (1), new 1 (0)."
        )
        assert body(report[3]) == "Meetings: requested 5 (2), held 1 (1), no-show 1 (0)."
        assert all(message.segments is not None and message.segments <= 2 for message in report)
        assert all(message.attachments == () for message in report)
    else:
        assert report[2].text.splitlines() == [
            "Newcomers active: 3 (2)", "New newcomers: 1 (1)",
            "Connectors active: 2 (1)", "New connectors: 1 (0)",
        ]  # fmt: skip
        assert report[3].text.splitlines() == [
            "Meetings requested: 5 (2)", "Meetings held: 1 (1)", "No-shows: 1 (0)",
        ]  # fmt: skip
        charts = report[3].attachments
        assert [c.filename for c in charts] == ["meetings-per-week.png", "meetings-funnel.png"]
        assert all(c.media_type == "image/png" and c.data.startswith(b"\x89PNG") for c in charts)
    sent = await last_payload(chat, "numbers-meetings")
    week, funnel = sent.charts
    assert [bar.value for bar in week.bars] == [1]  # A, the one held this week
    # Requested this week A B C D G; confirmed A B C and G (accepted, then cancelled); held A.
    assert [bar.value for bar in funnel.bars] == [5, 4, 1]
    # Referrals made this week: three from A (one met, one contacted: two followed up) against
    # one the week before; jobs: one in field this week, one related the week before.
    if style == "sms":
        assert report[4].text == "Referrals: made 3 (1), followed up 2 (0), met 1 (0)."
        assert report[5].text == "Jobs reported: in field 1 (0), related 0 (1), other 0 (0)."
    else:
        assert report[4].text.splitlines() == [
            "Referrals made: 3 (1)", "Followed up by the newcomer: 2 (0)",
            "Became a meeting: 1 (0)",
        ]  # fmt: skip
        assert [c.filename for c in report[4].attachments] == ["referrals-funnel.png"]
    made = await last_payload(chat, "referrals-period")
    assert [bar.value for bar in made.charts[0].bars] == [3, 2, 1]


async def test_stats_over_dates_and_in_french(chat: Transcript) -> None:
    await coordinator(chat, "sms", french=True)
    await seed(chat)
    report = await whole_report(chat, "coord", "stats 2026-11-17 2026-11-23")
    assert report[1].text.startswith("Du mardi 17 novembre 2026 au lundi 23 novembre 2026 (entre")
    # Nov 17-23 Toronto: E F requested and E held; the seven days before: nothing.
    assert body(report[3]) == "Rencontres : demandées 2 (0), tenues 1 (0), absences 0 (0)."
    bad = await chat.say("coord", "stats hier")
    assert bad[0].text.startswith("Tapez stats, ou stats et une période")


async def test_export_leaves_contacts_out_unless_asked_and_audits_the_request(
    chat: Transcript,
) -> None:
    await coordinator(chat, "telegram")
    ids = await seed(chat)
    plain = await chat.say("coord", "/export participants year")
    assert plain[0].text == "The participants table, 6 rows, without contact details:"
    (file,) = plain[0].attachments
    rows = list(csv.reader(io.StringIO(file.data.decode("utf-8-sig"))))
    assert rows[0] == ["id", "role", "status", "sector", "city", "language", "registered",
                       "meetings held", "meetings missed"]  # fmt: skip
    assert rows[1][:3] == [str(ids["Mina One"]), "mentee", "active"]
    assert rows[1][7:9] == ["2", "0"]  # held A and E, missed none
    # The no-show B counts against the newcomer who did not come, not the connector.
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id[str(ids["Mina Two"])][8] == "1"
    assert by_id[str(ids["Conn Two"])][8] == "0"
    assert "Mina One" not in file.data.decode()
    waiting = next(row for row in rows if row[0] == str(ids["Conn Waiting"]))
    assert waiting[1:3] == ["connector", "pending"]
    full = await confirmed(chat, "coord", "/export participants contacts year")
    assert "with contact details" in full[0].text
    text = full[0].attachments[0].data.decode("utf-8-sig")
    assert text.splitlines()[0].endswith("name,phone,telegram id")
    assert "Mina One" in text
    met = await chat.say("coord", "/export meetings week")
    assert (
        met[0].text == "The meetings table, 2 rows, without contact details:"
    )  # A and B start in it
    meeting_rows = csv_rows(met[0])
    assert meeting_rows[0][-3:] == ["requested", "did not come", "reported by"]
    # B: who did not come, and who said so; A was held: both empty.
    absent = {row[4]: row[-2:] for row in meeting_rows[1:]}
    assert absent == {"no_show": [str(ids["Mina Two"]), str(ids["Conn Two"])], "held": ["", ""]}
    async with chat.simulator.app.engine.connect() as conn:
        audited = (await conn.execute(sa.select(audit_log.c.action, audit_log.c.detail).where(
            audit_log.c.action.like("admin-export%")))).all()  # fmt: skip
    assert [tuple(row) for row in audited] == [
        ("admin-export", "participants"),
        ("admin-export-contacts", "participants"),
        ("admin-export", "meetings"),
    ]


def csv_rows(message: SimMessage) -> list[list[str]]:
    """The rows of the CSV document a message carries."""
    (file,) = message.attachments
    return list(csv.reader(io.StringIO(file.data.decode("utf-8-sig"))))


async def test_export_referrals_and_outcomes_with_and_without_contacts(chat: Transcript) -> None:
    await coordinator(chat, "telegram", french=True)
    ids = await seed(chat)
    week = await chat.say("coord", "/exporter recommandations semaine")
    assert plain(week[0]) == "Le tableau recommandations, 3 lignes, sans les coordonnées :"
    rows = csv_rows(week[0])
    assert rows[0] == ["id", "proposé le", "rencontre", "connecteur",
                       "personne nouvellement arrivée", "type", "statut",
                       "rencontre obtenue"]  # fmt: skip
    # Made this week from meeting A (Conn One with Mina One): met, contacted, invited.
    assert [row[5:7] for row in rows[1:]] == [
        ["member", "met"], ["outside", "contacted"], ["invite", "invited"]
    ]  # fmt: skip
    assert {row[3] for row in rows[1:]} == {str(ids["Conn One"])}
    assert "Person" not in week[0].attachments[0].data.decode()
    full = await confirmed(chat, "coord", "/exporter recommandations coordonnees mois")
    rows = csv_rows(full[0])
    assert rows[0][-2:] == ["personne recommandée", "coordonnées"]
    assert len(rows) == 1 + 4  # the month holds the week before's referral too
    jobs = await chat.say("coord", "/export outcomes week")
    rows = csv_rows(jobs[0])
    assert [row[1] for row in rows[1:]] == [str(ids["Mina One"])]
    assert rows[1][3:6] == ["Technician", "yes", "2026-12"]
    async with chat.simulator.app.engine.connect() as conn:
        audited = (await conn.execute(sa.select(audit_log.c.action, audit_log.c.detail).where(
            audit_log.c.action.like("admin-export%")))).all()  # fmt: skip
    assert [tuple(row) for row in audited] == [
        ("admin-export", "referrals"),
        ("admin-export-contacts", "referrals"),
        ("admin-export", "outcomes"),
    ]


async def test_export_by_sms_says_files_come_on_telegram(chat: Transcript) -> None:
    await coordinator(chat, "sms", french=True)
    answer = await chat.say("coord", "exporter rencontres")
    assert texts(answer) == (
        "Les fichiers sont envoyés sur Telegram seulement. Lancez exporter depuis Telegram."
    )
    usage = await chat.say("coord", "exporter chaises")
    assert usage[0].text.startswith("Tapez exporter, le tableau")


def test_no_command_name_is_a_carrier_keyword_or_a_global_word() -> None:
    words = {name for word in WORD_COMMANDS for name in word.names.values()}
    for command_ in default_registry().commands:
        for name in command_.names.values():
            assert carrier_keyword(name) is None, name
            assert name not in words, name


@pytest.mark.parametrize("french", [False, True])
async def test_stats_by_sms_come_four_messages_at_a_time_with_more(
    chat: Transcript, french: bool
) -> None:
    from tests.test_coordination import coordinator

    await coordinator(chat, "sms", french=french)
    pages = [await chat.say("coord", "stats")]
    while (last := pages[-1][-1]).choices:
        assert len(pages[-1]) <= 4
        assert [c.id.rsplit(":", 1)[0] for c in last.choices] == ["more:stats:d30"]
        pages.append(await chat.pick("coord", last.choices[0].id))
    assert len(pages) >= 2
    every = [m.text for page in pages for m in page]
    assert every[0].startswith("Chiffres du programme" if french else "Programme numbers")
    assert len(every) == len(set(every))  # each message once, none skipped by the paging
    assert all(m.segments in (1, 2) for page in pages for m in page)


async def test_a_mentee_in_a_running_mentorship_counts_as_an_active_newcomer(
    chat: Transcript,
) -> None:
    await coordinator(chat, "sms")
    ids = await seed(chat)
    async with chat.simulator.app.engine.begin() as conn:
        mentee = await insert(conn, sa.insert(participants).values(
            role="mentee", language="en", timezone="America/Toronto", status="active",
            name="Mentee Only", city="Moncton", consent_at=day(1, 10), created_at=day(1, 10),
            updated_at=day(1, 10),
        ))  # fmt: skip
        # Running this week (from October, thirteen weeks), with no Connector meeting at all;
        # Mina One (in meetings this week) has one too: counted once.
        for who in (mentee, ids["Mina One"]):
            await conn.execute(sa.insert(mentorships).values(
                programme="career", mentee_id=who, mentor_id=ids["Conn Two"], status="active",
                target_minutes=780, proposed_at=day(1, 10), updated_at=day(1, 10),
                starts_on=day(2, 10), ends_on=day(2, 10) + timedelta(weeks=13),
            ))  # fmt: skip
    report = await whole_report(chat, "coord", "stats week")
    assert report[2].text.startswith("Newcomers: active 4 (3),")
